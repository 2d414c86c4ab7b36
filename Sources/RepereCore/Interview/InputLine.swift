/// Cleans a line typed by the evaluator before the interview reads it.
public enum InputLine {
  /// The longest answer kept, in characters; longer lines are cut and an
  /// `input_truncated` event says so.
  public static let maximumLength = 10_000

  /// The line without control or escape characters, tabs turned into spaces, trimmed,
  /// and cut to ``maximumLength``.
  /// - Returns: the clean text and, when it was cut, the cleaned length before the cut.
  public static func clean(_ line: String) -> (text: String, originalLength: Int?) {
    var scalars = String.UnicodeScalarView()
    var iterator = line.unicodeScalars.makeIterator()
    while let scalar = iterator.next() {
      switch scalar.value {
      case 0x09:
        scalars.append(" ")
      case 0x1B:
        skipEscapeSequence(&iterator)
      case 0x00...0x1F, 0x7F...0x9F:
        continue
      default:
        scalars.append(scalar)
      }
    }
    let text = String(scalars).trimmingWhitespace()
    guard text.count > maximumLength else { return (text, nil) }
    return (String(text.prefix(maximumLength)).trimmingWhitespace(), text.count)
  }

  /// Skips the rest of an escape sequence (CSI `ESC [ … final`, OSC `ESC ] … BEL/ST`, or
  /// `ESC` + one character).
  private static func skipEscapeSequence(_ iterator: inout String.UnicodeScalarView.Iterator) {
    guard let next = iterator.next() else { return }
    switch next {
    case "[":
      while let scalar = iterator.next() {
        if (0x40...0x7E).contains(scalar.value) { return }
      }
    case "]":
      while let scalar = iterator.next() {
        if scalar.value == 0x07 { return }
        if scalar.value == 0x1B {
          _ = iterator.next()
          return
        }
      }
    default:
      return
    }
  }
}

extension String {
  /// The string without leading and trailing white space.
  func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }

  /// A form for comparing typed answers: lower case, no accents, single spaces,
  /// typographic apostrophes made plain, trailing punctuation removed.
  var normalizedForMatching: String {
    let folded = caseAndAccentFolded.replacingOccurrences(of: "’", with: "'")
    let words = folded.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
    var joined = words.joined(separator: " ")
    while let last = joined.last, ".!?;:".contains(last) { joined.removeLast() }
    return joined.trimmingWhitespace()
  }
}
