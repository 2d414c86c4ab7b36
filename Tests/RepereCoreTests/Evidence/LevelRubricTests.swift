import Testing

@testable import RepereCore

/// The positioning rubric (`Documentation/Rubric.md`) at each of its boundaries, on
/// evidence built by hand: one step on either side of every rule of ``LevelRubric``.
@Suite("Level rubric boundaries")
struct LevelRubricTests {
  /// A block whose assessed criteria are named by `ids`.
  private static func block(_ ids: [String]) -> Block {
    Block(
      id: "C9.9", title: GuideText("Bloc"), gate: GuideText("Oui ?"), questions: [],
      requiredCompetences: [],
      criteria: ids.map {
        Criterion(id: $0, text: GuideText($0), label: $0, evidence: [$0], probe: "?")
      },
      trainingNeed: GuideText("Besoin"))
  }

  /// The level for `hits` credited and `counters` denied hits per criterion (in the order
  /// of `criteria`), each hit at its own place of the answers, and the block's signals.
  /// `personalHits`: how many credited hits stand where the candidate speaks of their own
  /// work (all of them unless given).
  private func level(
    _ criteria: [String] = ["a", "b"], hits: [Int], counters: [Int]? = nil,
    signals: [EvidenceSignal.Kind] = [], personalHits: Int? = nil, personalSentences: Int = 1,
    actingSentences: Int = 0
  ) -> LevelID {
    decision(
      criteria, hits: hits, counters: counters, signals: signals, personalHits: personalHits,
      personalSentences: personalSentences, actingSentences: actingSentences
    ).level
  }

  /// The whole decision, for the same evidence as ``level(_:hits:counters:signals:personalHits:personalSentences:actingSentences:)``.
  private func decision(
    _ criteria: [String] = ["a", "b"], hits: [Int], counters: [Int]? = nil,
    signals: [EvidenceSignal.Kind] = [], personalHits: Int? = nil, personalSentences: Int = 1,
    actingSentences: Int = 0
  ) -> LevelRubric.Decision {
    var place = 0
    func made(_ criterion: String, _ count: Int, discount: EvidenceHit.Discount?) -> [EvidenceHit] {
      (0..<count).map { _ in
        place += 10
        return EvidenceHit(
          criterion: criterion, term: criterion, answer: 1, span: place..<(place + 1),
          text: criterion, discount: discount)
      }
    }
    let counts = counters ?? Array(repeating: 0, count: criteria.count)
    let evidence = BlockEvidence(
      criteria: criteria.indices.map {
        CriterionAssessment(
          criterion: criteria[$0], hits: made(criteria[$0], hits[$0], discount: nil),
          counterSignals: made(criteria[$0], counts[$0], discount: .negated))
      },
      signals: signals.map { EvidenceSignal(kind: $0, text: "x", answer: 1) },
      personalHits: personalHits ?? hits.reduce(0, +), personalSentences: personalSentences,
      actingSentences: actingSentences)
    return LevelRubric().decide(block: Self.block(criteria), gate: true, evidence: evidence)
  }

  @Test("rule 1: a « non » is pas du tout whatever else")
  func gateNo() {
    let evidence = BlockEvidence(criteria: [], signals: [])
    #expect(
      LevelRubric().decide(block: Self.block(["a"]), gate: false, evidence: evidence).level
        == .pasDuTout)
  }

  @Test("rule 2: no criterion counted is pas du tout; one is enough to leave it")
  func coverage() {
    #expect(level(hits: [0, 0], signals: [.concrete]) == .pasDuTout)
    #expect(level(hits: [1, 0], signals: [.concrete]) == .partiellement)
  }

  @Test(
    "rule 3: generic filler with nothing concrete is pas du tout; one concrete detail leaves it")
  func filler() {
    #expect(level(hits: [1, 1], signals: [.vague]) == .pasDuTout)
    #expect(level(hits: [1, 1], signals: [.vague, .concrete]) == .totalite)
    // Nothing concrete but no filler either: thin, not empty.
    #expect(level(hits: [1, 1]) == .partiellement)
  }

  @Test("rule 4: mostly discounted practice needs more counters than credited and two signs")
  func mostlyDiscounted() {
    let signs: [EvidenceSignal.Kind] = [.denied, .someoneElse, .concrete]
    #expect(level(hits: [1, 1], counters: [3, 0], signals: signs) == .pasDuTout)
    // counters == credited: not « mostly ».
    #expect(level(hits: [1, 1], counters: [2, 0], signals: signs) == .partiellement)
    // One sign only.
    #expect(
      level(hits: [1, 1], counters: [3, 0], signals: [.denied, .concrete]) == .partiellement)
  }

  @Test("rule 4 spares the candidate who acts beside someone who leads: capped, named")
  func takesPart() {
    let signs: [EvidenceSignal.Kind] = [.someoneElse, .someoneElse, .concrete]
    #expect(level(hits: [1, 1], counters: [3, 0], signals: signs) == .pasDuTout)
    let part = decision(hits: [1, 1], counters: [3, 0], signals: signs, actingSentences: 1)
    #expect(part.level == .partiellement)
    #expect(part.rule == .partial)
    #expect(part.caps.contains(.takesPart))
    #expect(
      part.reason.hasPrefix(
        "Pratique surtout niée ou attribuée à d’autres, à laquelle le candidat prend part (« a ») : "
          + "plafonnée à Partiellement"))
    // Not with a denial or a hypothesis: then the candidate's own words deny or imagine.
    #expect(
      level(hits: [1, 1], counters: [3, 0], signals: signs + [.denied], actingSentences: 1)
        == .pasDuTout)
    #expect(
      level(hits: [1, 1], counters: [3, 0], signals: signs + [.hypothetical], actingSentences: 1)
        == .pasDuTout)
    // Nobody else at work: the denials decide.
    #expect(
      level(
        hits: [1, 1], counters: [3, 0], signals: [.denied, .denied, .concrete], actingSentences: 2)
        == .pasDuTout)
  }

  @Test("each decision names its rule; « Partiellement » names its caps")
  func rulesNamed() {
    #expect(decision(hits: [0, 0], signals: [.concrete]).rule == .noCriterion)
    #expect(decision(hits: [1, 1], signals: [.vague]).rule == .generic)
    #expect(decision(hits: [1, 1], signals: [.concrete]).rule == .complete)
    let capped = decision(hits: [1, 0], signals: [.recent, .concrete])
    #expect(capped.rule == .partial)
    #expect(capped.caps == [.recent, .missingCriteria, .singleWord])
  }

  @Test(
    "rule 5: nothing concrete, nothing credited in the candidate's own words, something discounted")
  func nothingPersonal() {
    // « Chez nous il y a la production… je ne sais pas » : words of the criteria, none in a
    // sentence of the candidate's own work, a denial beside.
    #expect(
      level(hits: [1, 0], counters: [0, 1], signals: [.denied], personalHits: 0) == .pasDuTout)
    #expect(
      level(hits: [1, 1], counters: [1, 0], signals: [.someoneElse], personalHits: 0)
        == .pasDuTout)
    // One credited hit in the candidate's own words is practice, however thin.
    #expect(
      level(hits: [1, 0], counters: [0, 1], signals: [.denied], personalHits: 1)
        == .partiellement)
    // Something concrete, or nothing discounted: the other rules decide.
    #expect(
      level(hits: [1, 0], counters: [0, 1], signals: [.denied, .concrete], personalHits: 0)
        == .partiellement)
    #expect(level(hits: [1, 0], counters: [0, 0], personalHits: 0) == .partiellement)
    // Assisted practice is the candidate's, beside someone who leads.
    #expect(
      level(hits: [1, 0], counters: [0, 1], signals: [.denied, .supervised], personalHits: 0)
        == .partiellement)
  }

  @Test("rule 6: every criterion counted, concrete, two distinct words, no cap: en totalité")
  func totalite() {
    #expect(level(hits: [1, 1], signals: [.concrete]) == .totalite)
    #expect(level(hits: [1, 0], signals: [.concrete]) == .partiellement)
    // One word of evidence in all is too thin.
    #expect(level(["a"], hits: [1], signals: [.concrete]) == .partiellement)
    #expect(level(["a"], hits: [2], signals: [.concrete]) == .totalite)
  }

  @Test(
    "caps: recent, once, occasional, restricted, denied or assisted practice stay partiellement")
  func caps() {
    for cap: EvidenceSignal.Kind in [
      .recent, .once, .occasional, .restricted, .denied, .supervised,
    ] {
      #expect(level(hits: [2, 2], signals: [.concrete, cap]) == .partiellement, "\(cap)")
    }
  }

  @Test("rule 7: one criterion not found among four or more, three concrete details: en totalité")
  func tolerance() {
    let four = ["a", "b", "c", "d"]
    let concrete = Array(
      repeating: EvidenceSignal.Kind.concrete, count: LevelRubric.toleranceConcrete)
    #expect(level(four, hits: [1, 1, 1, 0], signals: concrete) == .totalite)
    // One concrete detail fewer.
    #expect(level(four, hits: [1, 1, 1, 0], signals: Array(concrete.dropLast())) == .partiellement)
    // Two criteria missing.
    #expect(level(four, hits: [1, 1, 0, 0], signals: concrete) == .partiellement)
    // Three criteria only.
    #expect(level(["a", "b", "c"], hits: [1, 1, 0], signals: concrete) == .partiellement)
    // A cap still applies.
    #expect(level(four, hits: [1, 1, 1, 0], signals: concrete + [.occasional]) == .partiellement)
  }

  @Test("rule 2b: practice disowned, nothing credited in the candidate's own words: pas du tout")
  func disowned() {
    // « Hubspot en place dans l’entreprise… Dit ne l’avoir jamais ouvert lui-même. »
    #expect(
      level(hits: [1, 1], signals: [.concrete, .denied, .disowned], personalHits: 0)
        == .pasDuTout)
    // The candidate's own words credited: the practice is partly theirs, capped.
    #expect(
      level(hits: [1, 1], signals: [.concrete, .denied, .disowned], personalHits: 1)
        == .partiellement)
    #expect(level(hits: [2, 2], signals: [.concrete, .disowned]) == .partiellement)
    // Assisted practice is the candidate's, beside someone who leads.
    #expect(
      level(hits: [1, 1], signals: [.concrete, .disowned, .supervised], personalHits: 0)
        == .partiellement)
  }

  @Test("rule 5b: nobody acts in the answers and something is only theory: pas du tout")
  func expose() {
    let theory: [EvidenceSignal.Kind] = [.concrete, .hypothetical]
    #expect(
      level(hits: [1, 1], counters: [1, 0], signals: theory, personalSentences: 0) == .pasDuTout)
    // The candidate speaks of their own work somewhere: the other rules decide (the counter
    // is a limit).
    #expect(
      level(hits: [1, 1], counters: [1, 0], signals: theory, personalSentences: 1)
        == .partiellement)
    // Someone else's, twice, in answers that are no note on the candidate: an exposé.
    #expect(
      level(
        hits: [1, 1], counters: [1, 0], signals: [.concrete, .someoneElse, .someoneElse],
        personalSentences: 0) == .pasDuTout)
    // Nobody acts but someone else's only once (« format imposé par la direction »): not an
    // exposé.
    #expect(
      level(
        hits: [1, 1], counters: [1, 0], signals: [.concrete, .someoneElse], personalSentences: 0)
        == .partiellement)
    // Nothing discounted at all.
    #expect(
      level(hits: [1, 1], signals: [.concrete, .hypothetical], personalSentences: 0) == .totalite)
  }
}
