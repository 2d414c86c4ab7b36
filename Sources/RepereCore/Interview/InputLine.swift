/// Cleans a line typed by the evaluator before the interview reads it.
public enum InputLine {
  /// The longest answer kept, in characters; longer lines are cut and an
  /// `input_truncated` event says so.
  public static let maximumLength = 10_000

  /// The line cleaned for the interview: no control or escape characters, no invisible
  /// characters (bidirectional controls, zero-width characters, byte order marks), line
  /// and paragraph separators and tabs turned into spaces, trimmed, cut to
  /// ``maximumLength``.
  /// - Returns: the clean text; when it was cut, the cleaned length before the cut; and
  ///   how many characters were removed or replaced (tabs aside), so that the interview
  ///   can record that the line was cleaned.
  public static func clean(_ line: String) -> (text: String, originalLength: Int?, removed: Int) {
    var removed = 0
    var cleaned = line
    // Most lines hold nothing to clean: they are kept as they are, without being rebuilt.
    if line.unicodeScalars.contains(where: needsCleaning) {
      cleaned = String(cleanedScalars(line, removed: &removed))
    }
    let text = cleaned.trimmingWhitespace()
    // `utf8.count` bounds `count` from above, and is not a walk over the characters.
    guard text.utf8.count > maximumLength, text.count > maximumLength else {
      return (text, nil, removed)
    }
    return (String(text.prefix(maximumLength)).trimmingWhitespace(), text.count, removed)
  }

  private static func needsCleaning(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x1B, 0x2028, 0x2029: true
    default: SafeDisplay.isUnsafe(scalar)
    }
  }

  private static func cleanedScalars(_ line: String, removed: inout Int)
    -> String.UnicodeScalarView
  {
    var scalars = String.UnicodeScalarView()
    var iterator = line.unicodeScalars.makeIterator()
    while let scalar = iterator.next() {
      switch scalar.value {
      case 0x09:
        scalars.append(" ")
      case 0x1B:
        removed += 1
        skipEscapeSequence(&iterator)
      case 0x2028, 0x2029:
        removed += 1
        scalars.append(" ")
      case _ where SafeDisplay.isUnsafe(scalar):
        removed += 1
      default:
        scalars.append(scalar)
      }
    }
    return scalars
  }

  /// Whether the text has a character one can see: not only spaces, marks that combine
  /// with nothing, format characters or blank-looking letters (U+3164, U+2800…).
  public static func hasVisibleCharacter(_ text: String) -> Bool {
    text.unicodeScalars.contains { scalar in
      switch scalar.properties.generalCategory {
      case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format,
        .nonspacingMark, .enclosingMark, .spacingMark, .unassigned, .surrogate, .privateUse:
        return false
      default:
        return !scalar.properties.isWhitespace && !SafeDisplay.isUnsafe(scalar)
          && ![0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800].contains(scalar.value)
      }
    }
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
