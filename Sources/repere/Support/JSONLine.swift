import Foundation

/// Writes one JSON object on one line, keys in the order given.
enum JSONLine {
  /// A JSON value of an output line.
  enum Value {
    case string(String)
    case strings([String])
    case number(Double)
    /// A number written in full (the shortest text that reads back as the same `Double`).
    case exactNumber(Double)
    /// An object, keys in the order given.
    case object([(String, Value)])
    case null
  }

  /// The line `{"key": value, …}` with keys in order.
  static func object(_ fields: [(String, Value)]) -> String {
    let body = fields.map { key, value in "\(quote(key)):\(encode(value))" }
    return "{" + body.joined(separator: ",") + "}"
  }

  private static func encode(_ value: Value) -> String {
    switch value {
    case .string(let string): quote(string)
    case .strings(let strings): "[" + strings.map(quote).joined(separator: ",") + "]"
    case .number(let number): String(format: "%.2f", number)
    case .exactNumber(let number): number.isFinite ? "\(number)" : "null"
    case .object(let fields): object(fields)
    case .null: "null"
    }
  }

  /// A JSON string literal, escaped.
  static func quote(_ string: String) -> String {
    var result = "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        // C1 controls and the Unicode line separators too: see `JSONText`.
        if scalar.value < 0x20 || (0x80...0x9F).contains(scalar.value) || scalar.value == 0x2028
          || scalar.value == 0x2029
        {
          result += String(format: "\\u%04x", scalar.value)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
