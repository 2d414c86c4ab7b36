import Testing

@testable import RepereCore

@Suite("Positioning suggestion")
struct EvidenceSuggesterTests {
  private let suggester = EvidenceFixture.suggester
  private let block = EvidenceFixture.block

  @Test("« non » to the yes/no question is « pas du tout »")
  func gateNo() {
    let assessment = suggester.assess(block: block, gate: false, answers: ["Kompass, salons"])
    #expect(assessment.level == .pasDuTout)
    #expect(assessment.covered.isEmpty)
  }

  @Test("every criterion illustrated concretely is « en totalité »")
  func totalite() {
    let assessment = suggester.assess(
      block: block, gate: true,
      answers: [
        "Kompass, la presse pro et le salon Pollutec chaque année.",
        "Je recoupe avec une deuxième source et je suis mon CA dans un tableau de bord Excel.",
      ])
    #expect(assessment.level == .totalite)
    #expect(assessment.missing.isEmpty)
  }

  @Test("a terse answer to a context question tied to no criterion keeps « en totalité »")
  func terseContextAnswer() {
    let assessment = suggester.assess(
      block: block, gate: true,
      answers: [
        "Peintures.",
        "Kompass et salons chaque mois, je recoupe avec une deuxième source, CA suivi en tableau de bord.",
      ])
    #expect(assessment.missing.isEmpty)
    #expect(assessment.level == .totalite)
  }

  @Test(
    "the company's words and a denial: pas du tout; the same words said in the first person: partiellement"
  )
  func nothingOfTheCandidatesOwn() {
    let others = suggester.assess(
      block: block, gate: true,
      answers: ["Dans la boîte il y a la presse et les réseaux sociaux.", "Je ne vérifie pas."])
    #expect(others.level == .pasDuTout, "\(others.reason)")
    #expect(others.reason.contains("sans pratique personnelle concrète"))
    let ownAnswers = ["Je lis la presse et les réseaux sociaux.", "Je ne vérifie pas."]
    // The rubric reads practice of the candidate's own; the learned model, which has seen
    // such thin answers labelled « Pas du tout », may move it a step, saying so.
    let rule = suggester.levelFeatures(block: block, gate: true, answers: ownAnswers)
    #expect(rule.ruleLevel == .partiellement)
    let own = suggester.assess(block: block, gate: true, answers: ownAnswers)
    #expect(
      own.level == .partiellement
        || (own.reason.hasPrefix("Modèle appris sur les cas étiquetés : ")
          && own.reason.contains("plutôt que Partiellement")),
      "\(own.reason)")
  }

  @Test("a missing criterion is « partiellement », named by its label in the reason")
  func partiellement() {
    let assessment = suggester.assess(
      block: block, gate: true,
      answers: ["Kompass et les salons, chaque mois.", "Je recoupe avec une deuxième source."])
    #expect(assessment.level == .partiellement)
    #expect(assessment.missing == ["C9.1.c3"])
    #expect(assessment.reason.contains("« tableau de bord »"))
  }

  @Test("occasional practice lowers a complete block to « partiellement »")
  func occasional() {
    let assessment = suggester.assess(
      block: block, gate: true,
      answers: [
        "En stage, Kompass et le salon Pollutec.",
        "Je recoupe avec une deuxième source et je suis mon CA dans un tableau de bord.",
      ])
    #expect(assessment.missing.isEmpty)
    #expect(assessment.level == .partiellement)
  }

  @Test("denied, hypothetical or vague answers are « pas du tout »")
  func pasDuTout() {
    for answers in [
      ["Je ne vais pas sur les salons.", "Je ne vérifie pas, je n'ai pas de tableau de bord."],
      ["Je pourrais aller sur des salons.", "Il faudrait vérifier."],
      ["Un peu tout.", "Ça se passe bien."],
    ] {
      #expect(suggester.assess(block: block, gate: true, answers: answers).level == .pasDuTout)
    }
  }

  @Test("a criterion illustrated with a restriction is covered, and the cap says why")
  func partlyDeniedCriterionReason() {
    let assessment = suggester.assess(
      block: block, gate: true,
      answers: [
        "Kompass et le salon Pollutec chaque année.",
        "Je ne recoupe pas toujours mais je confirme au tél ; CA dans un tableau de bord.",
      ])
    let criterion = assessment.criteria.first { $0.criterion == "C9.1.c2" }
    #expect(criterion?.isCovered == true)
    #expect(assessment.level == .partiellement)
    #expect(
      assessment.reason.hasPrefix(
        "Pratique restreinte (« ne recoupe pas toujours ») : plafonnée à Partiellement"),
      "\(assessment.reason)")
  }

  @Test("« pas du tout » with some evidence found says the practice is denied or not own")
  func pasDuToutReasonSaysWhy() {
    let assessment = suggester.assess(
      block: block, gate: true,
      answers: ["Je pourrais aller sur des salons.", "Il faudrait vérifier."])
    #expect(assessment.level == .pasDuTout)
    #expect(assessment.reason.contains("hypothétique"), "\(assessment.reason)")
  }

  @Test("the same answers always give the same assessment")
  func deterministic() throws {
    let answers = [
      "Kompass et les salons, chaque mois 📈.", "Je ne recoupe pas, mais je confirme au tél.",
    ]
    let first = suggester.assess(block: block, gate: true, answers: answers)
    let other = try EvidenceSuggester(dialogue: EvidenceFixture.dialogue)
    for _ in 0..<5 {
      #expect(suggester.assess(block: block, gate: true, answers: answers) == first)
      #expect(other.assess(block: block, gate: true, answers: answers) == first)
    }
  }

  @Test("missing criteria come with their probe from the block")
  func probes() {
    let assessment = suggester.assess(block: block, gate: true, answers: ["Kompass.", ""])
    let probes = block.assessedCriteria.filter { assessment.missing.contains($0.id) }.map(\.probe)
    #expect(probes == ["Comment vérifiez-vous ?", "Quels indicateurs suivez-vous ?"])
  }
}
