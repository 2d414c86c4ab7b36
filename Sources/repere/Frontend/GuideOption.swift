import ArgumentParser
import RepereShell

/// `--dialogue FICHIER`: the guide a command runs on (default: the bundled one).
///
/// Shared with `@OptionGroup` by every command that takes a guide, so all of them load it
/// through ``GuideLoader`` and fail the same way for the same file.
struct GuideOption: ParsableArguments {
  @Option(
    name: .customLong("dialogue"),
    help: ArgumentHelp(
      "Fichier de guide (YAML) à utiliser au lieu du guide intégré.", valueName: "FICHIER"))
  var path: String?

  /// Loads and validates the chosen guide.
  /// - Throws: ``RepereError`` when the file cannot be read or is not a valid guide.
  func load() throws(RepereError) -> LoadedGuide {
    try GuideLoader.load(path: path)
  }
}
