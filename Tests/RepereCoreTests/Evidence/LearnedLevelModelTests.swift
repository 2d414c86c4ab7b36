import Foundation
import RepereBundledGuide
import Testing

@testable import RepereCore

@Suite("The learned level model over the rubric")
struct LearnedLevelModelTests {
  @Test("the weights read the features the engine computes, in the same order")
  func weightsInStep() {
    #expect(LearnedLevelWeights.featureNames == LevelFeatures.names)
    #expect(LearnedLevelModel.trained != nil)
    #expect(Set(LearnedLevelWeights.levels) == Set(LevelID.allCases))
    #expect(LearnedLevelWeights.levels.count == 3)
    #expect(LearnedLevelWeights.intercepts.count == 3)
    #expect(LearnedLevelWeights.coefficients.count == 3)
    for row in LearnedLevelWeights.coefficients {
      #expect(row.count == LevelFeatures.names.count)
    }
  }

  @Test("every feature but the rubric's own level has a French label for the evaluator")
  func labels() {
    for name in LevelFeatures.names where !name.hasPrefix("rule_level_") {
      #expect(LearnedLevelReason.featureLabels[name] != nil, "\(name)")
    }
    #expect(Set(LearnedLevelReason.featureLabels.keys).isSubset(of: Set(LevelFeatures.names)))
  }

  @Test("a block's features: the rubric's level, rule and caps, the criteria, counts as logs")
  func features() {
    let block = EvidenceFixture.block
    let suggester = EvidenceFixture.suggester
    let (rule, features) = suggester.levelFeatures(
      block: block, gate: true,
      answers: ["Je lis la presse et Kompass.", "Je ne vérifie pas mes sources."])
    let values = Dictionary(uniqueKeysWithValues: features.map { ($0.name, $0.value) })
    #expect(features.map(\.name) == LevelFeatures.names)
    #expect(rule == .partiellement)
    #expect(values["rule_level_partiellement"] == 1)
    #expect(values["rule_level_totalite"] == 0)
    #expect(values["cap_limit"] == 1)
    #expect(values["cap_missingCriteria"] == 1)
    #expect(values["criteria"] == 3)
    #expect(values["covered"] == 1)
    #expect(values["missing"] == 2)
    #expect(values["hits_credited"] == log1p(2))
    #expect(values["hits_negated"] == log1p(1))
    #expect(values["signals_denied"] == log1p(1))
    // Who the evidence is of: « je lis… » is the candidate acting, with a named source.
    #expect(values["hits_personal"] == log1p(2))
    #expect(values["hits_acting"] == log1p(2))
    #expect(values["concrete_acting"] == log1p(1))
    #expect(values["concrete_impersonal"] == 0)
    #expect(values["answers_length"] == nil)
  }

  /// Three levels, two features: scores 0, 1 and 2 for the features (1, 1).
  private let small = LearnedLevelModel(
    featureNames: ["cap_limit", "signals_concrete"],
    levels: [.pasDuTout, .partiellement, .totalite], intercepts: [0, 0.5, 0],
    coefficients: [[0, 0], [0.5, 0], [0, 2]])

  @Test("the probabilities are the softmax of each level's score")
  func softmax() {
    let probabilities = small.probabilities(LevelFeatures(values: [1, 1]))
    let exponentials = [exp(0.0), exp(1.0), exp(2.0)]
    let total = exponentials.reduce(0, +)
    for index in 0..<3 {
      #expect(abs(probabilities[index] - exponentials[index] / total) < 1e-12)
    }
    let prediction = small.predict(LevelFeatures(values: [1, 1]), comparedWith: .totalite)
    #expect(prediction.level == .totalite)
    #expect(prediction.weighing.isEmpty)
  }

  @Test("what weighs: present features pushing towards the model's level, never the rubric's own")
  func weighing() {
    let model = LearnedLevelModel(
      featureNames: ["rule_level_totalite", "cap_limit", "signals_concrete", "signals_vague"],
      levels: [.pasDuTout, .partiellement, .totalite], intercepts: [0, 0, 0],
      coefficients: [[0, 0, 0, 0], [0, 3, 0.5, 4], [9, 0, 1, 0]])
    // « totalite » by the rubric (weight 9), a limit (3 towards partiellement), concrete
    // details (towards totalite), no filler (0: not named).
    let features = LevelFeatures(values: [1, 5, 1, 0])
    let prediction = model.predict(features, comparedWith: .totalite)
    #expect(prediction.level == .partiellement)
    #expect(prediction.weighing == ["cap_limit"])
  }

  @Test("the model moves the rubric's level one step at most")
  func oneStep() {
    // Scores 0, 0.5, 2: « totalite » most probable.
    let features = LevelFeatures(values: [0, 1])
    let step = small.predict(features, comparedWith: .partiellement)
    #expect(step.level == .totalite)
    #expect(step.steppedTowards == nil)
    let capped = small.predict(features, comparedWith: .pasDuTout)
    #expect(capped.level == .partiellement)
    #expect(capped.steppedTowards == .totalite)
    // The probability and what weighs are those of the level the model is sure of.
    #expect(abs(capped.probability - small.probabilities(features)[2]) < 1e-12)
    #expect(capped.weighing == ["signals_concrete"])
  }

  @Test("the reason of a level moved one step towards the model's, word for word")
  func steppedReason() {
    let prediction = LearnedLevelModel.Prediction(
      level: .partiellement, steppedTowards: .pasDuTout, probability: 0.7251,
      weighing: ["concrete_impersonal"])
    let rubric = LevelRubric.Decision(
      level: .totalite,
      reason: "Tous les critères sont comptés, avec des éléments concrets et une pratique "
        + "régulière — règle : En totalité.")
    #expect(
      LearnedLevelReason.text(prediction, rubric: rubric)
        == "Modèle appris sur les cas étiquetés : Pas du tout (probabilité 0,73) plutôt que "
        + "En totalité ; un pas seulement : Partiellement — ce qui pèse : des détails où le "
        + "candidat n’apparaît pas. Règle seule : Tous les critères sont comptés, avec des "
        + "éléments concrets et une pratique régulière — règle : En totalité.")
  }

  @Test("the reason of a level the model changed, word for word")
  func reason() {
    let prediction = LearnedLevelModel.Prediction(
      level: .pasDuTout, probability: 0.8149,
      weighing: ["cap_nothingConcrete", "signals_someone_else"])
    let rubric = LevelRubric.Decision(
      level: .partiellement,
      reason: "Aucun élément concret (outil, chiffre, client, date, cas vécu).")
    #expect(
      LearnedLevelReason.text(prediction, rubric: rubric)
        == "Modèle appris sur les cas étiquetés : Pas du tout (probabilité 0,81) plutôt que "
        + "Partiellement — ce qui pèse : aucun élément concret, la pratique d’autres personnes. "
        + "Règle seule : Aucun élément concret (outil, chiffre, client, date, cas vécu).")
    let unexplained = LearnedLevelModel.Prediction(level: .totalite, probability: 0.5, weighing: [])
    #expect(
      LearnedLevelReason.text(unexplained, rubric: rubric)
        == "Modèle appris sur les cas étiquetés : En totalité (probabilité 0,50) plutôt que "
        + "Partiellement. Règle seule : Aucun élément concret (outil, chiffre, client, date, "
        + "cas vécu).")
  }

  @Test(
    "probabilities are written with two decimals and a decimal comma",
    arguments: [(0.8149, "0,81"), (0.05, "0,05"), (0.999, "1,00"), (0.5, "0,50"), (0.004, "0,00")])
  func decimal(value: Double, text: String) {
    #expect(LearnedLevelReason.decimal(value) == text)
  }

  @Test(
    "on the bundled guide, the model turns generalities the rubric left partial into pas du tout")
  func correctsTheRubric() {
    // hf-032 of Tests/Cases/holdout-filler.jsonl: no corrective action named, no follow-up.
    let block = BundledGuide.dialogue.blocks.first { $0.id == "C6.4" }!
    let answers = [
      "On a mis en place ce qu'il fallait pour que ça ne se reproduise pas.",
      "Je suis resté en contact, j'ai suivi ça de près.",
    ]
    let suggester = EvidenceFixture.bundledSuggester
    #expect(
      suggester.levelFeatures(block: block, gate: true, answers: answers).ruleLevel
        == .partiellement)
    let assessment = suggester.assess(block: block, gate: true, answers: answers)
    #expect(assessment.level == .pasDuTout)
    #expect(
      assessment.reason.hasPrefix(
        "Modèle appris sur les cas étiquetés : Pas du tout (probabilité "))
    #expect(
      assessment.reason.hasSuffix(
        "Règle seule : Un seul mot d’indice : réponses trop succinctes ; critère non illustré : « actions correctives proposées »."
      ))
  }

  @Test("a « non » is never left to the model")
  func gate() {
    let assessment = EvidenceFixture.suggester.assess(
      block: EvidenceFixture.block, gate: false, answers: [])
    #expect(assessment.level == .pasDuTout)
    #expect(assessment.reason == "Réponse « non » à la question : l’activité n’est pas pratiquée.")
  }
}
