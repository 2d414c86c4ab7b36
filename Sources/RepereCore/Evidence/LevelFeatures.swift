import Foundation

/// What the learned level model reads of a block: the rubric's decision (its level, the
/// rule that decided it, the caps that applied) and the evidence behind it (criteria
/// counted, hits by how they were discounted, signals by kind). Not the answers' length:
/// length is not evidence (a long answer may say nothing, a short note everything).
///
/// The names and their order are those of the model's weights
/// (``LearnedLevelWeights/featureNames``); `Scripts/train-level-model.py` reads them from
/// `repere suggerer --details`.
struct LevelFeatures: Sendable, Equatable {
  /// One value per name of ``names``.
  let values: [Double]

  /// The rules read, one feature each: not « non » (never submitted to the model), nor the
  /// plain « Partiellement » (all the others at 0).
  static let rules = LevelRubric.Rule.allCases.filter { $0 != .gate && $0 != .partial }

  /// The features' names, in order.
  static let names: [String] = {
    var names = LevelID.allCases.map { "rule_level_\($0.rawValue)" }
    names += rules.map { "rule_\($0.rawValue)" }
    names += LevelRubric.Cap.allCases.map { "cap_\($0.rawValue)" }
    names += ["criteria", "covered", "missing", "covered_share"]
    names += ["hits_credited"] + EvidenceHit.Discount.allCases.map { "hits_\($0.rawValue)" }
    names += EvidenceSignal.Kind.allCases.map { "signals_\($0.rawValue)" }
    names += ["hits_personal", "hits_acting", "concrete_acting", "concrete_impersonal"]
    return names
  }()

  /// The features of a block assessed by the rubric.
  /// - Parameters:
  ///   - decision: the rubric's decision.
  ///   - evidence: the evidence it decided on.
  init(decision: LevelRubric.Decision, evidence: BlockEvidence) {
    var values: [Double] = LevelID.allCases.map { decision.level == $0 ? 1 : 0 }
    values += Self.rules.map { decision.rule == $0 ? 1 : 0 }
    values += LevelRubric.Cap.allCases.map { decision.caps.contains($0) ? 1 : 0 }
    let criteria = evidence.criteria.count
    let covered = evidence.coveredCount
    values += [
      Double(criteria), Double(covered), Double(criteria - covered),
      criteria == 0 ? 0 : Double(covered) / Double(criteria),
    ]
    let counters = evidence.criteria.flatMap(\.counterSignals)
    values.append(Self.logCount(evidence.creditedHits))
    values += EvidenceHit.Discount.allCases.map { discount in
      Self.logCount(counters.reduce(0) { $0 + ($1.discount == discount ? 1 : 0) })
    }
    values += EvidenceSignal.Kind.allCases.map { Self.logCount(evidence.count($0)) }
    // Who the evidence is of: what the candidate does, or what the company does.
    values += [
      evidence.personalHits, evidence.actingHits, evidence.actingConcrete,
      evidence.impersonalConcrete,
    ].map(Self.logCount)
    self.values = values
  }

  /// Features given as they are, in the order of ``names``.
  init(values: [Double]) {
    self.values = values
  }

  /// `log(1 + count)`: a count's weight grows ever slower.
  static func logCount(_ count: Int) -> Double {
    log1p(Double(count))
  }
}
