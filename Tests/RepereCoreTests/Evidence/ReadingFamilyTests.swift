import RepereBundledGuide
import Testing

@testable import RepereCore

/// Short constructed answers, one family of reading at a time: each test fails if the
/// rule it names is removed.
@Suite("Reading who did it, whether it is affirmed, done, how long and how concretely")
struct ReadingFamilyTests {
  private func assess(_ answers: [String]) -> BlockAssessment {
    EvidenceFixture.suggester.assess(block: EvidenceFixture.block, gate: true, answers: answers)
  }

  private func criterion(_ id: String, _ answers: [String]) -> CriterionAssessment? {
    assess(answers).criteria.first { $0.criterion == id }
  }

  /// Every criterion of the fixture illustrated, concretely and regularly.
  private static let full =
    "Je consulte Kompass et la presse chaque semaine, je recoupe avec une deuxième source "
    + "et je suis mon tableau de bord tous les lundis."

  @Test("the full answer is « En totalité » (the baseline of the caps below)")
  func fullAnswer() {
    #expect(assess([Self.full]).level == .totalite)
  }

  // MARK: Explicit limits (polarity)

  @Test(
    "a clause after « mais », « par contre », « en revanche » is denied on its own",
    arguments: [
      "Je consulte Kompass chaque semaine, par contre je ne recoupe jamais.",
      "Je consulte Kompass chaque semaine mais je ne recoupe jamais.",
      "Je consulte Kompass chaque semaine. En revanche, je ne recoupe jamais.",
    ])
  func contrastThenDenial(answer: String) throws {
    let sources = try #require(criterion("C9.1.c1", [answer]))
    let check = try #require(criterion("C9.1.c2", [answer]))
    #expect(sources.isCovered)
    #expect(!check.isCovered)
    #expect(check.counterSignals.map(\.reading.polarity) == [.denied])
  }

  @Test("an object before its negation is denied: « les indicateurs, je ne les suis pas »")
  func objectBeforeNegation() throws {
    let answer = "Les indicateurs, je ne les suis pas."
    let result = try #require(criterion("C9.1.c3", [answer]))
    #expect(result.hits.isEmpty)
    #expect(result.counterSignals.first?.reading.polarity == .denied)
    #expect(result.why == "nié : « Les indicateurs, je ne les suis pas »")
  }

  @Test("an explicit limit after real practice caps at « Partiellement », and says so")
  func limitCaps() {
    let answer = Self.full + " Par contre, le reporting, je ne le fais jamais."
    let result = assess([answer])
    #expect(result.level == .partiellement)
    #expect(
      result.reason.lowercased().contains(
        "limite explicite (nié : « le reporting, je ne le fais jamais »)"))
  }

  @Test(
    "spoken negation without « ne » denies",
    arguments: ["je recoupe pas", "jai jamais recoupé", "la vérification on la fait pas"])
  func spokenNegation(answer: String) throws {
    let check = try #require(criterion("C9.1.c2", [answer]))
    #expect(check.hits.isEmpty)
    #expect(check.counterSignals.first?.discount == .negated)
  }

  @Test(
    "negations that affirm a practice do not deny it",
    arguments: [
      "Je ne publie jamais un chiffre sans le recouper.",
      "Je n'oublie jamais de recouper.",
      "Je fais attention à ne pas oublier de recouper.",
    ])
  func affirmingNegations(answer: String) {
    #expect(EvidenceFixture.hits("C9.1.c2", [answer]).count == 1)
  }

  @Test("« pas toujours » restricts: counted, but the block is capped")
  func restriction() throws {
    let answer = Self.full.replacingOccurrences(
      of: "je recoupe", with: "je ne recoupe pas toujours")
    let check = try #require(criterion("C9.1.c2", [answer]))
    #expect(check.hits.first?.reading.polarity == .restricted)
    #expect(assess([answer]).level == .partiellement)
  }

  // MARK: Recent or single practice (extent)

  @Test(
    "recent or single practice caps at « Partiellement »",
    arguments: [
      ("Depuis deux mois, ", "pratique récente (« Depuis deux mois »)"),
      ("Je débute : ", "pratique récente (« Je débute »)"),
      ("Arrivée il y a trois semaines, ", "pratique récente (« il y a trois semaines »)"),
      ("Une seule fois : ", "pratique ponctuelle (« Une seule fois »)"),
    ])
  func shortPractice(prefix: String, reason: String) {
    let result = assess([prefix + Self.full.prefix(1).lowercased() + Self.full.dropFirst()])
    #expect(result.level == .partiellement)
    #expect(result.reason.lowercased().contains(reason.lowercased()), "\(result.reason)")
  }

  @Test("a long practice is no cap: « depuis 2017 », « depuis douze ans »")
  func longPractice() {
    #expect(assess(["Depuis 2017, " + Self.full.lowercased()]).level == .totalite)
    #expect(assess(["Depuis douze ans, " + Self.full.lowercased()]).level == .totalite)
  }

  // MARK: Assisted practice and someone else's (actor)

  @Test("the candidate beside someone who leads is assisted practice: counted, capped")
  func assisted() throws {
    let answer =
      "C'est mon chef qui choisit les salons, moi je recoupe les chiffres dans Kompass "
      + "chaque semaine."
    let check = try #require(criterion("C9.1.c2", [answer]))
    #expect(check.hits.first?.reading.actor == .assisting)
    let result = assess([answer])
    #expect(result.level == .partiellement)
    #expect(result.reason.hasPrefix("Pratique assistée"))
  }

  @Test("what the company or a service does, with nothing of the candidate's, is « Pas du tout »")
  func someoneElse() {
    let result = assess([
      "Chez nous c'est le service marketing qui consulte Kompass et qui recoupe les chiffres."
    ])
    #expect(result.level == .pasDuTout)
    #expect(result.criteria.allSatisfy { $0.hits.isEmpty })
  }

  @Test(
    "training, rules and hypotheses are not practice (mode)",
    arguments: [
      "En formation on a vu comment recouper les sources.",
      "Normalement il faudrait recouper avec une deuxième source.",
      "Si un jour je devais le faire, je recouperais les chiffres.",
      "Je vérifierais avec une deuxième source.",
    ])
  func hypothetical(answer: String) throws {
    let check = try #require(criterion("C9.1.c2", [answer]))
    #expect(check.hits.isEmpty)
    #expect(check.counterSignals.allSatisfy { $0.reading.mode == .hypothetical })
  }

  // MARK: Generic filler (concreteness)

  @Test("generic filler with nothing concrete is « Pas du tout »")
  func filler() {
    let result = assess([
      "J'utilise les sources classiques et je vérifie tout ce qu'il faut.",
      "Je recoupe au mieux.",
    ])
    #expect(result.level == .pasDuTout)
    #expect(result.reason.hasPrefix("Réponses générales"))
  }

  @Test("a case told in the past tense is concrete: the same words are no longer filler")
  func workedExample() {
    let result = assess([
      "J'ai recoupé le chiffre du salon avec une deuxième source, j'ai vérifié le tableau de bord."
    ])
    #expect(result.level != .pasDuTout)
  }

  // MARK: Tolerance for one criterion not found

  @Test("one criterion not found among three stays « Partiellement » (tolerance needs four)")
  func noToleranceUnderFour() {
    let result = assess([
      "Je consulte Kompass et la presse chaque semaine depuis 2015, je note les salons en mars."
    ])
    #expect(result.missing.count == 2)
    #expect(result.level == .partiellement)
  }

  @Test("one criterion not found among four or more, with concrete practice, is « En totalité »")
  func toleranceFromFour() throws {
    let dialogue = BundledGuide.dialogue
    let block = try #require(dialogue.block("C1.5"))
    let answers = [
      "Je cible les PME de la détergence dans Hubspot, 2 demi-journées de phoning par semaine, "
        + "argumentaire et pitch préparés, objectif de chaque appel défini avant.",
      "Relance à J+7 par mail puis J+14 par téléphone ; au T4, 96 appels, 18 rendez-vous.",
    ]
    let result = EvidenceFixture.bundledSuggester.assess(block: block, gate: true, answers: answers)
    #expect(result.missing == ["C1.5.c4"])
    #expect(result.level == .totalite)
    #expect(
      result.reason.contains("critère non repéré : « taux de transformation atteint », à vérifier"))
  }

  // MARK: Evaluators' shorthand

  @Test("abbreviations expand to the words they stand for, keeping what was typed")
  func shorthandTokens() {
    let tokens = EvidenceFixture.normaliser.tokens(in: "MAJ hebdo")
    #expect(tokens.map(\.folded) == ["mise", "a", "jour", "hebdo"])
    #expect(tokens.prefix(3).allSatisfy { $0.surface == "MAJ" && $0.span == 0..<3 })
    // « CA » only in capitals: « ça » stays « ça ».
    #expect(
      EvidenceFixture.normaliser.tokens(in: "CA").map(\.folded) == ["chiffre", "d", "affaires"])
    #expect(EvidenceFixture.normaliser.tokens(in: "ça").map(\.folded) == ["ca"])
  }

  @Test("a third-person note counts as the candidate's practice, « c'est elle qui » included")
  func thirdPersonNote() throws {
    let answers = ["Cand. consulte Kompass. C'est elle qui suit le tableau de bord."]
    let results = try #require(criterion("C9.1.c3", answers))
    #expect(results.isCovered)
  }

  @Test("a note's frequency « 1x/sem » is regular practice")
  func shorthandFrequency() {
    let result = assess(["Kompass + presse, recoupe 2 sources, tableau de bord MAJ 1x/sem"])
    #expect(result.signals.contains { $0.kind == .regular })
    #expect(result.level == .totalite)
  }
}
