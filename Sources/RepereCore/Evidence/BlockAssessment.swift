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
  /// The explanation the transcript recorded, for an assessment read back from one
  /// (``TranscriptSuggester``); `nil` for the engine's own, explained from its hits.
  public var recordedExplanation: RecordedExplanation?

  public init(
    criterion: String, hits: [EvidenceHit], counterSignals: [EvidenceHit],
    recordedExplanation: RecordedExplanation? = nil
  ) {
    self.criterion = criterion
    self.hits = hits
    self.counterSignals = counterSignals
    self.recordedExplanation = recordedExplanation
  }

  /// What a transcript recorded as a criterion's explanation.
  public enum RecordedExplanation: Sendable, Equatable, Codable {
    /// The text shown (the `why` of the evidence line).
    case shown(String)
    /// None: the transcript is older than the explanations.
    case absent
  }

  /// Why the criterion is or is not counted, in French (« nié : « je ne les calcule
  /// pas » »), from its hits: built when shown, not at each assessment; as recorded for an
  /// assessment read back from a transcript.
  public var why: String {
    if case .shown(let text) = recordedExplanation { return text }
    return CriterionExplanation.why(self)
  }

  /// The explanation an evidence line shows: none when the transcript it was read from
  /// recorded none.
  var shownWhy: String? { recordedExplanation == .absent ? nil : why }

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
  /// How the clause of the hit reads: affirmed or denied, by whom, done or not.
  public var reading: HitReading

  public init(
    criterion: String, term: String, answer: Int, span: Range<Int>, text: String,
    discount: Discount? = nil, reading: HitReading? = nil
  ) {
    self.criterion = criterion
    self.term = term
    self.answer = answer
    self.span = span
    self.text = text
    self.discount = discount
    self.reading = reading ?? HitReading(discount: discount)
  }

  private enum CodingKeys: String, CodingKey {
    case criterion, term, answer, span, text, discount, reading
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    criterion = try container.decode(String.self, forKey: .criterion)
    term = try container.decode(String.self, forKey: .term)
    answer = try container.decode(Int.self, forKey: .answer)
    span = try container.decode(Range<Int>.self, forKey: .span)
    text = try container.decode(String.self, forKey: .text)
    discount = try container.decodeIfPresent(Discount.self, forKey: .discount)
    reading =
      try container.decodeIfPresent(HitReading.self, forKey: .reading)
      ?? HitReading(discount: discount)
  }

  /// Why a hit is not credited.
  public enum Discount: String, Sendable, Equatable, Codable, CaseIterable {
    /// « je ne vérifie pas », « jamais de relance », « aucun tableau de bord », « sans … ».
    case negated
    /// « je pourrais », « il faudrait ».
    case hypothetical
    /// « le service marketing s'en occupe ».
    case someoneElse = "someone_else"
  }
}

/// How the clause of one evidence hit reads: whether the practice is affirmed, denied or
/// restricted, who does it, and whether it is done or only hypothetical or theoretical.
///
/// A hit counts for its criterion when it is not denied, is the candidate's (alone or
/// assisting someone who leads) and is done. ``context`` quotes the clause or sentence that
/// decided a reading other than the plain one, so that the evaluator sees why.
public struct HitReading: Sendable, Equatable, Codable {
  /// Whether the clause affirms the practice.
  public enum Polarity: String, Sendable, Equatable, Codable {
    case affirmed
    /// The candidate denies the practice (« je ne les calcule pas », « jamais fait »).
    case denied
    /// The practice is said to be partial (« pas toujours », « pas systématiquement »).
    case restricted
    /// The word stands under a negation that denies no practice of the candidate (« sans
    /// solvant », « le scoring ne sert à rien »).
    case negated
  }

  /// Who does what the clause describes.
  public enum Actor: String, Sendable, Equatable, Codable {
    /// The candidate (first person, or third person in an evaluator's note).
    case candidate
    /// The candidate, beside someone who leads or checks.
    case assisting
    /// A colleague, a manager, a service, the company, a course.
    case someoneElse = "someone_else"
  }

  /// Whether the practice is done or only thought of.
  public enum Mode: String, Sendable, Equatable, Codable {
    case done
    /// Conditional, « si je devais », « normalement il faudrait », « en formation on a vu ».
    case hypothetical
  }

  public var polarity: Polarity
  public var actor: Actor
  public var mode: Mode
  /// The clause or sentence that decided the reading, as written, when it is not plain.
  public var context: String?

  public init(polarity: Polarity, actor: Actor, mode: Mode, context: String? = nil) {
    self.polarity = polarity
    self.actor = actor
    self.mode = mode
    self.context = context
  }

  /// The reading a discount implies, with no context.
  public init(discount: EvidenceHit.Discount?) {
    self.init(
      polarity: discount == .negated ? .denied : .affirmed,
      actor: discount == .someoneElse ? .someoneElse : .candidate,
      mode: discount == .hypothetical ? .hypothetical : .done)
  }

  /// Whether the hit counts for its criterion.
  public var counts: Bool {
    (polarity == .affirmed || polarity == .restricted) && actor != .someoneElse && mode == .done
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

  public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
    /// Occasional, short or very recent practice (« une fois », « en stage », « depuis deux mois »).
    case occasional
    /// Practice under close supervision or by someone else with the candidate assisting.
    case supervised
    /// A frequency, a named tool, source or client, a number, a duration (« depuis 5 ans »).
    case concrete
    /// Practice explicitly denied.
    case denied
    /// The whole practice disowned by the candidate (« n’a jamais analysé lui-même un cahier
    /// des charges », « je l’ai jamais fait moi-même »).
    case disowned
    /// Hypothetical practice only.
    case hypothetical
    /// Practice attributed to someone else.
    case someoneElse = "someone_else"
    /// A practice said to be partial (« pas toujours », « pas systématiquement »).
    case restricted
    /// Recent practice or a start in the job (« depuis deux mois », « je débute »).
    case recent
    /// A single or twofold occasion (« une seule fois », « à deux reprises »).
    case once
    /// A regular or long practice (« chaque semaine », « depuis 2017 »).
    case regular
    /// Generic filler (« les outils classiques », « tout ce qu’il faut »).
    case vague
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

  /// How sure the suggestion of `assessment` is (``ConfidenceEstimator``).
  func confidence(
    of assessment: BlockAssessment, block: Block, gate: Bool, answers: [String]
  ) -> SuggestionConfidence

  /// Whether `answer`, alone, denies the practice of `block` (a denial by the candidate and
  /// nothing that counts): the interview then says that the next question presupposes it.
  func deniesPractice(block: Block, answer: String) -> Bool
}

extension PositioningSuggester {
  /// Whether the assessment of `answer` alone has a denial signal and no criterion covered.
  public func deniesPractice(block: Block, answer: String) -> Bool {
    let reading = assess(block: block, gate: true, answers: [answer])
    return reading.signals.contains { $0.kind == .denied } && reading.covered.isEmpty
  }
}
