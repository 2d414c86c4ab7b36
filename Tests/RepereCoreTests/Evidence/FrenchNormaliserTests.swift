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

  @Test("abbreviations and anglicisms stay matchable words; shorthand reads in full")
  func abbreviations() {
    let words = tokens("CRM, KPI, BPF, reporting")
    #expect(words.filter(\.isLexical).map(\.folded) == ["crm", "kpi", "bpf", "reporting"])
    #expect(words.first?.isAllCapitals == true)
    let notes = tokens("FDS, AO, CdC, RDV").filter(\.isLexical)
    #expect(
      notes.map(\.folded) == [
        "fiche", "de", "donnees", "de", "securite", "appel", "d", "offres", "cahier", "des",
        "charges", "rendez", "vous",
      ])
    #expect(notes.first?.surface == "FDS")
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

  @Test(
    "the UTF-8 character scan finds the same Characters as String",
    arguments: [
      "Vérifié → OK, l’entreprise d’offres", "q\u{301}uel ǅungla İstanbul ﬁnance",
      "ligne\r\nsuivante\rfin\n", "👍🏽 🇫🇷🇩🇪 👨‍👩‍👧 ✅x", "©x ®\u{301}y ‼z \u{200D}a",
      "« guillemets » — non – oui… • ’\u{301}", "ΑΒΓ кириллица עִבְרִית \u{0600}1",
      "é\u{327}a \u{0085}b \u{00AD}c \u{2028}d",
    ])
  func characterScan(text: String) {
    let analysis = EvidenceFixture.normaliser.analyse(text)
    let characters = Array(analysis.text)
    #expect(analysis.starts.count == characters.count + 1)
    for (index, character) in characters.enumerated() where index + 1 < analysis.starts.count {
      #expect(analysis.slice(index..<(index + 1)) == String(character))
    }
  }

  @Test("characters are classified as their ASCII and table fast paths say")
  func characterTables() {
    for byte in 0..<128 {
      let character = Character(Unicode.Scalar(UInt8(byte)))
      #expect(CharacterClass.ascii[byte] == CharacterClass.of(character))
    }
    #expect(CharacterClass.twoByte[Int(("é" as Unicode.Scalar).value) - 0x80] == .letter)
    #expect(CharacterClass.twoByte[Int(("É" as Unicode.Scalar).value) - 0x80] == .capitalLetter)
    #expect(CharacterClass.punctuation[0x2019 - 0x2000] == .apostrophe)
    #expect(CharacterClass.punctuation[0x2026 - 0x2000] == .sentenceMark)
    #expect(CharacterClass.of("\r\n") == .lineEnd)
  }

  @Test("the normaliser gives each token the lexicon classes of its folded form")
  func lexiconClasses() {
    let answer = "Je ne l’ai jamais fait, mais par contre : 3 fois par mois. Sans doute — Excel!"
    let analysis = EvidenceFixture.normaliser.analyse(answer)
    #expect(analysis.classes.count == analysis.tokens.count)
    #expect(analysis.classes == analysis.tokens.map { FrenchLexicon.classes(of: $0.folded) })
    #expect(analysis.classes[1].contains(.clitic))
    #expect(!analysis.classes[1].contains(.knownTool))
  }
}
