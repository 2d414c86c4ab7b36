import RepereBundledGuide
import RepereCore

/// Loads the guide a command runs on: a file given with `--dialogue`, or the bundled one.
///
/// The one place where commands turn a path into a ``LoadedGuide``: every command that
/// takes a guide fails the same way, with the same French message, for the same file.
public enum GuideLoader {
  /// The bundled guide: validated when repere was built, decoded without parsing YAML.
  public static var bundled: LoadedGuide {
    LoadedGuide(
      dialogue: BundledGuide.dialogue,
      identity: GuideIdentity(
        id: BundledGuide.dialogue.id, version: BundledGuide.dialogue.version,
        sha256: BundledGuide.sha256, source: BundledGuide.sourceLabel),
      byteCount: BundledGuide.byteCount)
  }

  /// Loads the guide at `path`, or the bundled guide when `path` is `nil`.
  ///
  /// - Parameter path: The path as the user typed it (also the name shown in messages).
  /// - Returns: The valid guide and its file facts.
  /// - Throws: ``RepereError/guideFile(_:)`` when the file cannot be read,
  ///   ``RepereError/invalidGuide(_:)`` with every problem when it is not a valid guide.
  public static func load(path: String?) throws(RepereError) -> LoadedGuide {
    guard let path else { return bundled }
    let file: DialogueFile
    do {
      file = try DialogueFile.read(path: path)
    } catch {
      throw .guideFile(error)
    }
    let dialogue: Dialogue
    do {
      dialogue = try DialogueLoader.load(file.text, fileName: file.displayName)
    } catch {
      throw .invalidGuide(error)
    }
    return LoadedGuide(
      dialogue: dialogue,
      identity: GuideIdentity(
        id: dialogue.id, version: dialogue.version, sha256: ContentHash.sha256(file.text),
        source: path),
      byteCount: file.text.utf8.count)
  }
}
