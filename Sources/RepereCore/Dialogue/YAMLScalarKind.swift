import Yams

/// The YAML type of a scalar, as Yams's default resolver would give it, found without
/// regular expressions.
///
/// The dialogue is composed with `Resolver.basic` (no implicit typing): Yams's default
/// resolver matches every plain scalar against seven `NSRegularExpression`s, which is most
/// of the time spent reading a guide at start-up. The decoder only needs to know the type
/// of the few scalars it checks, so this type resolves them on demand with the same rules
/// (YAML 1.1 core schema, in the default resolver's order: bool, int, float, merge, null,
/// timestamp, value).
enum YAMLScalarKind: Equatable {
  case null, bool, int, float, timestamp, merge, value
  /// A string: quoted, explicitly tagged `!!str`, or plain text that is nothing else.
  case string
  /// An explicit tag other than the core schema's (`!custom`…).
  case other(String)

  /// The kind of a scalar as composed.
  ///
  /// Reads the tag as the composer left it: `""` (implicit, a plain scalar), `!` (non-specific)
  /// or an explicit tag (quoted scalars get `!!str`). The reader never asks Yams to resolve a
  /// value's tag, so plain values still carry the implicit tag here.
  init(of scalar: Node.Scalar) {
    switch scalar.tag.rawValue {
    case "": self = Self.resolve(plain: scalar.string)
    case "!", Tag.Name.str.rawValue: self = .string
    case Tag.Name.null.rawValue: self = .null
    case Tag.Name.bool.rawValue: self = .bool
    case Tag.Name.int.rawValue: self = .int
    case Tag.Name.float.rawValue: self = .float
    case Tag.Name.timestamp.rawValue: self = .timestamp
    case Tag.Name.merge.rawValue: self = .merge
    case Tag.Name.value.rawValue: self = .value
    case let tag: self = .other(tag)
    }
  }

  /// The kind of a plain (unquoted, untagged) scalar's text.
  static func resolve(plain text: String) -> YAMLScalarKind {
    // Most texts of a guide start with a byte no typed value starts with: decide at once.
    guard let first = text.utf8.first else { return .null }
    if !typedValueFirstBytes.contains(first) { return .string }
    let bytes = Array(text.utf8)
    if isBool(text) { return .bool }
    if isInt(bytes) { return .int }
    if isFloat(bytes) { return .float }
    if text == "<<" { return .merge }
    if isNull(text) { return .null }
    if isTimestamp(bytes) { return .timestamp }
    if text == "=" { return .value }
    return .string
  }

  // MARK: - Core schema rules

  /// Every byte a non-string plain scalar can start with.
  private static let typedValueFirstBytes = Set("0123456789+-.~<=yYnNtTfFoO".utf8)

  private static let booleans: Set<String> = [
    "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
    "on", "On", "ON", "off", "Off", "OFF",
  ]

  /// `yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF`.
  static func isBool(_ text: String) -> Bool {
    text.utf8.count <= 5 && booleans.contains(text)
  }

  /// `~|null|Null|NULL|` (empty).
  static func isNull(_ text: String) -> Bool {
    text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
  }

  /// `[-+]?0b[0-1_]+ | [-+]?0o?[0-7_]+ | [-+]?(0|[1-9][0-9_]*) | [-+]?0x[0-9a-fA-F_]+
  /// | [-+]?[1-9][0-9_]*(:[0-5]?[0-9])+`.
  static func isInt(_ bytes: [UInt8]) -> Bool {
    var scanner = ByteScanner(bytes)
    scanner.skipSign()
    let start = scanner.index
    if scanner.take("0") {
      if scanner.atEnd { return true }  // 0
      if scanner.take("b") { return scanner.takeAll(isBinaryOrUnderscore) && scanner.atEnd }
      if scanner.take("x") { return scanner.takeAll(isHexOrUnderscore) && scanner.atEnd }
      _ = scanner.take("o")
      return scanner.takeAll(isOctalOrUnderscore) && scanner.atEnd
    }
    scanner.index = start
    guard scanner.take(where: { (UInt8(ascii: "1")...UInt8(ascii: "9")).contains($0) }) else {
      return false
    }
    _ = scanner.takeAll(isDigitOrUnderscore)
    if scanner.atEnd { return true }
    return scanner.takeSexagesimalGroups() && scanner.atEnd
  }

  /// `[-+]?[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)? | \.[0-9_]+([eE][-+][0-9]+)?
  /// | [-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]* | [-+]?\.(inf|Inf|INF) | \.(nan|NaN|NAN)`.
  static func isFloat(_ bytes: [UInt8]) -> Bool {
    if [".nan", ".NaN", ".NAN"].contains(where: { bytes.elementsEqual($0.utf8) }) { return true }
    // [-+]?\.(inf|Inf|INF)
    var scanner = ByteScanner(bytes)
    scanner.skipSign()
    let rest = bytes[scanner.index...]
    if [".inf", ".Inf", ".INF"].contains(where: { rest.elementsEqual($0.utf8) }) { return true }
    // \.[0-9_]+([eE][-+][0-9]+)?  (no sign)
    scanner = ByteScanner(bytes)
    if scanner.take(".") {
      guard scanner.takeAll(isDigitOrUnderscore) else { return false }
      if scanner.atEnd { return true }
      guard scanner.take(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }),
        scanner.take(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }),
        scanner.takeAll(isDigit)
      else { return false }
      return scanner.atEnd
    }
    // [-+]?[0-9][0-9_]* then either the decimal form or the sexagesimal form.
    scanner.skipSign()
    guard scanner.take(where: isDigit) else { return false }
    _ = scanner.takeAll(isDigitOrUnderscore)
    let afterInteger = scanner.index
    // (\.[0-9_]*)?([eE][-+]?[0-9]+)?
    if scanner.take(".") { _ = scanner.takeAll(isDigitOrUnderscore) }
    if scanner.take(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
      _ = scanner.take(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") })
      if scanner.takeAll(isDigit), scanner.atEnd { return true }
    } else if scanner.atEnd {
      return true
    }
    // (:[0-5]?[0-9])+\.[0-9_]*
    scanner.index = afterInteger
    guard scanner.takeSexagesimalGroups(), scanner.take(".") else { return false }
    _ = scanner.takeAll(isDigitOrUnderscore)
    return scanner.atEnd
  }

  /// `[0-9]{4}-[0-9]{2}-[0-9]{2}` or `[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \t]+)[0-9]{1,2}
  /// :[0-9]{2}:[0-9]{2}(\.[0-9]*)?([ \t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?`.
  static func isTimestamp(_ bytes: [UInt8]) -> Bool {
    var scanner = ByteScanner(bytes)
    guard scanner.takeDigits(4...4), scanner.take("-"), let month = scanner.countDigits(1...2),
      scanner.take("-"), let day = scanner.countDigits(1...2)
    else { return false }
    if scanner.atEnd { return month == 2 && day == 2 }
    let isBlank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    guard
      scanner.take(where: { $0 == UInt8(ascii: "T") || $0 == UInt8(ascii: "t") })
        || scanner.takeAll(isBlank)
    else {
      return false
    }
    guard scanner.takeDigits(1...2), scanner.take(":"), scanner.takeDigits(2...2),
      scanner.take(":"), scanner.takeDigits(2...2)
    else { return false }
    if scanner.take(".") { _ = scanner.takeAll(isDigit) }
    if scanner.atEnd { return true }
    _ = scanner.takeAll(isBlank)
    if scanner.take("Z") { return scanner.atEnd }
    guard scanner.take(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }),
      scanner.takeDigits(1...2)
    else {
      return false
    }
    if scanner.take(":") { guard scanner.takeDigits(2...2) else { return false } }
    return scanner.atEnd
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }
  private static func isDigitOrUnderscore(_ byte: UInt8) -> Bool {
    isDigit(byte) || byte == UInt8(ascii: "_")
  }
  private static func isBinaryOrUnderscore(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "0") || byte == UInt8(ascii: "1") || byte == UInt8(ascii: "_")
  }
  private static func isOctalOrUnderscore(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(byte) || byte == UInt8(ascii: "_")
  }
  private static func isHexOrUnderscore(_ byte: UInt8) -> Bool {
    isDigitOrUnderscore(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
      || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
  }
}

/// A cursor over the UTF-8 bytes of a scalar, for the hand-written matchers above.
private struct ByteScanner {
  let bytes: [UInt8]
  var index = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  var atEnd: Bool { index == bytes.count }

  /// Consumes one byte equal to `expected`.
  mutating func take(_ expected: Unicode.Scalar) -> Bool {
    take { $0 == UInt8(ascii: expected) }
  }

  /// Consumes one byte that satisfies `predicate`.
  mutating func take(where predicate: (UInt8) -> Bool) -> Bool {
    guard index < bytes.count, predicate(bytes[index]) else { return false }
    index += 1
    return true
  }

  /// Consumes every following byte that satisfies `predicate`; true if at least one.
  mutating func takeAll(_ predicate: (UInt8) -> Bool) -> Bool {
    let start = index
    while index < bytes.count, predicate(bytes[index]) { index += 1 }
    return index > start
  }

  /// Consumes an optional `+` or `-`.
  mutating func skipSign() {
    _ = take { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
  }

  /// Consumes between `range` digits (as many as possible) and returns how many, or nil.
  mutating func countDigits(_ range: ClosedRange<Int>) -> Int? {
    let start = index
    while index < bytes.count, index - start < range.upperBound,
      (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index])
    {
      index += 1
    }
    let count = index - start
    guard range.contains(count) else {
      index = start
      return nil
    }
    return count
  }

  /// Consumes between `range` digits.
  mutating func takeDigits(_ range: ClosedRange<Int>) -> Bool {
    countDigits(range) != nil
  }

  /// Consumes `(:[0-5]?[0-9])+`; true if at least one group.
  mutating func takeSexagesimalGroups() -> Bool {
    var groups = 0
    while take(":") {
      let isDigit: (UInt8) -> Bool = { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
      // [0-5]?[0-9]: two digits whose first is 0-5, or a single digit.
      if index + 1 < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "5")).contains(bytes[index]),
        isDigit(bytes[index + 1])
      {
        index += 2
      } else if take(where: isDigit) {
      } else {
        return false
      }
      groups += 1
    }
    return groups > 0
  }
}
