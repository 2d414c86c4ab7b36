import Testing

@testable import RepereCore

@Suite("What is not evidence: negation, hypothetical, someone else's practice")
struct PracticeContextTests {
  private func signals(_ answer: String) -> [EvidenceSignal.Kind] {
    EvidenceFixture.suggester.assess(block: EvidenceFixture.block, gate: true, answers: [answer])
      .signals.map(\.kind)
  }

  @Test(
    "negated practice is a counter-signal, not credited",
    arguments: [
      ("C9.1.c2", "Je ne vérifie pas mes sources."),
      ("C9.1.c2", "Jamais de vérification."),
      ("C9.1.c3", "Aucun tableau de bord."),
      ("C9.1.c3", "Je travaille sans tableau de bord."),
      ("C9.1.c3", "Pas de tableau de bord à moi."),
      ("C9.1.c2", "J'ai pas vérifié."),
    ])
  func negated(criterion: String, answer: String) {
    #expect(EvidenceFixture.hits(criterion, [answer]).isEmpty)
    #expect(EvidenceFixture.counters(criterion, [answer]).map(\.discount) == [.negated])
  }

  @Test(
    "the negation's scope ends at the clause: a later practice is credited",
    arguments: [
      "Je ne vérifie pas les rumeurs, mais je recoupe les chiffres.",
      "Je ne vérifie pas les rumeurs ; je recoupe les chiffres.",
      "Aucune méthode au début. Maintenant je recoupe les chiffres.",
      "Je n'ai pas de méthode et puis je recoupe les chiffres.",
    ])
  func negationScope(answer: String) {
    #expect(EvidenceFixture.hits("C9.1.c2", [answer]).map(\.text) == ["recoupe"])
  }

  @Test(
    "a « pas » after a noun sets what is not done, not a denial: a quantity capped, a contrast",
    arguments: [
      "Je recoupe avec une deuxième source, pas plus.",
      "Je recoupe le chiffre pas la rumeur.",
      "Je recoupe toujours, pas plus de 2 jours après.",
    ])
  func constituentNegation(answer: String) {
    #expect(EvidenceFixture.hits("C9.1.c2", [answer]).map(\.text).contains("recoupe"))
    #expect(EvidenceFixture.counters("C9.1.c2", [answer]).isEmpty)
    #expect(!signals(answer).contains(.denied))
  }

  @Test(
    "typed live, « pas » after its verb still denies",
    arguments: ["Je recoupe pas.", "Je recoupe pas les chiffres.", "Moi je vérifie pas la source."])
  func spokenNegationAfterVerb(answer: String) {
    #expect(EvidenceFixture.hits("C9.1.c2", [answer]).isEmpty)
  }

  @Test(
    "two negations that deny an exception say « every »: the practice is affirmed",
    arguments: [
      "Y a pas une semaine où je recoupe pas les chiffres.",
      "Il n'y a pas un chiffre que je ne recoupe pas avec une deuxième source.",
      "Y en a pas un que je recoupe pas, même les petits.",
      "Pas un seul chiffre qui part sans que je le recoupe.",
      "Aucun chiffre ne sort sans que je le recoupe avec une deuxième source.",
      "Je ne publie jamais sur un salon un chiffre que je ne recoupe pas.",
    ])
  func universalNegation(answer: String) {
    #expect(EvidenceFixture.hits("C9.1.c2", [answer]).map(\.text).contains("recoupe"))
    #expect(EvidenceFixture.counters("C9.1.c2", [answer]).isEmpty)
    #expect(!signals(answer).contains(.denied))
  }

  @Test(
    "one negation before « un » or a list is still a denial",
    arguments: [
      "J'ai pas un tableau ou un fichier, je recoupe pas.",
      "Pas une fois je recoupe les chiffres.",
      "Je recoupe pas un seul chiffre.",
    ])
  func notUniversal(answer: String) {
    #expect(EvidenceFixture.hits("C9.1.c2", [answer]).isEmpty)
    #expect(signals(answer).contains(.denied))
  }

  @Test(
    "a fault not committed is the practice: a rule kept, a temper held",
    arguments: [
      ("C9.1.c2", "Jamais je passe outre la vérification des chiffres."),
      ("C9.1.c2", "Je contourne jamais la vérification."),
      ("C9.1.c1", "Je m'énerve jamais sur un salon, même quand ça traîne."),
      ("C9.1.c1", "Au salon j'ai pas monté le ton avec l'exposant."),
    ])
  func faultNotCommitted(criterion: String, answer: String) {
    #expect(EvidenceFixture.hits(criterion, [answer]).count == 1, "\(answer)")
    #expect(!signals(answer).contains(.denied), "\(answer)")
  }

  @Test("« pas tout de suite » delays the practice; « pas tout » leaves a part out")
  func delayIsNotALimit() {
    let delayed = "Je recoupe pas tout de suite, j'attends la deuxième source."
    #expect(EvidenceFixture.hits("C9.1.c2", [delayed]).map(\.text).contains("recoupe"))
    #expect(EvidenceFixture.counters("C9.1.c2", [delayed]).isEmpty)
    #expect(!signals(delayed).contains(.denied))
    #expect(!signals(delayed).contains(.restricted))
    #expect(signals("Je ne recoupe pas tout.").contains(.restricted))
  }

  @Test("« pas le temps », « pas l’habitude » after what is done still say a lack")
  func lackAfterContrast() {
    #expect(signals("Je lis la presse, pas le temps pour le reste.").contains(.denied))
    #expect(!signals("Je lis la presse, pas les rumeurs.").contains(.denied))
  }

  @Test(
    "« un seul » counts an occasion of the candidate's, not a party or « un seul et même »",
    arguments: [
      ("Je n'ai fait qu'un seul salon.", true),
      ("Une seule fois, sur un salon.", true),
      ("Un seul et même fichier Kompass pour tout le secteur.", false),
      ("Ils achètent chez un seul fournisseur, je le vois sur Kompass.", false),
    ])
  func singleOccasion(answer: String, isOnce: Bool) {
    #expect(signals(answer).contains(.once) == isOnce, "\(answer)")
  }

  @Test("« pas mal », « sans doute » and « ne … que » do not negate")
  func falseNegations() {
    #expect(EvidenceFixture.hits("C9.1.c1", ["Pas mal de salons cette année."]).count == 1)
    #expect(EvidenceFixture.hits("C9.1.c1", ["Sans doute le salon le plus utile."]).count == 1)
    #expect(EvidenceFixture.hits("C9.1.c1", ["Je n'utilise que Kompass."]).count == 1)
  }

  @Test(
    "hypothetical practice is not credited",
    arguments: [
      "Je pourrais recouper avec une deuxième source.",
      "Il faudrait vérifier les informations.",
      "On devrait confirmer avec le client.",
      "Si je devais le faire, je recouperais les chiffres.",
      "En formation on a vu comment recouper les sources.",
      "Je pense qu'il est utile de confirmer avec le client.",
      "Je pense que la vérification est la base du métier.",
      "C'est la base de confirmer les chiffres.",
    ])
  func hypothetical(answer: String) {
    #expect(EvidenceFixture.hits("C9.1.c2", [answer]).isEmpty)
    #expect(
      EvidenceFixture.counters("C9.1.c2", [answer]).allSatisfy { $0.discount == .hypothetical })
    #expect(signals(answer).contains(.hypothetical))
  }

  @Test(
    "someone else's practice is not the candidate's",
    arguments: [
      "C'est le marketing qui fait la veille sur les salons.",
      "Le service marketing s'en occupe, avec Kompass.",
      "C'est mon chef qui regarde la base de données.",
      "Mon collègue va sur les salons, ce n'est pas moi.",
      "Les salons sont gérés par le service marketing.",
      "J'ai assisté à une présentation de Kompass, c'était intéressant.",
      "Lui il va sur les salons.",
      "Le marketing achète les fichiers Kompass.",
      "L'équipe marketing achète les listes des salons.",
      "Les salons sont choisis par les key account managers.",
    ])
  func someoneElse(answer: String) {
    #expect(EvidenceFixture.hits("C9.1.c1", [answer]).isEmpty)
    #expect(!EvidenceFixture.counters("C9.1.c1", [answer]).isEmpty)
    #expect(signals(answer).contains(.someoneElse))
  }

  @Test("a third-person note on the candidate stays credited")
  func thirdPersonNote() {
    #expect(EvidenceFixture.hits("C9.1.c1", ["Elle consulte Kompass chaque semaine."]).count == 1)
  }

  @Test(
    "occasional, single, short or recent practice is signalled",
    arguments: [
      "Une fois, je suis allé sur un salon.", "En stage j'ai utilisé Kompass.",
      "Depuis deux mois je vais sur les salons.", "J'ai assisté à un salon.",
    ])
  func occasional(answer: String) {
    #expect(!Set(signals(answer)).isDisjoint(with: [.occasional, .once, .recent]))
  }

  @Test("« une fois par mois » is a frequency, not an occasion")
  func frequency() {
    let kinds = signals("Une fois par mois je fais le point sur Kompass.")
    #expect(!kinds.contains(.occasional))
    #expect(kinds.contains(.concrete))
  }

  @Test(
    "concrete details are signalled: frequency, tool, name, number, duration",
    arguments: [
      "chaque semaine", "tous les mois", "sur Excel", "chez Arkema", "42 clients",
      "depuis 5 ans",
    ])
  func concrete(answer: String) {
    #expect(signals(answer).contains(.concrete))
  }

  @Test("no concrete detail inside a negated or hypothetical scope")
  func noConcreteWhenDiscounted() {
    #expect(!signals("Je pourrais le faire chaque semaine.").contains(.concrete))
  }

  @Test("the dot of a note's abbreviation does not end the sentence: the actor reaches its verb")
  func abbreviationDot() {
    // « Le resp. qualité recoupe » : the manager's work, not « qualité recoupe » alone.
    #expect(EvidenceFixture.hits("C9.1.c2", ["Le resp. qualité recoupe les chiffres."]).isEmpty)
    #expect(
      EvidenceFixture.counters("C9.1.c2", ["C'est l'assistante co. qui recoupe les chiffres."])
        .map(\.discount) == [.someoneElse])
    // A word typed in full keeps its full stop.
    #expect(
      EvidenceFixture.hits("C9.1.c2", ["Le labo ne sait pas. je recoupe les chiffres."])
        .map(\.text) == ["recoupe"])
  }

  @Test("a note's report (« Cand. confirme que… ») is not the practice it reports")
  func reportingFrame() {
    #expect(EvidenceFixture.hits("C9.1.c2", ["Cand. confirme que le salon l'intéresse."]).isEmpty)
    #expect(
      EvidenceFixture.hits("C9.1.c2", ["La candidate confirme : le salon est utile."]).isEmpty)
    // The same verb as a practice, in the note's own words.
    #expect(
      EvidenceFixture.hits("C9.1.c2", ["Cand. appelle le client et confirme les chiffres."])
        .map(\.text) == ["confirme"])
  }

  @Test(
    "the candidate disowning the whole practice",
    arguments: [
      "Cand. consulte la presse. Dit ne l'avoir jamais vérifiée lui-même.",
      "N'a jamais recoupé lui-même un chiffre.",
      "Je connais la méthode mais je l'ai jamais appliquée moi-même.",
      "Cand. récite la procédure. Précise toutefois ne l'avoir jamais appliquée.",
      "Cand. récite la procédure. Ne l'a jamais appliquée.",
    ])
  func disowned(answer: String) {
    #expect(signals(answer).contains(.disowned))
    #expect(signals(answer).contains(.denied))
  }

  @Test(
    "a limit or a negation that affirms does not disown the practice",
    arguments: [
      "Les chiffres, je ne les ai jamais recoupés.",
      "Je ne laisse jamais passer un chiffre sans le recouper.",
      "Je ne recoupe pas les rumeurs.",
      "Par contre le reporting je l'ai jamais fait.",
    ])
  func notDisowned(answer: String) {
    #expect(!signals(answer).contains(.disowned))
  }

  @Test("disowned practice, named only by the company: pas du tout; with own practice: capped")
  func disownedLevel() {
    let suggester = EvidenceFixture.suggester
    let block = EvidenceFixture.block
    let company = suggester.assess(
      block: block, gate: true,
      answers: [
        "Kompass et tableau de bord en place dans l'entreprise.",
        "N'a jamais recoupé lui-même un chiffre.",
      ])
    #expect(company.level == .pasDuTout)
    #expect(company.reason.contains("pratique désavouée"))
    let own = suggester.assess(
      block: block, gate: true,
      answers: [
        "Cand. consulte Kompass et la presse chaque semaine, tableau de bord à jour.",
        "N'a jamais recoupé lui-même un chiffre.",
      ])
    #expect(own.level == .partiellement)
  }

  @Test("a name or a figure made generic is not a concrete detail")
  func genericQualifier() {
    #expect(!signals("Je regarde les KPI classiques.").contains(.concrete))
    #expect(signals("Je regarde les KPI classiques.").contains(.vague))
    #expect(!signals("Mes tableaux me donnent une vision 360 de mon activité.").contains(.concrete))
    #expect(signals("Je regarde les KPI de marge.").contains(.concrete))
  }

  @Test("« à chaque fois » says a habit, not a detail; « dès que j'ai un moment » is occasional")
  func genericFrequencies() {
    #expect(signals("Je recoupe à chaque fois.").contains(.regular))
    #expect(!signals("Je recoupe à chaque fois.").contains(.concrete))
    #expect(signals("Je recoupe chaque semaine.").contains(.concrete))
    #expect(signals("Je mets à jour dès que j'ai un moment.").contains(.occasional))
    #expect(signals("Je recoupe quand j'ai le temps.").contains(.occasional))
  }

  @Test("what had to be done, said instead of what was done, is filler, not a case told")
  func genericCase() {
    #expect(signals("On a fait ce qu'il fallait.").contains(.vague))
    #expect(!signals("On a fait ce qu'il fallait.").contains(.concrete))
    #expect(!signals("J'ai suivi ça de près.").contains(.concrete))
    #expect(signals("J'ai recoupé le chiffre avec le client.").contains(.concrete))
    #expect(signals("Estimation à la louche.").contains(.vague))
  }

  @Test("an exposé where nobody acts, saying what should be done: pas du tout")
  func expose() {
    let assessment = EvidenceFixture.suggester.assess(
      block: EvidenceFixture.block, gate: true,
      answers: [
        "La vérification des chiffres est primordiale, avec un tableau de bord sur Excel. "
          + "Idéalement il faudrait recouper avec une deuxième source."
      ])
    #expect(assessment.level == .pasDuTout)
    #expect(assessment.reason.hasPrefix("Personne n’agit"))
    // The same told as the candidate's own work.
    let own = EvidenceFixture.suggester.assess(
      block: EvidenceFixture.block, gate: true,
      answers: [
        "Je fais la vérification des chiffres avec mon tableau de bord sur Excel. "
          + "Idéalement il faudrait recouper avec une deuxième source."
      ])
    #expect(own.level != .pasDuTout)
    // « Il faut », « Il est essentiel » open no note on the candidate: still an exposé.
    let impersonal = EvidenceFixture.suggester.assess(
      block: EvidenceFixture.block, gate: true,
      answers: [
        "La vérification des chiffres est primordiale, avec un tableau de bord sur Excel. "
          + "Il faut idéalement recouper avec une deuxième source."
      ])
    #expect(impersonal.level == .pasDuTout, "\(impersonal.reason) \(impersonal.signals)")
    // « Il » that is the candidate, in a note: not an exposé.
    let note = EvidenceFixture.suggester.assess(
      block: EvidenceFixture.block, gate: true,
      answers: [
        "Il vérifie les chiffres avec un tableau de bord sur Excel. "
          + "Idéalement il faudrait recouper avec une deuxième source."
      ])
    #expect(note.level != .pasDuTout)
  }

  @Test("a plural subject doing, where nobody of the candidate's side speaks, is someone else")
  func pluralSubject() {
    #expect(
      EvidenceFixture.counters("C9.1.c2", ["Ils recoupent les chiffres avec le siège."])
        .map(\.discount) == [.someoneElse])
    // « nous » in the sentence: the candidate's side (« ils nous confirment »).
    #expect(
      EvidenceFixture.hits("C9.1.c2", ["Ils nous confirment les chiffres chaque mois."])
        .map(\.text) == ["confirment"])
    #expect(
      EvidenceFixture.hits("C9.1.c2", ["Je recoupe les chiffres."]).map(\.text) == ["recoupe"])
  }

  @Test("an exposé of others' work, in answers that are no note on the candidate: pas du tout")
  func othersExpose() {
    let suggester = EvidenceFixture.suggester
    let block = EvidenceFixture.block
    let others = suggester.assess(
      block: block, gate: true,
      answers: [
        "Le marketing fait la veille sur Kompass. Les indicateurs : CA, marge et KPI de visites.",
        "Ils recoupent les chiffres avec le siège.",
      ])
    #expect(others.level == .pasDuTout)
    #expect(others.reason.contains("le travail d’autres personnes"))
    // A sentence of the candidate's that is only a belief is no practice either.
    let belief = suggester.assess(
      block: block, gate: true,
      answers: [
        "Le marketing fait la veille sur Kompass. Les indicateurs : CA, marge et KPI de visites.",
        "Ils recoupent les chiffres avec le siège. Je crois qu'il y a aussi un reporting.",
      ])
    #expect(belief.level == .pasDuTout)
    #expect(belief.reason.contains("un exposé général, fait d’avis, d’hypothèses"))
    // A note on the candidate, verbless or subjectless, is not an exposé.
    let note = suggester.assess(
      block: block, gate: true,
      answers: [
        "Consulte Kompass et la presse chaque semaine. Tableau de bord fixé par la direction.",
        "Recoupe les chiffres avec le contrôle de gestion.",
      ])
    #expect(note.level != .pasDuTout)
  }
}
