import Testing

@testable import RepereCore

/// The positioning rubric at each of its boundaries, on evidence built by hand: one step
/// on either side of every threshold of ``LevelRubric``.
@Suite("Level rubric boundaries")
struct LevelRubricTests {
  /// A block with two assessed criteria, `a` and `b`.
  private static let block = Block(
    id: "C9.9", title: GuideText("Bloc"), gate: GuideText("Oui ?"), questions: [],
    requiredCompetences: [],
    criteria: ["a", "b"].map {
      Criterion(id: $0, text: GuideText($0), label: $0, evidence: [$0], probe: "?")
    },
    trainingNeed: GuideText("Besoin"))

  /// The level for `hits` credited and `counters` discounted hits per criterion (`a`, `b`)
  /// and the block's signals.
  private func level(
    hits: (Int, Int), counters: (Int, Int) = (0, 0), signals: [EvidenceSignal.Kind] = []
  ) -> LevelID {
    func made(_ criterion: String, _ count: Int, discount: EvidenceHit.Discount?) -> [EvidenceHit]
    {
      (0..<count).map {
        EvidenceHit(
          criterion: criterion, term: criterion, answer: 1, span: $0..<($0 + 1), text: criterion,
          discount: discount)
      }
    }
    let evidence = BlockEvidence(
      criteria: [
        CriterionAssessment(
          criterion: "a", hits: made("a", hits.0, discount: nil),
          counterSignals: made("a", counters.0, discount: .negated)),
        CriterionAssessment(
          criterion: "b", hits: made("b", hits.1, discount: nil),
          counterSignals: made("b", counters.1, discount: .negated)),
      ],
      signals: signals.map { EvidenceSignal(kind: $0, text: "x", answer: 1) })
    return LevelRubric().decide(block: Self.block, gate: true, evidence: evidence).level
  }

  @Test("a « non » is pas du tout whatever else")
  func gateNo() {
    let evidence = BlockEvidence(criteria: [], signals: [])
    #expect(LevelRubric().decide(block: Self.block, gate: false, evidence: evidence).level == .pasDuTout)
  }

  @Test("no criterion covered is pas du tout; one is enough to leave it")
  func coverage() {
    #expect(level(hits: (0, 0)) == .pasDuTout)
    #expect(level(hits: (2, 0)) == .partiellement)
  }

  @Test("every criterion with more than one credited word, or one and something concrete")
  func totalite() {
    #expect(level(hits: (1, 1)) == .totalite)  // credited 2 > 1
    #expect(level(hits: (1, 0)) == .partiellement)  // a criterion missing
    #expect(level(hits: (1, 1), signals: [.concrete]) == .totalite)
  }

  @Test("one credited word is thin: concrete > 0 decides, not concrete > 1")
  func concreteBoundary() {
    // Both criteria covered needs two hits; thinness is judged on one criterion's block.
    let single = Block(
      id: "C9.8", title: GuideText("Bloc"), gate: GuideText("Oui ?"), questions: [],
      requiredCompetences: [],
      criteria: [Criterion(id: "a", text: GuideText("a"), label: "a", evidence: ["a"], probe: "?")],
      trainingNeed: GuideText("Besoin"))
    func decide(_ signals: [EvidenceSignal.Kind]) -> LevelID {
      let evidence = BlockEvidence(
        criteria: [
          CriterionAssessment(
            criterion: "a",
            hits: [EvidenceHit(criterion: "a", term: "a", answer: 1, span: 0..<1, text: "a")],
            counterSignals: [])
        ],
        signals: signals.map { EvidenceSignal(kind: $0, text: "x", answer: 1) })
      return LevelRubric().decide(block: single, gate: true, evidence: evidence).level
    }
    #expect(decide([]) == .partiellement)
    #expect(decide([.concrete]) == .totalite)
    #expect(decide([.concrete, .concrete]) == .totalite)
  }

  @Test("occasional or supervised practice, or a weak criterion, keeps it partiellement")
  func partiellement() {
    #expect(level(hits: (2, 2), signals: [.occasional]) == .partiellement)
    #expect(level(hits: (2, 2), signals: [.supervised]) == .partiellement)
    // Weak: as many discounted as credited words on a criterion.
    #expect(level(hits: (2, 2), counters: (2, 0)) == .partiellement)
    #expect(level(hits: (2, 2), counters: (1, 0)) == .totalite)
  }

  @Test("vague answers with something discounted: credited <= 1 and nothing concrete")
  func vague() {
    #expect(level(hits: (1, 0), signals: [.denied]) == .pasDuTout)
    #expect(level(hits: (1, 0), counters: (1, 0)) == .pasDuTout)
    #expect(level(hits: (1, 0), signals: [.hypothetical]) == .pasDuTout)
    #expect(level(hits: (2, 0), signals: [.denied]) == .partiellement)  // credited 2
    #expect(level(hits: (1, 0), signals: [.denied, .concrete]) == .partiellement)
    #expect(level(hits: (1, 0)) == .partiellement)  // nothing discounted
  }

  @Test("mostly discounted practice: more counters than credited and two denials or more")
  func mostlyDiscounted() {
    #expect(level(hits: (2, 1), counters: (4, 0), signals: [.denied, .someoneElse]) == .pasDuTout)
    // counters == credited: not « mostly ».
    #expect(
      level(hits: (2, 1), counters: (3, 0), signals: [.denied, .someoneElse]) == .partiellement)
    // One denial only.
    #expect(level(hits: (2, 1), counters: (4, 0), signals: [.denied]) == .partiellement)
  }
}
