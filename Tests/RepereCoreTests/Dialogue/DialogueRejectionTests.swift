import Foundation
import Testing

@testable import RepereCore

/// Broken variants of the fixture: each problem reported at the right place, in French.
@Suite("DialogueLoader: rejected files")
struct DialogueRejectionTests {
  let fixture = LoaderFixture.yaml

  /// The fixture with the first occurrence of `old` replaced by `new`.
  func editing(_ old: String, _ new: String, in text: String? = nil) throws -> String {
    let text = text ?? fixture
    let range = try #require(text.range(of: old), "« \(old) » absent de la fixture")
    return text.replacingCharacters(in: range, with: new)
  }

  func line(_ marker: String, in text: String, after: Int = 0) throws -> Int {
    try #require(YAMLText.line(of: marker, in: text, after: after), "« \(marker) » introuvable")
  }

  /// Expects exactly one diagnostic containing `fragment`, at `line`:`column`.
  func expectDiagnostic(
    in yaml: String, line: Int, column: Int, containing fragment: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let diagnostics = DialogueLoader.read(yaml).diagnostics
    let matching = diagnostics.filter { $0.message.contains(fragment) }
    #expect(
      matching.map(\.position) == [SourcePosition(line: line, column: column)],
      "diagnostics : \(diagnostics)", sourceLocation: sourceLocation)
  }

  @Test func unknownKeyIsReportedWithASuggestionAndTheMissingKey() throws {
    let yaml = try editing(
      "        training_need: \"Besoins en formation sur l'élaboration",
      "        training_needs: \"Besoins en formation sur l'élaboration")
    let keyLine = try line("training_needs:", in: yaml)
    expectDiagnostic(
      in: yaml, line: keyLine, column: 9,
      containing: "clé inconnue « training_needs » ; vouliez-vous dire « training_need » ?")
    expectDiagnostic(
      in: yaml, line: try line("- id: C1.1", in: yaml), column: 9,
      containing: "la clé obligatoire « training_need » est absente")
    #expect(DialogueLoader.read(yaml).diagnostics.count == 2)
  }

  @Test func unknownKeyFarFromAnyKnownKeyListsTheKnownKeys() throws {
    let yaml = try editing("format: 1\n", "format: 1\nauteur: moi\n")
    expectDiagnostic(
      in: yaml, line: 2, column: 1,
      containing: "clé inconnue « auteur » (clés possibles : format, id")
  }

  @Test func missingGateIsReportedAtTheBlock() throws {
    let gateLine = try line("gate: \"Dans votre activité, réalisez-vous", in: fixture)
    let yaml = YAMLText.replacingLine(gateLine, with: nil, in: fixture)
    expectDiagnostic(
      in: yaml, line: try line("- id: C1.1", in: yaml), column: 9,
      containing: "bloc C1.1 : la clé obligatoire « gate » est absente")
    #expect(DialogueLoader.read(yaml).diagnostics.count == 1)
  }

  @Test func wrongTypesAreReported() throws {
    let yaml = try editing(
      "        questions:\n          - \"Quelle offre avez-vous identifiée ?\"",
      "        questions: \"Quelle offre avez-vous identifiée ?\"")
    expectDiagnostic(
      in: yaml, line: try line("questions: \"Quelle offre", in: yaml), column: 20,
      containing: "bloc C2.1, « questions » : une liste est attendue, pas un texte")
  }

  @Test func emptyListsAreReported() throws {
    let yaml = try editing(
      "        required_competences:\n          - \"Élaborer un fichier de prospects\"",
      "        required_competences: []")
    expectDiagnostic(
      in: yaml, line: try line("required_competences: []", in: yaml), column: 31,
      containing: "« required_competences » : la liste est vide")
  }

  @Test func emptyValueIsReported() throws {
    let yaml = try editing("title: \"Conseiller le client\"", "title:")
    expectDiagnostic(
      in: yaml,
      line: try #require(yaml.components(separatedBy: "\n").firstIndex(of: "    title:")) + 1,
      column: 11,
      containing: "compétence C2, « title » : un texte est attendu, pas une valeur vide")
  }

  @Test func duplicateBlockIDIsReportedWithEveryConsequence() throws {
    let yaml = try editing("      - id: C2.1", "      - id: C1.1")
    let duplicateLine = try line("- id: C1.1", in: yaml, after: try line("- id: C1.1", in: yaml))
    expectDiagnostic(
      in: yaml, line: duplicateLine, column: 13,
      containing: "identifiant de bloc « C1.1 » en double (déjà utilisé ligne")
    expectDiagnostic(
      in: yaml, line: duplicateLine, column: 13,
      containing: "son identifiant doit commencer par « C2. »")
    expectDiagnostic(
      in: yaml, line: try line("{block: C2.1", in: yaml), column: 17,
      containing: "le bloc « C2.1 » n’existe pas")
  }

  @Test func duplicateCompetenceAndOpeningQuestionIDs() throws {
    var yaml = try editing("{id: motivation,", "{id: parcours,")
    yaml = try editing("  - id: C2\n", "  - id: C1\n", in: yaml)
    expectDiagnostic(
      in: yaml, line: try line("{id: parcours, text: \"Qu'est", in: yaml), column: 12,
      containing: "identifiant de question d’accueil (« opening ») « parcours » en double")
    expectDiagnostic(
      in: yaml, line: try line("  - id: C1", in: yaml, after: 25), column: 9,
      containing: "identifiant de compétence « C1 » en double")
  }

  @Test func malformedIDsAreReported() throws {
    let yaml = try editing("id: cqp-exemple", "id: CQP Exemple")
    expectDiagnostic(
      in: yaml, line: 2, column: 5,
      containing: "« id » : « CQP Exemple » doit s’écrire en minuscules")
    let blockYAML = try editing("      - id: C1.1", "      - id: C1-1")
    expectDiagnostic(
      in: blockYAML, line: try line("- id: C1-1", in: blockYAML), column: 13,
      containing: "l’identifiant doit avoir la forme C<compétence>.<bloc>")
  }

  @Test func recapItemPointingAtNoBlock() throws {
    let yaml = try editing("{block: C1.1, label:", "{block: C1.9, label:")
    expectDiagnostic(
      in: yaml, line: try line("{block: C1.9", in: yaml), column: 17,
      containing: "Bilan de C1, élément C1.r1 : le bloc « C1.9 » n’existe pas")
    expectDiagnostic(
      in: yaml, line: try line("- id: C1.1", in: yaml), column: 13,
      containing: "bloc C1.1 : aucun élément du Bilan (« recap ») ne le désigne")
  }

  @Test func recapItemPointingAtABlockOfAnotherCompetence() throws {
    let yaml = try editing("{block: C1.1, label:", "{block: C2.1, label:")
    expectDiagnostic(
      in: yaml, line: try line("{block: C2.1, label: \"l'élaboration", in: yaml), column: 17,
      containing: "le bloc C2.1 appartient à la compétence C2, pas à C1")
  }

  @Test func recapItemWithoutBlockNeedsANote() throws {
    let noteLine = try line("note: \"Aucun tableau du guide", in: fixture)
    let yaml = YAMLText.replacingLine(noteLine, with: nil, in: fixture)
    expectDiagnostic(
      in: yaml, line: noteLine - 1, column: 9,
      containing: "élément C2.r2 : un élément sans « block » doit avoir une « note »")
  }

  @Test func recapMustHaveOneEntryPerCompetence() throws {
    let start = try line("  - competence: C2", in: fixture)
    var yaml = fixture
    for _ in 0..<5 { yaml = YAMLText.replacingLine(start, with: nil, in: yaml) }
    let diagnostics = DialogueLoader.read(yaml).diagnostics
    #expect(
      diagnostics.contains {
        $0.line == (try? line("recap:", in: yaml))
          && $0.message.contains("il manque l’entrée de la compétence C2")
      }, "\(diagnostics)")
  }

  @Test func recapEntriesFollowTheOrderOfTheCompetences() throws {
    let c1 =
      "  - competence: C1\n    items:\n      - {block: C1.1, label: \"l'élaboration de fichiers de prospects\"}\n"
    var yaml = try editing(c1, "")
    yaml += "\n" + c1
    expectDiagnostic(
      in: yaml, line: try line("recap:", in: yaml), column: 1,
      containing: "les entrées doivent suivre l’ordre des compétences (C1, C2)")
    #expect(DialogueLoader.read(yaml).diagnostics.count == 1)
  }

  @Test func criterionWithoutEvidenceTermsOrProbe() throws {
    var yaml = try editing(
      "            evidence: [\"potentiel\", \"scoring\", \"cible\", \"segment\", \"salon\"]\n", "")
    yaml = try editing(
      "            probe: \"Comment classez-vous vos prospects selon leur potentiel ?\"\n", "",
      in: yaml)
    let criterionLine = try line("- text: \"Les prospects sont identifiés", in: yaml)
    expectDiagnostic(
      in: yaml, line: criterionLine, column: 13,
      containing: "critère C1.1.c1 : termes-indices absents")
    expectDiagnostic(
      in: yaml, line: criterionLine, column: 13, containing: "critère C1.1.c1 : relance absente")
    #expect(DialogueLoader.read(yaml).diagnostics.count == 2)
  }

  @Test func criterionWithTooFewEvidenceTerms() throws {
    let yaml = try editing(
      "[\"potentiel\", \"scoring\", \"cible\", \"segment\", \"salon\"]",
      "[\"potentiel\", \"scoring\", \"cible\", \"salon\"]")
    expectDiagnostic(
      in: yaml, line: try line("evidence: [\"potentiel\"", in: yaml), column: 23,
      containing: "critère C1.1.c1 : 4 terme(s)-indice(s) dans « evidence », il en faut au moins 5")
  }

  @Test func duplicateEvidenceTerm() throws {
    let yaml = try editing("\"segment\", \"salon\"]", "\"segment\", \"Salon\", \"salon\"]")
    expectDiagnostic(
      in: yaml, line: try line("evidence: [\"potentiel\"", in: yaml), column: 23,
      containing: "terme-indice « salon » en double")
  }

  @Test func evidenceTermSharedByTwoCriteriaOfABlockIsReportedAtTheSecond() throws {
    let yaml = try editing("\"doublon\", \"chaque semaine\"]", "\"doublon\", \"Ségment\"]")
    expectDiagnostic(
      in: yaml, line: try line("evidence: [\"crm\"", in: yaml), column: 23,
      containing:
        "critère C1.1.c2 : terme-indice « Ségment » déjà donné au critère C1.1.c1 du même bloc")
    #expect(DialogueLoader.read(yaml).diagnostics.count == 1)
  }

  @Test func evidenceCriteriaOfADefectiveBlockNeedEvidenceToo() throws {
    let evidenceLine = try line("evidence: [\"reach\"", in: fixture)
    let yaml = YAMLText.replacingLine(evidenceLine, with: nil, in: fixture)
    expectDiagnostic(
      in: yaml, line: try line("- text: \"La réglementation est prise en compte\"", in: yaml),
      column: 13, containing: "critère d’analyse C2.1.c2 : termes-indices absents")
  }

  @Test func evidenceCriteriaWithoutDefect() throws {
    let yaml = try editing(
      "        defect:\n          note: \"Critères copiés d'une autre qualification.\"\n", "")
    expectDiagnostic(
      in: yaml, line: try line("evidence_criteria:", in: yaml), column: 9,
      containing: "« evidence_criteria » n’est permis qu’avec un « defect »")
  }

  @Test func levelsMustBeTheThreeLevelsInOrder() throws {
    let yaml = try editing(
      "  - {id: totalite, label: \"En totalité\"}\n  - {id: partiellement, label: \"Partiellement\"}",
      "  - {id: partiellement, label: \"Partiellement\"}\n  - {id: totalite, label: \"En totalité\"}"
    )
    expectDiagnostic(
      in: yaml, line: try line("levels:", in: yaml), column: 1,
      containing:
        "« levels » : il faut exactement les trois niveaux totalite, partiellement, pas_du_tout")
    let unknown = try editing("{id: pas_du_tout,", "{id: jamais,")
    expectDiagnostic(
      in: unknown, line: try line("{id: jamais", in: unknown), column: 10,
      containing: "niveau inconnu « jamais »")
  }

  @Test func unsupportedFormatAndUnquotedVersion() throws {
    var yaml = try editing("format: 1", "format: 2")
    yaml = try editing("version: \"1\"", "version: 1.0", in: yaml)
    expectDiagnostic(
      in: yaml, line: 1, column: 9, containing: "le format 2 n’est pas pris en charge")
    expectDiagnostic(
      in: yaml, line: 4, column: 10, containing: "« version » : une chaîne est attendue")
  }

  @Test func tabIndentedLineIsReportedAtItsLine() throws {
    let questionsLine = try line("        questions:", in: fixture, after: 30)
    let yaml = YAMLText.replacingLine(questionsLine, with: "\tquestions:", in: fixture)
    let diagnostics = DialogueLoader.read(yaml).diagnostics
    #expect(
      diagnostics.first
        == DialogueDiagnostic(
          line: questionsLine, column: 1,
          message:
            "tabulation dans l’indentation : YAML n’accepte que des espaces pour indenter ; remplacez la tabulation par des espaces"
        ))
    #expect(diagnostics.allSatisfy { $0.line == questionsLine }, "\(diagnostics)")
  }

  @Test func tabAfterSpacesIsReportedAtItsColumn() throws {
    let yaml = try editing("  reminder:", "  \treminder:")
    expectDiagnostic(
      in: yaml, line: try line("reminder:", in: yaml), column: 3,
      containing: "tabulation dans l’indentation")
  }

  @Test func yamlSyntaxErrorIsReportedInFrench() throws {
    let yaml = try editing(
      "gate: \"Dans votre activité, réalisez-vous un fichier de prospects ?\"",
      "gate: \"Dans votre activité, réalisez-vous un fichier de prospects ?")
    let diagnostics = DialogueLoader.read(yaml).diagnostics
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.message.hasPrefix("erreur de syntaxe YAML : ") == true)
    let diagnostic = try #require(diagnostics.first)
    // libyaml finds an unclosed quote only further down, where the text stops making sense.
    #expect(diagnostic.line >= (try line("gate: \"Dans", in: yaml)))
    #expect(diagnostic.message.contains("commencé ligne"), "\(diagnostic)")
  }

  @Test func yamlContextParticipleAgreesWithItsArticle() {
    #expect(
      YAMLSyntax.started(YAMLSyntax.translate("while parsing a flow sequence"))
        == "une liste entre crochets commencée")
    #expect(
      YAMLSyntax.started(YAMLSyntax.translate("while scanning a quoted scalar"))
        == "un texte entre guillemets commencé")
  }

  @Test func colonInAnUnquotedTextIsExplained() throws {
    let yaml = try editing(
      "  reminder: \"Cet entretien n'est pas un examen.\"",
      "  reminder: Attention : ceci: n'est pas un examen.")
    let diagnostics = DialogueLoader.read(yaml).diagnostics
    #expect(diagnostics.map(\.line) == [try line("reminder:", in: yaml)])
    #expect(diagnostics.first?.message.contains("doit être entre guillemets") == true)
  }

  @Test func duplicateKeyIsReportedAtItsSecondOccurrence() throws {
    let yaml = try editing(
      "    title: \"Conseiller le client\"\n",
      "    title: \"Conseiller le client\"\n    title: \"Encore\"\n")
    expectDiagnostic(
      in: yaml, line: try line("title: \"Encore\"", in: yaml), column: 5,
      containing: "clé « title » en double dans le même dictionnaire (première occurrence ligne")
  }

  /// libyaml counts a lone « \r » (old Mac files), « \r\n » and the Unicode breaks as line
  /// ends; the diagnostics count lines the same way, whatever the file's line ends. (A
  /// duplicated key in a file of « \r » once crashed the loader: fuzz target `dialogue`.)
  @Test(arguments: ["\r", "\r\n", "\u{2028}"])
  func duplicateKeyIsFoundWhateverTheLineEnds(_ lineEnd: String) throws {
    let yaml = try editing(
      "    title: \"Conseiller le client\"\n",
      "    title: \"Conseiller le client\"\n    title: \"Encore\"\n")
    let expectedLine = try line("title: \"Encore\"", in: yaml)
    expectDiagnostic(
      in: yaml.replacingOccurrences(of: "\n", with: lineEnd), line: expectedLine, column: 5,
      containing: "clé « title » en double dans le même dictionnaire (première occurrence ligne")
  }

  @Test func duplicateKeyOnTheLastLineOfAFileOfCarriageReturns() {
    // The fuzzer's input, reduced: the first occurrence is on libyaml's last line, past
    // the end of the file's lines if only « \n » counted.
    let yaml = "a: 1\rb: 2\rb: 3"
    let diagnostics = DialogueLoader.read(yaml).diagnostics
    #expect(
      diagnostics.map(\.message) == [
        "clé « b » en double dans le même dictionnaire (première occurrence ligne 2)"
      ])
    #expect(diagnostics.map(\.position) == [SourcePosition(line: 3, column: 1)])
  }

  @Test func emptyFileAndWrongRoot() {
    #expect(
      DialogueLoader.read("").diagnostics.map(\.message) == [
        "le fichier est vide : aucun guide de repérage à lire"
      ])
    #expect(
      DialogueLoader.read("# rien\n").diagnostics.first?.message.hasPrefix("le fichier est vide")
        == true)
    let list = DialogueLoader.read("- a\n- b\n").diagnostics
    #expect(
      list.map(\.message) == [
        "le fichier : un dictionnaire (clé: valeur) est attendu, pas une liste"
      ])
  }

  @Test func everyProblemIsReportedNotJustTheFirst() throws {
    var yaml = try editing("title: CQP Exemple", "titre: CQP Exemple")
    yaml = try editing("{block: C2.1, label:", "{block: C2.7, label:", in: yaml)
    yaml = try editing("      - id: C2.1", "      - id: C1.1", in: yaml)
    let gateLine = try line("gate: \"Dans votre activité, avez-vous", in: yaml)
    yaml = YAMLText.replacingLine(gateLine, with: nil, in: yaml)
    let diagnostics = DialogueLoader.read(yaml).diagnostics
    let lines = diagnostics.map(\.line)
    #expect(lines == lines.sorted(), "diagnostics triés par ligne")
    #expect(diagnostics.count >= 6, "\(diagnostics)")
    for fragment in [
      "clé inconnue « titre »", "la clé obligatoire « title » est absente", "« C1.1 » en double",
      "« gate » est absente", "le bloc « C2.7 » n’existe pas", "commencer par « C2. »",
    ] {
      #expect(diagnostics.contains { $0.message.contains(fragment) }, "« \(fragment) » manquant")
    }
  }

  @Test func loadThrowsTheDiagnosticsWithTheFileName() throws {
    let yaml = try editing("format: 1", "format: deux")
    #expect(throws: DialogueError.self) { try DialogueLoader.load(yaml, fileName: "x.yaml") }
    do {
      _ = try DialogueLoader.load(yaml, fileName: "x.yaml")
    } catch {
      #expect(error.diagnostics.count == 1)
      #expect(
        error.description
          == "x.yaml n’est pas un guide de repérage valide (1 problème) :\nx.yaml:1:9: « format » : un nombre entier est attendu, pas un texte"
      )
    }
  }
}
