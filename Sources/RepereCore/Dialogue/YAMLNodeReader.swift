import Yams

/// Reads typed values out of Yams nodes, reporting every type problem in French.
///
/// Each accessor takes `what`, a French description of the place being read
/// (« bloc C1.1, « gate » »), used as the prefix of the messages and built only when a
/// message is (reading a valid guide builds none: start-up time). Accessors return
/// `nil` after reporting a problem, so reading goes on and every problem is found.
struct YAMLNodeReader {
  /// The problems found so far, in reading order.
  private(set) var diagnostics: [DialogueDiagnostic] = []

  /// Records a problem at a position.
  mutating func report(_ message: String, at position: SourcePosition) {
    diagnostics.append(DialogueDiagnostic(at: position, message))
  }

  /// The position of a node (1:1 when Yams gives none).
  func position(of node: Node) -> SourcePosition {
    guard let mark = node.mark else { return SourcePosition(line: 1, column: 1) }
    return SourcePosition(line: mark.line, column: mark.column)
  }

  // MARK: - Mappings

  /// Reads a mapping, checking that every required key is present and no key is unknown.
  ///
  /// - Parameters:
  ///   - node: The node that should be a mapping.
  ///   - what: French description of the mapping, for messages.
  ///   - required: Keys that must be present, in documentation order.
  ///   - optional: Keys that may be present.
  /// - Returns: The fields, or `nil` when the node is not a mapping.
  mutating func fields(
    of node: Node, _ what: @autoclosure () -> String, required: [String], optional: [String] = []
  ) -> YAMLFields? {
    guard case .mapping(let mapping) = node else {
      report(
        "\(what()) : un dictionnaire (clé: valeur) est attendu, pas \(Self.kind(of: node))",
        at: position(of: node))
      return nil
    }
    let allowed = required + optional
    var values: [String: (key: Node, value: Node)] = [:]
    var unknown = 0
    for (key, value) in mapping {
      guard case .scalar(let scalar) = key else {
        unknown += 1
        if unknown <= Self.unknownKeysReported {
          report("\(what()) : une clé doit être un simple texte", at: position(of: key))
        }
        continue
      }
      let name = scalar.string
      if allowed.contains(name) {
        values[name] = (key, value)
      } else {
        // Bounded: a file of 300 000 unknown keys must not cost a minute of messages.
        unknown += 1
        if unknown <= Self.unknownKeysReported {
          report(Self.unknownKeyMessage(name, in: what(), allowed: allowed), at: position(of: key))
        }
      }
    }
    if unknown > Self.unknownKeysReported {
      let rest = unknown - Self.unknownKeysReported
      report(
        "\(what()) : \(rest) autre\(rest > 1 ? "s" : "") clé\(rest > 1 ? "s" : "") inconnue\(rest > 1 ? "s" : "")",
        at: position(of: node))
    }
    for name in required where values[name] == nil {
      report("\(what()) : la clé obligatoire « \(name) » est absente", at: position(of: node))
    }
    return YAMLFields(values: values)
  }

  // MARK: - Scalars

  /// Reads a non-empty text scalar (any plain or quoted scalar but null).
  mutating func string(_ node: Node?, _ what: @autoclosure () -> String) -> String? {
    guard let node else { return nil }
    guard case .scalar(let scalar) = node, node.scalarType != .null else {
      report("\(what()) : un texte est attendu, pas \(Self.kind(of: node))", at: position(of: node))
      return nil
    }
    if let unsafe = scalar.string.unicodeScalars.first(where: {
      SafeDisplay.isUnsafe($0, keepingNewlines: true)
    }) {
      let code = String(unsafe.value, radix: 16, uppercase: true)
      report(
        "\(what()) : caractère de contrôle ou invisible U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code) "
          + "interdit dans un texte du guide (séquence d’échappement, saut de ligne Unicode, "
          + "caractère bidirectionnel ou de largeur nulle) ; retirez-le",
        at: position(of: node))
      return nil
    }
    if !InputLine.hasVisibleCharacter(scalar.string) {
      report("\(what()) : le texte est vide", at: position(of: node))
      return nil
    }
    return scalar.string
  }

  /// Reads a text that must not be a number (quoted when it looks like one).
  mutating func quotedString(_ node: Node?, _ what: @autoclosure () -> String, example: String)
    -> String?
  {
    guard let node else { return nil }
    switch node.scalarType {
    case .integer, .number:
      report(
        "\(what()) : une chaîne est attendue ; mettez la valeur entre guillemets, par exemple \(example)",
        at: position(of: node))
      return nil
    case .null, .text, nil:
      return string(node, what())
    }
  }

  /// Reads an integer scalar.
  mutating func integer(_ node: Node?, _ what: @autoclosure () -> String) -> Int? {
    guard let node else { return nil }
    guard case .integer(let value)? = node.scalarType else {
      report(
        "\(what()) : un nombre entier est attendu, pas \(Self.kind(of: node))",
        at: position(of: node)
      )
      return nil
    }
    return value
  }

  /// Reads a guide text: a plain string, or `{source, correction, note}`.
  mutating func text(_ node: Node?, _ what: @autoclosure () -> String) -> GuideText? {
    guard let node else { return nil }
    guard case .mapping = node else {
      return string(node, what()).map { GuideText($0) }
    }
    guard
      let fields = fields(
        of: node, what(), required: ["source"], optional: ["correction", "note"])
    else { return nil }
    let source = string(fields["source"], "\(what()), « source »")
    let correction = string(fields["correction"], "\(what()), « correction »")
    let note = string(fields["note"], "\(what()), « note »")
    guard let source else { return nil }
    return GuideText(source, correction: correction, note: note)
  }

  // MARK: - Sequences

  /// Reads a sequence, by default requiring at least one element.
  mutating func sequence(_ node: Node?, _ what: @autoclosure () -> String, nonEmpty: Bool = true)
    -> [Node]?
  {
    guard let node else { return nil }
    if nonEmpty, node.scalarType == .null {
      report("\(what()) : la liste est vide ; il faut au moins un élément", at: position(of: node))
      return nil
    }
    guard case .sequence(let sequence) = node else {
      report(
        "\(what()) : une liste est attendue, pas \(Self.kind(of: node))", at: position(of: node))
      return nil
    }
    let elements = Array(sequence)
    if nonEmpty && elements.isEmpty {
      report("\(what()) : la liste est vide ; il faut au moins un élément", at: position(of: node))
      return nil
    }
    return elements
  }

  /// Reads a list of texts; `nil` if the list itself is wrong, skipping wrong elements.
  mutating func texts(_ node: Node?, _ what: @autoclosure () -> String) -> [GuideText]? {
    guard let elements = sequence(node, what()) else { return nil }
    return elements.enumerated().compactMap { index, element in
      text(element, "\(what()), élément \(index + 1)")
    }
  }

  /// Reads a list of plain strings; `nil` if the list itself is wrong.
  mutating func strings(_ node: Node?, _ what: @autoclosure () -> String, nonEmpty: Bool = true)
    -> [String]?
  {
    guard let elements = sequence(node, what(), nonEmpty: nonEmpty) else { return nil }
    return elements.enumerated().compactMap { index, element in
      string(element, "\(what()), élément \(index + 1)")
    }
  }

  // MARK: - Messages

  /// The kind of a node in French, with its article: « un texte », « une liste »…
  static func kind(of node: Node) -> String {
    switch node {
    case .scalar: node.scalarType == .null ? "une valeur vide" : "un texte"
    case .mapping: "un dictionnaire"
    case .sequence: "une liste"
    case .alias: "un alias YAML"
    }
  }

  /// The most unknown keys of one mapping reported one by one; the rest are counted.
  static let unknownKeysReported = 20

  /// The message for an unknown key, with a suggestion when a known key is close.
  static func unknownKeyMessage(_ name: String, in what: String, allowed: [String]) -> String {
    let closest = allowed.map { ($0, editDistance($0, name)) }.min { $0.1 < $1.1 }
    if let closest, closest.1 <= 2 {
      return "\(what) : clé inconnue « \(name) » ; vouliez-vous dire « \(closest.0) » ?"
    }
    let list = allowed.joined(separator: ", ")
    return "\(what) : clé inconnue « \(name) » (clés possibles : \(list))"
  }

  /// Levenshtein distance between two short strings.
  static func editDistance(_ lhs: String, _ rhs: String) -> Int {
    let a = Array(lhs)
    let b = Array(rhs)
    var previous = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in stride(from: 1, through: b.count, by: 1) {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      previous = current
    }
    return previous[b.count]
  }
}

/// The known keys of a YAML mapping, once checked by ``YAMLNodeReader/fields(of:_:required:optional:)``.
struct YAMLFields {
  fileprivate let values: [String: (key: Node, value: Node)]

  /// The value of a key, if present.
  subscript(key: String) -> Node? { values[key]?.value }

  /// The node of a key itself (for positions), if present.
  func keyNode(_ key: String) -> Node? { values[key]?.key }
}

extension Node {
  /// The type of a scalar node (`nil` for other nodes).
  fileprivate var scalarType: YAMLScalarType? {
    guard case .scalar(let scalar) = self else { return nil }
    return YAMLScalarType(of: scalar)
  }
}
