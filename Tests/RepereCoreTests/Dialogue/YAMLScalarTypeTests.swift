import Testing
import Yams

@testable import RepereCore

/// `YAMLScalarType`: the four types a guide's scalars can have, from Yams's nodes.
@Suite("YAML scalar types")
struct YAMLScalarTypeTests {
  /// The type of the value of key `value` in a one-line YAML mapping.
  static func type(of yaml: String) throws -> YAMLScalarType {
    guard case .mapping(let mapping)? = try Yams.compose(yaml: "value: " + yaml, .basic),
      case .scalar(let scalar)? = mapping.first?.value
    else {
      Issue.record("« \(yaml) » : pas un scalaire")
      return .text
    }
    return YAMLScalarType(of: scalar)
  }

  @Test(
    "plain null words and nothing at all are null",
    arguments: ["", "~", "null", "Null", "NULL"])
  func nullWords(_ yaml: String) throws {
    #expect(try Self.type(of: yaml) == .null)
  }

  @Test(
    "plain integers are read with Int(_:)",
    arguments: [("1", 1), ("-1", -1), ("+1", 1), ("42", 42), ("007", 7), ("0", 0)])
  func integers(_ yaml: String, _ value: Int) throws {
    #expect(try Self.type(of: yaml) == .integer(value))
  }

  @Test(
    "plain decimal numbers are numbers",
    arguments: [
      "1.0", "2026.1", "2026.10", "-2.5", "+3.", ".5", "1e5", "1E-5", ".inf", "-.Inf",
      ".nan",
    ])
  func numbers(_ yaml: String) throws {
    #expect(try Self.type(of: yaml) == .number)
  }

  @Test(
    "other plain scalars are texts, the YAML 1.1 booleans and near misses included",
    arguments: [
      "nul", "~~", "nULL", "yes", "no", "on", "off", "true", "oui", "1.2.3", "1,5", "1 an",
      "inf", "nan", "infinity", "0x1p3", "C1.2", "cqp-technico", "1_000", "e", ".", "é",
    ])
  func texts(_ yaml: String) throws {
    #expect(try Self.type(of: yaml) == .text)
  }

  @Test(
    "quoted and block scalars are texts whatever they hold",
    arguments: ["\"12\"", "'12'", "\"~\"", "''", "'2026.1'", "|\n  12", ">\n  12"])
  func quotedAndBlockScalars(_ yaml: String) throws {
    #expect(try Self.type(of: yaml) == .text)
  }

  @Test("explicit tags: !!null, !!int and !!float are obeyed, any other tag is a text")
  func explicitTags() throws {
    #expect(try Self.type(of: "!!int \"12\"") == .integer(12))
    #expect(try Self.type(of: "!!int douze") == .text)
    #expect(try Self.type(of: "!!null \"\"") == .null)
    #expect(try Self.type(of: "!!str 12") == .text)
    #expect(try Self.type(of: "! 12") == .text)
    #expect(try Self.type(of: "!!float 1") == .number)
    #expect(try Self.type(of: "!!bool yes") == .text)
    #expect(try Self.type(of: "!custom 12") == .text)
  }
}
