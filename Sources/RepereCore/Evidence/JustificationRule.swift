/// Credits the criteria that judge an explanation — « Le choix des sources est pertinent et
/// justifié », « Elle est expliquée et justifiée », « Ils sont pertinents » — when an answer
/// explains what it illustrates.
///
/// Such a criterion has few words of its own: it qualifies what another criterion of the
/// block describes. Markers such as « car » or « parce que » would say nothing as evidence
/// terms (they occur in any answer); here a marker counts only in a sentence that also holds
/// a credited hit of the block, and only outside a negated, hypothetical or someone else's
/// scope.
struct JustificationRule: Sendable {
  /// Most words a criterion may have besides its subject pronoun, function words, « être »
  /// and its words of explanation, to be read as judging another criterion's content.
  static let maximumOwnWords = 3

  /// The ids of the criteria of `criteria` that ask for an explanation.
  let criteria: [String]

  init(criteria: [Criterion], normaliser: FrenchNormaliser) {
    self.criteria = criteria.filter { Self.asksForExplanation($0, normaliser: normaliser) }
      .map(\.id)
  }

  /// Whether a criterion's wording judges an explanation (« est justifié », « sont
  /// pertinents ») and says little else.
  static func asksForExplanation(_ criterion: Criterion, normaliser: FrenchNormaliser) -> Bool {
    let words = normaliser.tokens(in: criterion.text.display).filter { $0.kind == .word }
    guard let copula = words.firstIndex(where: { FrenchLexicon.copulas.contains($0.folded) })
    else { return false }
    func isExplanation(_ token: Token) -> Bool {
      FrenchLexicon.justificationCriterionStems.contains { token.folded.hasPrefix($0) }
    }
    guard words[copula...].contains(where: isExplanation) else { return false }
    let own = words.filter {
      !isExplanation($0) && !FrenchLexicon.copulas.contains($0.folded)
        && !FrenchLexicon.stopWords.contains($0.folded)
        && !FrenchLexicon.subjectPronouns.contains($0.folded)
    }
    return own.count <= maximumOwnWords
  }

  /// One hit per criterion asking for an explanation and per sentence where a justification
  /// marker stands with a credited hit of the block (`credited`: their first tokens).
  func hits(
    in analysis: FrenchNormaliser.Analysis, context: PracticeContext, credited: [Int],
    answer: Int
  ) -> [EvidenceHit] {
    guard !criteria.isEmpty, !context.justifications.isEmpty, !credited.isEmpty else {
      return []
    }
    let creditedSentences = Set(credited.map { context.sentenceOfToken[$0] })
    var done: Set<Int> = []
    var hits: [EvidenceHit] = []
    for marker in context.justifications {
      let sentence = context.sentenceOfToken[marker.lowerBound]
      guard creditedSentences.contains(sentence), done.insert(sentence).inserted else {
        continue
      }
      let span = analysis.span(of: marker)
      let text = analysis.slice(span)
      for criterion in criteria {
        hits.append(
          EvidenceHit(
            criterion: criterion, term: "justification : \(text)", answer: answer, span: span,
            text: text))
      }
    }
    return hits
  }
}
