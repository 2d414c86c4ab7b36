import Testing

@testable import RepereCore

@Suite("Evidence term matching")
struct EvidenceMatchingTests {
  @Test(
    "phrases match across inflections and articles",
    arguments: [
      ("C9.1.c1", "On alimente une base de données maison.", "base de données"),
      ("C9.1.c1", "Nos bases de données clients.", "bases de données"),
      ("C9.1.c1", "Je suis actif sur les réseaux sociaux.", "réseaux sociaux"),
      ("C9.1.c1", "Un réseau social pro.", "réseau social"),
      ("C9.1.c3", "J'ai construit mes tableaux de bord.", "tableaux de bord"),
      ("C9.1.c3", "Mon tableau de bord Excel.", "tableau de bord"),
    ])
  func phrases(criterion: String, answer: String, text: String) {
    #expect(EvidenceFixture.hits(criterion, [answer]).map(\.text) == [text])
  }

  @Test("a phrase does not match across a break or another word")
  func phraseBoundaries() {
    #expect(EvidenceFixture.hits("C9.1.c3", ["Un tableau, de bord en bord."]).isEmpty)
    #expect(EvidenceFixture.hits("C9.1.c3", ["Le tableau noir du bord."]).isEmpty)
  }

  @Test("derivations Snowball leaves apart still meet: vérifier ~ vérification")
  func derivations() {
    // « vérification » stems to `verif`, « vérifie » to `verifi`: they meet by prefix.
    let hits = EvidenceFixture.hits("C9.1.c2", ["Je vérifie tout, et je recoupe les infos."])
    #expect(hits.map(\.text) == ["vérifie", "recoupe"])
    #expect(hits.first?.term == "vérification")
    #expect(EvidenceFixture.hits("C9.1.c2", ["verifications faites"]).count == 1)
  }

  @Test("short stems need an exact match: « confirmer » does not meet « conf »")
  func shortStems() {
    #expect(EvidenceFixture.hits("C9.1.c2", ["une conf téléphonique"]).isEmpty)
  }

  @Test("a one- or two-letter abbreviation in capitals needs capitals: « CA » is not « ça »")
  func capitalsOnly() {
    #expect(EvidenceFixture.hits("C9.1.c3", ["ça va bien"]).isEmpty)
    #expect(EvidenceFixture.hits("C9.1.c3", ["le CA par client"]).map(\.text) == ["CA"])
  }

  @Test("hits record criterion, term, answer index and the span in the original answer")
  func hitRecords() {
    let answers = ["Rien.", "Sur 🚀 Kompass et au salon 😀 Pollutec."]
    let hits = EvidenceFixture.hits("C9.1.c1", answers)
    #expect(hits.map(\.term) == ["Kompass", "salon"])
    #expect(hits.allSatisfy { $0.answer == 1 && $0.criterion == "C9.1.c1" })
    let characters = Array(answers[1])
    for hit in hits { #expect(String(characters[hit.span]) == hit.text) }
    #expect(hits[0].span == 6..<13)
  }

  @Test("a term with a trailing star matches any word starting with it")
  func explicitPrefix() {
    let criterion = Criterion(
      id: "X.c1", text: GuideText("x"), label: "x", evidence: ["veill*"], probe: "?")
    let matcher = EvidenceMatcher(criteria: [criterion], normaliser: EvidenceFixture.normaliser)
    let tokens = EvidenceFixture.normaliser.tokens(in: "Veille le lundi, veilleurs")
    #expect(matcher.matches(in: tokens).count == 2)
  }
}
