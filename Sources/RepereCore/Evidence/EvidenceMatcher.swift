/// Finds the evidence terms of a set of criteria in tokenised answers.
///
/// Built once from the criteria (terms compiled at construction); matching then costs one
/// or two dictionary look-ups per token. Phrases match across inflections and skip
/// articles and prepositions between their words, never a break.
struct EvidenceMatcher: Sendable {
  /// An occurrence of a term in a token sequence.
  struct Match: Sendable, Equatable {
    /// Index of the term in ``terms``.
    var term: Int
    /// The tokens matched, from the first word to the last.
    var tokens: ClosedRange<Int>
  }

  /// The compiled terms, in the order of the criteria and of their terms.
  let terms: [EvidenceTerm]
  /// Terms by the exact stem of their first word.
  private let byStem: [String: [Int]]
  /// Terms whose first word may meet longer or shorter stems, by their first characters.
  private let byPrefix: [String: [Int]]
  /// Lengths under ``EvidenceTerm/minimumPrefixLength`` of explicit prefix terms (« maj* »).
  private let shortPrefixLengths: [Int]
  /// The candidate terms of each stem met so far.
  private let candidateCache = BoundedCache<String, [Int]>()

  /// Most function words skipped between two words of a phrase.
  static let maximumGap = 3

  /// Compiles the evidence terms of `criteria`.
  init(criteria: [Criterion], normaliser: FrenchNormaliser) {
    var terms: [EvidenceTerm] = []
    for criterion in criteria {
      for text in criterion.evidence {
        if let term = EvidenceTerm(criterion: criterion.id, text: text, normaliser: normaliser) {
          terms.append(term)
        }
      }
    }
    var byStem: [String: [Int]] = [:]
    var byPrefix: [String: [Int]] = [:]
    var shortPrefixLengths: Set<Int> = []
    for (index, term) in terms.enumerated() {
      let first = term.words[0]
      byStem[first.stem, default: []].append(index)
      if first.isPrefix || first.stem.utf8.count >= EvidenceTerm.minimumPrefixLength {
        byPrefix[Self.prefixKey(first.stem), default: []].append(index)
        let length = first.stem.count
        if length < EvidenceTerm.minimumPrefixLength { shortPrefixLengths.insert(length) }
      }
    }
    self.shortPrefixLengths = shortPrefixLengths.sorted()
    self.terms = terms
    self.byStem = byStem
    self.byPrefix = byPrefix
  }

  /// Every occurrence of every term in `tokens`, by start token then term order.
  func matches(in tokens: [Token]) -> [Match] {
    var matches: [Match] = []
    for start in tokens.indices where tokens[start].isLexical {
      let candidates = candidateCache.value(for: tokens[start].stem, make: candidates(of:))
      for index in candidates {
        if let end = match(terms[index], in: tokens, from: start) {
          matches.append(Match(term: index, tokens: start...end))
        }
      }
    }
    return matches
  }

  /// The terms whose first word may match `stem`, exactly or by prefix, in term order.
  private func candidates(of stem: String) -> [Int] {
    var candidates: [Int] = []
    if let exact = byStem[stem] { candidates.append(contentsOf: exact) }
    if let near = byPrefix[Self.prefixKey(stem)] {
      for index in near where !candidates.contains(index) { candidates.append(index) }
    }
    for length in shortPrefixLengths where length < stem.count {
      if let near = byPrefix[String(stem.prefix(length))] {
        for index in near where !candidates.contains(index) { candidates.append(index) }
      }
    }
    candidates.sort()
    return candidates
  }

  /// The index of the last token of `term` matched from `start`, if it matches there.
  private func match(_ term: EvidenceTerm, in tokens: [Token], from start: Int) -> Int? {
    guard EvidenceTerm.token(tokens[start], matches: term.words[0]) else { return nil }
    var position = start
    for word in term.words.dropFirst() {
      var next = position + 1
      var skipped = 0
      while next < tokens.count, tokens[next].isLexical,
        EvidenceTerm.isFunctionWord(tokens[next]), skipped < Self.maximumGap
      {
        next += 1
        skipped += 1
      }
      guard next < tokens.count, tokens[next].isLexical,
        EvidenceTerm.token(tokens[next], matches: word)
      else { return nil }
      position = next
    }
    return position
  }

  /// The key of the prefix index: the first characters of a stem.
  private static func prefixKey(_ stem: String) -> String {
    String(stem.prefix(EvidenceTerm.minimumPrefixLength))
  }
}
