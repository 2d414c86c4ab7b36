import Foundation

/// A conversation the shells drive line by line and a transcript records: the evaluator's
/// ``Interview`` or the candidate's ``Preparation``.
///
/// Pure and deterministic: the same lines at the same times give the same events, so a
/// session is rebuilt by re-feeding its recorded lines (``TranscriptReplay``). Every batch
/// ends with one `ask`, the ``pendingAsk``, while the conversation goes on; a batch ending
/// with `suspended` has none, nor has any batch once the conversation is finished.
public protocol Conversation: Sendable {
  /// Which kind of session this conversation is, as `session_started` records it.
  static var mode: SessionMode { get }
  /// Begins the conversation; nothing if already started.
  mutating func start(at date: Date) -> [InterviewEvent]
  /// Handles one input line (an answer or a `/command`) typed at `date`; only after
  /// ``start(at:)`` (a precondition).
  mutating func receive(_ line: String, at date: Date) -> [InterviewEvent]
  /// After re-feeding a suspended session's lines: `resumed` and the pending ask; nothing
  /// once finished; only after ``start(at:)`` (a precondition).
  mutating func resume(at date: Date) -> [InterviewEvent]
  /// The question awaiting an answer, `nil` before the start and once finished: derived
  /// from the conversation's state.
  var pendingAsk: Ask? { get }
  /// Whether the conversation is over.
  var isFinished: Bool { get }
  /// The candidate's name and first name once both are known (to name the transcript).
  var candidateName: (nom: String, prenom: String)? { get }
  /// The evidence engine the conversation assesses answers with.
  var suggester: any PositioningSuggester { get }
  /// The same conversation, assessing answers with `suggester` from now on.
  func assessing(with suggester: any PositioningSuggester) -> Self
}

/// The kind of a session: the evaluator's interview or the candidate's preparation.
public enum SessionMode: String, Sendable, Equatable, Codable {
  case interview
  case preparation
}

extension Interview: Conversation {
  public static var mode: SessionMode { .interview }

  public var candidateName: (nom: String, prenom: String)? {
    let candidate = progression.identity.candidate
    guard !candidate.nom.isEmpty, !candidate.prenom.isEmpty else { return nil }
    return (candidate.nom, candidate.prenom)
  }

  public func assessing(with suggester: any PositioningSuggester) -> Interview {
    var copy = self
    copy.suggester = suggester
    return copy
  }
}
