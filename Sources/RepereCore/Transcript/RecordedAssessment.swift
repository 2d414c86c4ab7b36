/// Assessments rebuilt from what a transcript recorded of them, for ``TranscriptSuggester``.
///
/// A transcript does not keep the engine's ``BlockAssessment`` itself but what the session
/// showed of it: the `evidence` event (per criterion, covered or not, the words that count,
/// those that do not, and why), the `suggestion` event (level, reason, confidence) and, in a
/// preparation, the `feedback` event. The assessments built here give those events back
/// exactly when the interview or the preparation shows them again; what no event shows (the
/// offsets of each word, the term of the guide it matched, the block's signals) is not
/// rebuilt.
enum RecordedAssessment {
  /// The criteria of a recorded `evidence` event: one hit per word that counts, one
  /// counter-signal per word that does not, and the explanation as it was shown.
  static func criteria(of evidence: InterviewEvent.Evidence) -> [CriterionAssessment] {
    evidence.criteria.map { line in
      CriterionAssessment(
        criterion: line.criterion,
        hits: line.found.map { hit($0, criterion: line.criterion) },
        counterSignals: line.discounted.map { hit($0, criterion: line.criterion) },
        recordedExplanation: line.why.map { .shown($0) } ?? .absent)
    }
  }

  /// The assessment a recorded `suggestion` shows, on `criteria`.
  static func assessment(
    _ suggestion: InterviewEvent.Suggestion, criteria: [CriterionAssessment]
  ) -> BlockAssessment {
    BlockAssessment(
      block: suggestion.block, level: suggestion.level, criteria: criteria,
      reason: suggestion.reason, signals: [])
  }

  /// The confidence a recorded `suggestion` shows.
  static func confidence(of suggestion: InterviewEvent.Suggestion) -> SuggestionConfidence {
    SuggestionConfidence(
      level: suggestion.confidence, score: suggestion.confidenceScore,
      uncertainBecause: suggestion.uncertainBecause)
  }

  /// An assessment from which ``PreparationFeedback/make(block:gate:assessment:attempt:previous:)``
  /// gives back the recorded `feedback`: each criterion's status, words and quote, and the
  /// tips (through the block signals that call for them).
  ///
  /// The one feedback it cannot give back is one whose tips ask how often (`frequency`) but
  /// not since when (`duration`): no assessment of the engine gives it (a regular practice,
  /// the only signal that removes the first, removes the second too).
  static func assessment(_ feedback: PreparationFeedback) -> BlockAssessment {
    let criteria = feedback.criteria.map { line -> CriterionAssessment in
      let quote = line.quote ?? ""
      let counter: HitReading? =
        switch line.status {
        case .illustrated, .missing: nil
        case .denied: HitReading(polarity: .denied, actor: .candidate, mode: .done, context: quote)
        case .someoneElse:
          HitReading(polarity: .affirmed, actor: .someoneElse, mode: .done, context: quote)
        case .hypothetical:
          HitReading(polarity: .affirmed, actor: .candidate, mode: .hypothetical, context: quote)
        }
      var counterSignals: [EvidenceHit] = []
      if let counter {
        var signal = hit(quote, criterion: line.criterion)
        signal.reading = counter
        counterSignals.append(signal)
      }
      return CriterionAssessment(
        criterion: line.criterion, hits: line.found.map { hit($0, criterion: line.criterion) },
        counterSignals: counterSignals)
    }
    let tips = Set(feedback.tips)
    var signals: [EvidenceSignal.Kind] = []
    if tips.contains(.ownPractice) { signals.append(.supervised) }
    if tips.contains(.realCase) { signals.append(.hypothetical) }
    switch (tips.contains(.frequency), tips.contains(.duration)) {
    case (false, _): signals.append(.regular)
    case (true, false): signals.append(.recent)
    case (true, true): break
    }
    if !tips.contains(.precision) { signals.append(.concrete) }
    return BlockAssessment(
      block: feedback.block, level: .pasDuTout, criteria: feedback.gate ? criteria : [],
      reason: "", signals: signals.map { EvidenceSignal(kind: $0, text: "", answer: 0) })
  }

  /// A hit of `text` that stands for a recorded word (its offsets are not recorded).
  private static func hit(_ text: String, criterion: String) -> EvidenceHit {
    EvidenceHit(criterion: criterion, term: text, answer: 0, span: 0..<text.count, text: text)
  }
}
