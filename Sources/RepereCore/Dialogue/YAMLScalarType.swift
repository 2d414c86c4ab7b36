import Yams

/// What a scalar of a guide is: empty, an integer, a number, or a text.
///
/// The dialogue is composed with `Resolver.basic`, which types nothing; a guide only needs
/// these four types, read from the scalar as Yams composed it:
/// - a quoted (`"…"`, `'…'`) or block (`|`, `>`) scalar is a text, whatever it holds;
/// - an explicit tag is obeyed for `!!null`, `!!int` and `!!float`; anything else tagged is
///   a text;
/// - a plain scalar is empty when it is one of YAML's null words (`~`, `null`, `Null`,
///   `NULL`, or nothing at all), an integer when `Int(_:)` reads it, a number when it is
///   written as a decimal one (`2026.1`, `-.5`, `1e5`, `.inf`, `.nan`), and a text otherwise.
///
/// So `version: 2026.10` is refused (another YAML reader would see the number 2026.1) and
/// `format: "1"` is not an integer, while `label: oui` or `version: yes` stay the texts
/// written (YAML 1.2 reads them so; only YAML 1.1 readers took `yes` for a boolean). Other
/// notations of YAML numbers (`0x1F`, `0o17`) are texts: a guide has no use for them.
enum YAMLScalarType: Equatable {
  case null
  case integer(Int)
  /// A plain scalar written as a non-integer number, which other YAML readers turn into a
  /// float.
  case number
  case text

  /// The type of a scalar as composed.
  init(of scalar: Node.Scalar) {
    let text = scalar.string
    switch scalar.tag.rawValue {
    case Tag.Name.implicit.rawValue:
      // Untagged quoted and block scalars come out of Yams tagged `!!str`: only plain
      // scalars reach this case, but their style is checked rather than assumed.
      guard scalar.style == .plain else {
        self = .text
        return
      }
      if Self.nullWords.contains(text) {
        self = .null
      } else if let value = Int(text) {
        self = .integer(value)
      } else if Self.isWrittenAsNumber(text) {
        self = .number
      } else {
        self = .text
      }
    case Tag.Name.null.rawValue:
      self = .null
    case Tag.Name.int.rawValue:
      self = Int(text).map(Self.integer) ?? .text
    case Tag.Name.float.rawValue:
      self = .number
    default:
      self = .text
    }
  }

  /// The plain scalars YAML reads as null.
  static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]

  /// Whether a plain scalar is a decimal number (`2026.1`, `-.5`, `1e5`, `3.`) or one of
  /// YAML's infinities and not-a-number (`.inf`, `-.Inf`, `.NaN`): for the decimal form, a
  /// digit, and only digits, signs, points and exponents (`Double(_:)` alone would also take
  /// `inf`, `nan` or `0x1p3`, which YAML reads as texts).
  static func isWrittenAsNumber(_ text: String) -> Bool {
    if specialNumbers.contains(text) { return true }
    return text.utf8.contains { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
      && text.utf8.allSatisfy { numberBytes.contains($0) }
      && Double(text) != nil
  }

  private static let numberBytes = Set("0123456789+-.eE".utf8)

  private static let specialNumbers: Set<String> = [
    ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
    ".nan", ".NaN", ".NAN",
  ]
}
