import Foundation
import RepereCore
import Testing

/// `repere entretien` with standard input on a pipe, and `--protocol jsonl`.
@Suite("repere entretien, piped (end to end)")
struct PipedInterviewTests {
  private func runPiped(_ arguments: [String], input: String, environment: [String: String] = [:])
    throws -> (status: Int32, output: String, error: String)
  {
    let child = try ChildProcess.withPipes(arguments, environment: environment)
    child.send(input)
    child.closeInput()
    let output = child.readToEnd()
    let status = child.wait()
    return (status, output, child.standardError())
  }

  @Test("a whole piped session exits 0, plain text only, transcript complete and private")
  func wholeSession() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = scratch.path("t.jsonl")
    let lines = try SessionScript.lines()
    let run = try runPiped(
      ["entretien", "--transcript", path], input: lines.joined(separator: "\n") + "\n",
      environment: ["TERM": "xterm-256color"])
    #expect(run.status == 0, "\(run.error)")
    #expect(!run.output.contains("\u{1B}"))
    #expect(run.output.contains("Transcription : \(path)"))
    #expect(run.output.contains("Transcription enregistrée : \(path)"))
    #expect(run.output.contains("Bilan du repérage des compétences"))
    let parsed = try parseTranscript(path)
    #expect(parsed.issues.isEmpty)
    #expect(parsed.inputs.count == lines.count)
    #expect(parsed.records.contains { $0.entry.type == "finished" })
    let mode =
      try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
    #expect(mode?.intValue == 0o600)
  }

  @Test("a bare `repere` runs the interview; output is the same on every run but for times")
  func bareCommandDeterministic() throws {
    let input = try SessionScript.lines(count: 20).joined(separator: "\n") + "\n"
    var outputs: [String] = []
    for _ in 0..<2 {
      let scratch = try ScratchDirectory()
      defer { scratch.remove() }
      let run = try runPiped(["--transcript", scratch.path("t.jsonl")], input: input)
      #expect(run.status == 3)
      outputs.append(run.output.replacingOccurrences(of: scratch.url.path, with: "DIR"))
    }
    #expect(outputs[0] == outputs[1])
    #expect(outputs[0].contains("Candidat — nom ?"))
  }

  @Test("input ending early exits 3, transcript saved and resumable")
  func earlyEnd() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = scratch.path("t.jsonl")
    let run = try runPiped(
      ["entretien", "--transcript", path],
      input: try SessionScript.lines(count: 5).joined(separator: "\n"))
    #expect(run.status == 3)
    #expect(run.output.contains("--reprendre"))
    let parsed = try parseTranscript(path)
    #expect(parsed.inputs.count == 5)
    #expect(parsed.records.last?.entry.type == "session_stopped")
  }

  @Test("the default transcript is named from the date and the candidate, in the current directory")
  func defaultTranscriptName() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let run = try RepereBinaryRun.inDirectory(
      scratch.url, arguments: ["entretien"], input: "Dupont\nMarie-Ève\n")
    #expect(run.status == 3)
    let files = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path)
    #expect(files.count == 1)
    #expect(files.first?.hasSuffix("-dupont-marie-eve.jsonl") == true)
    #expect(files.first?.hasPrefix("entretien-20") == true)
  }

  @Test("invalid UTF-8 is replaced and reported; the line is kept")
  func invalidUTF8() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = scratch.path("t.jsonl")
    let child = try ChildProcess.withPipes(["entretien", "--transcript", path])
    child.send(bytes: Array("Dup".utf8) + [0xC3, 0x28] + Array("nt\nMarie\n".utf8))
    child.closeInput()
    let output = child.readToEnd()
    #expect(child.wait() == 3)
    #expect(output.contains("UTF-8"))
    let parsed = try parseTranscript(path)
    #expect(parsed.inputs.first?.input.text == "Dup\u{FFFD}(nt")
    #expect(parsed.inputs.first?.input.repairedEncoding == true)
  }

  @Test("control and escape characters typed in answers never reach the output")
  func controlCharactersNotEchoed() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = scratch.path("t.jsonl")
    let run = try runPiped(
      ["entretien", "--transcript", path], input: "Du\u{1B}[31mpont\u{07}\nMa\u{1B}]0;x\u{07}rie\n")
    #expect(run.status == 3)
    #expect(!run.output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    #expect(run.output.contains("› Dupont\n"))
    #expect(run.output.contains("› Marie\n"))
    // The transcript keeps each line as typed.
    let parsed = try parseTranscript(path)
    #expect(parsed.inputs.first?.input.text == "Du\u{1B}[31mpont\u{07}")
  }

  @Test("jsonl: one JSON object per line, exactly one ask per awaited input")
  func jsonLines() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let child = try ChildProcess.withPipes(
      ["entretien", "--protocol", "jsonl", "--transcript", scratch.path("t.jsonl")])
    var asks = 0
    var types: [String] = []
    while let line = child.readLine() {
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
      let type = try #require(object["type"] as? String)
      types.append(type)
      if type == "ask" {
        asks += 1
        let id = try #require(object["id"] as? String)
        #expect(object["text"] is String)
        if asks > 30 {
          child.closeInput()
          continue
        }
        var answer = SessionScript.answer(to: id)
        if answer.isEmpty, id.hasSuffix(".position"), object["default"] == nil {
          answer = "partiellement"  // an unsure suggestion has no default
        }
        child.send(answer + "\n")
      }
    }
    #expect(child.wait() == 3)
    #expect(asks == 31)
    #expect(types.first == "transcript")
    #expect(types.last == "session_end")
    #expect(types.contains("decision"))
  }

  @Test("SIGTERM saves and stops cleanly (exit 3), the stop recorded")
  func terminate() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = scratch.path("t.jsonl")
    let child = try ChildProcess.withPipes(
      ["entretien", "--protocol", "jsonl", "--transcript", path])
    var asks = 0
    while let line = child.readLine() {
      guard line.contains(#""type":"ask""#) else { continue }
      asks += 1
      if asks == 4 {
        child.kill(SIGTERM)
        break
      }
      child.send("Dupont\n")
    }
    let rest = child.readToEnd()
    #expect(child.wait() == 3)
    #expect(rest.contains(#""status":"suspended""#))
    let parsed = try parseTranscript(path)
    #expect(parsed.inputs.count == 3)
    #expect(parsed.stopReason == .sigterm)
  }

  @Test("a broken chain is refused with its line number (exit 1)")
  func brokenChainRefused() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = scratch.path("t.jsonl")
    _ = try runPiped(["entretien", "--transcript", path], input: "Dupont\nMarie\n")
    var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
    let index = try #require(lines.firstIndex { $0.contains(#""text":"Marie","type":"input""#) })
    lines[index] = lines[index].replacingOccurrences(of: "Marie", with: "Mario")
    try lines.joined(separator: "\n").write(toFile: path, atomically: false, encoding: .utf8)
    let run = try runPiped(["entretien", "--reprendre", path], input: "")
    #expect(run.status == 1)
    #expect(run.error.contains("ligne \(index + 2)"))
    let forced = try runPiped(["entretien", "--reprendre", path, "--force"], input: "")
    #expect(forced.status == 3)
  }
}

/// Runs the binary in a given directory with Foundation's `Process`.
enum RepereBinaryRun {
  static func inDirectory(_ directory: URL, arguments: [String], input: String) throws -> (
    status: Int32, output: String
  ) {
    guard let url = RepereBinary.url else { throw RepereBinary.BinaryNotBuilt() }
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = FileHandle.nullDevice
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let data = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
