import Foundation

/// The guided interview as a pure state machine: input lines in, events out.
///
/// The owner (a shell) calls ``start(at:)`` once, then ``receive(_:at:)`` with each line
/// the evaluator types, and performs the returned events (show, record). Nothing here
/// touches a terminal, a file or the clock: the same dialogue, suggester, lines and times
/// always give the same events, so a session resumes by re-feeding its recorded lines.
public struct Interview: Sendable {
  public let dialogue: Dialogue
  public let suggester: any PositioningSuggester

  /// Creates an interview; nothing happens until ``start(at:)``.
  public init(dialogue: Dialogue, suggester: any PositioningSuggester) {
    self.dialogue = dialogue
    self.suggester = suggester
  }

  /// Begins the interview: the `started` event and the first question.
  public mutating func start(at date: Date) -> [InterviewEvent] { [] }

  /// Handles one input line (an answer or a `/command`).
  /// - Returns: the events, ending with the next `ask` unless the interview finished or
  ///   was suspended.
  public mutating func receive(_ line: String, at date: Date) -> [InterviewEvent] { [] }

  /// After re-feeding a suspended session's lines: the `resumed` event and the pending ask.
  public mutating func resume(at date: Date) -> [InterviewEvent] { [] }

  /// The question awaiting an answer, `nil` before ``start(at:)`` and once finished.
  public var pendingAsk: Ask? { nil }

  /// Whether the interview is over.
  public var isFinished: Bool { false }

  /// What has been recorded so far.
  public var record: InterviewRecord { InterviewRecord() }

  /// The recap of what has been decided so far, dated with the last input's time.
  public var recap: CompiledRecap {
    RecapCompiler.compile(dialogue: dialogue, record: record, date: Date(timeIntervalSince1970: 0))
  }
}
