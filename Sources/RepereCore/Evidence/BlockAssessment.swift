/// What the answers of one block say, criterion by criterion, and the suggested positioning.
///
/// Produced by ``PositioningSuggester``; shown to the evaluator, who confirms or overrides it.
public struct BlockAssessment: Sendable, Equatable, Codable {
  /// The block id (`C1.1`…).
  public var block: String
  /// The suggested positioning.
  public var level: LevelID
  /// Per assessed criterion, in the block's order: the evidence found, or why none counts.
  public var criteria: [CriterionAssessment]
  /// A short French reason for the suggestion, naming the missing criteria.
  public var reason: String
  /// Signals over the whole block that lowered or raised the level (occasional practice…).
  public var signals: [EvidenceSignal]

  public init(
    block: String, level: LevelID, criteria: [CriterionAssessment], reason: String,
    signals: [EvidenceSignal]
  ) {
    self.block = block
    self.level = level
    self.criteria = criteria
    self.reason = reason
    self.signals = signals
  }

  /// Ids of the criteria the answers illustrate.
  public var covered: [String] { criteria.filter(\.isCovered).map(\.criterion) }
  /// Ids of the criteria the answers do not illustrate.
  public var missing: [String] { criteria.filter { !$0.isCovered }.map(\.criterion) }
}

/// The evidence for one criterion.
public struct CriterionAssessment: Sendable, Equatable, Codable {
  /// The criterion id (`C1.1.c2`).
  public var criterion: String
  /// The hits that count for the criterion.
  public var hits: [EvidenceHit]
  /// Hits that were found but do not count (negated, hypothetical, someone else's practice).
  public var counterSignals: [EvidenceHit]

  public init(criterion: String, hits: [EvidenceHit], counterSignals: [EvidenceHit]) {
    self.criterion = criterion
    self.hits = hits
    self.counterSignals = counterSignals
  }

  /// Whether at least one hit counts for the criterion.
  public var isCovered: Bool { !hits.isEmpty }
}

/// One occurrence of an evidence term in an answer.
public struct EvidenceHit: Sendable, Equatable, Codable {
  /// The criterion id the term belongs to.
  public var criterion: String
  /// The evidence term of the dialogue file that matched.
  public var term: String
  /// Index of the answer in the block's answers (open questions then probe answers).
  public var answer: Int
  /// The matched characters, as offsets in `Character`s from the start of the answer.
  public var span: Range<Int>
  /// The matched text as the candidate wrote it.
  public var text: String
  /// Why the hit does not count, when it is a counter-signal.
  public var discount: Discount?

  public init(
    criterion: String, term: String, answer: Int, span: Range<Int>, text: String,
    discount: Discount? = nil
  ) {
    self.criterion = criterion
    self.term = term
    self.answer = answer
    self.span = span
    self.text = text
    self.discount = discount
  }

  /// Why a hit is not credited.
  public enum Discount: String, Sendable, Equatable, Codable {
    /// « je ne vérifie pas », « jamais de relance », « aucun tableau de bord », « sans … ».
    case negated
    /// « je pourrais », « il faudrait ».
    case hypothetical
    /// « le service marketing s'en occupe ».
    case someoneElse = "someone_else"
  }
}

/// A block-level signal that moves the suggestion.
public struct EvidenceSignal: Sendable, Equatable, Codable {
  public var kind: Kind
  /// The words that show it, as written.
  public var text: String
  /// Index of the answer it was found in.
  public var answer: Int

  public init(kind: Kind, text: String, answer: Int) {
    self.kind = kind
    self.text = text
    self.answer = answer
  }

  public enum Kind: String, Sendable, Equatable, Codable {
    /// Occasional, short or very recent practice (« une fois », « en stage », « depuis deux mois »).
    case occasional
    /// Practice under close supervision or by someone else with the candidate assisting.
    case supervised
    /// A frequency, a named tool, source or client, a number, a duration (« depuis 5 ans »).
    case concrete
    /// Practice explicitly denied.
    case denied
    /// Hypothetical practice only.
    case hypothetical
    /// Practice attributed to someone else.
    case someoneElse = "someone_else"
  }
}

/// Suggests a positioning for a block from its yes/no answer and free-text answers.
///
/// Deterministic: the same answers always give the same assessment.
public protocol PositioningSuggester: Sendable {
  /// Assesses one block.
  /// - Parameters:
  ///   - block: the block of the dialogue.
  ///   - gate: the answer to the block's yes/no question.
  ///   - answers: the answers to the open questions, then any answers to probes.
  /// - Returns: the evidence per criterion and the suggested level.
  func assess(block: Block, gate: Bool, answers: [String]) -> BlockAssessment
}
