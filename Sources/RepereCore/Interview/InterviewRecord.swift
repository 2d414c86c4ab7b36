/// Everything the interview has recorded so far: the input of the recap compiler.
public struct InterviewRecord: Sendable, Equatable, Codable {
  public var identity: Identity
  /// Warm-up notes by opening question id (`parcours`…), in the dialogue's order.
  public var opening: [OpeningNote]
  /// Per block id, what was answered and decided.
  public var blocks: [String: BlockRecord]
  /// Per competence id, how it was closed (means, manual items); absent until closed.
  public var closures: [String: CompetenceClosure]
  /// Notes typed with `/note`, in order.
  public var notes: [InterviewEvent.Note]
  /// Blocks begun but not positioned, by block id: left with `/passer` or `/aller`
  /// (parked), or the one in progress when the session stopped.
  public var unfinished: [String: UnfinishedBlock]
  /// Seconds spent on each block's questions, by block id (pauses between sessions excluded).
  public var timeSpent: [String: Double]

  public init(
    identity: Identity = Identity(), opening: [OpeningNote] = [],
    blocks: [String: BlockRecord] = [:], closures: [String: CompetenceClosure] = [:],
    notes: [InterviewEvent.Note] = [], unfinished: [String: UnfinishedBlock] = [:],
    timeSpent: [String: Double] = [:]
  ) {
    self.identity = identity
    self.opening = opening
    self.blocks = blocks
    self.closures = closures
    self.notes = notes
    self.unfinished = unfinished
    self.timeSpent = timeSpent
  }
}

/// A block begun and not positioned: what it already has.
public struct UnfinishedBlock: Sendable, Equatable, Codable {
  /// `true` when left with `/passer` or `/aller`; `false` for the block in progress.
  public var parked: Bool
  /// The yes/no answer, when given.
  public var gate: Bool?
  /// Answers to the open questions, then answers to probes.
  public var answers: [String]
  /// Criterion ids of the probes answered, in the order of their answers.
  public var probed: [String]
  /// The last assessment, when the open questions were all answered.
  public var assessment: BlockAssessment?

  public init(
    parked: Bool, gate: Bool?, answers: [String], probed: [String],
    assessment: BlockAssessment?
  ) {
    self.parked = parked
    self.gate = gate
    self.answers = answers
    self.probed = probed
    self.assessment = assessment
  }
}

/// A warm-up note of the opening.
public struct OpeningNote: Sendable, Equatable, Codable {
  public var id: String
  public var text: String
  public init(id: String, text: String) {
    self.id = id
    self.text = text
  }
}

/// What was answered and decided for one block.
public struct BlockRecord: Sendable, Equatable, Codable {
  /// The yes/no answer.
  public var gate: Bool
  /// Answers to the open questions, then answers to probes.
  public var answers: [String]
  /// The last assessment of the answers.
  public var assessment: BlockAssessment
  /// The evaluator's positioning.
  public var level: LevelID
  /// The override's reason, when the level differs from the suggestion.
  public var overrideReason: String?
  /// Criterion ids of the probes answered, in the order of their answers (after the open
  /// questions' answers).
  public var probed: [String]
  /// How sure the suggestion was.
  public var confidence: SuggestionConfidence?

  public init(
    gate: Bool, answers: [String], assessment: BlockAssessment, level: LevelID,
    overrideReason: String?, probed: [String] = [], confidence: SuggestionConfidence? = nil
  ) {
    self.gate = gate
    self.answers = answers
    self.assessment = assessment
    self.level = level
    self.overrideReason = overrideReason
    self.probed = probed
    self.confidence = confidence
  }
}

/// How a competence was closed.
public struct CompetenceClosure: Sendable, Equatable, Codable {
  /// Means ids chosen; empty when the competence is mastered.
  public var means: [String]
  /// Recap items set by hand, by item id.
  public var manual: [String: ManualSetting]

  public init(means: [String], manual: [String: ManualSetting]) {
    self.means = means
    self.manual = manual
  }
}

/// A recap item set by hand: whether it is a training need, and why.
public struct ManualSetting: Sendable, Equatable, Codable {
  public var needed: Bool
  public var note: String
  public init(needed: Bool, note: String) {
    self.needed = needed
    self.note = note
  }
}
