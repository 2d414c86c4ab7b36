import Foundation
import RepereTestSupport
import Testing

/// `repere stats` on the folder of golden transcripts (``StatsFolder``): figures checked by
/// hand, golden outputs in every format, the JSON schema, the terminal at two widths.
@Suite("repere stats (end to end)")
struct StatsCommandTests {
  static let golden = RepereBinary.packageRoot.appendingPathComponent(
    "Tests/RepereEndToEndTests/Golden/stats")
  static let schema = RepereBinary.packageRoot.appendingPathComponent(
    "Documentation/repere.stats-1.schema.json")
  static let folder = StatsFolder.root.path

  static var recording: Bool { ProcessInfo.processInfo.environment["REPERE_RECORD_GOLDEN"] == "1" }

  @Test("the golden folder is what the interview engine makes")
  func goldenFolder() throws {
    if Self.recording {
      try StatsFolder.write()
      Issue.record("Recorded the stats folder; run again without REPERE_RECORD_GOLDEN.")
      return
    }
    for (path, text) in try StatsFolder.files() {
      let stored = try String(
        contentsOf: StatsFolder.root.appendingPathComponent(path), encoding: .utf8)
      #expect(stored == text, "\(path) differs: re-record with REPERE_RECORD_GOLDEN=1")
    }
  }

  private func json(_ arguments: [String] = []) throws -> [String: Any] {
    let run = try RepereBinary.run(["stats", Self.folder, "--format", "json"] + arguments)
    #expect(run.status == 0, "\(run.standardError)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
  }

  @Test("figures checked by hand")
  func handChecked() throws {
    let report = try json()
    let sessions = try #require(report["sessions"] as? [String: Any])
    // Seven .jsonl files read (not the .txt, not the hidden folder).
    #expect(sessions["files"] as? Int == 7)
    #expect(sessions["counted"] as? Int == 3)
    #expect(sessions["finished"] as? Int == 2)
    #expect(sessions["suspended"] as? Int == 1)
    #expect(
      sessions["skipped"] as? [String: Int] == [
        "broken_chain": 1, "other_guide": 1, "not_transcript": 1, "preparation": 1,
        "unreplayable": 0, "unreadable": 0,
      ])
    let blocks = try #require(report["blocks"] as? [[String: Any]])
    #expect(blocks.count == 24)
    // C1.1: « Pas du tout » for dupont and leroy, raised to « En totalité » for martin.
    let c11 = try #require(blocks.first)
    #expect(
      c11["positions"] as? [String: Int] == ["totalite": 1, "partiellement": 0, "pas_du_tout": 2])
    let c11Agreement = try #require(c11["agreement"] as? [String: Any])
    #expect(c11Agreement["overrides"] as? Int == 1)
    #expect(c11Agreement["override_rate"] as? Double == 0.3333)
    // C1.3 (third block): only the two finished sessions positioned it, both as suggested:
    // the agreement is perfect, κ = 1.
    let c13 = try #require(blocks[2]["agreement"] as? [String: Any])
    #expect(c13["positioned"] as? Int == 2)
    #expect(c13["kappa"] as? Double == 1)
    // Overall: 24 + 24 + 2 = 50 blocks, every suggestion « Pas du tout », two raised (T and
    // P). Observed = 1·1 + ¼·1 = 1.25; chance = (1·1·50 + ¼·1·50)/50 = 1.25; κ = 0.
    let overall = try #require(report["overall"] as? [String: Any])
    #expect(overall["positioned"] as? Int == 50)
    #expect(overall["overrides"] as? Int == 2)
    #expect(overall["agreements"] as? Int == 48)
    #expect(overall["kappa"] as? Double == 0)
    // Every competence to develop in the finished sessions, incomplete in the suspended one.
    let competences = try #require(report["competences"] as? [[String: Any]])
    #expect(
      competences.allSatisfy { $0["to_develop"] as? Int == 2 && $0["incomplete"] as? Int == 1 })
    #expect(competences.allSatisfy { $0["mastered_share"] as? Double == 0 })
    // C1.2's need ticked by all three (most frequent first); C1.1's by dupont and leroy.
    let needs = try #require(report["needs"] as? [[String: Any]])
    #expect(needs.first?["count"] as? Int == 3)
    #expect(needs.first?["share"] as? Double == 1)
    #expect(needs.first { $0["item"] as? String == "C1.r1" }?["count"] as? Int == 2)
    // Paul Durand and Paul DURAND are one evaluator: two sessions, 26 blocks, no override.
    let evaluators = try #require(report["evaluators"] as? [[String: Any]])
    #expect(evaluators.map { $0["name"] as? String } == ["Anne Petit", "Paul Durand"])
    #expect(evaluators.map { $0["sessions"] as? Int } == [1, 2])
    let paul = try #require(evaluators[1]["agreement"] as? [String: Any])
    #expect(paul["positioned"] as? Int == 26)
    #expect(paul["overrides"] as? Int == 0)
    // One minute per answer: the interview's time is a multiple of 60 s.
    let time = try #require(report["interview_time"] as? [String: Int])
    #expect(time["count"] == 3)
    #expect((time["median"] ?? 1) % 60 == 0)
  }

  @Test("filters: --evaluateur, --depuis, --jusqu-a")
  func filters() throws {
    let paul = try json(["--evaluateur", "paul durand"])
    #expect((paul["sessions"] as? [String: Any])?["counted"] as? Int == 2)
    #expect((paul["sessions"] as? [String: Any])?["filtered_out"] as? Int == 1)
    let later = try json(["--depuis", "2026-03-09"])
    #expect((later["sessions"] as? [String: Any])?["counted"] as? Int == 0)
    #expect((later["sessions"] as? [String: Any])?["filtered_out"] as? Int == 3)
    let until = try json(["--jusqu-a", "2026-03-08"])
    #expect((until["sessions"] as? [String: Any])?["counted"] as? Int == 3)
  }

  @Test("golden outputs: text, CSV, JSON")
  func goldenOutputs() throws {
    for (name, arguments) in [
      ("stats.txt", [String]()), ("blocs.csv", ["--format", "csv", "--table", "blocs"]),
      ("accord.csv", ["--format", "csv", "--table", "accord"]),
      ("besoins.csv", ["--format", "csv", "--table", "besoins"]),
      ("sessions.csv", ["--format", "csv", "--table", "sessions"]),
      ("stats.json", ["--format", "json"]),
      ("evaluateur.txt", ["--evaluateur", "Anne Petit", "--table", "evaluateurs"]),
    ] {
      let run = try RepereBinary.run(["stats", Self.folder] + arguments)
      #expect(run.status == 0, "\(name): \(run.standardError)")
      if let failure = GoldenFile.compare(run.standardOutput, named: name, in: Self.golden) {
        Issue.record(Comment(rawValue: failure))
      }
    }
  }

  @Test("--sortie writes one CSV file per table, the same as on standard output")
  func csvFolder() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let out = scratch.path("csv")
    let run = try RepereBinary.run(["stats", Self.folder, "--format", "csv", "--sortie", out])
    #expect(run.status == 0, "\(run.standardError)")
    let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
    #expect(
      names == [
        "accord.csv", "besoins.csv", "blocs.csv", "competences.csv", "durees.csv",
        "evaluateurs.csv", "moyens.csv", "sessions.csv",
      ])
    let blocs = try String(contentsOfFile: out + "/blocs.csv", encoding: .utf8)
    let stored = try String(
      contentsOf: Self.golden.appendingPathComponent("blocs.csv"), encoding: .utf8)
    #expect(blocs == stored)
  }

  @Test(
    "the JSON matches its schema", .enabled(if: JSONSchemaValidator.isAvailable, "jsonschema"))
  func schema() throws {
    for arguments in [[], ["--evaluateur", "personne"], ["--depuis", "2026-01-01"]] {
      let run = try RepereBinary.run(["stats", Self.folder, "--format", "json"] + arguments)
      let result = try JSONSchemaValidator.validate(run.standardOutput, schema: Self.schema)
      #expect(result == nil, "\(arguments): \(result ?? "")")
    }
    let run = try RepereBinary.run(["stats", Self.folder, "--format", "json"])
    let broken = run.standardOutput.replacingOccurrences(
      of: #""schema" : "repere.stats\/1""#, with: #""schema" : "repere.stats\/2""#
    )
    .replacingOccurrences(of: #""schema" : "repere.stats/1""#, with: #""schema" : "x""#)
    #expect(broken != run.standardOutput)
    #expect(try JSONSchemaValidator.validate(broken, schema: Self.schema) != nil)
  }

  @Test("paths on standard input with -")
  func standardInput() throws {
    let child = try ChildProcess.withPipes(["stats", "-", "--format", "json"])
    child.send(
      ["a/dupont.jsonl", "", "b/leroy.jsonl", "b/notes.jsonl"].map {
        $0.isEmpty ? "" : StatsFolder.root.appendingPathComponent($0).path
      }.joined(separator: "\n") + "\n")
    child.closeInput()
    let output = child.readToEnd()
    #expect(child.wait() == 0)
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    let sessions = try #require(report["sessions"] as? [String: Any])
    #expect(sessions["files"] as? Int == 3)
    #expect(sessions["counted"] as? Int == 2)
  }

  @Test("wrong uses: a missing path (1), CSV without a table, a bad date, an unknown table (64)")
  func errors() throws {
    let missing = try RepereBinary.run(["stats", "/nulle/part"])
    #expect(missing.status == 1)
    #expect(missing.standardError.contains("/nulle/part"))
    for arguments in [
      ["--format", "csv"], ["--depuis", "2026-13-01"], ["--table", "tout"],
      ["--sortie", "x"],
    ] {
      let run = try RepereBinary.run(["stats", Self.folder] + arguments)
      #expect(run.status == 64, "\(arguments)")
    }
  }

  @Test(
    "a terminal of 60 and of 120 columns: every line fits, bars drawn, NO_COLOR honoured",
    arguments: [(UInt16(60), "1"), (UInt16(120), "1"), (UInt16(60), "")])
  func terminal(columns: UInt16, noColour: String) throws {
    let child = try ChildProcess.withTerminal(
      ["stats", Self.folder],
      environment: ["TERM": "xterm", "NO_COLOR": noColour, "LANG": "C.UTF-8"], columns: columns)
    let screen = child.readToEnd()
    #expect(child.wait() == 0)
    let lines = screen.replacingOccurrences(of: "\r\n", with: "\n")
      .replacingOccurrences(of: "\u{1B}[1m", with: "").replacingOccurrences(
        of: "\u{1B}[0m", with: ""
      )
      .split(separator: "\n")
    #expect(lines.count > 60)
    for line in lines { #expect(line.count <= Int(columns), "\(line)") }
    #expect(screen.contains("███"))
    #expect(screen.contains("Positionnement par bloc"))
    #expect(screen.contains("\u{1B}[") == noColour.isEmpty)
    let name = "terminal-\(columns)\(noColour.isEmpty ? "-couleur" : "").txt"
    if let failure = GoldenFile.compare(
      lines.joined(separator: "\n") + "\n", named: name, in: Self.golden)
    {
      Issue.record(Comment(rawValue: failure))
    }
  }
}
