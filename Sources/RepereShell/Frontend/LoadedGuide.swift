import RepereCore

/// A guide ready to run: the dialogue and the facts about its file.
public struct LoadedGuide: Sendable {
  /// The dialogue, valid.
  public var dialogue: Dialogue
  /// What a transcript records about the guide: id, version, SHA-256, source.
  public var identity: GuideIdentity
  /// Size of the guide file in bytes.
  public var byteCount: Int

  public init(dialogue: Dialogue, identity: GuideIdentity, byteCount: Int) {
    self.dialogue = dialogue
    self.identity = identity
    self.byteCount = byteCount
  }

  /// The name shown to the user: the path, or « (intégré) » for the bundled guide.
  public var source: String { identity.source }
}
