/// The evidence engine: finds each criterion's evidence terms in a block's answers, reads
/// their context, and suggests a positioning.
///
/// Built once from a ``Dialogue``: every evidence term of every block is normalised and
/// stemmed at construction. Assessing a block is then pure and deterministic. The engine
/// owns one ``FrenchStemmer``, whose calls are serialised by its lock, so one engine may be
/// shared between tasks.
public struct EvidenceSuggester: PositioningSuggester {
  let normaliser: FrenchNormaliser
  private let matchers: [String: EvidenceMatcher]
  private let justifications: [String: JustificationRule]
  private let rubric = LevelRubric()
  private let model = LearnedLevelModel.trained

  /// Compiles the evidence terms of every block of `dialogue`.
  ///
  /// Loads the French dictionary of hunspell (a few tenths of a second): build the engine
  /// off the first-prompt path.
  /// - Parameter dictionary: the hunspell dictionary's path, without extension.
  /// - Throws: ``EvidenceError/stemmerUnavailable`` if libstemmer has no French stemmer,
  ///   ``EvidenceError/dictionaryUnavailable(_:)`` if the dictionary cannot be loaded.
  public init(
    dialogue: Dialogue, dictionary: String = FrenchMorphology.debianDictionary
  ) throws(EvidenceError) {
    guard let stemmer = FrenchStemmer() else { throw .stemmerUnavailable }
    guard let morphology = FrenchMorphology.shared(dictionary: dictionary) else {
      throw .dictionaryUnavailable(dictionary)
    }
    let normaliser = FrenchNormaliser(stemmer: stemmer, morphology: morphology)
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
    let (evidence, decision) = rubricDecision(block: block, gate: gate, answers: answers)
    var level = decision.level
    var reason = decision.reason
    if gate, let model {
      let features = LevelFeatures(decision: decision, evidence: evidence)
      let prediction = model.predict(features, comparedWith: decision.level)
      if prediction.level != decision.level,
        prediction.probability >= LearnedLevelModel.leastProbability
      {
        level = prediction.level
        reason = LearnedLevelReason.text(prediction, rubric: decision)
      }
    }
    return BlockAssessment(
      block: block.id, level: level, criteria: evidence.criteria, reason: reason,
      signals: evidence.signals)
  }

  /// What the learned level model reads of a block, by name, and the level the rubric alone
  /// would suggest: for `repere suggerer --details` and the model's training.
  public func levelFeatures(
    block: Block, gate: Bool, answers: [String]
  ) -> (ruleLevel: LevelID, features: [(name: String, value: Double)]) {
    let (evidence, decision) = rubricDecision(block: block, gate: gate, answers: answers)
    let features = LevelFeatures(decision: decision, evidence: evidence)
    return (decision.level, Array(zip(LevelFeatures.names, features.values)))
  }

  /// The evidence of a block and the rubric's decision on it (the answers are not read
  /// after a « non »).
  private func rubricDecision(
    block: Block, gate: Bool, answers: [String]
  ) -> (BlockEvidence, LevelRubric.Decision) {
    let evidence = gather(block: block, answers: gate ? answers : [])
    return (evidence, rubric.decide(block: block, gate: gate, evidence: evidence))
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
    var personalHits = 0
    var personalSentences = 0
    var actingSentences = 0
    var notesOnCandidate = 0
    var actingHits = 0
    var actingConcrete = 0
    var impersonalConcrete = 0
    for (answerIndex, answer) in answers.enumerated() {
      let analysis = normaliser.analyse(answer)
      let tokens = analysis.tokens
      if !tokens.contains(where: \.isLexical) { continue }
      let context = PracticeContext(
        tokens: tokens, classes: analysis.classes, morphology: analysis.morphology)
      personalSentences += context.personalSentences.count
      actingSentences += context.actingSentences.count
      notesOnCandidate += context.notesOnCandidate
      var seen: Set<SeenKey> = []
      var credited: [Int] = []
      let found = matcher.matches(in: tokens)
      let phrases = found.filter { $0.tokens.count > 1 }
      for match in found {
        let term = matcher.terms[match.term]
        // A phrase is read as a phrase: a shorter term inside a longer one of another
        // criterion (« chiffre » in « chiffre d’affaires ») is not evidence on its own.
        if !phrases.isEmpty,
          isInsideLongerPhrase(match, of: term.criterion, among: phrases, terms: matcher.terms)
        {
          continue
        }
        // « Cand. explique que… »: the note's report, not the practice it reports.
        if match.tokens.count == 1, context.reportingFrames.contains(match.tokens.lowerBound) {
          continue
        }
        // One hit per criterion and starting token: the first term listed wins.
        guard
          seen.insert(SeenKey(criterion: term.criterion, token: match.tokens.lowerBound))
            .inserted
        else { continue }
        let span = analysis.span(of: match.tokens)
        let start = match.tokens.lowerBound
        let hit = EvidenceHit(
          criterion: term.criterion, term: term.text, answer: answerIndex, span: span,
          text: analysis.slice(span), discount: context.discounts[start],
          reading: reading(at: start, in: context, analysis: analysis))
        if hit.discount == nil {
          credited.append(match.tokens.lowerBound)
          if context.isInPersonalSentence(start) { personalHits += 1 }
          if context.isInActingSentence(start) { actingHits += 1 }
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
        if signal.kind == .concrete {
          let start = signal.tokens.lowerBound
          if context.isInActingSentence(start) {
            actingConcrete += 1
          } else if !context.isInPersonalSentence(start) {
            impersonalConcrete += 1
          }
        }
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
      criteria: assessments, signals: signals, personalHits: personalHits,
      personalSentences: personalSentences, actingSentences: actingSentences,
      notesOnCandidate: notesOnCandidate, actingHits: actingHits,
      actingConcrete: actingConcrete, impersonalConcrete: impersonalConcrete)
  }

  /// Whether another criterion's term matched more tokens, including all of `match`'s.
  private func isInsideLongerPhrase(
    _ match: EvidenceMatcher.Match, of criterion: String, among matches: [EvidenceMatcher.Match],
    terms: [EvidenceTerm]
  ) -> Bool {
    matches.contains { other in
      other.tokens.count > match.tokens.count
        && other.tokens.lowerBound <= match.tokens.lowerBound
        && other.tokens.upperBound >= match.tokens.upperBound
        && terms[other.term].criterion != criterion
    }
  }

  /// How the clause of the token at `start` reads.
  private func reading(
    at start: Int, in context: PracticeContext, analysis: FrenchNormaliser.Analysis
  ) -> HitReading {
    let discount = context.discounts[start]
    let polarity: HitReading.Polarity =
      discount == .negated
      ? (context.deniedByCandidate[start] ? .denied : .negated)
      : context.restricted[start] ? .restricted : .affirmed
    let actor: HitReading.Actor =
      discount == .someoneElse ? .someoneElse : context.assisting[start] ? .assisting : .candidate
    var quoted: String?
    if let scope = context.scopes[start] {
      let lexical = scope.filter { analysis.tokens[$0].isLexical }
      if let first = lexical.first, let last = lexical.last {
        quoted = analysis.slice(analysis.span(of: first...last))
      }
    }
    return HitReading(
      polarity: polarity, actor: actor, mode: discount == .hypothetical ? .hypothetical : .done,
      context: quoted)
  }

  private struct SeenKey: Hashable {
    var criterion: String
    var token: Int
  }
}
