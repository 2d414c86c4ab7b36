import Foundation

/// Turns one file's bytes into a session to count, or the reason it is not counted.
///
/// The checks are those of `repere bilan`, in the same order, without `--force`: the file must
/// start like a transcript, be intact (``TranscriptParser``), be an interview rather than a
/// preparation, be made with the guide loaded, and replay on it (``TranscriptReading``). A
/// transcript that names a signing key must also carry signatures that verify with it
/// (``SignatureCheck``, the check of `repere relecture --verifier`, without trusted keys):
/// its fingerprint then identifies the evaluator. Pure: the caller reads the file.
public struct SessionClassifier: Sendable {
  public let dialogue: Dialogue
  public let guide: GuideIdentity
  public let suggester: any PositioningSuggester

  public init(dialogue: Dialogue, guide: GuideIdentity, suggester: any PositioningSuggester) {
    self.dialogue = dialogue
    self.guide = guide
    self.suggester = suggester
  }

  /// The session in `bytes`, or why it is skipped.
  public func classify(_ bytes: Data) -> Result<SessionSummary, SessionSkip> {
    let transcript = TranscriptParser.parse(bytes)
    guard let (first, start) = transcript.sessionStart, start.program == "repere" else {
      return .failure(.notTranscript)
    }
    guard transcript.issues.isEmpty else { return .failure(.brokenChain) }
    if Self.mode(of: first) == "preparation" { return .failure(.preparation) }
    guard start.dialogueSHA256 == guide.sha256 else { return .failure(.otherGuide) }
    guard let signingKey = Self.signingKey(of: transcript) else {
      return .failure(.badSignature)
    }
    do {
      let reading = try TranscriptReading(transcript, dialogue: dialogue, suggester: suggester)
      return .success(
        SessionSummary(
          reading: reading, transcript: transcript, dialogue: dialogue, signingKey: signingKey))
    } catch {
      return .failure(.unreplayable)
    }
  }

  /// The verified fingerprint of a signed transcript (`.some(nil)` for an unsigned one), or
  /// `nil` when its signatures do not prove the key it names.
  ///
  /// A tail after the last signature (a crash before the session could sign) is accepted, as
  /// `repere relecture` reports it without calling the transcript forged.
  static func signingKey(of transcript: ParsedTranscript) -> String?? {
    let hasSignature = transcript.records.contains {
      if case .signature = $0.entry { true } else { false }
    }
    let named = transcript.sessionStart?.start.signingKey
    guard named != nil || hasSignature else { return .some(nil) }
    let (signatures, problems) = SignatureCheck.check(transcript, trustedKeys: nil)
    let forged = problems.contains {
      if case .unsignedTail = $0 { false } else { true }
    }
    // Signatures without a key named in the first line (the shell always names it): every
    // signature must then be by one key.
    let keys = Set(signatures.map(\.fingerprint))
    guard !forged, keys.count == 1, let key = named ?? keys.first else { return nil }
    return .some(key)
  }

  private struct ModeField: Decodable { var mode: String? }

  /// The `mode` of `session_started` (`preparation` for a candidate's practice), if any.
  static func mode(of record: TranscriptRecord) -> String? {
    (try? JSONDecoder().decode(ModeField.self, from: Data(record.text.utf8)))?.mode
  }
}
