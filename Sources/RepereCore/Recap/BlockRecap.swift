/// One block of the recap's appendix: what was answered, found, suggested and decided.
public struct BlockRecap: Sendable, Equatable, Codable {
  /// Where the block stands.
  public enum State: String, Sendable, Equatable, Codable {
    /// Positioned by the evaluator.
    case decided
    /// Begun, then left with `/passer` or `/aller`: its answers are kept.
    case parked
    /// The block in progress when the session stopped.
    case inProgress = "in_progress"
    /// Not begun.
    case notStarted = "not_started"
  }

  /// Block id (`C1.1`).
  public var block: String
  public var title: String
  public var state: State
  /// The yes/no answer, when given.
  public var gate: Bool?
  /// The open questions' answers, then the probes' answers, each with its question.
  public var answers: [RecapAnswer]
  /// The evidence per assessed criterion, when the block was assessed.
  public var evidence: [InterviewEvent.EvidenceLine]
  /// The suggested level and its reason, when suggested.
  public var suggested: LevelID?
  public var suggestionReason: String?
  /// How sure the suggestion was, when suggested (absent from transcripts recorded before
  /// the confidence existed).
  public var suggestionConfidence: SuggestionConfidence.Level?
  /// Why the engine was unsure, in French, when the confidence was low.
  public var uncertainBecause: String?
  /// The evaluator's positioning, when decided.
  public var decided: LevelID?
  /// Whether the positioning differs from the suggestion, and why.
  public var overridden: Bool
  public var overrideReason: String?
  /// Notes typed with `/note` during the block.
  public var notes: [String]
  /// Seconds spent on the block's questions.
  public var timeSpent: Double

  public init(
    block: String, title: String, state: State, gate: Bool?, answers: [RecapAnswer],
    evidence: [InterviewEvent.EvidenceLine], suggested: LevelID?, suggestionReason: String?,
    decided: LevelID?, overridden: Bool, overrideReason: String?, notes: [String],
    timeSpent: Double, suggestionConfidence: SuggestionConfidence.Level? = nil,
    uncertainBecause: String? = nil
  ) {
    self.block = block
    self.title = title
    self.state = state
    self.gate = gate
    self.answers = answers
    self.evidence = evidence
    self.suggested = suggested
    self.suggestionReason = suggestionReason
    self.suggestionConfidence = suggestionConfidence
    self.uncertainBecause = uncertainBecause
    self.decided = decided
    self.overridden = overridden
    self.overrideReason = overrideReason
    self.notes = notes
    self.timeSpent = timeSpent
  }

  enum CodingKeys: String, CodingKey {
    case block, title, state, gate, answers, evidence, suggested, decided, overridden, notes
    case suggestionReason = "suggestion_reason"
    case suggestionConfidence = "suggestion_confidence"
    case uncertainBecause = "uncertain_because"
    case overrideReason = "override_reason"
    case timeSpent = "time_spent"
  }
}

/// An answer of a block with the question it answers.
public struct RecapAnswer: Sendable, Equatable, Codable {
  /// The open question, or the probe, as asked.
  public var question: String
  /// The answer; empty when none was given.
  public var text: String
  /// Whether it answers a probe (a follow-up on a criterion without evidence).
  public var isProbe: Bool

  public init(question: String, text: String, isProbe: Bool) {
    self.question = question
    self.text = text
    self.isProbe = isProbe
  }

  enum CodingKeys: String, CodingKey {
    case question, text
    case isProbe = "probe"
  }
}

/// Something an unfinished interview still lacks.
public struct RecapPendingItem: Sendable, Equatable, Codable {
  public enum Kind: String, Sendable, Equatable, Codable {
    /// A block not positioned.
    case block
    /// A recap item with no block, not decided (C5 « l'identification des risques »).
    case manualItem = "manual_item"
    /// A competence not mastered whose means are not chosen.
    case means
  }

  public var kind: Kind
  /// The block, item or competence id.
  public var id: String
  /// Its title or label.
  public var label: String

  public init(kind: Kind, id: String, label: String) {
    self.kind = kind
    self.id = id
    self.label = label
  }
}

/// A warm-up note of the opening with its question.
public struct RecapOpeningNote: Sendable, Equatable, Codable {
  /// The opening question id (`parcours`, `souhaits`, `motivation`).
  public var id: String
  /// The question as asked.
  public var question: String
  public var text: String

  public init(id: String, question: String, text: String) {
    self.id = id
    self.question = question
    self.text = text
  }

  enum CodingKeys: String, CodingKey { case id, question, text }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    // Absent from recaps recorded before the question was kept.
    question = try c.decodeIfPresent(String.self, forKey: .question) ?? ""
    text = try c.decode(String.self, forKey: .text)
  }
}

/// A means of acquisition the guide offers (« Suivi d'une formation »).
public struct RecapMeansOption: Sendable, Equatable, Codable {
  public var id: String
  public var label: String

  public init(id: String, label: String) {
    self.id = id
    self.label = label
  }
}
