import Testing

@testable import RepereCore

/// Every French line the evaluator reads on an uncertain suggestion, in full: a change of
/// wording fails here.
@Suite("Confidence wording")
struct ConfidenceWordingTests {
  private let labels = ["B.c2": "vérification"]

  @Test(
    "each doubt in French, naming the criterion and quoting the words",
    arguments: [
      (
        ConfidenceDoubt.oneCriterionNotFound(number: 2, id: "B.c2"),
        "marge étroite : « En totalité » alors que le critère 2 (« vérification ») n’est pas "
          + "repéré"
      ),
      (
        .oneCriterionNotFound(number: 3, id: "B.c3"),
        "marge étroite : « En totalité » alors que le critère 3 n’est pas repéré"
      ),
      (
        .thinCriterion(number: 2, id: "B.c2", word: "contrôle"),
        "marge étroite : le critère 2 (« vérification ») n’est compté que sur « contrôle »"
      ),
      (.singleWord(word: "devis"), "marge étroite : un seul mot d’indice (« devis »)"),
      (.nearlyComplete, "marge étroite : tous les critères sauf un sont comptés, avec du concret"),
      (
        .onlyMissingCriteria(count: 2),
        "marge étroite : « Partiellement » seulement parce que 2 critères ne sont pas illustrés, "
          + "sans limite ni plafond nommés"
      ),
      (.nothingConcrete, "rien de concret : pratique réelle ou seulement des généralités ?"),
      (.countedYetNone(count: 1), "marge étroite : « Pas du tout » malgré 1 critère compté"),
      (.countedYetNone(count: 3), "marge étroite : « Pas du tout » malgré 3 critères comptés"),
      (
        .practiceYetNone(quote: "tous les lundis"),
        "indices contradictoires : une pratique est décrite (« tous les lundis ») mais aucun "
          + "critère n’est compté"
      ),
      (
        .contradictory(number: 2, id: "B.c2", denial: "je ne le fais pas"),
        "indices contradictoires : pratique décrite mais « je ne le fais pas » pour le critère 2 "
          + "(« vérification »)"
      ),
      (
        .nobodyActs,
        "vocabulaire du métier sans personne qui agit (ni « je », ni « il » ou « elle »)"
      ),
      (
        .othersAct,
        "pratique surtout décrite par d’autres (« on », « nous », le service…) que le candidat"
      ),
      (
        .othersInvolved(quote: "mon chef mène le rendez-vous"),
        "d’autres acteurs dans la réponse (« mon chef mène le rendez-vous ») : la pratique "
          + "est-elle celle du candidat ?"
      ),
      (.longWithoutConcrete(words: 72), "réponse longue (72 mots) sans rien de concret"),
      (.unreadWords(["xqzt", "brml"]), "mots non compris : « xqzt », « brml »"),
      (
        .littleRead(unplaced: 1, long: 3),
        "peu de la réponse est lue : 1 réponse sur 3 sans aucun indice"
      ),
      (
        .littleRead(unplaced: 2, long: 3),
        "peu de la réponse est lue : 2 réponses sur 3 sans aucun indice"
      ),
    ])
  func doubt(_ doubt: ConfidenceDoubt, _ french: String) {
    #expect(doubt.french(labels: labels) == french)
  }

  @Test("two doubts of one kind say the kind once; of two kinds, both")
  func joined() {
    #expect(
      ConfidenceEstimator.joined([
        "marge étroite : un seul mot d’indice (« devis »)",
        "marge étroite : tous les critères sauf un sont comptés, avec du concret",
      ])
        == "marge étroite : un seul mot d’indice (« devis ») ; tous les critères sauf un sont "
        + "comptés, avec du concret")
    #expect(
      ConfidenceEstimator.joined([
        "rien de concret : pratique réelle ou seulement des généralités ?",
        "réponse longue (72 mots) sans rien de concret",
      ])
        == "rien de concret : pratique réelle ou seulement des généralités ? ; réponse longue "
        + "(72 mots) sans rien de concret")
  }

  @Test("the confidence levels in French")
  func levels() {
    #expect(SuggestionConfidence.Level.high.frenchLabel == "élevée")
    #expect(SuggestionConfidence.Level.low.frenchLabel == "faible")
  }
}
