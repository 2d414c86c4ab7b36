/// Chooses a block's level from its evidence, following the positioning rubric.
///
/// - `pas_du_tout`: the yes/no answer is no; or nothing illustrates any criterion; or the
///   answers mostly deny the practice, make it hypothetical or someone else's.
/// - `totalite`: every criterion is illustrated, concretely, with no sign of occasional or
///   supervised practice and no denial.
/// - `partiellement`: otherwise.
struct LevelRubric: Sendable {
  /// The level and its French reason.
  struct Decision: Sendable, Equatable {
    var level: LevelID
    var reason: String
  }

  func decide(block: Block, gate: Bool, evidence: BlockEvidence) -> Decision {
    guard gate else {
      return Decision(
        level: .pasDuTout, reason: "Réponse « non » à la question : l’activité n’est pas pratiquée.")
    }
    let labels = Dictionary(
      block.assessedCriteria.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
    let missing = evidence.criteria.filter { !$0.isCovered }
    let missingLabels = missing.map { "« \(labels[$0.criterion] ?? $0.criterion) »" }
    let practice = evidence.creditedHits
    let denied = evidence.count(.denied)
    let hypothetical = evidence.count(.hypothetical)
    let someoneElse = evidence.count(.someoneElse)
    let occasional = evidence.count(.occasional)
    let supervised = evidence.count(.supervised)
    let concrete = evidence.count(.concrete)
    let nonPractice = denied + hypothetical + someoneElse

    var level: LevelID
    var why: [String] = []
    if evidence.coveredCount == 0 {
      level = .pasDuTout
      why.append("aucun critère n’est illustré par une pratique personnelle")
    } else if practice <= 1 && concrete == 0 {
      level = .pasDuTout
      why.append("réponses vagues, sans élément concret")
    } else if nonPractice >= 2 && nonPractice * 2 >= practice {
      level = .pasDuTout
      why.append("la pratique est surtout niée, hypothétique ou celle d’autres personnes")
    } else if missing.isEmpty && occasional == 0 && supervised == 0 && denied == 0 {
      level = .totalite
      why.append("tous les critères sont illustrés par des éléments concrets")
    } else {
      level = .partiellement
      if occasional > 0 { why.append("pratique occasionnelle, courte ou récente") }
      if supervised > 0 { why.append("pratique encadrée ou aux côtés d’un autre") }
      if denied > 0 && missing.isEmpty { why.append("une partie de la pratique est niée") }
    }
    var reason = why.joined(separator: " ; ")
    reason = reason.prefix(1).uppercased() + reason.dropFirst()
    if !missingLabels.isEmpty && level != .totalite {
      let noun = missingLabels.count == 1 ? "Critère non illustré" : "Critères non illustrés"
      reason += ". \(noun) : \(missingLabels.joined(separator: ", "))"
    }
    return Decision(level: level, reason: reason + ".")
  }
}
