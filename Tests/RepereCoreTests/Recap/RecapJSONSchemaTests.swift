import Foundation
import RepereBundledGuide
import RepereTestSupport
import Testing

@testable import RepereCore

/// The JSON recap validated against `Documentation/repere.recap-1.schema.json` with Python's
/// `jsonschema` (Draft 2020-12), run as a child process; the suite is skipped on a machine
/// without `python3` and `jsonschema`.
@Suite(.enabled(if: JSONSchemaValidator.isAvailable, "python3 with jsonschema is needed"))
struct RecapJSONSchemaTests {
  static let schema = RepositoryFiles.root.appendingPathComponent(
    "Documentation/repere.recap-1.schema.json")

  private func documents() throws -> [RecapDocument] {
    let complete = RecapGoldenTests.completeSession()
    var lines = complete.lines
    lines[20] = lines[20].replacingOccurrences(of: "Claire", with: "Clara")
    return [
      try RecapGoldenTests.document(complete.text, fileName: "complete.jsonl"),
      try RecapGoldenTests.document(
        RecapGoldenTests.unfinishedSession().text, fileName: "unfinished.jsonl"),
      try RecapGoldenTests.document(
        lines.joined(separator: "\n") + "\n", fileName: "forced.jsonl", force: true),
      try RecapEscapingTests.hostileDocument().0,
      try RecapGoldenTests.document(
        RecapGoldenTests.bundledSession().text, fileName: "bundled.jsonl",
        dialogue: BundledGuide.dialogue),
      try PreparationAppendixTests.documentWithPreparation(),
    ]
  }

  @Test func everyRecapMatchesTheSchema() throws {
    for document in try documents() {
      let result = try JSONSchemaValidator.validate(
        RecapJSONRenderer().render(document), schema: Self.schema)
      #expect(result == nil, "\(document.source.transcriptFileName): \(result ?? "")")
    }
  }

  @Test func theSchemaRejectsWhatItMust() throws {
    let json = RecapJSONRenderer().render(try documents()[0])
    for (from, to) in [
      (#""status": "mastered""#, #""status": "maitrise""#),
      (#""decided": "partiellement""#, #""decided": "partiel""#),
      (#""complete": true"#, #""complete": "oui""#),
      (#""schema": "repere.recap/1""#, #""schema": "repere.recap/2""#),
    ] {
      #expect(json.contains(from))
      let broken = json.replacingOccurrences(of: from, with: to)
      #expect(
        try JSONSchemaValidator.validate(broken, schema: Self.schema) != nil, "\(to) accepted")
    }
    let prepared = RecapJSONRenderer().render(
      try PreparationAppendixTests.documentWithPreparation())
    for (from, to) in [
      (#""reading": "confirmed""#, #""reading": "confirme""#),
      (#""attempts": 2"#, #""attempts": -1"#),
    ] {
      #expect(prepared.contains(from))
      let broken = prepared.replacingOccurrences(of: from, with: to)
      #expect(
        try JSONSchemaValidator.validate(broken, schema: Self.schema) != nil, "\(to) accepted")
    }
  }

  static let sheetSchema = RepositoryFiles.root.appendingPathComponent(
    "Documentation/repere.preparation-1.schema.json")

  @Test func thePreparationSheetMatchesItsSchema() throws {
    let dialogue = BundledGuide.dialogue
    let sheet = try TranscriptPreparationSheet.compile(
      TranscriptParser.parse(Data(try PreparationGoldenTests.session().text.utf8)),
      fileName: "preparation.jsonl", dialogue: dialogue,
      guide: GuideIdentity(
        id: dialogue.id, version: dialogue.version, sha256: TranscriptRecorder.dialogueSHA256,
        source: "(intégré)"),
      suggester: EvidenceFixture.bundledSuggester, force: false)
    let json = RecapJSONRenderer().render(sheet)
    #expect(try JSONSchemaValidator.validate(json, schema: Self.sheetSchema) == nil)
    for (from, to) in [
      (#""status": "denied""#, #""status": "refuse""#),
      (#""schema": "repere.preparation/1""#, #""schema": "repere.recap/1""#),
      (#""tips": ["#, #""conseils": ["#),
    ] {
      #expect(json.contains(from))
      let broken = json.replacingOccurrences(of: from, with: to)
      #expect(
        try JSONSchemaValidator.validate(broken, schema: Self.sheetSchema) != nil,
        "\(to) accepted")
    }
  }
}
