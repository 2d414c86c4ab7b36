import Testing

@testable import RepereCore

@Suite("Confidence of a suggestion")
struct ConfidenceEstimatorTests {
  private let estimator = ConfidenceEstimator()
  private let firstPerson = AnswerFacts(
    words: 40, unreadWords: [], unreadCount: 0, candidateNamed: 3, othersNamed: 0)
  private let labels = ["B.c1": "sources", "B.c2": "vérification", "B.c3": "suivi"]

  private func hit(
    _ criterion: String, _ text: String, answer: Int = 0, discount: EvidenceHit.Discount? = nil,
    reading: HitReading? = nil
  ) -> EvidenceHit {
    EvidenceHit(
      criterion: criterion, term: text, answer: answer, span: 0..<text.count, text: text,
      discount: discount, reading: reading)
  }

  private func assessment(
    _ level: LevelID, covered: [Int], counters: [Int: EvidenceHit] = [:],
    signals: [EvidenceSignal.Kind] = [.concrete, .concrete, .regular]
  ) -> BlockAssessment {
    let criteria = (1...3).map { number in
      let id = "B.c\(number)"
      let hits =
        covered.contains(number) ? [hit(id, "mot\(number)"), hit(id, "autre\(number)")] : []
      return CriterionAssessment(
        criterion: id, hits: hits, counterSignals: counters[number].map { [$0] } ?? [])
    }
    return BlockAssessment(
      block: "B", level: level, criteria: criteria, reason: "",
      signals: signals.map { EvidenceSignal(kind: $0, text: $0.rawValue, answer: 0) })
  }

  @Test("« non » to the yes/no question is sure")
  func gateNo() {
    let confidence = estimator.estimate(
      assessment(.pasDuTout, covered: [], signals: []), gate: false, answers: [],
      facts: firstPerson)
    #expect(confidence == SuggestionConfidence(level: .high, score: 1))
  }

  @Test("every criterion counted, concrete, by the candidate: high, with no reason given")
  func clearTotal() {
    let confidence = estimator.estimate(
      assessment(.totalite, covered: [1, 2, 3]), gate: true, answers: ["je fais ça"],
      facts: firstPerson)
    #expect(confidence.level == .high)
    #expect(confidence.score >= ConfidenceEstimator.threshold)
    #expect(confidence.uncertainBecause == nil)
  }

  @Test("« En totalité » with one criterion not found is low and names the criterion")
  func narrowTotal() {
    let confidence = estimator.estimate(
      assessment(.totalite, covered: [1, 2]), gate: true, answers: ["je fais ça"],
      facts: firstPerson, labels: labels)
    #expect(confidence.level == .low)
    #expect(confidence.uncertainBecause?.hasPrefix("marge étroite") == true)
    #expect(confidence.uncertainBecause?.contains("le critère 3 (« suivi »)") == true)
  }

  @Test("a criterion counted and denied by the candidate is a contradiction, quoted")
  func contradiction() {
    let denial = hit(
      "B.c2", "vérifie", discount: .negated,
      reading: HitReading(
        polarity: .denied, actor: .candidate, mode: .done, context: "je ne le fais pas"))
    let confidence = estimator.estimate(
      assessment(.pasDuTout, covered: [2], counters: [2: denial], signals: [.denied]),
      gate: true, answers: ["je ne le fais pas"], facts: firstPerson, labels: labels)
    #expect(confidence.level == .low)
    #expect(
      confidence.uncertainBecause?.hasPrefix(
        "indices contradictoires : pratique décrite mais « je ne le fais pas » pour le critère 2 "
          + "(« vérification »)") == true)
  }

  @Test("« Partiellement » decided only by criteria not illustrated is low")
  func onlyMissing() {
    let confidence = estimator.estimate(
      assessment(.partiellement, covered: [1]), gate: true, answers: ["je fais ça"],
      facts: firstPerson)
    #expect(confidence.level == .low)
    #expect(confidence.uncertainBecause?.contains("seulement parce que 2 critères") == true)
  }

  @Test("« Partiellement » capped by a recent practice is high")
  func cappedPartial() {
    let confidence = estimator.estimate(
      assessment(.partiellement, covered: [1, 2, 3], signals: [.concrete, .recent]), gate: true,
      answers: ["je fais ça depuis deux mois"], facts: firstPerson)
    #expect(confidence.level == .high)
  }

  @Test("trade words with nobody acting lower the score, and others acting more so")
  func nobodyActs() {
    let nobody = AnswerFacts(
      words: 40, unreadWords: [], unreadCount: 0, candidateNamed: 0, othersNamed: 0)
    let others = AnswerFacts(
      words: 40, unreadWords: [], unreadCount: 0, candidateNamed: 0, othersNamed: 4)
    let block = assessment(.totalite, covered: [1, 2, 3])
    let sure = estimator.estimate(block, gate: true, answers: ["x"], facts: firstPerson).score
    let unsure = estimator.estimate(block, gate: true, answers: ["x"], facts: nobody).score
    let lower = estimator.estimate(block, gate: true, answers: ["x"], facts: others)
    #expect(unsure < sure)
    #expect(lower.score < unsure)
    #expect(lower.level == .low)
    #expect(lower.uncertainBecause?.contains("décrite par d’autres") == true)
  }

  @Test("words the engine does not read make a « Partiellement » low, quoted")
  func unreadWords() {
    let facts = AnswerFacts(
      words: 40, unreadWords: ["xqzt", "brml"], unreadCount: 2, candidateNamed: 2, othersNamed: 0)
    let confidence = estimator.estimate(
      assessment(.partiellement, covered: [1, 2, 3], signals: [.concrete, .once]), gate: true,
      answers: ["x"], facts: facts)
    #expect(
      ConfidenceEstimator().doubts(
        assessment(.partiellement, covered: [1, 2, 3], signals: [.concrete, .once]),
        answers: ["x"], facts: facts
      ).contains(.unreadWords(["xqzt", "brml"])))
    #expect(confidence.score < 0.92)
  }

  @Test("the engine's words: a shorthand it knows, a name and a sigle are read, gibberish is not")
  func answerFacts() {
    let facts = EvidenceFixture.suggester.answerFacts([
      "J’ai passé la cmde chez Kompass avec le CRM, xqzt brml."
    ])
    #expect(facts.unreadWords == ["xqzt", "brml"])
    #expect(facts.namesTheCandidate)
    #expect(facts.othersNamed == 0)
  }

  @Test("the calibration table counts each case in its band, and agreement per level")
  func report() {
    var report = ConfidenceReport()
    report.add(
      expected: .totalite, suggested: .totalite,
      confidence: SuggestionConfidence(level: .high, score: 0.95))
    report.add(
      expected: .partiellement, suggested: .totalite,
      confidence: SuggestionConfidence(level: .high, score: 0.91))
    report.add(
      expected: .pasDuTout, suggested: .partiellement,
      confidence: SuggestionConfidence(level: .low, score: 0.55))
    report.add(
      expected: .partiellement, suggested: .partiellement,
      confidence: SuggestionConfidence(level: .low, score: 0.5))
    #expect(report.total == 4)
    #expect(report.highShare == 0.5)
    #expect(report.byLevel[.high]?.accuracy == 0.5)
    #expect(report.byLevel[.low]?.accuracy == 0.5)
    #expect(report.bands[5].cases == 2)
    #expect(report.bands[5].accuracy == 0.5)
    #expect(report.bands[1].cases == 2)
    #expect(report.bands[0].cases == 0)
    #expect(abs(report.bands[5].meanScore - 0.93) < 1e-9)
  }
}
