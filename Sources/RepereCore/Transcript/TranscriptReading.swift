import Foundation

/// What a transcript says once replayed: the interview as it stood, its record and recap.
///
/// For the commands that read sessions back (recap exports, replay, statistics): a parsed
/// transcript becomes the same ``InterviewRecord`` and ``CompiledRecap`` the interview
/// had, by replaying its input lines into a fresh interview on the same guide.
public struct TranscriptReading: Sendable {
  /// The session's first record: program, guide and its hash.
  public var start: SessionStart
  /// The interview after the last recorded input.
  public var interview: Interview
  /// Input lines replayed.
  public var inputs: Int

  /// What the interview recorded.
  public var record: InterviewRecord { interview.record }

  /// The recap of the record, dated with the last input's time.
  public var recap: CompiledRecap { interview.recap }

  /// Whether the interview reached its end.
  public var isFinished: Bool { interview.isFinished }

  /// Replays `transcript` on `dialogue`.
  ///
  /// - Parameters:
  ///   - transcript: The transcript, parsed (its integrity issues are the caller's to judge).
  ///   - dialogue: The guide the session was conducted with.
  ///   - suggester: Today's evidence engine, asked only what the transcript does not record
  ///     (the replay reads the recorded evidence and suggestions: ``TranscriptSuggester``).
  /// - Throws: ``TranscriptReplayError`` when the transcript does not fit the guide.
  public init(
    _ transcript: ParsedTranscript, dialogue: Dialogue, suggester: any PositioningSuggester
  ) throws(TranscriptReplayError) {
    guard let (_, start) = transcript.sessionStart else { throw .missingStart }
    // Nothing here reads the comparison with the recorded events (`firstMismatch`, which
    // resumption and `relecture --verifier` check): not made.
    let replayed = try TranscriptReplay.replay(
      transcript, into: Interview(dialogue: dialogue, suggester: suggester),
      comparison: .skipped)
    self.start = start
    self.interview = replayed.interview
    self.inputs = replayed.inputs
  }
}
