/// Chooses a block's level from its evidence, following the positioning rubric of
/// `../shared/cases/README.md`.
///
/// - `pas_du_tout`: the yes/no answer is no; or nothing illustrates any criterion; or the
///   answers are vague (at most one word of evidence, nothing concrete) and something in
///   them is denied, hypothetical or someone else's; or what they describe is mostly
///   denied, hypothetical or someone else's practice. Thin evidence that nothing
///   contradicts is a practice poorly illustrated: `partiellement`.
/// - `totalite`: every criterion is illustrated by more credited than discounted words,
///   there is more than one word of evidence or something concrete, and nothing says the
///   practice is occasional, recent or supervised. Answers are not judged one by one: a
///   terse factual answer to a context question (a sector, a product range) is tied to no
///   criterion and must not lower the level.
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
        level: .pasDuTout,
        reason: "Réponse « non » à la question : l’activité n’est pas pratiquée.")
    }
    let labels = Dictionary(
      block.assessedCriteria.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
    let missing = evidence.criteria.filter { !$0.isCovered }
    let weak = evidence.criteria.filter {
      $0.isCovered && $0.counterSignals.count >= $0.hits.count
    }
    let credited = evidence.creditedHits
    let counters = evidence.counterHits
    let denied = evidence.count(.denied)
    let notOwn = evidence.count(.hypothetical) + evidence.count(.someoneElse)
    let occasional = evidence.count(.occasional)
    let supervised = evidence.count(.supervised)
    let concrete = evidence.count(.concrete)

    var level: LevelID
    var why: [String] = []
    if evidence.coveredCount == 0 {
      level = .pasDuTout
      why.append("aucun critère n’est illustré par une pratique personnelle")
    } else if credited <= 1 && concrete == 0 && counters + denied + notOwn > 0 {
      level = .pasDuTout
      why.append("réponses vagues, sans élément concret")
    } else if counters > credited && denied + notOwn >= 2 {
      level = .pasDuTout
      why.append("la pratique décrite est surtout niée, hypothétique ou celle d’autres personnes")
    } else if missing.isEmpty && weak.isEmpty && occasional == 0 && supervised == 0
      && (credited > 1 || concrete > 0)
    {
      level = .totalite
      why.append("tous les critères sont illustrés par des éléments concrets")
    } else {
      level = .partiellement
      if occasional > 0 { why.append("pratique occasionnelle, courte ou récente") }
      if supervised > 0 { why.append("pratique encadrée ou aux côtés d’un autre") }
      if !weak.isEmpty {
        why.append("pratique en partie niée ou déléguée pour \(quoted(weak, labels))")
      }
      if credited <= 1 && concrete == 0 {
        why.append("réponses trop succinctes, sans élément concret")
      }
    }
    var reason = why.joined(separator: " ; ")
    reason = reason.prefix(1).uppercased() + reason.dropFirst()
    if !missing.isEmpty && level != .totalite {
      let noun = missing.count == 1 ? "Critère non illustré" : "Critères non illustrés"
      reason += (reason.isEmpty ? "" : ". ") + "\(noun) : \(quoted(missing, labels))"
    }
    return Decision(level: level, reason: reason + ".")
  }

  private func quoted(_ criteria: [CriterionAssessment], _ labels: [String: String]) -> String {
    criteria.map { "« \(labels[$0.criterion] ?? $0.criterion) »" }.joined(separator: ", ")
  }
}
