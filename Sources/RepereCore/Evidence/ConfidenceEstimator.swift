/// Estimates how sure a suggestion is, from what the evidence analysis says of the answers.
///
/// The score starts from how often the rule that decided the level was right on the
/// project's labelled sets (``base(of:)``), then each doubt found in the analysis takes its
/// share off (``ConfidenceDoubt/weight``): a criterion counted by a narrow margin, signals
/// that pull in opposite directions, trade words with nobody acting, a long answer with
/// nothing concrete, words the engine could not read, answers it could not place. A score
/// of at least ``threshold`` is `high`. The weights were fitted on `dev.jsonl`,
/// `independent.jsonl` and `tune-families.jsonl` (see `Documentation/Rubric.md`).
///
/// Deterministic and pure: the same assessment and answers always give the same confidence.
public struct ConfidenceEstimator: Sendable {
  /// Lowest score marked `high`.
  public static let threshold = 0.70

  public init() {}

  /// The confidence of `assessment`.
  /// - Parameters:
  ///   - assessment: the evidence and suggested level of one block.
  ///   - gate: the answer to the block's yes/no question.
  ///   - answers: the answers assessed (open questions, then probes).
  ///   - facts: how well the engine read the answers' words.
  ///   - labels: the criteria's short labels, by id, for the French reason.
  public func estimate(
    _ assessment: BlockAssessment, gate: Bool, answers: [String], facts: AnswerFacts,
    labels: [String: String] = [:]
  ) -> SuggestionConfidence {
    guard gate else { return SuggestionConfidence(level: .high, score: 1) }
    let doubts = self.doubts(assessment, answers: answers, facts: facts)
    var score = Self.base(of: assessment)
    for doubt in doubts { score *= 1 - doubt.weight }
    score = (score * 100).rounded() / 100
    guard score < Self.threshold else { return SuggestionConfidence(level: .high, score: score) }
    // The two heaviest doubts, the first found first among equals.
    let strongest = doubts.enumerated().sorted {
      ($0.element.weight, -$0.offset) > ($1.element.weight, -$1.offset)
    }.prefix(2)
    let because = Self.joined(strongest.map { $0.element.french(labels: labels) })
    return SuggestionConfidence(
      level: .low, score: score,
      uncertainBecause: because.isEmpty ? "règle souvent démentie sur les cas étiquetés" : because)
  }

  /// Doubts joined with « ; », a kind said once: « marge étroite : a ; b ».
  static func joined(_ doubts: [String]) -> String {
    var text = ""
    var lastKind: Substring?
    for doubt in doubts {
      let kind = doubt.range(of: " : ").map { doubt[..<$0.lowerBound] }
      if !text.isEmpty { text += " ; " }
      if let kind, kind == lastKind, let range = doubt.range(of: " : ") {
        text += doubt[range.upperBound...]
      } else {
        text += doubt
      }
      lastKind = kind
    }
    return text
  }

  /// How often the rule that chose the level was right on the labelled sets, before doubts.
  static func base(of assessment: BlockAssessment) -> Double {
    let shape = BlockShape(assessment)
    switch assessment.level {
    case .totalite:
      // One criterion not found is a doubt of its own (``ConfidenceDoubt/oneCriterionNotFound``).
      return 0.95
    case .partiellement:
      // Without a named cap, only criteria not illustrated decided: a doubt of its own.
      if shape.hasNamedCap || shape.concrete == 0 || shape.credited <= 1 { return 0.92 }
      return 0.90
    case .pasDuTout:
      if assessment.covered.isEmpty { return 0.93 }
      return shape.vague > 0 ? 0.95 : 0.82
    }
  }

  /// Everything in the analysis that makes the suggestion less sure, in a fixed order.
  func doubts(
    _ assessment: BlockAssessment, answers: [String], facts: AnswerFacts
  ) -> [ConfidenceDoubt] {
    var doubts: [ConfidenceDoubt] = []
    let criteria = assessment.criteria
    let shape = BlockShape(assessment)
    let level = assessment.level

    switch level {
    case .totalite:
      if let missing = criteria.firstIndex(where: { !$0.isCovered }) {
        doubts.append(.oneCriterionNotFound(number: missing + 1, id: criteria[missing].criterion))
      }
      if let thin = criteria.firstIndex(where: { $0.hits.count == 1 }) {
        doubts.append(
          .thinCriterion(
            number: thin + 1, id: criteria[thin].criterion, word: criteria[thin].hits[0].text))
      }
    case .partiellement:
      if assessment.covered.count == 1, shape.credited == 1 {
        doubts.append(.singleWord(word: criteria.flatMap(\.hits).first?.text ?? ""))
      }
      if shape.concrete == 0 {
        doubts.append(.nothingConcrete)
      } else if !shape.hasNamedCap {
        doubts.append(
          assessment.missing.count <= 1
            ? .nearlyComplete : .onlyMissingCriteria(count: assessment.missing.count))
      }
    case .pasDuTout:
      if !assessment.covered.isEmpty {
        doubts.append(.countedYetNone(count: assessment.covered.count))
      } else if let practice = shape.practiceQuote {
        doubts.append(.practiceYetNone(quote: practice))
      }
    }
    // A denial inside « Partiellement » is the limit rule's own reason, not a contradiction.
    if level != .partiellement {
      for (index, criterion) in criteria.enumerated() where criterion.isCovered {
        guard
          let denial = criterion.counterSignals.first(where: {
            $0.reading.polarity == .denied && $0.reading.actor != .someoneElse
          })
        else { continue }
        doubts.append(
          .contradictory(
            number: index + 1, id: criterion.criterion,
            denial: denial.reading.context ?? denial.text))
        break
      }
    }
    if shape.credited > 0, !facts.namesTheCandidate {
      doubts.append(.nobodyActs)
    }
    if level != .pasDuTout, let quote = shape.otherActor {
      doubts.append(.othersInvolved(quote: quote))
    } else if level != .pasDuTout, facts.othersNamed > facts.candidateNamed {
      doubts.append(.othersAct)
    }
    if level != .pasDuTout, facts.words >= ConfidenceDoubt.longAnswerWords, shape.concrete == 0 {
      doubts.append(.longWithoutConcrete(words: facts.words))
    }
    if level == .partiellement, facts.unreadCount >= ConfidenceDoubt.unreadWords {
      doubts.append(.unreadWords(facts.unreadWords))
    }
    let placed = Set(
      criteria.flatMap { $0.hits + $0.counterSignals }.map(\.answer)
        + assessment.signals.map(\.answer))
    let long = answers.indices.filter {
      answers[$0].split(separator: " ").count >= ConfidenceDoubt.placedAnswerWords
    }
    let unplaced = long.filter { !placed.contains($0) }
    if !long.isEmpty, unplaced.count * 2 > long.count {
      doubts.append(.littleRead(unplaced: unplaced.count, long: long.count))
    }
    return doubts
  }
}

/// What the confidence counts in a block's assessment.
struct BlockShape {
  /// Credited hits.
  let credited: Int
  /// Concrete details.
  let concrete: Int
  /// Generic filler.
  let vague: Int
  /// The words of the first concrete detail, frequency or occasion, if any.
  let practiceQuote: String?
  /// The words showing someone else acting, assisting or only thinking of the practice, if
  /// any: a hit read as someone else's or assisted, or a signal of supervision, of someone
  /// else's practice or of a hypothesis.
  let otherActor: String?
  /// Whether a cap the rubric names decided « Partiellement »: recent, single or occasional
  /// practice, assisted, restricted, or a limit the candidate states.
  let hasNamedCap: Bool

  init(_ assessment: BlockAssessment) {
    let hits = assessment.criteria.flatMap(\.hits)
    let counters = assessment.criteria.flatMap(\.counterSignals)
    credited = hits.count
    let practice: Set<EvidenceSignal.Kind> = [.concrete, .regular, .once]
    practiceQuote = assessment.signals.first { practice.contains($0.kind) }?.text
    let others: Set<EvidenceSignal.Kind> = [.someoneElse, .supervised, .hypothetical]
    if let hit = (hits + counters).first(where: {
      $0.reading.actor != .candidate || $0.reading.mode == .hypothetical
    }) {
      otherActor = hit.reading.context ?? hit.text
    } else {
      otherActor = assessment.signals.first { others.contains($0.kind) }?.text
    }
    concrete = assessment.signals.filter { $0.kind == .concrete }.count
    vague = assessment.signals.filter { $0.kind == .vague }.count
    let capKinds: Set<EvidenceSignal.Kind> = [
      .recent, .once, .occasional, .supervised, .restricted, .denied,
    ]
    hasNamedCap =
      assessment.signals.contains { capKinds.contains($0.kind) }
      || hits.contains { $0.reading.actor == .assisting || $0.reading.polarity == .restricted }
      || assessment.criteria.contains { criterion in
        criterion.counterSignals.contains {
          $0.reading.polarity == .denied && $0.reading.actor != .someoneElse
        }
      }
  }
}

/// One reason the engine may be wrong about a block, with its weight in the score.
enum ConfidenceDoubt: Sendable, Equatable {
  /// « En totalité » with one criterion not found.
  case oneCriterionNotFound(number: Int, id: String)
  /// « En totalité » with a criterion counted on one word only.
  case thinCriterion(number: Int, id: String, word: String)
  /// « Partiellement » on a single evidence word.
  case singleWord(word: String)
  /// « Partiellement » with every criterion but one counted, concrete and with no cap.
  case nearlyComplete
  /// « Partiellement » only because criteria are not illustrated, with no cap named.
  case onlyMissingCriteria(count: Int)
  /// « Partiellement » with nothing concrete: perhaps generalities (« Pas du tout »).
  case nothingConcrete
  /// « Pas du tout » although some criteria are counted (generalities, mostly denied).
  case countedYetNone(count: Int)
  /// « Pas du tout » with no criterion counted but a practice described: a concrete detail,
  /// a frequency, an occasion.
  case practiceYetNone(quote: String)
  /// A criterion counted and denied by the candidate.
  case contradictory(number: Int, id: String, denial: String)
  /// Criteria counted, but no word says who acts (« je », « il », « Cand. »).
  case nobodyActs
  /// Others (« on », « nous », « le service ») named more often than the candidate.
  case othersAct
  /// Someone else acts in the block (a manager who leads, a service, a course, a « il
  /// faudrait »): whose practice is credited is less sure.
  case othersInvolved(quote: String)
  /// Many words, nothing concrete.
  case longWithoutConcrete(words: Int)
  /// Words the engine could not read.
  case unreadWords([String])
  /// Most long answers hold nothing the engine recognises.
  case littleRead(unplaced: Int, long: Int)

  /// Fewest words for an answer with nothing concrete to be « long ».
  static let longAnswerWords = 60
  /// Fewest unknown words for the shorthand to be « not understood ».
  static let unreadWords = 2
  /// Fewest words for an answer to be expected to hold something the engine recognises.
  static let placedAnswerWords = 8

  /// The share of the score this doubt takes off.
  var weight: Double {
    switch self {
    case .oneCriterionNotFound: 0.28
    case .thinCriterion: 0.05
    case .singleWord: 0.20
    case .nearlyComplete: 0.30
    case .onlyMissingCriteria: 0.25
    case .nothingConcrete: 0.30
    case .countedYetNone: 0.10
    case .practiceYetNone: 0.30
    case .contradictory: 0.20
    case .nobodyActs: 0.15
    case .othersAct: 0.25
    case .othersInvolved: 0.30
    case .longWithoutConcrete: 0.25
    case .unreadWords: 0.25
    case .littleRead: 0.20
    }
  }

  /// A short stable name, for measurement.
  var name: String {
    switch self {
    case .oneCriterionNotFound: "one_criterion_not_found"
    case .thinCriterion: "thin_criterion"
    case .singleWord: "single_word"
    case .nearlyComplete: "nearly_complete"
    case .onlyMissingCriteria: "only_missing_criteria"
    case .nothingConcrete: "nothing_concrete"
    case .countedYetNone: "counted_yet_none"
    case .practiceYetNone: "practice_yet_none"
    case .contradictory: "contradictory"
    case .nobodyActs: "nobody_acts"
    case .othersAct: "others_act"
    case .othersInvolved: "others_involved"
    case .longWithoutConcrete: "long_without_concrete"
    case .unreadWords: "unread_words"
    case .littleRead: "little_read"
    }
  }

  /// The doubt in French, naming the criterion and quoting the words.
  func french(labels: [String: String]) -> String {
    func criterion(_ number: Int, _ id: String) -> String {
      labels[id].map { "le critère \(number) (« \($0) »)" } ?? "le critère \(number)"
    }
    switch self {
    case .oneCriterionNotFound(let number, let id):
      return "marge étroite : « En totalité » alors que \(criterion(number, id)) n’est pas repéré"
    case .thinCriterion(let number, let id, let word):
      return "marge étroite : \(criterion(number, id)) n’est compté que sur « \(word) »"
    case .singleWord(let word):
      return "marge étroite : un seul mot d’indice (« \(word) »)"
    case .nearlyComplete:
      return "marge étroite : tous les critères sauf un sont comptés, avec du concret"
    case .onlyMissingCriteria(let count):
      return
        "marge étroite : « Partiellement » seulement parce que \(count) critères ne sont pas "
        + "illustrés, sans limite ni plafond nommés"
    case .nothingConcrete:
      return "rien de concret : pratique réelle ou seulement des généralités ?"
    case .countedYetNone(let count):
      let counted = count == 1 ? "1 critère compté" : "\(count) critères comptés"
      return "marge étroite : « Pas du tout » malgré \(counted)"
    case .practiceYetNone(let quote):
      return
        "indices contradictoires : une pratique est décrite (\(CriterionExplanation.quote(quote))) "
        + "mais aucun critère n’est compté"
    case .contradictory(let number, let id, let denial):
      return
        "indices contradictoires : pratique décrite mais \(CriterionExplanation.quote(denial)) "
        + "pour \(criterion(number, id))"
    case .nobodyActs:
      return "vocabulaire du métier sans personne qui agit (ni « je », ni « il » ou « elle »)"
    case .othersInvolved(let quote):
      return "d’autres acteurs dans la réponse (\(CriterionExplanation.quote(quote))) : "
        + "la pratique est-elle celle du candidat ?"
    case .othersAct:
      return "pratique surtout décrite par d’autres (« on », « nous », le service…) que le candidat"
    case .longWithoutConcrete(let words):
      return "réponse longue (\(words) mots) sans rien de concret"
    case .unreadWords(let words):
      return "mots non compris : " + words.map { "« \($0) »" }.joined(separator: ", ")
    case .littleRead(let unplaced, let long):
      return unplaced == 1
        ? "peu de la réponse est lue : 1 réponse sur \(long) sans aucun indice"
        : "peu de la réponse est lue : \(unplaced) réponses sur \(long) sans aucun indice"
    }
  }
}
