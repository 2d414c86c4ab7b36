/// A chat command the evaluator can type at any prompt (`/aide`, `/retour`…).
public struct ChatCommand: Sendable, Equatable, Codable {
  /// What the command does.
  public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
    case help, back, skip, note, status, criteria, recap, goto, position, quit
    /// `/recommencer`: the candidate's preparation only.
    case retry
  }

  public var kind: Kind
  /// The French name, with its slash: `/aide`.
  public var name: String
  /// Other accepted names (English), with their slash: `/help`.
  public var aliases: [String]
  /// The argument the command takes, shown in help (`TEXTE`, `BLOC`), if any.
  public var argument: String?
  /// One line of French help.
  public var help: String

  public init(kind: Kind, name: String, aliases: [String], argument: String?, help: String) {
    self.kind = kind
    self.name = name
    self.aliases = aliases
    self.argument = argument
    self.help = help
  }

  /// Every command, in the order help lists them. Shells complete on `name` and `aliases`.
  public static let all: [ChatCommand] = [
    ChatCommand(
      kind: .help, name: "/aide", aliases: ["/help"], argument: nil,
      help: "affiche cette aide"),
    ChatCommand(
      kind: .back, name: "/retour", aliases: ["/back"], argument: nil,
      help: "revient à la question précédente, sa réponse pré-remplie pour la corriger"),
    ChatCommand(
      kind: .skip, name: "/passer", aliases: ["/skip"], argument: nil,
      help: "passe le bloc en cours, qui reste non positionné jusqu’à ce qu’on y revienne"),
    ChatCommand(
      kind: .note, name: "/note", aliases: [], argument: "TEXTE",
      help: "ajoute une note au bloc en cours"),
    ChatCommand(
      kind: .status, name: "/etat", aliases: ["/état", "/status"], argument: nil,
      help: "où en est l’entretien, ce qui reste, les positionnements"),
    ChatCommand(
      kind: .criteria, name: "/criteres", aliases: ["/critères", "/criteria"], argument: nil,
      help: "les compétences requises et les critères d’évaluation du bloc, mot pour mot"),
    ChatCommand(
      kind: .recap, name: "/bilan", aliases: ["/recap"], argument: nil,
      help: "affiche le bilan à ce stade"),
    ChatCommand(
      kind: .goto, name: "/aller", aliases: ["/goto"], argument: "BLOC",
      help: "va au bloc indiqué (ex. /aller C3.2) ou au premier bloc d’une compétence (C3)"),
    ChatCommand(
      kind: .position, name: "/positionner", aliases: ["/position"], argument: nil,
      help: "pendant les questions d’un bloc : passe au positionnement avec les réponses données"),
    ChatCommand(
      kind: .quit, name: "/quitter", aliases: ["/quit"], argument: nil,
      help: "enregistre et s’arrête ; l’entretien pourra être repris"),
  ]

  /// Every name and alias, for tab completion.
  public static var completions: [String] { all.flatMap { [$0.name] + $0.aliases } }

  /// The commands of the candidate's preparation (`repere preparation`), in the order help
  /// lists them.
  public static let preparation: [ChatCommand] = [
    ChatCommand(
      kind: .help, name: "/aide", aliases: ["/help"], argument: nil,
      help: "affiche cette aide"),
    ChatCommand(
      kind: .retry, name: "/recommencer", aliases: ["/retry"], argument: "[BLOC]",
      help: "reprend un bloc pour améliorer vos réponses (le bloc en cours, sinon le dernier "
        + "terminé, ou celui indiqué : /recommencer C3.2)"),
    ChatCommand(
      kind: .criteria, name: "/criteres", aliases: ["/critères", "/criteria"], argument: nil,
      help: "les compétences requises et les critères d’évaluation du bloc, mot pour mot : "
        + "ce que les évaluateurs regardent"),
    ChatCommand(
      kind: .skip, name: "/passer", aliases: ["/skip"], argument: nil,
      help: "passe le bloc en cours sans retour"),
    ChatCommand(
      kind: .goto, name: "/aller", aliases: ["/goto"], argument: "BLOC",
      help: "va au bloc indiqué (ex. /aller C3.2) ou au premier bloc d’une compétence (C3)"),
    ChatCommand(
      kind: .quit, name: "/quitter", aliases: ["/quit"], argument: nil,
      help: "enregistre et s’arrête ; la préparation pourra être reprise avec --reprendre"),
  ]

  /// Every name and alias of the preparation's commands, for tab completion.
  public static var preparationCompletions: [String] {
    preparation.flatMap { [$0.name] + $0.aliases }
  }
}
