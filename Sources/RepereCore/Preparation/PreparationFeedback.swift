/// What the candidate is told after practising one block: no positioning, but which
/// criteria the answers illustrate, which to prepare and how to make an example convincing.
///
/// Built from the evidence engine's ``BlockAssessment`` by ``make(block:gate:assessment:attempt:previous:)``;
/// worded by ``FeedbackWording``. It is the payload of the `feedback` event, so a transcript
/// keeps it as it was shown.
public struct PreparationFeedback: Sendable, Equatable, Codable {
  /// The block id (`C1.1`).
  public var block: String
  public var title: String
  /// 1 for the first attempt at the block, 2 after one `/recommencer`…
  public var attempt: Int
  /// The answer to the block's yes/no question.
  public var gate: Bool
  /// One line per assessed criterion, in the block's order.
  public var criteria: [FeedbackCriterion]
  /// What the answers lack to be convincing (empty when the gate is « non »).
  public var tips: [ExampleTip]
  /// Criteria illustrated at the previous attempt, `nil` on the first.
  public var previouslyIllustrated: Int?

  public init(
    block: String, title: String, attempt: Int, gate: Bool, criteria: [FeedbackCriterion],
    tips: [ExampleTip], previouslyIllustrated: Int?
  ) {
    self.block = block
    self.title = title
    self.attempt = attempt
    self.gate = gate
    self.criteria = criteria
    self.tips = tips
    self.previouslyIllustrated = previouslyIllustrated
  }

  enum CodingKeys: String, CodingKey {
    case block, title, attempt, gate, criteria, tips
    case previouslyIllustrated = "previously_illustrated"
  }

  /// How many criteria the answers illustrate.
  public var illustrated: Int { criteria.filter { $0.status == .illustrated }.count }

  /// The criteria still to illustrate, in order.
  public var toPrepare: [FeedbackCriterion] { criteria.filter { $0.status != .illustrated } }

  /// Builds the feedback on one attempt at a block.
  /// - Parameters:
  ///   - block: The block practised.
  ///   - gate: The answer to its yes/no question.
  ///   - assessment: What the evidence engine read in the answers.
  ///   - attempt: The attempt's number (1 for the first).
  ///   - previous: The feedback on the previous attempt, to show the progress.
  public static func make(
    block: Block, gate: Bool, assessment: BlockAssessment, attempt: Int,
    previous: PreparationFeedback?
  ) -> PreparationFeedback {
    let assessed = block.assessedCriteria
    let criteria = assessed.enumerated().map { index, criterion in
      let found = assessment.criteria.first { $0.criterion == criterion.id }
      let (status, quote): (FeedbackCriterion.Status, String?) =
        gate ? read(found) : (.missing, nil)
      var words: [String] = []
      for hit in found?.hits ?? [] where !words.contains(hit.text) { words.append(hit.text) }
      return FeedbackCriterion(
        criterion: criterion.id, number: index + 1, label: criterion.label, status: status,
        found: status == .illustrated ? words : [], quote: quote, prompt: criterion.probe,
        previous: previous?.criteria.first { $0.criterion == criterion.id }?.status)
    }
    return PreparationFeedback(
      block: block.id, title: block.title.display, attempt: attempt, gate: gate,
      criteria: criteria,
      tips: gate
        ? tips(assessment, allIllustrated: criteria.allSatisfy { $0.status == .illustrated })
        : [],
      previouslyIllustrated: previous?.illustrated)
  }

  /// A criterion's status and the passage that decided it, from its evidence.
  private static func read(_ found: CriterionAssessment?) -> (FeedbackCriterion.Status, String?) {
    guard let found else { return (.missing, nil) }
    if found.isCovered { return (.illustrated, nil) }
    let kinds: [(FeedbackCriterion.Status, (HitReading) -> Bool)] = [
      (.denied, { $0.polarity == .denied }),
      (.someoneElse, { $0.actor == .someoneElse }),
      (.hypothetical, { $0.mode == .hypothetical }),
    ]
    for (status, test) in kinds {
      if let hit = found.counterSignals.first(where: { test($0.reading) }) {
        return (status, CriterionExplanation.shortened(hit.reading.context ?? hit.text))
      }
    }
    return (.missing, nil)
  }

  /// What would make the examples more convincing, read from the engine's signals and the
  /// clauses of the hits (who does it, how often, since when, how precisely).
  private static func tips(_ assessment: BlockAssessment, allIllustrated: Bool) -> [ExampleTip] {
    let signals = Set(assessment.signals.map(\.kind))
    let readings = assessment.criteria.flatMap { $0.hits + $0.counterSignals }.map(\.reading)
    var tips: [ExampleTip] = []
    if !signals.isDisjoint(with: [.someoneElse, .supervised])
      || readings.contains(where: { $0.actor != .candidate })
    {
      tips.append(.ownPractice)
    }
    if signals.contains(.hypothetical) || readings.contains(where: { $0.mode == .hypothetical }) {
      tips.append(.realCase)
    }
    if !signals.contains(.regular) || !signals.isDisjoint(with: [.occasional, .once]) {
      tips.append(.frequency)
    }
    if signals.isDisjoint(with: [.regular, .recent]) { tips.append(.duration) }
    if !signals.contains(.concrete) || signals.contains(.vague) { tips.append(.precision) }
    if !allIllustrated { tips.append(.result) }
    return tips
  }
}

/// One criterion in the feedback on a block.
public struct FeedbackCriterion: Sendable, Equatable, Codable {
  /// How the answers speak of the criterion.
  public enum Status: String, Sendable, Equatable, Codable {
    /// At least one passage counts for it.
    case illustrated
    /// Nothing in the answers speaks of it.
    case missing
    /// The candidate says he does not do it (« je ne les calcule pas »).
    case denied
    /// The answers attribute it to someone else (« le service qualité s’en charge »).
    case someoneElse = "someone_else"
    /// The answers say it as a hypothesis or a theory (« je pourrais »).
    case hypothetical
  }

  /// The criterion id (`C1.1.c2`).
  public var criterion: String
  /// 1-based number in the block.
  public var number: Int
  public var label: String
  public var status: Status
  /// The words that illustrate it, as the candidate wrote them.
  public var found: [String]
  /// The passage that denies it, gives it to others or says it as a hypothesis.
  public var quote: String?
  /// A question to prepare an example with (the criterion's probe).
  public var prompt: String
  /// The status at the previous attempt, `nil` on the first.
  public var previous: Status?

  public init(
    criterion: String, number: Int, label: String, status: Status, found: [String],
    quote: String?, prompt: String, previous: Status?
  ) {
    self.criterion = criterion
    self.number = number
    self.label = label
    self.status = status
    self.found = found
    self.quote = quote
    self.prompt = prompt
    self.previous = previous
  }
}

/// What makes an example convincing, when the answers lack it.
public enum ExampleTip: String, Sendable, Equatable, Codable, CaseIterable {
  /// Who: the candidate's own practice, not the team's or another service's.
  case ownPractice = "own_practice"
  /// A real case, not what one would do.
  case realCase = "real_case"
  /// How often.
  case frequency
  /// Since when.
  case duration
  /// Precise facts: a client, a tool, a document, a figure.
  case precision
  /// With which result.
  case result
}
