import Testing

@testable import RepereCore

/// Readings of 2026-12-02 (issue 9): negations that state a rule of conduct, extents that are
/// no occasion nor start, a supervision that is over, what a note says is absent, and who
/// the evidence is of. Each with the controls it must leave alone.
@Suite("Rules of conduct, notes of absence, who the evidence is of")
struct ConductAndNotesTests {
  @Test(
    "a negation held to a condition, a litotes or a way of adapting is the practice",
    arguments: [
      "Je lis la presse et je raccroche pas tant que le client n'a pas confirmé.",
      "Je lis la presse, je le crois pas tant que je l'ai pas vu dans une deuxième source.",
      "Je lis la presse et je pars pas avant d'avoir recoupé avec Kompass.",
      "Je lis la presse et je vends pas n'importe quoi au client.",
      "Je lis la presse, je parle pas pareil à un acheteur qu'à un chef de labo.",
      "Je me contente pas de lire la presse, je recoupe avec Kompass.",
      "Je me suis pas contenté de la presse, j'ai recoupé avec Kompass.",
    ])
  func conduct(answer: String) {
    #expect(!EvidenceFixture.signals([answer]).contains(.denied), "\(answer)")
  }

  @Test(
    "the controls: the practice itself denied, or not being pleased, stays a limit",
    arguments: [
      "Je lis la presse mais je vérifie pas mes sources.",
      "Je lis la presse, je suis pas content de Kompass, je le recoupe pas.",
      "Je lis la presse et je confirme pas avec une deuxième source.",
    ])
  func conductControls(answer: String) {
    #expect(EvidenceFixture.signals([answer]).contains(.denied), "\(answer)")
  }

  @Test(
    "« une fois » as a conjunction or a frequency, « je commence par » as a routine: no occasion, no start",
    arguments: [
      "Je ne crée la fiche qu'une fois la source confirmée dans la presse.",
      "Une fois la presse lue, je recoupe avec Kompass.",
      "Je commence toujours par la presse, puis Kompass.",
      "Je commence mes journées par la presse et Kompass.",
    ])
  func notOnceNorStart(answer: String) {
    let kinds = EvidenceFixture.signals([answer])
    #expect(!kinds.contains(.once), "\(answer)")
    #expect(!kinds.contains(.recent), "\(answer)")
  }

  @Test(
    "the controls: a single occasion, a start in the job",
    arguments: [
      ("Je l'ai fait une seule fois la semaine dernière avec la presse.", EvidenceSignal.Kind.once),
      ("Je l'ai fait qu'une fois, avec la presse.", .once),
      ("Je commence dans le poste, je lis la presse.", .recent),
      ("Je commence à peine, je lis la presse.", .recent),
    ])
  func onceAndStartControls(answer: String, kind: EvidenceSignal.Kind) {
    #expect(EvidenceFixture.signals([answer]).contains(kind), "\(answer)")
  }

  @Test(
    "a supervision of the start, over since, caps nothing",
    arguments: [
      "Au début ma tutrice me montrait, mais depuis deux ans je fais la veille toute seule avec la presse et Kompass.",
      "Les premières semaines sa tutrice venait avec lui ; il va seul chez ses clients depuis un an.",
    ])
  func pastTutelage(answer: String) {
    #expect(!EvidenceFixture.signals([answer]).contains(.supervised), "\(answer)")
  }

  @Test(
    "the controls: a supervision now, or at the start with no autonomy said",
    arguments: [
      "Ma tutrice relit tout ce que je fais, je lis la presse et Kompass.",
      "Au début ma tutrice me montrait la presse et Kompass.",
    ])
  func supervisionControls(answer: String) {
    #expect(EvidenceFixture.signals([answer]).contains(.supervised), "\(answer)")
  }

  @Test(
    "a note's topic followed by a colon and words of absence is denied",
    arguments: [
      "Presse, Kompass. Vérification : non abordée.",
      "Presse, Kompass. Confirmer / deuxième source : NSP",
      "Presse, Kompass. Tableau de bord : sans objet.",
      "Presse, Kompass. Fiable : ? pas d'ex.",
    ])
  func notedAbsence(answer: String) {
    #expect(EvidenceFixture.signals([answer]).contains(.denied), "\(answer)")
    #expect(EvidenceFixture.hits("C9.1.c2", [answer]).isEmpty)
    #expect(EvidenceFixture.hits("C9.1.c3", [answer]).isEmpty)
  }

  @Test(
    "the controls: a colon that introduces what is done",
    arguments: [
      "Sources : presse et Kompass. Vérification : deuxième source systématique.",
      "Tableau de bord : CA mensuel.",
    ])
  func notedAbsenceControls(answer: String) {
    #expect(!EvidenceFixture.signals([answer]).contains(.denied), "\(answer)")
  }

  @Test("who the evidence is of: the candidate acting, or the company")
  func whoseEvidence() {
    let own = EvidenceFixture.evidence(["Je lis la presse et je recoupe chaque lundi avec Kompass."]
    )
    #expect(own.actingHits >= 2)
    #expect(own.actingConcrete >= 1)
    #expect(own.impersonalConcrete == 0)
    let company = EvidenceFixture.evidence([
      "Le tableau de bord du CA est mis à jour chaque lundi par le contrôle de gestion."
    ])
    #expect(company.actingHits == 0)
    #expect(company.actingConcrete == 0)
    #expect(company.impersonalConcrete >= 1)
  }
}
