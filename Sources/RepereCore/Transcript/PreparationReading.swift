import Foundation

/// What a preparation's transcript says once replayed: the preparation as it stood.
///
/// The counterpart of ``TranscriptReading`` for `"mode":"preparation"` transcripts: the
/// blocks chosen are read from `session_started`, then the input lines are replayed into a
/// fresh ``Preparation``.
public struct PreparationReading: Sendable {
  /// The session's first record.
  public var start: SessionStart
  /// The preparation after the last recorded input.
  public var preparation: Preparation
  /// Input lines replayed.
  public var inputs: Int

  /// What the preparation holds.
  public var record: PreparationRecord { preparation.record }

  /// Replays `transcript` on `dialogue`.
  /// - Throws: ``TranscriptReplayError`` when the transcript does not fit the guide.
  public init(
    _ transcript: ParsedTranscript, dialogue: Dialogue, suggester: any PositioningSuggester
  ) throws(TranscriptReplayError) {
    guard let (_, start) = transcript.sessionStart else { throw .missingStart }
    let selection = try? PreparationSelection.resolve(
      dialogue, competences: [], blocks: start.blocks ?? [])
    let replayed = try TranscriptReplay.replay(
      transcript,
      into: Preparation(dialogue: dialogue, suggester: suggester, selection: selection))
    self.start = start
    self.preparation = replayed.interview
    self.inputs = replayed.inputs
  }
}
