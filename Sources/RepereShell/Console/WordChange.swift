/// What changed between two texts, as the words removed and added between their common
/// beginning and end (a sentence added to a long answer is shown alone).
struct WordChange: Equatable {
  /// The words of the old text that are not in the new one, joined by spaces.
  var removed: String
  /// The words of the new text that were not in the old one, joined by spaces.
  var added: String

  init(old: String, new: String) {
    let before = old.split(whereSeparator: \.isWhitespace)
    let after = new.split(whereSeparator: \.isWhitespace)
    var prefix = 0
    while prefix < before.count, prefix < after.count, before[prefix] == after[prefix] {
      prefix += 1
    }
    var suffix = 0
    while suffix < before.count - prefix, suffix < after.count - prefix,
      before[before.count - 1 - suffix] == after[after.count - 1 - suffix]
    {
      suffix += 1
    }
    removed = before[prefix..<(before.count - suffix)].joined(separator: " ")
    added = after[prefix..<(after.count - suffix)].joined(separator: " ")
  }
}
