/// Chooses a block's level from its evidence, following the positioning rubric written
/// for evaluators in `Documentation/Rubric.md` (cases are labelled with the rubric of
/// `Documentation/PositioningCases.md`).
///
/// A criterion counts when one of its hits is affirmed (or restricted), the candidate's
/// (alone or assisting) and done. Then, in this order:
///
/// 1. « non » to the yes/no question: `pas_du_tout`.
/// 2. No criterion counted: `pas_du_tout` (the practice is denied, someone else's,
///    hypothetical, or not described).
/// 2b. The candidate disowns the practice (« n’a jamais analysé lui-même… ») and no credited
///    hit stands where the candidate speaks of their own work, unless assisted:
///    `pas_du_tout`.
/// 3. Nothing concrete anywhere (no tool, figure, name, date, frequency, case told) and
///    words of generic filler (« les outils classiques »): `pas_du_tout`.
/// 4. What is described is mostly denied, hypothetical or someone else's: `pas_du_tout`.
/// 5. Nothing concrete, no credited hit where the candidate speaks of their own work (a
///    first-person word, or the candidate named in a note), and something denied,
///    hypothetical or someone else's, unless assisted: `pas_du_tout` (« chez nous il y a la
///    production… je sais pas trop »).
/// 5b. Nobody acts in the answers (no sentence where the candidate speaks of their own
///    work, other than all hypothetical, denied or someone else's), something is
///    discounted, the answers are no note on the candidate, and what they describe is only
///    hypothetical or theoretical (« idéalement », « il faut ») or someone else's (twice at
///    least): an exposé,
///    `pas_du_tout`.
/// 6. Every criterion counted, nothing denied or restricted, concrete and regular practice
///    that is neither recent, nor a single occasion, nor occasional, nor assisted:
///    `totalite`.
/// 7. Every criterion but one counted, in a block of four criteria or more, with three
///    concrete details or more and no cap: `totalite` (the reason names the criterion not
///    found, to check).
/// 8. Otherwise `partiellement`; the reason names the first cap that applies.
struct LevelRubric: Sendable {
  /// Fewest criteria a block must have for one criterion not found to be read as the
  /// matcher missing words rather than the practice missing: rich, concrete answers
  /// otherwise lose « En totalité » to a wording no term covers.
  static let toleranceCriteria = 4
  /// Fewest concrete details the answers must give for that tolerance.
  static let toleranceConcrete = 3

  /// The rule that decided a level (the numbered rules above).
  enum Rule: String, Sendable, CaseIterable {
    case gate, noCriterion, disowned, generic, minority, noConcreteOwn, nobodyActs
    case complete, allButOne, partial
  }

  /// What capped a level at « Partiellement » (the caps of rule 8).
  enum Cap: String, Sendable, CaseIterable {
    case recent, once, assisted, takesPart, disowned, limit, restricted, occasional
    case nothingConcrete, singleWord, missingCriteria
  }

  /// The level, its French reason, the rule that decided it and the caps that applied.
  struct Decision: Sendable, Equatable {
    var level: LevelID
    var reason: String
    var rule: Rule = .partial
    var caps: Set<Cap> = []
  }

  func decide(block: Block, gate: Bool, evidence: BlockEvidence) -> Decision {
    guard gate else {
      return Decision(
        level: .pasDuTout,
        reason: "Réponse « non » à la question : l’activité n’est pas pratiquée.", rule: .gate)
    }
    let labels = Dictionary(
      block.assessedCriteria.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
    let facts = BlockFacts(evidence: evidence)
    let missing = evidence.criteria.filter { !$0.isCovered }

    if evidence.coveredCount == 0 {
      return notAtAll(
        "aucun critère compté : \(facts.whyNothingCounts) — règle : sans critère compté, "
          + "Pas du tout",
        rule: .noCriterion)
    }
    if let disowned = facts.first(.disowned), evidence.personalHits == 0, !facts.isAssisted {
      return notAtAll(
        "le candidat dit ne jamais l’avoir fait lui-même (« \(disowned) »), et rien de ce "
          + "qui est compté ne le montre à l’œuvre — règle : pratique désavouée, Pas du tout",
        rule: .disowned)
    }
    if facts.concrete == 0, let vague = facts.first(.vague), !facts.isAssisted {
      return notAtAll(
        "réponses générales (« \(vague) »), sans rien de concret (outil, chiffre, client, "
          + "produit, date, fréquence ou cas vécu) — règle : des généralités sans pratique "
          + "concrète, Pas du tout",
        rule: .generic)
    }
    let mostlyDiscounted = facts.counters > facts.credited && facts.denied + facts.notOwn >= 2
    if mostlyDiscounted, !facts.takesPart {
      return notAtAll(
        "la pratique décrite est surtout \(facts.discountedPhrase) — règle : pratique "
          + "personnelle minoritaire, Pas du tout",
        rule: .minority)
    }
    if facts.concrete == 0, evidence.personalHits == 0, facts.denied + facts.notOwn >= 1,
      facts.counters >= 1, !facts.isAssisted
    {
      return notAtAll(
        "rien de concret (outil, chiffre, client, produit, date, fréquence ou cas vécu), et "
          + "une pratique \(facts.discountedPhrase) — règle : sans pratique personnelle "
          + "concrète, Pas du tout",
        rule: .noConcreteOwn)
    }
    if evidence.personalSentences == 0, evidence.notesOnCandidate == 0, facts.counters >= 1,
      !facts.isAssisted
    {
      if facts.first(.hypothetical) != nil {
        return notAtAll(
          "personne n’agit dans les réponses (ni « je », ni « on », ni le candidat nommé) : "
            + "un exposé général, fait d’avis, d’hypothèses ou de ce qu’il faudrait faire — "
            + "règle : sans pratique personnelle, Pas du tout",
          rule: .nobodyActs)
      }
      if evidence.count(.someoneElse) >= 2,
        let others = facts.first(.someoneElse)
      {
        return notAtAll(
          "personne n’agit dans les réponses (ni « je », ni « on », ni le candidat nommé) : "
            + "le travail d’autres personnes ou de l’entreprise (« \(others) ») — règle : "
            + "sans pratique personnelle, Pas du tout",
          rule: .nobodyActs)
      }
    }
    var caps: [(Cap, String)] = []
    if let recent = facts.first(.recent), !facts.hasLongPractice {
      caps.append((.recent, "pratique récente (« \(recent) ») : plafonnée à Partiellement"))
    }
    if let once = facts.first(.once) {
      caps.append((.once, "pratique ponctuelle (« \(once) ») : plafonnée à Partiellement"))
    }
    if let assisted = facts.assistedQuote {
      caps.append((.assisted, "pratique assistée (« \(assisted) ») : plafonnée à Partiellement"))
    }
    if mostlyDiscounted, let part = facts.partQuote {
      caps.append(
        (
          .takesPart,
          "pratique surtout \(facts.discountedPhrase), à laquelle le candidat prend part "
            + "(« \(part) ») : plafonnée à Partiellement"
        ))
    }
    if let disowned = facts.first(.disowned) {
      caps.append((.disowned, "pratique désavouée (« \(disowned) ») : plafonnée à Partiellement"))
    }
    if let limit = facts.limitQuote ?? facts.first(.denied).map(CriterionExplanation.shortened) {
      caps.append((.limit, "limite explicite (nié : « \(limit) ») : plafonnée à Partiellement"))
    }
    if let restricted = facts.first(.restricted) {
      caps.append(
        (.restricted, "pratique restreinte (« \(restricted) ») : plafonnée à Partiellement"))
    }
    if let occasional = facts.first(.occasional) {
      caps.append(
        (.occasional, "pratique occasionnelle (« \(occasional) ») : plafonnée à Partiellement"))
    }
    if facts.concrete == 0 {
      caps.append(
        (.nothingConcrete, "aucun élément concret (outil, chiffre, client, date, cas vécu)"))
    } else if facts.distinctCredited < 2 {
      caps.append((.singleWord, "un seul mot d’indice : réponses trop succinctes"))
    }
    let capped = Set(caps.map(\.0)).union(missing.isEmpty ? [] : [.missingCriteria])
    if missing.isEmpty && caps.isEmpty {
      return Decision(
        level: .totalite,
        reason: sentence(
          "tous les critères sont comptés, avec des éléments concrets et une pratique "
            + "régulière — règle : En totalité"), rule: .complete)
    }
    if caps.isEmpty, missing.count == 1, evidence.criteria.count >= Self.toleranceCriteria,
      facts.concrete >= Self.toleranceConcrete
    {
      return Decision(
        level: .totalite,
        reason: sentence(
          "tous les critères sauf un sont comptés, avec des éléments concrets ; critère non "
            + "repéré : \(quoted(missing, labels)), à vérifier — règle : un seul critère non "
            + "repéré sur \(evidence.criteria.count) et une pratique concrète, En totalité"),
        rule: .allButOne)
    }
    var why = caps.map(\.1)
    if !missing.isEmpty {
      let noun = missing.count == 1 ? "critère non illustré" : "critères non illustrés"
      why.append("\(noun) : \(quoted(missing, labels))")
    }
    return Decision(
      level: .partiellement, reason: sentence(why.joined(separator: " ; ")), rule: .partial,
      caps: capped)
  }

  /// « Pas du tout », decided by `rule`, for the reason `text`.
  private func notAtAll(_ text: String, rule: Rule) -> Decision {
    Decision(level: .pasDuTout, reason: sentence(text), rule: rule)
  }

  /// Capitalised, with a full stop.
  private func sentence(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst() + "."
  }

  private func quoted(_ criteria: [CriterionAssessment], _ labels: [String: String]) -> String {
    criteria.map { "« \(labels[$0.criterion] ?? $0.criterion) »" }.joined(separator: ", ")
  }
}

/// What the rubric counts in a block's evidence.
private struct BlockFacts {
  let evidence: BlockEvidence
  /// Credited hits, and how many distinct places of the answers they come from.
  let credited: Int
  let distinctCredited: Int
  let counters: Int
  /// Concrete details and frequencies outside any discounted scope.
  let concrete: Int
  let denied: Int
  let notOwn: Int
  let isAssisted: Bool

  init(evidence: BlockEvidence) {
    self.evidence = evidence
    let hits = evidence.criteria.flatMap(\.hits)
    credited = hits.count
    distinctCredited = Set(hits.map { $0.answer << 32 | $0.span.lowerBound }).count
    counters = evidence.counterHits
    concrete = evidence.count(.concrete)
    denied = evidence.count(.denied)
    notOwn = evidence.count(.hypothetical) + evidence.count(.someoneElse)
    isAssisted =
      evidence.count(.supervised) > 0 && hits.contains { $0.reading.actor != .someoneElse }
  }

  /// Whether the candidate acts in person beside someone else who leads: a sentence where
  /// the candidate does something, nothing denied, nothing hypothetical (« c’est ma cheffe
  /// qui mène… Moi je prépare le dossier »). Real practice, if partial.
  var takesPart: Bool {
    evidence.actingSentences > 0 && denied == 0 && evidence.count(.hypothetical) == 0
      && evidence.count(.someoneElse) + evidence.count(.supervised) > 0
  }

  /// The words of the candidate's own part, when the candidate takes part.
  var partQuote: String? {
    guard takesPart else { return nil }
    if let hit = evidence.criteria.flatMap(\.hits).first(where: { $0.reading.actor != .someoneElse }
    ) {
      return CriterionExplanation.shortened(hit.reading.context ?? hit.text)
    }
    return first(.supervised) ?? first(.someoneElse)
  }

  /// Whether a long practice is said (« depuis neuf ans », « depuis 2017 »): a « première
  /// fois » then is one case among many, not a start.
  var hasLongPractice: Bool {
    evidence.signals.contains {
      $0.kind == .regular
        && ($0.text.lowercased().hasPrefix("depuis") || $0.text.lowercased().hasPrefix("pendant"))
    }
  }

  /// The words of the first signal of a kind.
  func first(_ kind: EvidenceSignal.Kind) -> String? {
    evidence.signals.first { $0.kind == kind }?.text
  }

  /// The words that show assisted practice: a clause of the candidate beside someone who
  /// leads, or a cue of supervision.
  var assistedQuote: String? {
    guard isAssisted else { return nil }
    if let hit = evidence.criteria.flatMap(\.hits).first(where: { $0.reading.actor == .assisting }),
      let context = hit.reading.context
    {
      return CriterionExplanation.shortened(context)
    }
    return first(.supervised)
  }

  /// The clause of the first criterion hit the candidate denies, if any (an explicit
  /// limit after real practice).
  var limitQuote: String? {
    for criterion in evidence.criteria {
      for hit in criterion.counterSignals
      where hit.reading.polarity == .denied && hit.reading.actor != .someoneElse {
        return CriterionExplanation.shortened(hit.reading.context ?? hit.text)
      }
    }
    return nil
  }

  /// Why no criterion counts, quoting the first discounted clause.
  var whyNothingCounts: String {
    let counters = evidence.criteria.flatMap(\.counterSignals)
    guard let first = counters.first else {
      return "aucun mot des critères dans les réponses"
    }
    let quote = CriterionExplanation.quote(first.reading.context ?? first.text)
    switch first.discount {
    case .negated: return "pratique niée (\(quote))"
    case .hypothetical: return "pratique hypothétique ou seulement théorique (\(quote))"
    case .someoneElse: return "pratique d’autres personnes ou de l’entreprise (\(quote))"
    case nil: return "aucun mot des critères dans les réponses"
    }
  }

  /// « niée », « hypothétique », « attribuée à d’autres », joined in French.
  var discountedPhrase: String {
    var kinds = Set(evidence.criteria.flatMap(\.counterSignals).compactMap(\.discount))
    if evidence.count(.denied) > 0 { kinds.insert(.negated) }
    if evidence.count(.hypothetical) > 0 { kinds.insert(.hypothetical) }
    if evidence.count(.someoneElse) > 0 { kinds.insert(.someoneElse) }
    let words: [(EvidenceHit.Discount, String)] = [
      (.negated, "niée"), (.hypothetical, "hypothétique"), (.someoneElse, "attribuée à d’autres"),
    ]
    let present = words.filter { kinds.contains($0.0) }.map(\.1)
    guard let last = present.last else { return "niée ou déléguée" }
    return present.count == 1 ? last : present.dropLast().joined(separator: ", ") + " ou " + last
  }
}
