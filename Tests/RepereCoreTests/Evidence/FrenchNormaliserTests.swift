import Testing

@testable import RepereCore

@Suite("French normalisation and tokens")
struct FrenchNormaliserTests {
  private func tokens(_ text: String) -> [Token] {
    EvidenceFixture.normaliser.tokens(in: text)
  }

  @Test("folds case and diacritics: « Vérifié » = « verifie »")
  func folding() {
    #expect(tokens("Vérifié").map(\.folded) == ["verifie"])
    #expect(tokens("ÉCHANTILLONS Œuvre").map(\.folded) == ["echantillons", "oeuvre"])
    // Snowball stems the accented and unaccented forms differently (`verifi`, `verif`);
    // the matcher's stem-prefix rule makes them meet.
    let accented = tokens("vérifiés")[0].stem
    let plain = tokens("verifies")[0].stem
    #expect(EvidenceTerm.stem(plain, matches: .init(stem: accented, isPrefix: false)))
  }

  @Test("recognises ASCII and typographic elisions")
  func elisions() {
    let words = tokens("l'entreprise d’offres qu'il n’a jamais")
    #expect(
      words.map(\.folded) == ["l", "entreprise", "d", "offres", "qu", "il", "n", "a", "jamais"])
    #expect(words.filter { $0.kind == .elision }.map(\.folded) == ["l", "d", "qu", "n"])
  }

  @Test("splits hyphenated words and keeps digits as tokens")
  func hyphensAndDigits() {
    let words = tokens("compte-rendu sous 48h, 0,80 €/fût et 20.30")
    #expect(
      words.filter(\.isLexical).map(\.folded) == [
        "compte", "rendu", "sous", "48", "h", "0.80", "fut", "et", "20.30",
      ])
    #expect(words.filter { $0.kind == .number }.count == 3)
  }

  @Test("punctuation becomes clause and sentence breaks; a dot inside a name does not")
  func breaks() {
    let kinds = tokens("Société.com, puis Kompass. Fin").map(\.kind)
    #expect(kinds == [.word, .word, .clauseBreak, .word, .word, .sentenceBreak, .word])
  }

  @Test("abbreviations and anglicisms stay matchable words")
  func abbreviations() {
    let words = tokens("CRM, KPI, FDS, BPF, AO, CdC, RDV, reporting")
    #expect(
      words.filter(\.isLexical).map(\.folded) == [
        "crm", "kpi", "fds", "bpf", "ao", "cdc", "rdv", "reporting",
      ])
    #expect(words.first?.isAllCapitals == true)
  }

  @Test("spans count Characters of the original answer, with accents and emoji")
  func spansWithEmoji() {
    let answer = "Je vérifie 👍🏽 les réseaux sociaux ✅ chaque été"
    let characters = Array(answer)
    for token in tokens(answer) where token.isLexical {
      #expect(String(characters[token.span]) == token.surface)
    }
    let summer = tokens(answer).last!
    #expect(summer.surface == "été")
    #expect(summer.span == (characters.count - 3)..<characters.count)
  }

  @Test("decomposed accents (NFD) give the same tokens and spans as composed ones")
  func decomposedInput() {
    let composed = "réclamation reçue"
    let decomposed = "re\u{301}clamation rec\u{327}ue"
    #expect(tokens(decomposed).map(\.stem) == tokens(composed).map(\.stem))
    #expect(tokens(decomposed).map(\.span) == tokens(composed).map(\.span))
  }
}
