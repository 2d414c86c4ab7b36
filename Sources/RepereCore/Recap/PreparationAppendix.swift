import Foundation

/// The recap's appendix « Préparation du candidat » (`repere bilan --preparation`): per
/// block, what the candidate's preparation illustrated (its latest attempt) beside the
/// position decided at the interview, and a short reading of the two.
///
/// Pure: the preparation is read, checked and replayed by ``PreparedAnswers``; this only
/// compares its record with the interview's recap.
public struct PreparationAppendix: Sendable, Equatable {
  /// The preparation file's name (without its directory) and its SHA-256, the one the
  /// interview recorded in `session_started`.
  public var fileName: String
  public var sha256: String
  /// The time of the preparation's last input.
  public var date: Date
  /// Every block of the recap, in the guide's order.
  public var blocks: [PreparationComparison]

  public init(fileName: String, sha256: String, date: Date, blocks: [PreparationComparison]) {
    self.fileName = fileName
    self.sha256 = sha256
    self.date = date
    self.blocks = blocks
  }

  /// How many blocks the candidate practised.
  public var preparedCount: Int { blocks.filter(\.isPrepared).count }

  /// How many practised blocks the interview confirmed.
  public var confirmedCount: Int { blocks.filter { $0.reading == .confirmed }.count }

  /// Reads the preparation file brought to an interview and compares it with the recap.
  ///
  /// The interview must have recorded a preparation (`preparation_sha256`); the file's
  /// chain, kind and guide are checked as `repere entretien --preparation` does, then its
  /// SHA-256 must be the one recorded.
  /// - Parameters:
  ///   - bytes: The preparation file, as read, and `fileName` its name.
  ///   - interview: The interview's `session_started`.
  ///   - recap: The interview's recap.
  ///   - dialogue: The guide loaded, `sha256` its file's hash, `suggester` its engine.
  /// - Throws: ``PreparedAnswers/Refusal``.
  public static func read(
    _ bytes: [UInt8], fileName: String, interview: SessionStart, recap: CompiledRecap,
    dialogue: Dialogue, sha256: String, suggester: any PositioningSuggester
  ) throws(PreparedAnswers.Refusal) -> PreparationAppendix {
    guard interview.preparationSHA256 != nil else { throw .notRecorded }
    let reading = try PreparedAnswers.replay(
      bytes, dialogue: dialogue, sha256: sha256, suggester: suggester)
    let actual = ContentHash.sha256(bytes)
    try PreparedAnswers(sha256: actual, answers: [:]).check(recordedIn: interview)
    return compile(reading.record, recap: recap, fileName: fileName, sha256: actual)
  }

  /// Compares a preparation with the interview's recap, block by block.
  /// - Parameters:
  ///   - record: What the preparation holds (its latest attempt per block counts).
  ///   - recap: The interview's recap (its blocks, in the guide's order, with their decision).
  ///   - fileName: The preparation file's name, and `sha256` its hash.
  public static func compile(
    _ record: PreparationRecord, recap: CompiledRecap, fileName: String, sha256: String
  ) -> PreparationAppendix {
    let blocks = recap.competences.flatMap(\.blocks).map { block in
      PreparationComparison(
        block: block.block, title: block.title, attempts: record.attempts[block.block]?.count ?? 0,
        latest: record.latest(block.block), decided: block.decided)
    }
    return PreparationAppendix(
      fileName: fileName, sha256: sha256, date: record.date, blocks: blocks)
  }
}

/// One block of the appendix: the preparation's coverage and the interview's position.
public struct PreparationComparison: Sendable, Equatable {
  /// What the two say together.
  public enum Reading: String, Sendable, Equatable, CaseIterable {
    /// The candidate did not practise the block.
    case notPrepared = "not_prepared"
    /// Practised, but the interview has not positioned the block (yet).
    case notPositioned = "not_positioned"
    /// The preparation illustrated criteria and the interview positioned the block at
    /// least as high as that coverage (all illustrated: « En totalité »; some:
    /// « Partiellement » or more).
    case confirmed
    /// The preparation illustrated criteria the interview did not confirm: a lower position.
    case notConfirmed = "not_confirmed"
    /// Nothing illustrated at the preparation, yet the interview positioned the block above
    /// « Pas du tout ».
    case shownAtInterview = "shown_at_interview"
    /// Nothing illustrated at the preparation, « Pas du tout » at the interview.
    case notIllustrated = "not_illustrated"
  }

  /// Block id (`C1.1`) and title.
  public var block: String
  public var title: String
  /// How many times the block was practised (0: not prepared).
  public var attempts: Int
  /// The answer to the yes/no question at the latest attempt, `nil` when not practised.
  public var gate: Bool?
  /// The criteria the latest attempt assessed, and those it illustrated.
  public var criteria: Int
  public var illustrated: [FeedbackCriterion]
  /// The position decided at the interview, `nil` when not decided.
  public var decided: LevelID?
  public var reading: Reading

  public init(
    block: String, title: String, attempts: Int, latest: BlockAttempt?, decided: LevelID?
  ) {
    let criteria = latest?.feedback.criteria ?? []
    let illustrated = criteria.filter { $0.status == .illustrated }
    self.block = block
    self.title = title
    self.attempts = latest == nil ? 0 : attempts
    self.gate = latest?.gate
    self.criteria = criteria.count
    self.illustrated = illustrated
    self.decided = decided
    self.reading = Self.reading(
      prepared: latest != nil, illustrated: illustrated.count, criteria: criteria.count,
      decided: decided)
  }

  /// Whether the candidate practised the block.
  public var isPrepared: Bool { attempts > 0 }

  /// The reading of a coverage beside a decision: the coverage ranks as a level would
  /// (every criterion: 2, some: 1, none: 0), and the decision confirms it when it ranks
  /// at least as high.
  static func reading(prepared: Bool, illustrated: Int, criteria: Int, decided: LevelID?)
    -> Reading
  {
    guard prepared else { return .notPrepared }
    guard let decided else { return .notPositioned }
    let decision =
      switch decided {
      case .totalite: 2
      case .partiellement: 1
      case .pasDuTout: 0
      }
    guard illustrated > 0 else { return decision > 0 ? .shownAtInterview : .notIllustrated }
    let coverage = illustrated >= criteria ? 2 : 1
    return decision >= coverage ? .confirmed : .notConfirmed
  }
}
