/// Makes JSON text safe for readers that split lines on Unicode line breaks.
///
/// `JSONEncoder` escapes only the characters below U+0020. A raw U+2028 or U+2029 inside a
/// string ends the line for JavaScript before ES2019 and for readers splitting on Unicode
/// line breaks, and C1 controls (U+0080…U+009F) reach terminals as escape codes
/// (U+009B is CSI). Every JSON line the program writes goes through ``escaped(_:)``.
public enum JSONText {
  /// The JSON text with U+0080…U+009F, U+2028 and U+2029 written as `\uXXXX` escapes.
  ///
  /// These characters can only occur inside JSON strings, where the escape means the same
  /// character: the JSON value is unchanged.
  public static func escaped(_ json: String) -> String {
    guard json.unicodeScalars.contains(where: needsEscape) else { return json }
    var result = String.UnicodeScalarView()
    for scalar in json.unicodeScalars {
      if needsEscape(scalar) {
        let hex = String(scalar.value, radix: 16, uppercase: false)
        result.append(
          contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    (0x80...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
  }
}
