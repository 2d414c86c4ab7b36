extension PositioningSuggester {
  /// The confidence of `assessment`, reading the answers as plain words (no dictionary).
  public func confidence(
    of assessment: BlockAssessment, block: Block, gate: Bool, answers: [String]
  ) -> SuggestionConfidence {
    ConfidenceEstimator().estimate(
      assessment, gate: gate, answers: answers, facts: AnswerFacts(plain: answers),
      labels: block.criterionLabels)
  }
}

extension EvidenceSuggester {
  /// The confidence of `assessment`, with the words the dictionary does not know.
  public func confidence(
    of assessment: BlockAssessment, block: Block, gate: Bool, answers: [String]
  ) -> SuggestionConfidence {
    ConfidenceEstimator().estimate(
      assessment, gate: gate, answers: answers, facts: answerFacts(gate ? answers : []),
      labels: block.criterionLabels)
  }
}

extension Block {
  /// The short label of each assessed criterion, by id.
  var criterionLabels: [String: String] {
    Dictionary(assessedCriteria.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
  }
}

extension EvidenceSuggester {
  /// The names of the doubts that lowered the confidence of `assessment` (`contradictory`,
  /// `unread_words`…), for measurement.
  public func confidenceDoubts(
    of assessment: BlockAssessment, gate: Bool, answers: [String]
  ) -> [String] {
    guard gate else { return [] }
    return ConfidenceEstimator().doubts(
      assessment, answers: answers, facts: answerFacts(answers)
    ).map(\.name)
  }
}
