import Foundation

/// One evidence term of a criterion, normalised and stemmed once, ready to match answers.
///
/// « Tableaux de bord » compiles to the stems `tableau`, `bord`: articles and prepositions
/// are dropped from the term and skipped inside answers, so « tableau de bord »,
/// « tableaux de bord » and « tableau bord » all match. A trailing `*` in the dialogue
/// file (« vérif* ») makes the last word a prefix.
struct EvidenceTerm: Sendable, Equatable {
  /// One word of a term.
  struct Word: Sendable, Equatable {
    /// The folded Snowball stem.
    var stem: String
    /// Whether any word starting with the stem matches (explicit `*`).
    var isPrefix: Bool
    /// Whether the answer's word must be in capitals too: a one- or two-letter abbreviation
    /// (« CA », « AO ») would otherwise meet common words (« ça »).
    var requiresCapitals: Bool = false
  }

  /// The id of the criterion the term illustrates.
  var criterion: String
  /// The term as written in the dialogue file.
  var text: String
  /// The words to find, in order; never empty.
  var words: [Word]

  /// Compiles `text` for `criterion`; `nil` when the term has no word at all.
  init?(criterion: String, text: String, normaliser: FrenchNormaliser) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let isPrefix = trimmed.hasSuffix("*")
    let lexical = normaliser.tokens(in: trimmed).filter(\.isLexical)
    let content = lexical.filter { !EvidenceTerm.isFunctionWord($0) }
    let kept = content.isEmpty ? lexical : content
    guard !kept.isEmpty else { return nil }
    self.criterion = criterion
    self.text = text
    self.words = kept.enumerated().map { index, token in
      Word(
        stem: token.stem, isPrefix: isPrefix && index == kept.count - 1,
        requiresCapitals: token.isAllCapitals && token.surface.count <= 2)
    }
  }

  /// Whether a token is an article, a preposition or an elided word.
  static func isFunctionWord(_ token: Token) -> Bool {
    switch token.kind {
    case .elision: true
    case .word: FrenchLexicon.stopWords.contains(token.folded)
    default: false
    }
  }

  /// Shortest stem that may meet a longer stem by prefix (« verif » ~ « verifi »).
  static let minimumPrefixLength = 5
  /// Most characters a stem may have beyond the other for a prefix meeting.
  static let maximumPrefixExtension = 3

  /// Whether an answer's stem matches a term's stem.
  ///
  /// Snowball leaves some derivations apart (« vérifier » → `verifi`, « vérification » →
  /// `verif`); they meet when the shorter stem has at least ``minimumPrefixLength``
  /// characters, starts the longer one, and the longer one is at most
  /// ``maximumPrefixExtension`` characters longer.
  static func token(_ token: Token, matches word: Word) -> Bool {
    if word.requiresCapitals && !token.isAllCapitals { return false }
    // An article or a preposition is never evidence, even when a term's stem is spelt like
    // it (« due » stems to `du`, the article).
    if word.stem.utf8.count <= 5 && token.folded.utf8.count <= 5 && isFunctionWord(token) {
      return false
    }
    return stem(token.stem, matches: word)
  }

  /// Whether an answer's stem matches a term's word, exactly or by prefix.
  static func stem(_ answer: String, matches word: Word) -> Bool {
    if answer == word.stem { return true }
    if word.isPrefix { return answer.hasPrefix(word.stem) }
    let answerLength = answer.utf8.count
    let termLength = word.stem.utf8.count
    if answerLength > termLength {
      return termLength >= minimumPrefixLength
        && answerLength - termLength <= maximumPrefixExtension && answer.hasPrefix(word.stem)
    } else if termLength > answerLength {
      return answerLength >= minimumPrefixLength
        && termLength - answerLength <= maximumPrefixExtension && word.stem.hasPrefix(answer)
    }
    return false
  }
}
