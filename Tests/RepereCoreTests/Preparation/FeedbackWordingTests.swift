import Testing

@testable import RepereCore

/// The feedback's French text, word for word: a change of wording must fail here.
@Suite struct FeedbackWordingTests {
  private func criterion(
    _ number: Int, _ label: String, _ status: FeedbackCriterion.Status, found: [String] = [],
    quote: String? = nil, previous: FeedbackCriterion.Status? = nil
  ) -> FeedbackCriterion {
    FeedbackCriterion(
      criterion: "C1.1.c\(number)", number: number, label: label, status: status, found: found,
      quote: quote, prompt: "Un exemple de \(label) ?", previous: previous)
  }

  @Test func firstAttemptWithEveryKindOfCriterion() {
    let feedback = PreparationFeedback(
      block: "C1.1", title: "Recueil", attempt: 1, gate: true,
      criteria: [
        criterion(1, "sources variées", .illustrated, found: ["salons", "Kompass"]),
        criterion(2, "choix des sources", .missing),
        criterion(3, "fiabilité vérifiée", .denied, quote: "je ne vérifie pas mes sources"),
        criterion(4, "veille", .someoneElse, quote: "c’est le marketing qui s’en charge"),
        criterion(5, "analyse", .hypothetical, quote: "je pourrais analyser"),
      ],
      tips: ExampleTip.allCases, previouslyIllustrated: nil)
    #expect(
      FeedbackWording.text(feedback) == """
        Retour sur le bloc C1.1 : 1 critère sur 5 illustré.
        Déjà illustré dans vos réponses :
          ✓ 1. sources variées : « salons », « Kompass »
        Pas encore illustré, un exemple à préparer :
          ✗ 2. choix des sources
            → Un exemple de choix des sources ?
          ✗ 3. fiabilité vérifiée : vous dites ne pas le faire (« je ne vérifie pas mes sources »). \
        C’est une réponse honnête, qui sera entendue comme telle ; si vous le faites tout de même \
        parfois, préparez un exemple
            → Un exemple de fiabilité vérifiée ?
          ✗ 4. veille : vos réponses l’attribuent à d’autres (« c’est le marketing qui s’en \
        charge ») ; dites ce que vous y faites vous-même
            → Un exemple de veille ?
          ✗ 5. analyse : vos réponses en parlent au conditionnel (« je pourrais analyser ») ; \
        racontez un cas vécu
            → Un exemple de analyse ?
        Pour qu’un exemple convainque, précisez :
          - qui le fait : vous-même (« je »), pas l’équipe ou un autre service
          - un cas réel : ce que vous avez fait, pas ce que vous feriez
          - à quelle fréquence : chaque semaine, chaque mois, à chaque commande…
          - depuis quand : depuis 2019, depuis trois ans…
          - des faits précis : un client, un outil, un document, un chiffre
          - avec quel résultat : une commande, un délai tenu, un client gardé…
        """)
  }

  @Test func retryShowsProgressPerCriterionAndInTheHeading() {
    let feedback = PreparationFeedback(
      block: "C1.2", title: "Objectifs", attempt: 3, gate: true,
      criteria: [
        criterion(1, "part de marché", .illustrated, found: ["part de marché"], previous: .missing),
        criterion(2, "objectifs", .illustrated, found: ["budget"], previous: .illustrated),
        criterion(3, "actions", .missing, previous: .illustrated),
      ],
      tips: [.result], previouslyIllustrated: 1)
    #expect(
      FeedbackWording.lines(feedback) == [
        "Retour sur le bloc C1.2 (tentative 3) : 2 critères sur 3 illustrés, 1 de plus qu’à la "
          + "tentative précédente.",
        "Déjà illustré dans vos réponses :",
        "  ✓ 1. part de marché : « part de marché » (nouveau)",
        "  ✓ 2. objectifs : « budget »",
        "Pas encore illustré, un exemple à préparer :",
        "  ✗ 3. actions (illustré à la tentative précédente)",
        "    → Un exemple de actions ?",
        "Pour qu’un exemple convainque, précisez :",
        "  - avec quel résultat : une commande, un délai tenu, un client gardé…",
      ])
  }

  @Test func fewerOrAsManyAsBefore() {
    var feedback = PreparationFeedback(
      block: "C2.1", title: "Offre", attempt: 2, gate: true,
      criteria: [criterion(1, "besoin", .illustrated, found: ["besoin"])], tips: [],
      previouslyIllustrated: 1)
    #expect(
      FeedbackWording.lines(feedback) == [
        "Retour sur le bloc C2.1 (tentative 2) : 1 critère sur 1 illustré, autant qu’à la "
          + "tentative précédente.",
        "Déjà illustré dans vos réponses :",
        "  ✓ 1. besoin : « besoin »",
        "Vos réponses illustrent tous les critères de ce bloc.",
      ])
    feedback.criteria = [criterion(1, "besoin", .missing, previous: .illustrated)]
    #expect(
      FeedbackWording.lines(feedback).first
        == "Retour sur le bloc C2.1 (tentative 2) : 0 critère sur 1 illustré, 1 de moins qu’à "
        + "la tentative précédente.")
  }

  @Test func aBlockAnsweredNo() {
    let feedback = PreparationFeedback(
      block: "C1.3", title: "Fichiers", attempt: 1, gate: false,
      criteria: [criterion(1, "fichier", .missing), criterion(2, "mise à jour", .missing)],
      tips: [], previouslyIllustrated: nil)
    #expect(
      FeedbackWording.text(feedback) == """
        Retour sur le bloc C1.3 : vous avez répondu non.
        À l’entretien, les questions de ce bloc ne vous seront donc pas posées. Si vous exercez \
        cette activité, même en partie, répondez oui et préparez un exemple pour chaque critère :
          ✗ 1. fichier
            → Un exemple de fichier ?
          ✗ 2. mise à jour
            → Un exemple de mise à jour ?
        """)
  }
}
