import Testing

@testable import RepereCore

/// Readings written for typed-live negation and assisted practice (issue 9), with the
/// controls each must leave alone.
@Suite("Spoken negation and assisted practice")
struct SpokenAndAssistedTests {
  @Test(
    "« on » denying, the candidate's team with the candidate in it, is a limit",
    arguments: [
      "Je lis la presse. La vérification par contre on la fait pas.",
      "Je lis la presse, mais on vérifie pas les sources.",
      "Je lis la presse. Nous ne vérifions pas les chiffres.",
    ])
  func teamDenial(answer: String) {
    #expect(EvidenceFixture.signals([answer]).contains(.denied))
    #expect(EvidenceFixture.hits("C9.1.c2", [answer]).isEmpty)
  }

  @Test(
    "« on » in what a clause reports, or with another actor named, denies nothing of the candidate",
    arguments: [
      "Je lis la presse et j'ai signalé au client qu'on ne pouvait pas confirmer le chiffre.",
      "Je lis la presse. On n'a pas de service qui fait la vérification.",
    ])
  func teamNotDenying(answer: String) {
    #expect(!EvidenceFixture.signals([answer]).contains(.denied))
  }

  @Test(
    "not interrupting is listening; a « coup de fil » not given is still a denial",
    arguments: [
      ("Je lis la presse, je coupe pas la parole et je confirme avec une deuxième source.", false),
      ("Je lis la presse, je n'interromps jamais et je confirme avec une deuxième source.", false),
      ("Je lis la presse et je passe pas de coup de fil pour confirmer.", true),
    ])
  func interrupting(answer: String, denied: Bool) {
    #expect(EvidenceFixture.signals([answer]).contains(.denied) == denied)
  }

  @Test(
    "« pas un X … que je … pas » says every X, even with a longer noun phrase",
    arguments: [
      "Y a pas un chiffre de mon tableau que je recoupe pas.",
      "Il n'y a pas un seul article de la presse locale que je vérifie pas.",
    ])
  func universal(answer: String) {
    #expect(!EvidenceFixture.signals([answer]).contains(.denied))
  }

  @Test("what lacking something would bring is imagined, not denied; a comma ends that reading")
  func consequenceOfLack() {
    #expect(
      !EvidenceFixture.signals([
        "Sans Kompass je promets des chiffres que j'ai pas, donc je recoupe toujours."
      ])
      .contains(.denied))
    #expect(
      EvidenceFixture.signals(["Sans Kompass, je vérifie pas les chiffres."]).contains(.denied))
  }

  @Test(
    "a negation that keeps a rule affirms the practice",
    arguments: [
      "Jamais de chiffre sans deuxième source, c'est la règle chez nous.",
      "Je recoupe en respectant notre charte : on ne publie pas un chiffre non confirmé.",
      "Pas de reporting sans vérification, c'est interdit.",
    ])
  func ruleKept(answer: String) {
    #expect(!EvidenceFixture.signals([answer]).contains(.denied))
  }

  @Test("not keeping the rule is a limit")
  func ruleNotKept() {
    #expect(
      EvidenceFixture.signals([
        "Je lis la presse mais je ne respecte pas la procédure de vérification."
      ]).contains(
        .denied))
  }

  @Test(
    "sentences where the candidate acts: a verb of doing after « je », « moi », the candidate named",
    arguments: [
      (
        "C'est ma cheffe qui mène les rendez-vous. Moi je prépare le dossier et je prends les notes.",
        1
      ),
      ("Moi j'ai apporté les photos. Ensuite j'ai appelé le client.", 2),
      ("Cand. relance les prospects chaque semaine.", 1),
      ("Moi je ne transmets rien.", 0),
      ("Je pense que la vérification est utile.", 0),
      ("J'étais dans le groupe de travail.", 0),
      ("Pas moi.", 0),
    ])
  func acting(answer: String, count: Int) {
    #expect(EvidenceFixture.evidence([answer]).actingSentences == count)
  }

  @Test("a cleft on a teammate or a senior salesperson is someone else's practice")
  func cleftOnTeammates() {
    for answer in [
      "C'est mon binôme qui fait la vérification des sources.",
      "C'est le commercial senior qui fait la vérification des sources.",
    ] {
      #expect(EvidenceFixture.counters("C9.1.c2", [answer]).map(\.discount) == [.someoneElse])
    }
  }
}
