import Foundation

/// Why a transcript cannot be replayed into an interview.
public enum TranscriptReplayError: Error, Equatable, CustomStringConvertible {
  /// The first line is not `session_started`.
  case missingStart
  /// A line's time cannot be read.
  case invalidTime(line: Int)
  /// The input of a line answered another question than the one the interview awaits:
  /// the dialogue or the program changed since the session was recorded.
  case divergence(line: Int, expected: String?, recorded: String)

  public var description: String {
    switch self {
    case .missingStart:
      return "la première ligne n’est pas le début d’une session (session_started)"
    case .invalidTime(let line):
      return "ligne \(line) : horodatage illisible"
    case .divergence(let line, let expected, let recorded):
      let awaited = expected.map { "« \($0) »" } ?? "aucune question (entretien terminé)"
      return
        "ligne \(line) : la réponse enregistrée porte sur « \(recorded) » mais l’entretien "
        + "attend \(awaited) ; le guide ou le programme a changé depuis la session"
    }
  }
}

/// An interview rebuilt from its transcript, and how the transcript compares with it.
public typealias ReplayedTranscript = ReplayedConversation<Interview>

/// A conversation (interview or preparation) rebuilt from its transcript, and how the
/// transcript compares with it.
public struct ReplayedConversation<Session: Conversation> {
  /// The conversation after the last input (and resumption), not yet resumed again.
  public var interview: Session
  /// The number of input lines replayed.
  public var inputs: Int
  /// The first line that differs from what the replay produces (an event changed, added
  /// or missing before a later line), if any.
  public var firstMismatch: Int?
  /// The events of the last step that are missing at the end of the transcript (the
  /// step's write was torn: disk full, crash), to write again before resuming.
  public var missingEvents: [InterviewEvent]
  /// The time of the step whose events are missing.
  public var missingEventsDate: Date?
  /// Every event the replay produced, in order (to compare with the recorded ones).
  public var produced: [InterviewEvent] = []
}

/// How the replay compares the events it produces with the recorded ones.
public enum ReplayComparison: Sendable {
  /// Each event encoded as the program writes it and compared byte for byte with its line
  /// (its envelope aside): a line edited in any way, even to an equal value (another key
  /// order, an added key, other escapes), differs. What resumption and `relecture
  /// --verifier` check.
  case written
  /// Not compared: ``ReplayedConversation/firstMismatch`` is `nil`. For the readers that
  /// only rebuild the session (recaps, statistics, anonymised copies) and never read it:
  /// encoding every event again costs more than reading the transcript.
  case skipped
}

/// Rebuilds an interview (or a preparation) from a transcript by re-feeding its input lines.
///
/// The interview is deterministic, so starting it at the recorded start time, giving it
/// each recorded line at its recorded time and resuming it at each recorded resumption
/// brings it back exactly where the session stopped. Its evidence engine answers from the
/// transcript (``TranscriptSuggester``): the evidence, probes and suggestions are those the
/// session showed, even if the engine changed since; the conversation's own engine only
/// answers what the transcript does not record (what comes after a resumption). The events it returns on the way
/// are compared, byte for byte, with the lines that follow each input: a transcript whose
/// recorded events were edited (and the chain recomputed), or whose lines were removed at
/// a step boundary in the middle, is told apart from one the program wrote.
public enum TranscriptReplay {
  /// Replays `transcript` into `interview` (fresh, not started).
  ///
  /// - Parameter comparison: How produced events are compared with recorded ones
  ///   (``ReplayedConversation/firstMismatch``): as written by default.
  /// - Returns: the interview, the inputs replayed, the first differing line and the
  ///   events of a torn last step.
  /// - Throws: ``TranscriptReplayError`` when the transcript does not fit the interview.
  public static func replay<Session: Conversation>(
    _ transcript: ParsedTranscript, into interview: Session,
    comparison: ReplayComparison = .written
  ) throws(TranscriptReplayError) -> ReplayedConversation<Session> {
    guard let (startRecord, _) = transcript.sessionStart else { throw .missingStart }
    guard let startDate = startRecord.date else { throw .invalidTime(line: startRecord.line) }
    let engine = (interview.suggester as? TranscriptSuggester)?.fallback ?? interview.suggester
    let recorded = TranscriptSuggester(transcript, fallback: engine)
    defer { recorded.replayEnded() }
    var interview = interview.assessing(with: recorded)
    recorded.replaying(stepAt: 0)
    var pending = interview.start(at: startDate)[...]
    var produced = Array(pending)
    var pendingTime = startRecord.time
    var pendingDate = startDate
    var mismatch: Int?
    var count = 0
    func differs(_ line: Int) {
      if comparison == .written, mismatch == nil { mismatch = line }
    }
    for (index, record) in transcript.records.enumerated().dropFirst() {
      switch record.entry {
      case .event:
        guard let expected = pending.popFirst(), record.time == pendingTime,
          comparison == .skipped || matches(record, .event(expected))
        else {
          differs(record.line)
          continue
        }
      case .input(let input):
        if !pending.isEmpty { differs(record.line) }
        // An unreadable time is an integrity issue of its line (refused unless --force);
        // forced, the line is replayed at the time of the step before.
        let date = record.date ?? pendingDate
        let expected = interview.isFinished ? nil : interview.pendingAsk?.id
        guard expected == input.ask else {
          throw .divergence(line: record.line, expected: expected, recorded: input.ask)
        }
        recorded.replaying(stepAt: index)
        pending = interview.receive(input.text, at: date)[...]
        produced += pending
        pendingTime = record.time
        pendingDate = date
        count += 1
      case .sessionResumed:
        if !pending.isEmpty { differs(record.line) }
        let date = record.date ?? pendingDate
        recorded.replaying(stepAt: index)
        pending = interview.resume(at: date)[...]
        produced += pending
        pendingTime = record.time
        pendingDate = date
      case .sessionStopped, .signature:
        if !pending.isEmpty { differs(record.line) }
      case .sessionStarted:
        differs(record.line)
      }
    }
    return ReplayedConversation(
      interview: interview, inputs: count, firstMismatch: mismatch,
      missingEvents: Array(pending), missingEventsDate: pending.isEmpty ? nil : pendingDate,
      produced: produced)
  }

  /// Whether the recorded line is the one the program writes for `entry` (its envelope
  /// aside, which the chain checks).
  private static func matches(_ record: TranscriptRecord, _ entry: TranscriptEntry) -> Bool {
    let start = TranscriptChain.envelopeStart(sequence: record.sequence, time: record.time)
    let text = record.text.utf8
    guard text.count > start.utf8.count + TranscriptChain.envelopeEndLength,
      text.starts(with: start.utf8)
    else { return false }
    let members = text.dropFirst(start.utf8.count).dropLast(TranscriptChain.envelopeEndLength)
    return members.elementsEqual(TranscriptChain.members(of: entry).utf8)
  }
}
