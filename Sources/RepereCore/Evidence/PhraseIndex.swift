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

extension FrenchLexicon {
  static let hypotheticalIndex = PhraseIndex(hypotheticalPhrases)
  static let someoneElseIndex = PhraseIndex(someoneElsePhrases)
  static let occasionalIndex = PhraseIndex(occasionalPhrases)
  static let supervisedIndex = PhraseIndex(supervisedPhrases)
  static let justificationIndex = PhraseIndex(justificationPhrases)
  static let recentIndex = PhraseIndex(recentPhrases)
  static let onceIndex = PhraseIndex(oncePhrases)
  static let vagueIndex = PhraseIndex(vaguePhrases)
}
