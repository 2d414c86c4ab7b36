import Foundation

/// One step of a session as it happened: what the reviewer sees at once.
public struct ReplayStep: Sendable, Equatable {
  /// What happened in the step.
  public enum Kind: Sendable, Equatable {
    /// The session began: the program, the guide, the first events.
    case opening(SessionStart)
    /// The evaluator typed `text` to the question `ask` (when it was recorded).
    case input(ask: Ask?, askID: String, text: String)
    /// The session stopped without `/quitter` (end of input, signal).
    case stopped(StopReason)
    /// The session was resumed.
    case resumed
    /// The evaluator's key signed every line before.
    case signed(fingerprint: String)
  }

  /// 1-based line number of the step's first line.
  public var line: Int
  /// The step's time as recorded, `nil` when it cannot be read.
  public var date: Date?
  /// The block being assessed when the step began, if any.
  public var block: String?
  public var kind: Kind
  /// The events the program wrote for the step, in order.
  public var events: [InterviewEvent]

  public init(line: Int, date: Date?, block: String?, kind: Kind, events: [InterviewEvent]) {
    self.line = line
    self.date = date
    self.block = block
    self.kind = kind
    self.events = events
  }

  /// The blocks the step begins.
  public var blocksStarted: [String] {
    events.compactMap { event in
      if case .blockStarted(let started) = event { return started.block }
      return nil
    }
  }
}
