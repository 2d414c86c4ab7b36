/// Replaces names in free text: whole words only, case and accents ignored (or exact, for
/// initials), longest name first, in one pass so a replacement is never replaced again.
public struct NameReplacer: Sendable {
  /// A name and what replaces it.
  public struct Rule: Sendable, Equatable {
    public var name: String
    public var replacement: String
    /// Exact comparison (initials like `JD`, which as a lowercase word mean nothing).
    public var exact: Bool

    public init(name: String, replacement: String, exact: Bool = false) {
      self.name = name
      self.replacement = replacement
      self.exact = exact
    }
  }

  private struct Pattern {
    var characters: [Character]
    var folded: String
    var replacement: String
    var exact: Bool
  }

  private let patterns: [Pattern]

  public init(rules: [Rule]) {
    patterns =
      rules
      .filter { !$0.name.isEmpty }
      .map {
        Pattern(
          characters: Array($0.name), folded: $0.name.caseAndAccentFolded,
          replacement: $0.replacement, exact: $0.exact)
      }
      .sorted { $0.characters.count > $1.characters.count }
  }

  /// The text with every name replaced.
  public func replace(in text: String) -> String {
    let textFolded = text.caseAndAccentFolded
    let candidates = patterns.filter {
      $0.exact ? text.contains(String($0.characters)) : textFolded.contains($0.folded)
    }
    guard !candidates.isEmpty else { return text }
    let characters = Array(text)
    var folded: [String?] = Array(repeating: nil, count: characters.count)
    func fold(_ index: Int) -> String {
      if let value = folded[index] { return value }
      let value = String(characters[index]).caseAndAccentFolded
      folded[index] = value
      return value
    }
    func isWord(_ index: Int) -> Bool {
      guard characters.indices.contains(index) else { return false }
      return characters[index].isLetter || characters[index].isNumber
    }
    func match(_ pattern: Pattern, at start: Int) -> Int? {
      if pattern.exact {
        let end = start + pattern.characters.count
        guard end <= characters.count,
          characters[start..<end].elementsEqual(pattern.characters)
        else { return nil }
        return end
      }
      var accumulated = ""
      var end = start
      while accumulated.utf8.count < pattern.folded.utf8.count, end < characters.count {
        accumulated += fold(end)
        end += 1
        guard pattern.folded.hasPrefix(accumulated) else { return nil }
      }
      return accumulated == pattern.folded ? end : nil
    }
    var result = ""
    var index = 0
    while index < characters.count {
      if !isWord(index - 1) {
        if let (pattern, end) = candidates.lazy.compactMap({ pattern in
          match(pattern, at: index).map { (pattern, $0) }
        }).first(where: { pattern, end in
          // A word ends where the name ends (initials ending with a dot end one already).
          !isWord(end) || !(pattern.characters.last?.isLetter ?? true)
        }) {
          result += pattern.replacement
          index = end
          continue
        }
      }
      result.append(characters[index])
      index += 1
    }
    return result
  }
}
