/// Folded word sequences indexed by their first word, for one look-up per token.
struct PhraseIndex: Sendable {
  private let byFirstWord: [String: [[String]]]

  /// Indexes `phrases`; each phrase's candidates are tried longest first.
  init(_ phrases: [[String]]) {
    var byFirstWord: [String: [[String]]] = [:]
    for phrase in phrases where !phrase.isEmpty {
      byFirstWord[phrase[0], default: []].append(phrase)
    }
    self.byFirstWord = byFirstWord.mapValues { $0.sorted { $0.count > $1.count } }
  }

  /// The length of the longest phrase that the lexical tokens from `index` spell, if any.
  func match(_ tokens: [Token], at index: Int) -> Int? {
    guard let candidates = byFirstWord[tokens[index].folded] else { return nil }
    for phrase in candidates where index + phrase.count <= tokens.count {
      var matches = true
      for offset in 1..<phrase.count {
        let token = tokens[index + offset]
        if !token.isLexical || token.folded != phrase[offset] {
          matches = false
          break
        }
      }
      if matches { return phrase.count }
    }
    return nil
  }
}

/// Folded word sequences of several lists indexed together by their first word, each with
/// the kind of signal it shows: one look-up per token for all the lists.
struct TaggedPhraseIndex: Sendable {
  private let byFirstWord: [String: [([String], EvidenceSignal.Kind)]]

  /// Indexes the phrases of each list; a word's candidates are tried longest first, and
  /// among phrases of one length, in the order of `lists`.
  init(_ lists: [([[String]], EvidenceSignal.Kind)]) {
    var byFirstWord: [String: [([String], EvidenceSignal.Kind)]] = [:]
    for (phrases, kind) in lists {
      for phrase in phrases where !phrase.isEmpty {
        byFirstWord[phrase[0], default: []].append((phrase, kind))
      }
    }
    self.byFirstWord = byFirstWord.mapValues { candidates in
      candidates.enumerated().sorted {
        ($0.element.0.count, -$0.offset) > ($1.element.0.count, -$1.offset)
      }.map(\.element)
    }
  }

  /// The length and kind of the longest phrase the lexical tokens from `index` spell.
  func match(_ tokens: [Token], at index: Int) -> (length: Int, kind: EvidenceSignal.Kind)? {
    guard let candidates = byFirstWord[tokens[index].folded] else { return nil }
    for (phrase, kind) in candidates where index + phrase.count <= tokens.count {
      var matches = true
      for offset in 1..<phrase.count {
        let token = tokens[index + offset]
        if !token.isLexical || token.folded != phrase[offset] {
          matches = false
          break
        }
      }
      if matches { return (phrase.count, kind) }
    }
    return nil
  }
}

extension FrenchLexicon {
  /// Recent practice, generic filler and single occasions, in one index.
  static let extentIndex = TaggedPhraseIndex([
    (recentPhrases, .recent), (vaguePhrases, .vague), (oncePhrases, .once),
  ])

  static let hypotheticalIndex = PhraseIndex(hypotheticalPhrases)
  static let someoneElseIndex = PhraseIndex(someoneElsePhrases)
  static let occasionalIndex = PhraseIndex(occasionalPhrases)
  static let supervisedIndex = PhraseIndex(supervisedPhrases)
  static let justificationIndex = PhraseIndex(justificationPhrases)
  static let ruleIndex = PhraseIndex(rulePhrases)
}
