import Foundation

/// What a preparation holds: the candidate, the blocks chosen, every attempt at each block.
///
/// The preparation sheet and the interview read it back from the transcript (through
/// ``TranscriptReplay``); the latest attempt of a block is the one that counts.
public struct PreparationRecord: Sendable, Equatable {
  public var candidate: Person
  /// The ids of the blocks chosen, in the guide's order.
  public var selection: [String]
  /// Every attempt at each block, by block id, in order.
  public var attempts: [String: [BlockAttempt]]
  /// The time of the last input.
  public var date: Date

  public init(
    candidate: Person, selection: [String], attempts: [String: [BlockAttempt]], date: Date
  ) {
    self.candidate = candidate
    self.selection = selection
    self.attempts = attempts
    self.date = date
  }

  /// The latest attempt at a block, if any.
  public func latest(_ block: String) -> BlockAttempt? { attempts[block]?.last }
}
