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
    var standardError = StandardError()
    var allValid = true
    for file in files.isEmpty ? [nil] : files.map(Optional.some) {
      let dialogueFile: DialogueFile
      if let file {
        do {
          dialogueFile = try DialogueFile.read(path: file)
        } catch {
          print(error.description, to: &standardError)
          allValid = false
          continue
        }
      } else {
        dialogueFile = .bundled
      }
      let result = DialogueLoader.read(dialogueFile.text)
      if let dialogue = result.dialogue {
        print(
          SafeDisplay.escaped("\(dialogueFile.label) : \(DialogueStatistics(dialogue).summary)"))
      } else {
        allValid = false
        for line in DialogueDiagnostic.printedLines(
          result.diagnostics, file: dialogueFile.displayName)
        {
          print(line, to: &standardError)
        }
        let count = result.diagnostics.count
        print(
          "\(SafeDisplay.escaped(dialogueFile.label)) : \(count) problème\(count > 1 ? "s" : "") ; fichier non valide",
          to: &standardError)
      }
    }
    if !allValid { throw ExitCode.failure }
  }
}
