/// The evidence engine: finds each criterion's evidence terms in a block's answers, reads
/// their context, and suggests a positioning.
///
/// Built once from a ``Dialogue``: every evidence term of every block is normalised and
/// stemmed at construction. Assessing a block is then pure and deterministic. The engine
/// owns one ``FrenchStemmer``, whose calls are serialised by its lock, so one engine may be
/// shared between tasks.
public struct EvidenceSuggester: PositioningSuggester {
  private let normaliser: FrenchNormaliser
  private let matchers: [String: EvidenceMatcher]
  private let justifications: [String: JustificationRule]
  private let rubric = LevelRubric()

  /// Compiles the evidence terms of every block of `dialogue`.
  /// - Throws: ``EvidenceError/stemmerUnavailable`` if libstemmer has no French stemmer.
  public init(dialogue: Dialogue) throws(EvidenceError) {
    guard let stemmer = FrenchStemmer() else { throw .stemmerUnavailable }
    let normaliser = FrenchNormaliser(stemmer: stemmer)
    var matchers: [String: EvidenceMatcher] = [:]
    var justifications: [String: JustificationRule] = [:]
    for block in dialogue.blocks {
      matchers[block.id] = EvidenceMatcher(
        criteria: block.assessedCriteria, normaliser: normaliser)
      justifications[block.id] = JustificationRule(
        criteria: block.assessedCriteria, normaliser: normaliser)
    }
    self.normaliser = normaliser
    self.matchers = matchers
    self.justifications = justifications
  }

  /// The evidence and the suggested level for one block.
  ///
  /// A block that was not in the dialogue given at construction has its terms compiled on
  /// the fly.
  public func assess(block: Block, gate: Bool, answers: [String]) -> BlockAssessment {
    let evidence = gather(block: block, answers: gate ? answers : [])
    let decision = rubric.decide(block: block, gate: gate, evidence: evidence)
    return BlockAssessment(
      block: block.id, level: decision.level, criteria: evidence.criteria,
      reason: decision.reason, signals: evidence.signals)
  }

  /// Finds the hits and signals of every answer.
  func gather(block: Block, answers: [String]) -> BlockEvidence {
    let criteria = block.assessedCriteria
    let matcher =
      matchers[block.id] ?? EvidenceMatcher(criteria: criteria, normaliser: normaliser)
    let justification =
      justifications[block.id] ?? JustificationRule(criteria: criteria, normaliser: normaliser)
    var hits: [String: [EvidenceHit]] = [:]
    var counters: [String: [EvidenceHit]] = [:]
    var signals: [EvidenceSignal] = []
    for (answerIndex, answer) in answers.enumerated() {
      let analysis = normaliser.analyse(answer)
      let tokens = analysis.tokens
      if !tokens.contains(where: \.isLexical) { continue }
      let context = PracticeContext(tokens: tokens, classes: analysis.classes)
      var seen: Set<SeenKey> = []
      var credited: [Int] = []
      for match in matcher.matches(in: tokens) {
        let term = matcher.terms[match.term]
        // One hit per criterion and starting token: the first term listed wins.
        guard
          seen.insert(SeenKey(criterion: term.criterion, token: match.tokens.lowerBound))
            .inserted
        else { continue }
        let span = analysis.span(of: match.tokens)
        let hit = EvidenceHit(
          criterion: term.criterion, term: term.text, answer: answerIndex, span: span,
          text: analysis.slice(span), discount: context.discounts[match.tokens.lowerBound])
        if hit.discount == nil {
          credited.append(match.tokens.lowerBound)
          hits[term.criterion, default: []].append(hit)
        } else {
          counters[term.criterion, default: []].append(hit)
        }
      }
      for hit in justification.hits(
        in: analysis, context: context, credited: credited, answer: answerIndex)
      {
        hits[hit.criterion, default: []].append(hit)
      }
      for signal in context.signals {
        let span = analysis.span(of: signal.tokens)
        signals.append(
          EvidenceSignal(kind: signal.kind, text: analysis.slice(span), answer: answerIndex))
      }
    }
    let assessments = criteria.map {
      CriterionAssessment(
        criterion: $0.id, hits: hits[$0.id] ?? [], counterSignals: counters[$0.id] ?? [])
    }
    return BlockEvidence(
      criteria: assessments, signals: signals)
  }

  private struct SeenKey: Hashable {
    var criterion: String
    var token: Int
  }
}
