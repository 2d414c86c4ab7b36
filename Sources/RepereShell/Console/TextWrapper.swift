/// Wraps text to a width, keeping each line's indentation on its continuation lines.
public struct TextWrapper: Sendable {
  /// A space that never breaks a line: put between the words of a unit (a choice
  /// « 3. Pas du tout ») and written as a plain space once the text is wrapped.
  public static let glue: Character = "\u{1F}"

  /// The maximum number of visible characters per line; `nil` for no wrapping.
  public var width: Int?

  public init(width: Int?) { self.width = width }

  /// The text with every line longer than ``width`` broken at spaces.
  ///
  /// Escape sequences (`ESC [ … m`) take no width. A word longer than the width stays whole.
  public func wrap(_ text: String) -> String {
    guard let width, width >= 20 else { return Self.unglued(text) }
    return Self.unglued(
      text.split(separator: "\n", omittingEmptySubsequences: false)
        .map { wrapLine(String($0), width: width) }
        .joined(separator: "\n"))
  }

  /// Items laid out on as few lines as the width allows, `separator` between two items of
  /// a line, each line to be written after `indentation` spaces; an item is never split.
  /// One line when there is no width.
  public func packed(_ items: [String], indentation: Int, separator: String) -> [String] {
    guard let width, width >= 20 else { return [items.joined(separator: separator)] }
    var lines: [String] = []
    var current = ""
    for item in items {
      if current.isEmpty {
        current = item
      } else if indentation + Self.visibleWidth(current + separator + item) <= width {
        current += separator + item
      } else {
        lines.append(current)
        current = item
      }
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines
  }

  /// The words of `text` glued together, so that wrapping never separates them.
  public static func glued(_ text: String) -> String {
    String(text.map { $0 == " " ? glue : $0 })
  }

  private static func unglued(_ text: String) -> String {
    guard text.contains(glue) else { return text }
    return String(text.map { $0 == glue ? " " : $0 })
  }

  private func wrapLine(_ line: String, width: Int) -> String {
    guard Self.visibleWidth(line) > width else { return line }
    let indentation = String(line.prefix { $0 == " " })
    let rest = line.dropFirst(indentation.count)
    let hanging =
      indentation
      + String(repeating: " ", count: Self.itemMarkerWidth(Self.withoutEscapes(rest)[...]))
    var lines: [String] = []
    var current = indentation
    var currentWidth = indentation.count
    for word in Self.unbreakableWords(rest) {
      let wordWidth = Self.visibleWidth(String(word))
      let atStart = current == indentation || (lines.count > 0 && current == hanging)
      if !atStart, currentWidth + 1 + wordWidth > width {
        lines.append(current)
        current = hanging + word
        currentWidth = hanging.count + wordWidth
      } else {
        current += (atStart ? "" : " ") + word
        currentWidth += (atStart ? 0 : 1) + wordWidth
      }
    }
    lines.append(current)
    return lines.joined(separator: "\n")
  }

  /// The width of a list item's markers (« ✓ », « - », « 3. », « ✓ 3. », « [x] », « ── »),
  /// so that its continuation lines align with the item's text; 0 for a line that is not
  /// an item.
  static func itemMarkerWidth(_ text: Substring) -> Int {
    var width = 0
    var rest = text
    if rest.hasPrefix("── ") {
      // A block's title: « ── C1.1 · 1/24 — Titre ».
      return 3
    }
    let head = Array(rest.prefix(4))
    if head.count == 4, head[0] == "[", head[2] == "]", head[3] == " " {
      // A recap item: « [x] », « [ ] », « [?] ».
      return 4
    }
    if let marker = rest.first, "✓✗-•·→".contains(marker), rest.dropFirst().first == " " {
      width += 2
      rest = rest.dropFirst(2)
    }
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, digits.count <= 3, rest.dropFirst(digits.count).hasPrefix(". ") {
      width += digits.count + 2
    }
    return width
  }

  /// The words of a line, with « glued to the next word and », :, ;, ?, ! (alone or followed
  /// by punctuation, as in « », ») glued to the previous one, so French typography never
  /// starts or ends a line with them.
  static func unbreakableWords(_ text: Substring) -> [String] {
    var words: [String] = []
    var openQuote = false
    for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
      if openQuote, let last = words.popLast() {
        words.append(last + " " + word)
      } else if let first = word.first, "»:;?!".contains(first), let last = words.popLast() {
        // « », », « : », « ?) »: the closing sign and what follows it stay with the word.
        words.append(last + " " + word)
      } else {
        words.append(word)
      }
      openQuote = word == "«"
    }
    return words
  }

  /// The text without its escape sequences (`ESC [ … m`).
  static func withoutEscapes(_ text: Substring) -> String {
    var result = ""
    var inEscape = false
    for scalar in text.unicodeScalars {
      if inEscape {
        if scalar == "m" { inEscape = false }
      } else if scalar == "\u{1B}" {
        inEscape = true
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Characters shown, not counting escape sequences.
  static func visibleWidth(_ text: String) -> Int {
    var count = 0
    var inEscape = false
    for scalar in text.unicodeScalars {
      if inEscape {
        if scalar == "m" { inEscape = false }
      } else if scalar == "\u{1B}" {
        inEscape = true
      } else if scalar.properties.generalCategory != .nonspacingMark {
        count += 1
      }
    }
    return count
  }
}
