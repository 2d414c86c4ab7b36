/// Chooses a block's level from its evidence, following the positioning rubric of
/// `Documentation/PositioningCases.md`.
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
      if counters + denied + notOwn > 0 {
        why.append("la pratique évoquée est \(discounted(evidence))")
      }
    } else if credited <= 1 && concrete == 0 && counters + denied + notOwn > 0 {
      level = .pasDuTout
      why.append(
        "réponses vagues, sans élément concret, où la pratique est \(discounted(evidence)) ; "
          + "les indices trouvés ne suffisent pas à montrer une pratique personnelle")
    } else if counters > credited && denied + notOwn >= 2 {
      level = .pasDuTout
      why.append(
        "la pratique décrite est surtout \(discounted(evidence)) ; "
          + "les indices trouvés ne montrent pas une pratique personnelle")
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
        let noun = weak.count == 1 ? "critère illustré" : "critères illustrés"
        why.append(
          "\(noun) malgré une pratique en partie \(discounted(weak)) : \(quoted(weak, labels))")
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

  /// How the practice is discounted, from the block's signals and counter-signals:
  /// « niée », « hypothétique », « attribuée à d’autres », joined in French.
  private func discounted(_ evidence: BlockEvidence) -> String {
    var kinds = Set(evidence.criteria.flatMap(\.counterSignals).compactMap(\.discount))
    if evidence.count(.denied) > 0 { kinds.insert(.negated) }
    if evidence.count(.hypothetical) > 0 { kinds.insert(.hypothetical) }
    if evidence.count(.someoneElse) > 0 { kinds.insert(.someoneElse) }
    return phrase(kinds)
  }

  /// How the counter-signals of some criteria discount them.
  private func discounted(_ criteria: [CriterionAssessment]) -> String {
    phrase(Set(criteria.flatMap(\.counterSignals).compactMap(\.discount)))
  }

  private func phrase(_ kinds: Set<EvidenceHit.Discount>) -> String {
    let words: [(EvidenceHit.Discount, String)] = [
      (.negated, "niée"), (.hypothetical, "hypothétique"), (.someoneElse, "attribuée à d’autres"),
    ]
    let present = words.filter { kinds.contains($0.0) }.map(\.1)
    guard let last = present.last else { return "niée ou déléguée" }
    return present.count == 1 ? last : present.dropLast().joined(separator: ", ") + " ou " + last
  }

  private func quoted(_ criteria: [CriterionAssessment], _ labels: [String: String]) -> String {
    criteria.map { "« \(labels[$0.criterion] ?? $0.criterion) »" }.joined(separator: ", ")
  }
}
