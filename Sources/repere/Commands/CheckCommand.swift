import ArgumentParser
import RepereCore
import RepereShell

/// `repere verifier [FILE…]` (alias `check`): validates dialogue files.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verifier",
    abstract: "Vérifie un ou plusieurs fichiers de dialogue (guides de repérage).",
    discussion: """
      Signale chaque problème sous la forme FICHIER:LIGNE:COLONNE: message, \
      tous les problèmes et pas seulement le premier. Pour un fichier valide, \
      affiche un résumé : compétences, blocs, questions, critères, termes-indices. \
      Code de sortie : 0 si tous les fichiers sont valides, 1 sinon.
      """,
    aliases: ["check"]
  )

  @Argument(
    help: ArgumentHelp(
      "Fichiers de dialogue YAML à vérifier ; sans fichier, le guide intégré.",
      valueName: "fichier"))
  var files: [String] = []

  func run() throws {
    var allValid = true
    for path in files.isEmpty ? [nil] : files.map(Optional.some) {
      do throws(RepereError) {
        let summary = try Self.check(path: path)
        print(summary)
      } catch {
        Frontend.report(error)
        allValid = false
      }
    }
    if !allValid { throw ExitCode.failure }
  }

  /// Reads and validates one guide file (the bundled guide's YAML for `nil`).
  /// - Returns: the summary line of a valid guide.
  /// - Throws: ``RepereError`` with every problem of the file.
  static func check(path: String?) throws(RepereError) -> String {
    // The bundled guide is checked from its YAML too: verifier reports positions.
    let file: DialogueFile
    if let path {
      do {
        file = try DialogueFile.read(path: path)
      } catch {
        throw .guideFile(error)
      }
    } else {
      file = .bundled
    }
    let result = DialogueLoader.read(file.text)
    guard let dialogue = result.dialogue else {
      throw .invalidGuide(.invalid(file: file.displayName, diagnostics: result.diagnostics))
    }
    return SafeDisplay.escaped("\(file.label) : \(DialogueStatistics(dialogue).summary)")
  }
}
