/// Why a file read by `repere stats` is not counted.
public enum SessionSkip: String, Error, Sendable, Equatable, CaseIterable, Codable {
  /// Its integrity check fails: a line edited, removed or moved, a duplicated key…
  case brokenChain = "broken_chain"
  /// It names a signing key, but a signature does not verify with it, or was removed: the
  /// chain was recomputed after an edit, or the key named is not the one that signed.
  case badSignature = "bad_signature"
  /// The session was conducted with another guide than the one loaded.
  case otherGuide = "other_guide"
  /// Not a transcript: no `session_started` first line (another file, or not JSON Lines).
  case notTranscript = "not_transcript"
  /// A candidate's preparation (`"mode":"preparation"`), not an interview.
  case preparation
  /// Its lines do not replay into the interview on the guide.
  case unreplayable
  /// The file cannot be read (permissions, vanished, a directory…).
  case unreadable

  /// The French words of the reason, for tables.
  public var label: String {
    switch self {
    case .brokenChain: "chaîne d’intégrité rompue"
    case .badSignature: "signature invalide"
    case .otherGuide: "autre guide"
    case .notTranscript: "pas une transcription"
    case .preparation: "préparation du candidat"
    case .unreplayable: "ne se rejoue pas sur le guide"
    case .unreadable: "fichier illisible"
    }
  }
}
