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
    "Documentation/repere.stats-2.schema.json")
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
    // Eight .jsonl files read (not the .txt, not the hidden folder).
    #expect(sessions["files"] as? Int == 8)
    #expect(sessions["counted"] as? Int == 3)
    #expect(sessions["finished"] as? Int == 2)
    #expect(sessions["suspended"] as? Int == 1)
    #expect(
      sessions["skipped"] as? [String: Int] == [
        "broken_chain": 1, "bad_signature": 1, "other_guide": 1, "not_transcript": 1,
        "preparation": 1,
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
    // Overall: 24 + 24 + 2 = 50 blocks. Decided against suggested: (N,N) 47, martin's C1.1
    // (T,P), C1.2 (P,P) and C3.1 (P,N). Disagreement weights (i−j)²/4: observed = ¼ + ¼ =
    // 0.5. Decided T 1, P 2, N 47; suggested P 2, N 48: chance = (T: 1·2·¼ + 1·48·1
    // + P: 2·48·¼ + N: 47·2·¼)/50 = (0.5 + 48 + 24 + 23.5)/50 = 1.92; κ = 1 − 0.5/1.92 = 0.7396.
    let overall = try #require(report["overall"] as? [String: Any])
    #expect(overall["positioned"] as? Int == 50)
    #expect(overall["overrides"] as? Int == 2)
    #expect(overall["agreements"] as? Int == 48)
    #expect(overall["kappa"] as? Double == 0.7396)
    // By the confidence recorded with each decision.
    let split = try #require(report["overall_by_confidence"] as? [String: [String: Any]])
    // high: dupont's 24 and martin's 23 others. (N,N) 45, (P,P) 1, (P,N) 1: observed ¼;
    // decided P 2, N 45; suggested P 1, N 46: chance = (P: 2·46·¼ + N: 45·1·¼)/47 =
    // 34.25/47; κ = 1 − 0.25·47/34.25 = 0.6569. One change in 47: 0.0213.
    let high = try #require(split["high"])
    #expect(high["positioned"] as? Int == 47)
    #expect(high["agreements"] as? Int == 46)
    #expect(high["overrides"] as? Int == 1)
    #expect(high["override_rate"] as? Double == 0.0213)
    #expect(high["kappa"] as? Double == 0.6569)
    // low: martin's C1.1 only, « Partiellement » raised to « En totalité »: observed =
    // chance = ¼, κ = 0.
    let low = try #require(split["low"])
    #expect(low["positioned"] as? Int == 1)
    #expect(low["agreements"] as? Int == 0)
    #expect(low["override_rate"] as? Double == 1)
    #expect(low["kappa"] as? Double == 0)
    // unknown: leroy's two blocks (a transcript without `confidence`), both as suggested.
    let unknown = try #require(split["unknown"])
    #expect(unknown["positioned"] as? Int == 2)
    #expect(unknown["agreements"] as? Int == 2)
    #expect(unknown["kappa"] as? Double == 1)
    // C1.1 by confidence: dupont's high, martin's low, leroy's unknown.
    let c11Split = try #require(c11["agreement_by_confidence"] as? [String: [String: Any]])
    #expect(["high", "low", "unknown"].map { c11Split[$0]?["positioned"] as? Int } == [1, 1, 1])
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
    // Anne Petit signed hers: her key's fingerprint (the forged copy is not counted).
    let evaluators = try #require(report["evaluators"] as? [[String: Any]])
    #expect(evaluators.map { $0["name"] as? String } == ["Anne Petit", "Paul Durand"])
    #expect(evaluators.map { $0["sessions"] as? Int } == [1, 2])
    #expect(
      evaluators.map { $0["fingerprint"] as? String } == [
        StatsFolder.signer.publicKey.fingerprint, nil,
      ])
    #expect(StatsFolder.signer.publicKey.fingerprint == "7599-776c-3085-e3f9-da0d-1307-1eb0-b4ab")
    // Her decisions: (T,P), (P,P), (P,N) and 21 (N,N). Observed disagreement ¼ + ¼ = 0.5;
    // decided T 1, P 2, N 21; suggested P 2, N 22: chance = (T: 1·2·¼ + 1·22·1 + P: 2·22·¼
    // + N: 21·2·¼)/24 = 44/24; κ = 1 − 0.5·24/44 = 0.7273.
    let anne = try #require(evaluators[0]["agreement"] as? [String: Any])
    #expect(anne["kappa"] as? Double == 0.7273)
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
      ("confiance.txt", ["--table", "confiance"]),
      ("confiance.csv", ["--format", "csv", "--table", "confiance"]),
      ("evaluateurs.csv", ["--format", "csv", "--table", "evaluateurs"]),
      (
        "evaluateur-cle.txt",
        ["--evaluateur", "7599-776C-3085-E3F9-DA0D-1307-1EB0-B4AB", "--table", "evaluateurs"]
      ),
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
        "accord.csv", "besoins.csv", "blocs.csv", "competences.csv", "confiance.csv", "durees.csv",
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
      of: #""schema" : "repere.stats\/2""#, with: #""schema" : "repere.stats\/1""#
    )
    .replacingOccurrences(of: #""schema" : "repere.stats/2""#, with: #""schema" : "x""#)
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
