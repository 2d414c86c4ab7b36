import RepereBundledGuide
import Testing

@testable import RepereCore

@Suite("French morphology (libhunspell, Dicollecte dictionary) and terms that mean the criterion")
struct FrenchMorphologyTests {
  private let morphology = FrenchMorphology.shared(dictionary: FrenchMorphology.debianDictionary)

  @Test("the dictionary is installed (hunspell-fr-comprehensive)")
  func loads() {
    #expect(morphology != nil)
  }

  @Test("a conditional, its lemma and person")
  func conditional() throws {
    let word = try #require(morphology).morphology(of: "vérifierais")
    #expect(word.lemma == "vérifier")
    #expect(word.tags.contains(.conditional))
    #expect(word.tags.contains(.firstSingular))
  }

  @Test("an ambiguous form is not read as conditional, a present is present")
  func present() throws {
    let word = try #require(morphology).morphology(of: "vérifie")
    #expect(word.tags.contains(.present))
    #expect(!word.tags.contains(.conditional))
  }

  @Test("the article « du » is a function word; the participle « dû » is not")
  func articleAndParticiple() throws {
    let analyser = try #require(morphology)
    #expect(analyser.morphology(of: "du").tags.contains(.determiner))
    #expect(!analyser.morphology(of: "dû").tags.contains(.determiner))
    #expect(analyser.morphology(of: "dû").tags.contains(.pastParticiple))
  }

  @Test("an unknown word has no analysis")
  func unknown() throws {
    #expect(!(try #require(morphology)).morphology(of: "xqzt").isKnown)
  }

  @Test("hunspell's analyses merge into tags")
  func merging() {
    let word = WordMorphology(analyses: [
      "st:faire po:v3_it_q__a po:ipre po:3sg", "st:fait po:nom is:mas is:sg",
    ])
    #expect(word.lemma == "faire")
    #expect(word.tags.isSuperset(of: [.verb, .noun, .present, .thirdPerson]))
  }

  @Test("a term made only of function words is rejected; a real one is not")
  func functionWordTerms() {
    #expect(DialogueValidator.isOnlyFunctionWords("dû à"))
    #expect(DialogueValidator.isOnlyFunctionWords("de la"))
    #expect(!DialogueValidator.isOnlyFunctionWords("n-1"))
    #expect(!DialogueValidator.isOnlyFunctionWords("due à"))
  }

  @Test("« du client » covers no criterion of C6.1 (the article is no term)")
  func articleIsNoEvidence() throws {
    let dialogue = BundledGuide.dialogue
    let suggester = try EvidenceSuggester(dialogue: dialogue)
    let block = try #require(dialogue.block("C6.1"))
    let answers = Array(repeating: "J'ai reçu un appel du client.", count: block.questions.count)
    let result = suggester.assess(block: block, gate: true, answers: answers)
    #expect(result.criteria.flatMap(\.hits).allSatisfy { $0.text.lowercased() != "du" })
  }

  @Test("a word inside a longer term of another criterion is read with it: « chiffre d'affaires »")
  func phrasesAsPhrases() throws {
    let dialogue = BundledGuide.dialogue
    let suggester = try EvidenceSuggester(dialogue: dialogue)
    let block = try #require(dialogue.block("C1.2"))
    var answers = Array(repeating: "", count: block.questions.count)
    answers[1] = "Je suis mon chiffre d'affaires."
    let result = suggester.assess(block: block, gate: true, answers: answers)
    let covered = result.criteria.filter(\.isCovered).map(\.criterion)
    #expect(covered == ["C1.2.c3"])
  }
}
