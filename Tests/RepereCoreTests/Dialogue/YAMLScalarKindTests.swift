import Testing
import Yams

@testable import RepereCore

/// `YAMLScalarKind` must type plain scalars exactly as Yams's regex-based default resolver.
@Suite("YAML scalar kinds")
struct YAMLScalarKindTests {
  /// Plain scalars covering every rule of the default resolver, its edge cases and near misses.
  static let samples: [String] = [
    // null
    "", "~", "null", "Null", "NULL", "nULL", "nul", "~~",
    // bool
    "yes", "Yes", "YES", "yEs", "no", "No", "NO", "true", "True", "TRUE", "tRUE", "false", "False",
    "FALSE", "on", "On", "ON", "off", "Off", "OFF", "y", "n", "oui", "non", "yes!",
    // int
    "0", "1", "-1", "+1", "42", "1_000", "007", "0_", "08", "0b1010", "-0b1_1", "0b", "0b2",
    "0o17", "0o", "0o8", "0x1F", "0xff_ff", "-0xA", "0x", "0xG", "1:30", "190:20:30", "1:60",
    "1:5", "1:05:", "0:30", "-1:30", "+", "-", "1_", "_1",
    // float
    "1.0", "2026.1", "-2.5", "+3.", "1e5", "1E-5", "1.5e+10", "1e", "1.e5", ".5", ".5e-3", ".5e3",
    "-.5", ".", "._", ".inf", ".Inf", ".INF", "-.inf", "+.INF", ".iNF", ".nan", ".NaN", ".NAN",
    "-.nan", "190:20:30.15", "1:30.", "1:30.5_", "0:30.5", "1.2.3", "1,5", "12_3.4_5",
    // merge, value
    "<<", "<", "<<<", "=", "==",
    // timestamp
    "2026-01-31", "2026-1-31", "2026-01-31T10:20:30", "2026-1-3t1:02:03",
    "2026-01-31 10:20:30.25", "2026-01-31  \t10:20:30Z", "2026-01-31T10:20:30 Z",
    "2026-01-31T10:20:30+01", "2026-01-31T10:20:30-01:00", "2026-01-31T10:20:30+1:0",
    "2026-01-31T10:20", "2026-01-31T10:20:30Zx", "226-01-31", "2026-001-31", "2026-01-31T",
    "2026-01-31T10:20:30.", "2026-01-31 T10:20:30",
    // strings
    "C1.2", "cqp-technico", "Candidat", "1 an", "5 %", "oui ou non", "é", "🙂", "N+1", "1.0 beta",
    "0.1.0", "v1",
  ]

  @Test("plain scalars get the default resolver's type")
  func plainScalarsMatchDefaultResolver() {
    for text in Self.samples {
      let expected = Resolver.default.resolveTag(of: Node(text, Yams.Tag(.implicit), .plain))
      let kind = YAMLScalarKind.resolve(plain: text)
      #expect(Self.tagName(of: kind) == expected, "« \(text) »")
    }
  }

  @Test("quoted scalars are strings, explicit tags are kept")
  func quotedAndTaggedScalars() throws {
    let yaml = """
      a: "12"
      b: '~'
      c: !!str 12
      d: !!int "12"
      e: 12
      f:
      g: !custom x
      """
    guard case .mapping(let mapping)? = try Yams.compose(yaml: yaml, .basic) else {
      Issue.record("not a mapping")
      return
    }
    var kinds: [String: YAMLScalarKind] = [:]
    for (key, value) in mapping {
      guard case .scalar(let scalar) = value, let name = key.string else { continue }
      kinds[name] = YAMLScalarKind(of: scalar)
    }
    #expect(kinds["a"] == .string)
    #expect(kinds["b"] == .string)
    #expect(kinds["c"] == .string)
    #expect(kinds["d"] == .int)
    #expect(kinds["e"] == .int)
    #expect(kinds["f"] == .null)
    #expect(kinds["g"] == .other("!custom"))
  }

  private static func tagName(of kind: YAMLScalarKind) -> Yams.Tag.Name {
    switch kind {
    case .null: .null
    case .bool: .bool
    case .int: .int
    case .float: .float
    case .timestamp: .timestamp
    case .merge: .merge
    case .value: .value
    case .string: .str
    case .other(let tag): Yams.Tag.Name(rawValue: tag)
    }
  }
}
