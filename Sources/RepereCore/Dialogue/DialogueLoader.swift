import Yams

/// The outcome of reading a dialogue file: the dialogue when valid, every problem otherwise.
public struct DialogueLoadResult: Sendable {
  /// The dialogue, present only when no problem was found.
  public var dialogue: Dialogue?
  /// Every problem found, in file order.
  public var diagnostics: [DialogueDiagnostic]

  /// Whether the file is a valid dialogue.
  public var isValid: Bool { diagnostics.isEmpty }
}

/// Reads the YAML text of a dialogue file into a ``Dialogue``, checking it fully.
///
/// Pure: it takes the text and never touches files. Every problem is collected
/// (YAML syntax, missing or unknown keys, wrong types, duplicate ids, broken links
/// between the recap and the blocks…), not just the first; see `Dialogues/README.md`
/// for the rules.
public enum DialogueLoader {
  /// The largest dialogue file read (the bundled guide is about 90 KB): reading time and
  /// memory stay bounded whatever the file.
  public static let maximumBytes = 1 << 20

  /// Reads and checks a dialogue, collecting every problem.
  ///
  /// - Parameter yaml: The text of the file.
  /// - Returns: The dialogue when valid, and the problems found, sorted by position.
  public static func read(_ yaml: String) -> DialogueLoadResult {
    guard yaml.utf8.count <= maximumBytes else {
      return DialogueLoadResult(
        dialogue: nil,
        diagnostics: [
          DialogueDiagnostic(
            line: 1, column: 1,
            message: "fichier trop gros (\(yaml.utf8.count) octets, au plus \(maximumBytes)) : "
              + "ce n’est pas un guide de repérage")
        ])
    }
    var diagnostics = YAMLSyntax.tabIndentationProblems(in: yaml)
    let root: Node?
    let anchor: (name: String, position: SourcePosition)?
    do {
      // `.basic`: no regex-based implicit typing (the slowest part of reading a guide);
      // the reader types the few scalars it checks itself (`YAMLScalarType`).
      let parser = try Yams.Parser(yaml: yaml, resolver: .basic)
      root = try parser.singleRoot()
      // Nodes hold their anchors weakly: looked for while the parser keeps them alive.
      anchor = withExtendedLifetime(parser) { root.flatMap(YAMLSyntax.firstAnchor(in:)) }
    } catch {
      diagnostics += YAMLSyntax.diagnostics(for: error, in: yaml)
        .filter { syntax in !diagnostics.contains { $0.line == syntax.line } }
      return DialogueLoadResult(dialogue: nil, diagnostics: sorted(diagnostics))
    }
    if let anchor {
      // Aliases can multiply a small file into millions of nodes: a guide needs none.
      diagnostics.append(
        DialogueDiagnostic(
          at: anchor.position,
          "ancre YAML « &\(anchor.name) » : les ancres et alias (&nom, *nom) ne sont pas "
            + "permis dans un guide ; écrivez chaque élément en entier"))
      return DialogueLoadResult(dialogue: nil, diagnostics: sorted(diagnostics))
    }
    guard let root else {
      diagnostics.append(
        DialogueDiagnostic(
          line: 1, column: 1, message: "le fichier est vide : aucun guide de repérage à lire"))
      return DialogueLoadResult(dialogue: nil, diagnostics: diagnostics)
    }
    var decoder = DialogueDecoder()
    let decoded = decoder.decode(root: root)
    diagnostics += decoder.reader.diagnostics
    var validator = DialogueValidator(decoded)
    diagnostics += validator.validate()
    return DialogueLoadResult(
      dialogue: diagnostics.isEmpty ? validator.dialogue : nil, diagnostics: sorted(diagnostics))
  }

  /// Reads a dialogue and throws if it has any problem.
  ///
  /// - Parameters:
  ///   - yaml: The text of the file.
  ///   - fileName: The name of the file as the user knows it, for the error's messages.
  /// - Returns: The valid dialogue.
  /// - Throws: ``DialogueError/invalid(file:diagnostics:)`` with every problem found.
  public static func load(_ yaml: String, fileName: String) throws(DialogueError) -> Dialogue {
    let result = read(yaml)
    guard let dialogue = result.dialogue else {
      throw .invalid(file: fileName, diagnostics: result.diagnostics)
    }
    return dialogue
  }

  private static func sorted(_ diagnostics: [DialogueDiagnostic]) -> [DialogueDiagnostic] {
    // Stable: problems at the same position keep their reading order.
    diagnostics.enumerated()
      .sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }
      .map(\.element)
  }
}
