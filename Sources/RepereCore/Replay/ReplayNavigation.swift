import Foundation

/// The step-by-step replay's commands: where the reviewer is, and what each line typed asks.
///
/// Pure, like the interview: `receive` takes a line and returns what to show; the shell
/// reads lines (readline on a terminal) and renders the actions.
public struct ReplayNavigation: Sendable, Equatable {
  /// What to show after a line typed.
  public enum Action: Sendable, Equatable {
    /// The step at this index (0-based).
    case step(Int)
    /// The last step was shown: the summary (time per block, overrides, back-edits).
    case summary
    /// The list of overrides.
    case overrides
    /// The list of back-edits.
    case backEdits
    /// The steps holding a word (0-based indices, possibly none).
    case search(word: String, steps: [Int])
    /// The commands.
    case help
    /// The reviewer leaves.
    case quit
    /// A line that is no command, with what to type instead (French).
    case invalid(String)
  }

  /// The commands, for help and completion.
  public static let commands: [(name: String, help: String)] = [
    ("(Entrée)", "étape suivante"),
    ("/precedent", "étape précédente"),
    ("/etape N", "aller à l’étape N"),
    ("/bloc ID", "aller au début d’un bloc (par exemple /bloc C1.2)"),
    ("/derogations", "lister les positionnements différents de la suggestion"),
    ("/retours", "lister les réponses modifiées après /retour"),
    ("/chercher MOT", "lister les étapes où figure un mot"),
    ("/aide", "ces commandes"),
    ("/quitter", "quitter la relecture"),
  ]

  /// The script replayed.
  public let script: ReplayScript
  /// The index of the step shown last, `nil` before the first.
  public private(set) var current: Int?

  public init(script: ReplayScript) {
    self.script = script
  }

  /// What the line asks for; moves ``current`` when it shows a step.
  public mutating func receive(_ line: String) -> Action {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    let words = trimmed.split(separator: " ", maxSplits: 1).map(String.init)
    let command = words.first?.caseAndAccentFolded ?? ""
    let argument = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
    switch command {
    case "", "/suivant", "/next":
      let next = (current ?? -1) + 1
      guard next < script.steps.count else { return .summary }
      return show(next)
    case "/precedent", "/previous", "/prev":
      return show(max(0, (current ?? 0) - 1))
    case "/etape", "/step":
      guard let number = Int(argument), (1...script.steps.count).contains(number) else {
        return .invalid("Donnez un numéro d’étape entre 1 et \(script.steps.count) : /etape 12")
      }
      return show(number - 1)
    case "/bloc", "/block":
      guard !argument.isEmpty else { return .invalid("Donnez un bloc : /bloc C1.2") }
      guard let index = script.firstStep(ofBlock: argument) else {
        return .invalid(
          "Le bloc « \(SafeDisplay.escaped(argument)) » n’a pas été abordé dans cette session.")
      }
      return show(index)
    case "/derogations", "/overrides":
      return .overrides
    case "/retours", "/back-edits", "/backedits":
      return .backEdits
    case "/chercher", "/search":
      guard !argument.isEmpty else { return .invalid("Donnez un mot : /chercher formation") }
      return .search(word: argument, steps: script.steps(containing: argument))
    case "/aide", "/help", "?":
      return .help
    case "/quitter", "/quit", "/q":
      return .quit
    default:
      return .invalid(
        "« \(SafeDisplay.escaped(trimmed)) » n’est pas une commande de la relecture ; "
          + "Entrée pour l’étape suivante, /aide pour les commandes.")
    }
  }

  private mutating func show(_ index: Int) -> Action {
    guard script.steps.indices.contains(index) else { return .summary }
    current = index
    return .step(index)
  }
}
