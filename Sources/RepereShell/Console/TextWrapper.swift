/// Wraps text to a width, keeping each line's indentation on its continuation lines.
public struct TextWrapper: Sendable {
  /// The maximum number of visible characters per line; `nil` for no wrapping.
  public var width: Int?

  public init(width: Int?) { self.width = width }

  /// The text with every line longer than ``width`` broken at spaces.
  ///
  /// Escape sequences (`ESC [ … m`) take no width. A word longer than the width stays whole.
  public func wrap(_ text: String) -> String {
    guard let width, width >= 20 else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { wrapLine(String($0), width: width) }
      .joined(separator: "\n")
  }

  private func wrapLine(_ line: String, width: Int) -> String {
    guard Self.visibleWidth(line) > width else { return line }
    let indentation = String(line.prefix { $0 == " " })
    // Continuation lines of a list item (« ✓ », « - », « → ») align with the item's text.
    var hanging = indentation
    let rest = line.dropFirst(indentation.count)
    if let marker = rest.first, "✓✗-•·→".contains(marker), rest.dropFirst().first == " " {
      hanging += "  "
    }
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
