/// Shows text that did not come from the program itself (a guide, an answer, a path, a
/// case id) without letting it act on a terminal or hide itself.
///
/// Escape and other control characters (C0, DEL, C1: U+009B is CSI), bidirectional
/// overrides and isolates, line and paragraph separators and zero-width characters are
/// written as visible escapes (`\u{1B}`, `\u{202E}`); newlines are kept only when the
/// caller allows them (a multi-line guide text). Every renderer uses ``escaped(_:keepingNewlines:)``.
public enum SafeDisplay {
  /// The text with every unsafe character written as a visible `\u{…}` escape.
  ///
  /// - Parameters:
  ///   - text: the text to show.
  ///   - keepingNewlines: whether `\n` is kept as a line break (guide texts that span lines).
  public static func escaped(_ text: String, keepingNewlines: Bool = false) -> String {
    guard text.unicodeScalars.contains(where: { isUnsafe($0, keepingNewlines: keepingNewlines) })
    else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      if isUnsafe(scalar, keepingNewlines: keepingNewlines) {
        result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Whether the scalar may change how a terminal shows what follows, or hides itself.
  public static func isUnsafe(_ scalar: Unicode.Scalar, keepingNewlines: Bool = false) -> Bool {
    switch scalar.value {
    case 0x0A: !keepingNewlines
    case 0x00...0x1F, 0x7F...0x9F: true  // C0 (escape, bell…), DEL, C1 (CSI…)
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true  // bidi controls
    case 0x2028, 0x2029: true  // line and paragraph separators
    case 0x200B...0x200D, 0x2060...0x2064, 0xFEFF, 0x180E, 0x00AD: true  // zero-width
    case 0xFFF9...0xFFFB: true  // interlinear annotation controls
    default: false
    }
  }
}
