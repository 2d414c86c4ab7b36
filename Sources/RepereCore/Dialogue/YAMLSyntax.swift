import Yams

/// Turns YAML syntax problems into French diagnostics.
enum YAMLSyntax {
  /// One diagnostic per line whose indentation holds a tab, which YAML forbids.
  static func tabIndentationProblems(in yaml: String) -> [DialogueDiagnostic] {
    // Fast path: splitting into lines of Characters costs milliseconds at every start.
    guard yaml.utf8.contains(UInt8(ascii: "\t")) else { return [] }
    var diagnostics: [DialogueDiagnostic] = []
    var lineNumber = 0
    for line in lines(of: yaml) {
      lineNumber += 1
      let indentation = line.unicodeScalars.prefix { $0 == " " || $0 == "\t" }
      guard let tab = indentation.firstIndex(of: "\t"),
        indentation.count < line.unicodeScalars.count  // a blank line does not matter
      else { continue }
      let column = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: tab) + 1
      diagnostics.append(
        DialogueDiagnostic(
          line: lineNumber, column: column,
          message:
            "tabulation dans l’indentation : YAML n’accepte que des espaces pour indenter ; remplacez la tabulation par des espaces"
        ))
    }
    return diagnostics
  }

  /// The diagnostics for an error thrown by Yams while composing.
  static func diagnostics(for error: any Error, in yaml: String) -> [DialogueDiagnostic] {
    guard let error = error as? YamlError else {
      return [DialogueDiagnostic(line: 1, column: 1, message: "YAML illisible : \(error)")]
    }
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      var message = "erreur de syntaxe YAML : " + translate(problem)
      if let context {
        message += " (\(started(translate(context.text))) ligne \(context.mark.line))"
      }
      return [DialogueDiagnostic(line: mark.line, column: mark.column, message: message)]
    case .reader(let problem, let offset, _, _):
      let place = offset.map { Self.position(ofCharacterOffset: $0, in: yaml) }
      return [
        DialogueDiagnostic(
          at: place ?? SourcePosition(line: 1, column: 1),
          "caractère illisible : \(problem)")
      ]
    case .duplicatedKeysInMapping(let duplicates, let context):
      return duplicates.map { key in
        let position = secondOccurrence(
          of: key, after: SourcePosition(line: context.mark.line, column: context.mark.column),
          in: yaml)
        return DialogueDiagnostic(
          at: position,
          "clé « \(key) » en double dans le même dictionnaire (première occurrence ligne \(context.mark.line))"
        )
      }
    default:
      return [DialogueDiagnostic(line: 1, column: 1, message: "YAML illisible : \(error)")]
    }
  }

  /// « une liste commencée », « un texte commencé »: the participle agrees with the
  /// context's article.
  static func started(_ context: String) -> String {
    let isFeminine = context.hasPrefix("une ") || context.hasPrefix("la ")
    return context + (isFeminine ? " commencée" : " commencé")
  }

  /// French for the problems libyaml reports, keeping the original when unknown.
  static func translate(_ problem: String) -> String {
    let known: [String: String] = [
      "found character that cannot start any token":
        "caractère inattendu à cet endroit (une tabulation ? un caractère spécial à mettre entre guillemets ?)",
      "mapping values are not allowed in this context":
        "« : » inattendu ; un texte qui contient « : » doit être entre guillemets, ou l’indentation est incohérente",
      "did not find expected key":
        "clé attendue non trouvée ; l’indentation est sans doute incohérente",
      "did not find expected '-' indicator":
        "« - » attendu ; l’indentation de la liste est sans doute incohérente",
      "did not find expected node content": "valeur attendue non trouvée",
      "found unexpected end of stream":
        "fin de fichier inattendue ; un guillemet ou un crochet n’est pas refermé",
      "could not find expected ':'": "« : » attendu après la clé",
      "did not find expected ',' or ']'": "« , » ou « ] » attendu dans la liste entre crochets",
      "did not find expected ',' or '}'":
        "« , » ou « } » attendu dans le dictionnaire entre accolades",
      "found a tab character that violates indentation":
        "tabulation dans l’indentation : YAML n’accepte que des espaces",
      "found unknown escape character": "séquence d’échappement inconnue après « \\ »",
      "block sequence entries are not allowed in this context":
        "élément de liste « - » inattendu ; l’indentation est sans doute incohérente",
      "found undefined tag handle": "étiquette YAML (!…) inconnue",
      "did not find expected <document start>":
        "début de document attendu : ce fichier n’est sans doute pas un guide YAML, ou une "
        + "ligne sans indentation n’est pas une clé « nom: valeur »",
      "did not find expected <stream end>": "fin du document attendue ; l’indentation est sans "
        + "doute incohérente",
      "found unexpected ':'": "« : » inattendu ; mettez le texte entre guillemets",
      "found unexpected document indicator": "« --- » ou « ... » inattendu dans un texte",
      "found incompatible YAML document": "version de YAML non prise en charge",
      "did not find expected alphabetic or numeric character":
        "lettre ou chiffre attendu après « & », « * » ou « ! »",
      "did not find expected whitespace or line break": "espace ou fin de ligne attendue",
      "did not find expected comment or line break": "commentaire ou fin de ligne attendu",
      "while parsing a node": "une valeur",
      "while scanning an anchor": "une ancre (&…)",
      "while scanning an alias": "un alias (*…)",
      "while scanning a tag": "une étiquette (!…)",
      "while scanning a block scalar": "un texte sur plusieurs lignes (| ou >)",
      "found undefined alias": "alias YAML (*…) non défini",
      "expected a single document in the stream":
        "un seul document YAML est attendu (pas de « --- » en plus)",
      "while scanning a simple key": "une clé",
      "while scanning a quoted scalar": "un texte entre guillemets",
      "while scanning a plain scalar": "un texte",
      "while parsing a block mapping": "un dictionnaire",
      "while parsing a block collection": "une liste",
      "while parsing a flow sequence": "une liste entre crochets",
      "while parsing a flow mapping": "un dictionnaire entre accolades",
      "while scanning for the next token": "la lecture",
      "while parsing a block node": "une valeur",
      "while parsing a flow node": "une valeur",
    ]
    // libyaml's other messages are rare; they stay in English, quoted and introduced.
    return known[problem] ?? "message de la bibliothèque YAML : « \(problem) »"
  }

  private static func position(ofCharacterOffset offset: Int, in text: String) -> SourcePosition {
    var line = 1
    var column = 1
    for character in text.prefix(offset) {
      if isLineBreak(character) {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return SourcePosition(line: line, column: column)
  }

  /// Where a duplicated key appears again after its first occurrence.
  private static func secondOccurrence(
    of key: String, after first: SourcePosition, in yaml: String
  ) -> SourcePosition {
    let textLines = lines(of: yaml)
    // libyaml's line of the first occurrence; past the end when the text and the library
    // disagree on what breaks a line, which `lines(of:)` is there to prevent.
    guard first.line >= 0, first.line < textLines.count else { return first }
    for index in first.line..<textLines.count {
      let scalars = Array(textLines[index].unicodeScalars)
      let start = first.column - 1
      guard start < scalars.count else { continue }
      let rest = String(String.UnicodeScalarView(scalars[start...]))
      if rest.hasPrefix(key + ":") || rest.hasPrefix("\"\(key)\":") {
        let leading = scalars[..<start].allSatisfy { $0 == " " || $0 == "-" }
        if leading { return SourcePosition(line: index + 1, column: first.column) }
      }
    }
    return first
  }

  /// The lines of a YAML text as libyaml counts them (its marks' `line`): « \n », « \r\n »,
  /// a lone « \r », and the Unicode breaks NEL, LS and PS all end a line.
  static func lines(of yaml: String) -> [Substring] {
    yaml.split(omittingEmptySubsequences: false, whereSeparator: isLineBreak)
  }

  /// Whether a character ends a line in YAML 1.1 (libyaml's reading).
  static func isLineBreak(_ character: Character) -> Bool {
    switch character {
    case "\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}": true
    default: false
    }
  }

  /// The first node of the tree (in document order) that carries an anchor, if any.
  ///
  /// An alias is the anchored node again, so the first anchor is found before any copy
  /// is walked; the walk stops after ``maximumNodes`` nodes whatever the tree.
  static func firstAnchor(in root: Node) -> (name: String, position: SourcePosition)? {
    var stack = [root]
    var visited = 0
    while let node = stack.popLast(), visited < maximumNodes {
      visited += 1
      if let anchor = node.anchor {
        let mark = node.mark
        return (anchor.rawValue, SourcePosition(line: mark?.line ?? 1, column: mark?.column ?? 1))
      }
      switch node {
      case .scalar: break
      case .sequence(let sequence): stack.append(contentsOf: sequence.reversed())
      case .mapping(let mapping):
        for (key, value) in mapping.reversed() { stack.append(contentsOf: [value, key]) }
      case .alias: break
      }
    }
    return nil
  }

  /// The most nodes ``firstAnchor(in:)`` walks.
  static let maximumNodes = 2_000_000
}
