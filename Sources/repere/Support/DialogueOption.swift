import ArgumentParser
import Foundation
import RepereCore

/// The `--dialogue FILE` option: which guide to use (default: the bundled one).
struct DialogueOption: ParsableArguments {
  @Option(
    name: .customLong("dialogue"),
    help: ArgumentHelp("Fichier de guide (YAML) à utiliser au lieu du guide intégré.", valueName: "FICHIER"))
  var path: String?

  /// Loads the chosen dialogue, or prints a French error and fails.
  func load() throws -> Dialogue {
    let yaml: String
    if let path {
      guard let data = FileManager.default.contents(atPath: path) else {
        throw ValidationError("Impossible de lire le guide « \(path) » : fichier absent ou illisible.")
      }
      yaml = String(decoding: data, as: UTF8.self)
    } else {
      yaml = BundledDialogue.yaml
    }
    guard let dialogue = InterimDialogueReader.read(yaml: yaml), !dialogue.blocks.isEmpty else {
      throw ValidationError("Le guide « \(path ?? BundledDialogue.fileName) » n’est pas un guide valide.")
    }
    return dialogue
  }
}
