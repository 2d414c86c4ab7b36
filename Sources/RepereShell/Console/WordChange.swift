/// What changed between two texts: the stretch of the old text removed and the stretch of
/// the new one added between their common beginning and end, cut at word and punctuation
/// boundaries (a sentence added to a long answer is shown alone, without the word before
/// it that only lost its full stop).
struct WordChange: Equatable {
  /// The part of the old text that is not in the new one, as written there.
  var removed: String
  /// The part of the new text that was not in the old one, as written there.
  var added: String

  init(old: String, new: String) {
    let before = Self.tokens(of: old)
    let after = Self.tokens(of: new)
    var prefix = 0
    while prefix < before.count, prefix < after.count,
      old[before[prefix]] == new[after[prefix]]
    {
      prefix += 1
    }
    var suffix = 0
    while suffix < before.count - prefix, suffix < after.count - prefix,
      old[before[before.count - 1 - suffix]] == new[after[after.count - 1 - suffix]]
    {
      suffix += 1
    }
    removed = Self.stretch(of: old, tokens: before, from: prefix, to: before.count - suffix)
    added = Self.stretch(of: new, tokens: after, from: prefix, to: after.count - suffix)
  }

  /// The ranges of the words (runs of letters, digits, apostrophes and hyphens) and of the
  /// other characters that are not spaces, one each.
  private static func tokens(of text: String) -> [Range<String.Index>] {
    var tokens: [Range<String.Index>] = []
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character.isWhitespace {
        index = text.index(after: index)
        continue
      }
      var end = text.index(after: index)
      if isWordCharacter(character) {
        while end < text.endIndex, isWordCharacter(text[end]) { end = text.index(after: end) }
      }
      tokens.append(index..<end)
      index = end
    }
    return tokens
  }

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || "’'-".contains(character)
  }

  /// The text from the start of token `from` to the end of token `to - 1`, as written.
  private static func stretch(
    of text: String, tokens: [Range<String.Index>], from: Int, to: Int
  ) -> String {
    guard from < to else { return "" }
    return String(text[tokens[from].lowerBound..<tokens[to - 1].upperBound])
  }
}
