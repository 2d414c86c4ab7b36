import Testing

@testable import RepereCore

@Suite("Justification markers for criteria that judge an explanation")
struct JustificationRuleTests {
  private let normaliser = EvidenceFixture.normaliser

  private func criterion(_ id: String, _ text: String, _ evidence: [String]) -> Criterion {
    Criterion(id: id, text: GuideText(text), label: id, evidence: evidence, probe: "?")
  }

  private var block: Block {
    Block(
      id: "C9.2", title: GuideText("Sources"), gate: GuideText("Faites-vous de la veille ?"),
      questions: [GuideText("Quelles sources ?")],
      requiredCompetences: [GuideText("Choisir ses sources")],
      criteria: [
        criterion(
          "C9.2.c1", "Les sources d'information sont variées",
          ["Kompass", "salon", "presse", "base de données", "réseaux sociaux"]),
        criterion(
          "C9.2.c2", "Le choix des sources est pertinent et justifié",
          ["privilégier", "incontournable", "source officielle", "plus fiable", "prioriser"]),
      ],
      trainingNeed: GuideText("Besoins en formation sur la veille"))
  }

  private func justificationHits(_ answer: String) -> [EvidenceHit] {
    let suggester = EvidenceFixture.suggester
    return suggester.assess(block: block, gate: true, answers: [answer]).criteria
      .first { $0.criterion == "C9.2.c2" }?.hits ?? []
  }

  @Test(
    "a criterion asks for an explanation when its predicate judges one and it says little else",
    arguments: [
      ("Le choix des sources est pertinent et justifié", true),
      ("Elle est expliquée et justifiée", true),
      ("Ils sont pertinents", true),
      ("Les sources d'information sont variées", false),
      ("Les informations pertinentes sont transmises aux services concernés", false),
      (
        "Les actions à mener sur son secteur sont identifiées, expliquées et sont pertinentes",
        false
      ),
    ])
  func asksForExplanation(text: String, expected: Bool) {
    let criterion = criterion("C9.9.c1", text, [])
    #expect(JustificationRule.asksForExplanation(criterion, normaliser: normaliser) == expected)
  }

  @Test("a marker ending with an elided word is quoted with its apostrophe")
  func elidedMarkerKeepsItsApostrophe() throws {
    let answer = "J'utilise Kompass 🧪 parce qu’il est à jour."
    let hit = try #require(justificationHits(answer).first)
    #expect(hit.text == "parce qu’")
    let characters = Array(answer)
    #expect(String(characters[hit.span]) == "parce qu’")
  }

  @Test(
    "a marker in a sentence with a credited hit illustrates the criterion",
    arguments: [
      "J'utilise Kompass parce que les effectifs y sont à jour.",
      "Je vais sur les salons pour voir les nouveautés des concurrents.",
      "La presse pro, car elle annonce les investissements.",
    ])
  func credited(answer: String) {
    #expect(!justificationHits(answer).isEmpty)
  }

  @Test(
    "a marker alone, negated or away from any credited hit illustrates nothing",
    arguments: [
      "Parce que c'est comme ça.",
      "Kompass. Je fais ça parce que mon chef le demande.",
      "Je ne vais jamais sur les salons parce que c'est trop loin.",
      "Je pourrais lire la presse pour suivre les concurrents.",
    ])
  func notCredited(answer: String) {
    #expect(justificationHits(answer).isEmpty)
  }
}
