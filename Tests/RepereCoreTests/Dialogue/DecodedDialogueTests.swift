import Testing

@testable import RepereCore

/// Positions travel with the decoded elements, and scalars are typed as `YAMLScalarType` says.
@Suite("DialogueLoader: positions and scalar types")
struct DecodedDialogueTests {
  let fixture = LoaderFixture.yaml

  func editing(_ old: String, _ new: String, in text: String? = nil) throws -> String {
    let text = text ?? fixture
    let range = try #require(text.range(of: old), "« \(old) » absent de la fixture")
    return text.replacingCharacters(in: range, with: new)
  }

  func line(_ marker: String, in text: String) throws -> Int {
    try #require(YAMLText.line(of: marker, in: text), "« \(marker) » introuvable")
  }

  @Test func anElementDroppedBeforeAnotherLeavesTheOthersAtTheirOwnPlace() throws {
    // A competence and a block that cannot be read come first: the problems of the
    // elements after them are still reported where those elements are.
    var yaml = try editing("competences:\n  - id: C1\n", "competences:\n  - 7\n  - id: C1\n")
    yaml = try editing(
      "    blocks:\n      - id: C1.1", "    blocks:\n      - \"pas un bloc\"\n      - id: C1.1",
      in: yaml)
    yaml = try editing(
      "            probe: \"Comment classez-vous vos prospects selon leur potentiel ?\"\n", "",
      in: yaml)
    yaml = try editing("      - id: C2.1", "      - id: C3.1", in: yaml)
    let diagnostics = DialogueLoader.read(yaml).diagnostics
    let expected: [(String, SourcePosition)] = [
      (
        "compétence 1 : un dictionnaire (clé: valeur) est attendu",
        SourcePosition(line: try line("  - 7", in: yaml), column: 5)
      ),
      (
        "compétence C1, bloc 1 : un dictionnaire (clé: valeur) est attendu",
        SourcePosition(line: try line("- \"pas un bloc\"", in: yaml), column: 9)
      ),
      (
        "critère C1.1.c1 : relance absente",
        SourcePosition(
          line: try line("- text: \"Les prospects sont identifiés", in: yaml), column: 13)
      ),
      (
        "bloc C3.1 : placé dans la compétence C2",
        SourcePosition(line: try line("- id: C3.1", in: yaml), column: 13)
      ),
    ]
    for (fragment, position) in expected {
      let matching = diagnostics.filter { $0.message.contains(fragment) }
      #expect(matching.map(\.position) == [position], "« \(fragment) » : \(diagnostics)")
    }
  }

  @Test func anUnknownLevelIsReportedAloneWithoutJudgingTheList() throws {
    let yaml = try editing("{id: pas_du_tout,", "{id: jamais,")
    let diagnostics = DialogueLoader.read(yaml).diagnostics
    #expect(diagnostics.count == 1, "\(diagnostics)")
    #expect(diagnostics.first?.message.contains("niveau inconnu « jamais »") == true)
    #expect(diagnostics.first?.line == (try line("{id: jamais", in: yaml)))
  }

  @Test func aLevelListThatIsNoListIsReportedOnce() throws {
    let yaml = try editing(
      "levels:\n  - {id: totalite, label: \"En totalité\"}\n  - {id: partiellement, label: \"Partiellement\"}\n  - {id: pas_du_tout, label: \"Pas du tout\"}\n",
      "levels: trois\n")
    let diagnostics = DialogueLoader.read(yaml).diagnostics
    #expect(diagnostics.map(\.message) == ["« levels » : une liste est attendue, pas un texte"])
  }

  @Test func aVersionWrittenAsANumberMustBeQuoted() throws {
    for number in ["2026.10", "1", "1e3", ".inf"] {
      let yaml = try editing("version: \"1\"", "version: \(number)")
      let diagnostics = DialogueLoader.read(yaml).diagnostics
      #expect(
        diagnostics.map(\.message) == [
          "« version » : une chaîne est attendue ; mettez la valeur entre guillemets, par exemple \"2026.1\""
        ], "version: \(number)")
    }
  }

  @Test func aVersionThatIsNoNumberNeedsNoQuotes() throws {
    for text in ["1.2.3", "yes", "v2", "'2026.10'"] {
      let yaml = try editing("version: \"1\"", "version: \(text)")
      let result = DialogueLoader.read(yaml)
      #expect(result.diagnostics.isEmpty, "version: \(text) : \(result.diagnostics)")
      #expect(result.dialogue?.version == (text == "'2026.10'" ? "2026.10" : text))
    }
  }

  @Test func theFormatIsAnIntegerOnlyWhenWrittenAsOne() throws {
    for (text, valid) in [
      ("1", true), ("+1", true), ("!!int \"1\"", true), ("\"1\"", false),
      ("'1'", false), ("1.0", false), ("un", false), ("~", false),
    ] {
      let yaml = try editing("format: 1", "format: \(text)")
      let diagnostics = DialogueLoader.read(yaml).diagnostics
      if valid {
        #expect(diagnostics.isEmpty, "format: \(text) : \(diagnostics)")
      } else {
        #expect(
          diagnostics.count == 1
            && diagnostics[0].message.hasPrefix("« format » : un nombre entier est attendu, pas "),
          "format: \(text) : \(diagnostics)")
      }
    }
  }

  @Test func aTextGivenAsANullWordIsAnEmptyValue() throws {
    for null in ["~", "null", "NULL", ""] {
      let yaml = try editing("title: CQP Exemple", "title: \(null)")
      let diagnostics = DialogueLoader.read(yaml).diagnostics
      #expect(
        diagnostics.map(\.message) == ["« title » : un texte est attendu, pas une valeur vide"],
        "title: \(null)")
    }
    let quoted = try editing("title: CQP Exemple", "title: \"null\"")
    #expect(DialogueLoader.read(quoted).dialogue?.title == "null")
  }
}
