/// Person-written text made safe to display in a recap: characters that would act instead
/// of showing are shown as visible escapes.
///
/// Control characters (C0, DEL, C1, escape) and the bidirectional controls (U+202E turns
/// the rest of a line around) become `\u{…}`, so what was typed is what is read. Each
/// format escapes its own syntax on top of this (HTML, Markdown).
public enum RecapSafeText {
  /// The text with control and bidirectional characters shown as `\u{XXXX}`.
  public static func visible(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if isHidden(scalar) {
        result += "\\u{" + hex(scalar.value) + "}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true
    // Arabic letter mark, LRM/RLM, embeddings and overrides, isolates.
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  private static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
