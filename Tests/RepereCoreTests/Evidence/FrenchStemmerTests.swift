import Testing

@testable import RepereCore

@Suite("Snowball French stemmer")
struct FrenchStemmerTests {
  @Test(
    "stems a dozen words exactly as Snowball French does",
    arguments: [
      ("vérification", "vérif"), ("vérifier", "vérifi"), ("relances", "relanc"),
      ("prospection", "prospect"), ("clients", "client"), ("tableaux", "tableau"),
      ("réclamation", "réclam"), ("fidélisation", "fidélis"), ("analyser", "analys"),
      ("négociation", "négoci"), ("rapidement", "rapid"), ("commerciaux", "commercial"),
    ])
  func stems(word: String, stem: String) {
    #expect(EvidenceFixture.stemmer.stem(word) == stem)
  }

  @Test("leaves an empty word empty")
  func emptyWord() {
    #expect(EvidenceFixture.stemmer.stem("") == "")
  }

  @Test("a shared stemmer gives the same stems from concurrent tasks")
  func concurrentUse() async {
    let stemmer = EvidenceFixture.stemmer
    let stems = await withTaskGroup(of: String.self) { group in
      for _ in 0..<32 { group.addTask { stemmer.stem("vérifications") } }
      var all: [String] = []
      for await stem in group { all.append(stem) }
      return all
    }
    #expect(Set(stems) == ["vérif"])
  }
}
