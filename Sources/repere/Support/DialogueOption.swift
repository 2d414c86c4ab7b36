import ArgumentParser
import RepereCore
import RepereShell

/// The `--dialogue FILE` option: which guide to use (default: the bundled one).
struct DialogueOption: ParsableArguments {
  @Option(
    name: .customLong("dialogue"),
    help: ArgumentHelp(
      "Fichier de guide (YAML) à utiliser au lieu du guide intégré.", valueName: "FICHIER"))
  var path: String?

  /// Loads and validates the chosen dialogue; prints the problems and fails if invalid.
  func load() throws -> Dialogue {
    try loadWithText().dialogue
  }

  /// Loads and validates the chosen dialogue, with the file's text (its SHA-256 identifies
  /// the guide a transcript was made with).
  func loadWithText() throws -> (dialogue: Dialogue, text: String) {
    let file: DialogueFile
    if let path {
      do {
        file = try DialogueFile.read(path: path)
      } catch {
        throw ValidationError(String(describing: error))
      }
    } else {
      file = .bundled
    }
    let result = DialogueLoader.read(file.text)
    guard let dialogue = result.dialogue else {
      var standardError = StandardError()
      for diagnostic in result.diagnostics {
        print(diagnostic.formatted(file: file.displayName), to: &standardError)
      }
      throw ValidationError("Le guide « \(file.displayName) » n’est pas valide.")
    }
    return (dialogue, file.text)
  }
}
