import Foundation
import RepereBundledGuide
import Testing

@testable import RepereCore

/// The JSON recap validated against `Documentation/repere.recap-1.schema.json` with Python's
/// `jsonschema` (Draft 2020-12), run as a child process; the suite is skipped on a machine
/// without `python3` and `jsonschema`.
@Suite(.enabled(if: JSONSchemaValidator.isAvailable, "python3 with jsonschema is needed"))
struct RecapJSONSchemaTests {
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
    ]
  }

  @Test func everyRecapMatchesTheSchema() throws {
    for document in try documents() {
      let result = try JSONSchemaValidator.validate(RecapJSONRenderer().render(document))
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
      #expect(try JSONSchemaValidator.validate(broken) != nil, "\(to) accepted")
    }
  }
}

/// Validates JSON against the recap schema with `python3 -m jsonschema`-like code.
enum JSONSchemaValidator {
  static let schema = RepositoryFiles.root.appendingPathComponent(
    "Documentation/repere.recap-1.schema.json")

  private static let program = """
    import json, sys, jsonschema
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(sys.stdin)))
    for error in errors: print(list(error.absolute_path), error.message)
    sys.exit(1 if errors else 0)
    """

  static let isAvailable: Bool = {
    (try? run(["-c", "import jsonschema"], input: ""))?.status == 0
  }()

  /// `nil` when valid, else the errors.
  static func validate(_ json: String) throws -> String? {
    let result = try run(["-c", program, schema.path], input: json)
    return result.status == 0 ? nil : result.output
  }

  private static func run(_ arguments: [String], input: String) throws -> (
    status: Int32, output: String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stdout
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
  }
}
