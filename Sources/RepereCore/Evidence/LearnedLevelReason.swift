/// The French reason of a suggestion the learned model changed: what it suggests, how
/// sure, what the rubric alone said, and what weighed.
enum LearnedLevelReason {
  /// « Modèle appris sur les cas étiquetés : Pas du tout (probabilité 0,81) plutôt que
  /// Partiellement — ce qui pèse : aucun élément concret, pratique d’autres personnes.
  /// Règle seule : … »
  static func text(
    _ prediction: LearnedLevelModel.Prediction, rubric: LevelRubric.Decision
  ) -> String {
    var text: String
    if let towards = prediction.steppedTowards {
      text =
        "Modèle appris sur les cas étiquetés : \(label(towards)) (probabilité "
        + "\(decimal(prediction.probability))) plutôt que \(label(rubric.level)) ; un pas "
        + "seulement : \(label(prediction.level))"
    } else {
      text =
        "Modèle appris sur les cas étiquetés : \(label(prediction.level)) (probabilité "
        + "\(decimal(prediction.probability))) plutôt que \(label(rubric.level))"
    }
    let weighing = prediction.weighing.compactMap { featureLabels[$0] }
    if !weighing.isEmpty {
      text += " — ce qui pèse : " + weighing.joined(separator: ", ")
    }
    return text + ". Règle seule : " + rubric.reason
  }

  /// A probability with two decimals and a decimal comma (« 0,81 »).
  static func decimal(_ value: Double) -> String {
    let hundredths = Int((min(max(value, 0), 1) * 100).rounded())
    let cents = hundredths % 100
    return "\(hundredths / 100),\(cents < 10 ? "0" : "")\(cents)"
  }

  /// The level as the guide names it.
  static func label(_ level: LevelID) -> String {
    switch level {
    case .totalite: "En totalité"
    case .partiellement: "Partiellement"
    case .pasDuTout: "Pas du tout"
    }
  }

  /// What each feature means, in French, for the evaluator.
  static let featureLabels: [String: String] = [
    "rule_noCriterion": "aucun critère compté",
    "rule_disowned": "pratique désavouée",
    "rule_generic": "des généralités",
    "rule_minority": "pratique personnelle minoritaire",
    "rule_noConcreteOwn": "pas de pratique personnelle concrète",
    "rule_nobodyActs": "personne n’agit",
    "rule_complete": "tous les critères comptés",
    "rule_allButOne": "tous les critères sauf un",
    "cap_recent": "pratique récente",
    "cap_once": "pratique ponctuelle",
    "cap_assisted": "pratique assistée",
    "cap_takesPart": "pratique menée par d’autres, avec le candidat",
    "cap_disowned": "pratique désavouée",
    "cap_limit": "une limite dite",
    "cap_restricted": "pratique restreinte",
    "cap_occasional": "pratique occasionnelle",
    "cap_nothingConcrete": "aucun élément concret",
    "cap_singleWord": "un seul mot d’indice",
    "cap_missingCriteria": "des critères non illustrés",
    "criteria": "le nombre de critères du bloc",
    "covered": "les critères comptés",
    "missing": "les critères non illustrés",
    "covered_share": "la part des critères comptés",
    "hits_credited": "les indices comptés",
    "hits_negated": "des indices niés",
    "hits_hypothetical": "des indices hypothétiques",
    "hits_someone_else": "des indices attribués à d’autres",
    "signals_occasional": "une pratique occasionnelle",
    "signals_supervised": "une pratique supervisée",
    "signals_concrete": "les éléments concrets",
    "signals_denied": "des négations",
    "hits_personal": "les indices où le candidat parle de son travail",
    "hits_acting": "les indices de sa propre pratique",
    "concrete_acting": "les détails de sa propre pratique",
    "concrete_impersonal": "des détails où le candidat n’apparaît pas",
    "signals_disowned": "un désaveu",
    "signals_hypothetical": "des hypothèses",
    "signals_someone_else": "la pratique d’autres personnes",
    "signals_restricted": "une restriction",
    "signals_recent": "une pratique récente",
    "signals_once": "une occasion unique",
    "signals_regular": "une pratique régulière",
    "signals_vague": "des généralités",
  ]
}
