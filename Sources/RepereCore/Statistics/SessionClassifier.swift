import Foundation

/// Turns one file's bytes into a session to count, or the reason it is not counted.
///
/// The checks are those of `repere bilan`, in the same order, without `--force`: the file must
/// start like a transcript, be intact (``TranscriptParser``), be an interview rather than a
/// preparation, be made with the guide loaded, and replay on it (``TranscriptReading``). Pure:
/// the caller reads the file.
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
    do {
      let reading = try TranscriptReading(transcript, dialogue: dialogue, suggester: suggester)
      return .success(SessionSummary(reading: reading, transcript: transcript, dialogue: dialogue))
    } catch {
      return .failure(.unreplayable)
    }
  }

  private struct ModeField: Decodable { var mode: String? }

  /// The `mode` of `session_started` (`preparation` for a candidate's practice), if any.
  static func mode(of record: TranscriptRecord) -> String? {
    (try? JSONDecoder().decode(ModeField.self, from: Data(record.text.utf8)))?.mode
  }
}
