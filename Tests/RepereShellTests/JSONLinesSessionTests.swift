import Foundation
import RepereBundledGuide
import RepereCore
import Testing

@testable import RepereShell

/// The session lines of `--protocol jsonl` (`transcript`, `transcript_renamed`, `warning`,
/// `session_end`), as a program reads them.
@Suite("JSON Lines session lines")
struct JSONLinesSessionTests {
  private static let suggester = try! EvidenceSuggester(dialogue: BundledGuide.dialogue)

  /// A JSON Lines console reading `input` and writing to a file; returns the console and
  /// a function giving the output's objects so far.
  private func console(input: [UInt8], in directory: TemporaryDirectory, limit: Int = 1 << 20)
    throws -> (JSONLinesConsole, () throws -> [[String: Any]])
  {
    let inputPath = directory.path("input")
    try Data(input).write(to: URL(fileURLWithPath: inputPath))
    let inputDescriptor = open(inputPath, O_RDONLY)
    let outputPath = directory.path("output")
    let outputDescriptor = open(outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let reader = PlainLineReader(
      descriptor: inputDescriptor, signals: nil, maximumLineBytes: limit)
    let console = JSONLinesConsole(
      reader: reader, output: OutputWriter(descriptor: outputDescriptor))
    return (
      console,
      {
        let text = try String(contentsOfFile: outputPath, encoding: .utf8)
        return try text.split(separator: "\n").map {
          try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
      }
    )
  }

  private func launcher() -> SessionLauncher {
    SessionLauncher(
      guide: GuideLoader.bundled, suggester: Self.suggester, programVersion: "test",
      clock: SteppingClock().now)
  }

  private func sessionObjects(_ objects: [[String: Any]]) -> [[String: Any]] {
    let sessionTypes: Set<String> = [
      "transcript", "transcript_renamed", "warning", "session_end",
    ]
    return objects.filter { sessionTypes.contains($0["type"] as? String ?? "") }
  }

  @Test("--preparation: a `prepared` line just before the ask it belongs to, and no other")
  func preparedLine() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let (console, objects) = try self.console(input: Array("oui\n".utf8), in: directory)
    console.prepared = ["C1.1.q1": "Les colles industrielles."]
    let gate = Ask(id: "C1.1.gate", text: "Recueil ?", choices: ["oui", "non"])
    let question = Ask(id: "C1.1.q1", text: "Sur quel(s) secteur(s) ?")
    _ = console.read(gate)
    _ = console.read(question)
    let lines = try objects()
    #expect(lines.map { $0["type"] as? String } == ["ask", "prepared", "ask"])
    #expect(lines[1]["id"] as? String == "C1.1.q1")
    #expect(lines[1]["text"] as? String == "Les colles industrielles.")
    #expect(lines[2]["id"] as? String == "C1.1.q1")
  }

  @Test("a default-named transcript: its path, its renaming, a repaired line, the end")
  func newSession() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let input = Array("Dupont\nMarie\nAcm".utf8) + [0xFF] + Array("e\n".utf8)
    let (console, objects) = try self.console(input: input, in: directory)
    let session = try launcher().startNew(
      transcriptPath: nil, directory: directory.url.path, console: console)
    let outcome = try session.run()
    #expect(outcome == .suspended(reason: .endOfInput))
    console.notify(.ended(path: session.transcriptPath, outcome: outcome))
    let lines = sessionObjects(try objects())
    try #require(lines.count == 4)
    #expect(lines[0]["type"] as? String == "transcript")
    #expect((lines[0]["path"] as? String)?.hasSuffix("/entretien-2026-11-18.jsonl") == true)
    #expect(lines[0]["resumed"] as? Bool == false)
    #expect(lines[1]["type"] as? String == "transcript_renamed")
    let renamed = try #require(lines[1]["path"] as? String)
    #expect(renamed.hasSuffix("/entretien-2026-11-18-dupont-marie.jsonl"))
    #expect(FileManager.default.fileExists(atPath: renamed))
    #expect(lines[2]["type"] as? String == "warning")
    #expect(lines[2]["code"] as? String == "encoding_repaired")
    #expect((lines[2]["text"] as? String)?.contains("UTF-8") == true)
    #expect(lines[3]["type"] as? String == "session_end")
    #expect(lines[3]["path"] as? String == renamed)
    #expect(lines[3]["status"] as? String == "suspended")
    #expect(lines[3]["reason"] as? String == "end_of_input")
  }

  @Test("an enormous line is cut and said so")
  func truncatedLine() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let (console, objects) = try self.console(
      input: Array("Dupontdupontdupont\n".utf8), in: directory, limit: 6)
    _ = try launcher().startNew(
      transcriptPath: directory.path("t.jsonl"), console: console
    ).run()
    let warnings = try objects().filter { $0["type"] as? String == "warning" }
    #expect(warnings.count == 1)
    #expect(warnings.first?["code"] as? String == "input_truncated")
    #expect((warnings.first?["text"] as? String)?.contains("12 octets") == true)
  }

  @Test("resuming says which torn line was dropped and which lines were forced")
  func resumeWarnings() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("t.jsonl")
    let first = ScriptedConsole(limit: 3, answer: ShortScript.answer)
    _ = try launcher().startNew(transcriptPath: path, console: first).run()
    // Line 2 edited (the chain breaks at line 3), and a torn line at the end.
    var lines = try String(contentsOfFile: path, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false
    ).map(String.init)
    lines[1] = lines[1].replacingOccurrences(of: "\"seq\":2", with: "\"seq\":2 ")
    try (lines.joined(separator: "\n") + "{\"seq\":").write(
      toFile: path, atomically: true, encoding: .utf8)
    // The rewrite made the file world-readable: that gets its own warning, listed last.
    let (console, objects) = try self.console(input: [], in: directory)
    _ = try launcher().resume(path: path, force: true, console: console).run()
    let codes = try objects().filter { $0["type"] as? String == "warning" }.compactMap {
      $0["code"] as? String
    }
    #expect(codes == ["torn_line_dropped", "integrity_forced", "made_private"])
    let transcript = try objects().first { $0["type"] as? String == "transcript" }
    #expect(transcript?["resumed"] as? Bool == true)
  }

  @Test("each notice has its exact object; a cleared line has none")
  func exactObjects() throws {
    func line(_ notice: SessionNotice) -> String? {
      JSONLinesConsole.object(for: notice).map {
        String(decoding: try! InterviewEvent.makeEncoder().encode($0), as: UTF8.self)
      }
    }
    #expect(
      line(.transcript(path: "a.jsonl", resumed: false))
        == #"{"path":"a.jsonl","resumed":false,"type":"transcript"}"#)
    #expect(
      line(.transcriptRenamed(path: "b.jsonl"))
        == #"{"path":"b.jsonl","type":"transcript_renamed"}"#)
    #expect(line(.tornLineDropped(line: 7))?.contains(#""code":"torn_line_dropped""#) == true)
    #expect(line(.inputTruncated(bytes: 3))?.contains(#""code":"input_truncated""#) == true)
    #expect(
      line(.ended(path: "a.jsonl", outcome: .finished))
        == #"{"path":"a.jsonl","status":"finished","type":"session_end"}"#)
    #expect(
      line(.ended(path: "a.jsonl", outcome: .suspended(reason: .sighup)))
        == #"{"path":"a.jsonl","reason":"sighup","status":"suspended","type":"session_end"}"#)
    #expect(line(.lineCleared) == nil)
  }
}
