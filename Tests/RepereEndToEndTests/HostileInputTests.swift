import Foundation
import RepereCore
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The reproductions of issue 8 run against the real binary: hostile input, two
/// processes on one transcript, signals with input buffered or output blocked, disk full.
@Suite("Hostile input and concurrent sessions (end to end)")
struct HostileInputTests {
  /// The issue's input up to the first closed question: name, first name, company, eleven
  /// empty lines.
  private let toFirstClosedQuestion = ["Dupont", "Marie", "ACME"] + Array(repeating: "", count: 11)

  @Test("an enormous typed number at a closed question is an invalid answer, not a crash")
  func numberOverflow() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = scratch.path("t.jsonl")
    let child = try ChildProcess.withPipes(
      ["entretien", "--transcript", path, "--protocol", "jsonl"])
    let lines =
      toFirstClosedQuestion + [
        "-9223372036854775808", "9223372036854775807", "99999999999999999999999", "0",
      ]
    child.send(lines.joined(separator: "\n") + "\n")
    child.closeInput()
    let output = child.readToEnd()
    #expect(child.wait() == 3, "\(child.standardError())")
    #expect(output.contains(#""type":"session_end""#))
    #expect(output.components(separatedBy: #""type":"invalid_input""#).count - 1 == 4)
  }

  @Test("a second process is refused at once while a session holds the transcript")
  func secondProcessRefused() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = scratch.path("t.jsonl")
    let first = try ChildProcess.withPipes(
      ["entretien", "--transcript", path, "--protocol", "jsonl"])
    first.send("Dupont\n")
    #expect(first.waitForOutput(containing: #""id":"identity.candidate.prenom""#))
    // Another real process, while the first one still runs and holds the lock.
    let second = try RepereBinary.run(["entretien", "--reprendre", path])
    #expect(second.status == 1)
    #expect(second.standardError.contains("déjà ouverte par le processus \(first.pid)"))
    #expect(second.standardError.contains("repere"))
    first.closeInput()
    _ = first.readToEnd()
    #expect(first.wait() == 3)
    // Untouched by the refused process: one start, no resumption; resumable once free.
    let parsed = TranscriptParser.parse(try Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(parsed.issues.isEmpty)
    #expect(!parsed.records.contains { $0.entry.type == "session_resumed" })
    let resumed = try ChildProcess.withPipes(["entretien", "--reprendre", path])
    resumed.closeInput()
    _ = resumed.readToEnd()
    #expect(resumed.wait() == 3, "\(resumed.standardError())")
  }

  @Test("SIGTERM stops at once although thousands of answered lines are buffered")
  func sigtermWithBufferedInput() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let child = try ChildProcess.withPipes(
      ["entretien", "--transcript", scratch.path("t.jsonl"), "--protocol", "jsonl"])
    // Each wrong answer is one synced step: 3 000 of them take seconds to work through.
    let lines = toFirstClosedQuestion + Array(repeating: "peut-être", count: 3_000)
    child.send(lines.joined(separator: "\n") + "\n")
    #expect(child.waitForOutput(containing: #""type":"invalid_input""#))
    let start = Date()
    child.kill(SIGTERM)
    let status = child.wait()
    let elapsed = Date().timeIntervalSince(start)
    #expect(status == 3)
    #expect(elapsed < 1.5, "stopped \(elapsed) s after SIGTERM")
  }

  @Test("SIGTERM stops the session even when standard output is a full pipe")
  func sigtermWithFullOutput() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = scratch.path("t.jsonl")
    let child = try ChildProcess.withPipes(
      ["entretien", "--transcript", path, "--protocol", "jsonl"])
    // /aide writes a long text each time: the pipe (never read) fills up.
    child.send(
      (toFirstClosedQuestion + Array(repeating: "/aide", count: 2_000)).joined(separator: "\n")
        + "\n")
    // Wait until the child is blocked writing: the transcript stops growing.
    var size = -1
    for _ in 0..<200 {
      usleep(50_000)
      let now = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
      if now == size, now > 0 { break }
      size = now
    }
    let start = Date()
    child.kill(SIGTERM)
    let status = child.wait()
    #expect(status == 3)
    #expect(Date().timeIntervalSince(start) < 5)
    let parsed = TranscriptParser.parse(try Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(parsed.records.last?.entry.type == "session_stopped")
  }

  @Test("a transcript that cannot be written ends the jsonl session; resume completes the step")
  func diskFull() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = scratch.path("t.jsonl")
    guard let binary = RepereBinary.url else { throw RepereBinary.BinaryNotBuilt() }
    // A file size limit stands for a full disk: the write fails part way (EFBIG, SIGXFSZ
    // ignored), as it does with ENOSPC.
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [
      "-c", #"ulimit -f 24; trap "" XFSZ; exec "$0" entretien --transcript "$1" --protocol jsonl"#,
      binary.path, path,
    ]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = Pipe()
    try process.run()
    let lines = try SessionScript.lines()
    input.fileHandleForWriting.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    try? input.fileHandleForWriting.close()
    let text = String(
      decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 1)
    let end = text.split(separator: "\n").last.map(String.init) ?? ""
    #expect(end.contains(#""type":"session_end""#))
    #expect(end.contains(#""reason":"write_error""#))
    // Resumed without the limit: the torn line goes, the step's events come back, and a
    // second resumption finds nothing to complete or to refuse.
    let resumed = try ChildProcess.withPipes(["entretien", "--reprendre", path])
    resumed.closeInput()
    let resumedOutput = resumed.readToEnd()
    #expect(resumed.wait() == 3, "\(resumed.standardError())")
    #expect(resumedOutput.contains("la suite a été réécrite"))
    let again = try ChildProcess.withPipes(["entretien", "--reprendre", path])
    again.closeInput()
    let againOutput = again.readToEnd()
    #expect(again.wait() == 3, "\(again.standardError())")
    #expect(!againOutput.contains("réécrite"))
    #expect(!againOutput.contains("incomplète"))
  }

  @Test("a resumed transcript that follows a symbolic link, or is a FIFO, is refused clearly")
  func resumeRefusesLinksAndFIFOs() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let fifo = scratch.path("fifo")
    #expect(mkfifo(fifo, 0o600) == 0)
    let run = try RepereBinary.run(["entretien", "--reprendre", fifo])
    #expect(run.status == 1)
    #expect(run.standardError.contains("n’est pas un fichier ordinaire"))
    let null = try RepereBinary.run(["entretien", "--reprendre", "/dev/null"])
    #expect(null.standardError.contains("n’est pas un fichier ordinaire"))
    #expect(!null.standardError.contains("permission"))
  }

  @Test("the resume hint of a path starting with a hyphen can be run as printed")
  func hyphenPathHint() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let output = try runPiped(
      ["entretien", "--transcript=-x.jsonl"], input: "Dupont\n", in: scratch.url)
    #expect(output.status == 3)
    #expect(output.text.contains("repere entretien --reprendre ./-x.jsonl"))
    let resumed = try runPiped(
      ["entretien", "--reprendre", "./-x.jsonl"], input: "", in: scratch.url)
    #expect(resumed.status == 3)
  }

  /// Runs `repere suggerer` with standard input read from `input`.
  private func suggest(standardInput input: FileHandle) throws -> (
    status: Int32, output: String, error: String
  ) {
    guard let binary = RepereBinary.url else { throw RepereBinary.BinaryNotBuilt() }
    let process = Process()
    process.executableURL = binary
    process.arguments = ["suggerer"]
    process.standardInput = input
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let errorText = String(
      decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, text, errorText)
  }

  @Test("suggerer reading /dev/zero stops at the line limit with a French message and exit 1")
  func suggestFromDevZero() throws {
    let zero = try #require(FileHandle(forReadingAtPath: "/dev/zero"))
    let start = Date()
    let run = try suggest(standardInput: zero)
    #expect(run.status == 1)
    #expect(run.error.contains("ligne 1 : trop longue"))
    #expect(Date().timeIntervalSince(start) < 20)
  }

  @Test("suggerer refuses an answer beyond the interview's limit, and escapes ids in JSON")
  func suggestLimitsAndEscapes() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = scratch.path("cases.jsonl")
    let long = String(repeating: "mot ", count: 3_000)
    let lines = [
      #"{"id":"long","block":"C1.1","gate":"oui","answers":[""# + long + #""]}"#,
      #"{"id":"a b","block":"C9.9","gate":"oui","answers":["x"]}"#,
    ]
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: path, atomically: false, encoding: .utf8)
    let run = try RepereBinary.run(["suggerer", "--cases", path])
    #expect(run.status == 1)
    #expect(run.standardOutput.contains("réponse 1 trop longue (12000 caractères, au plus 10000"))
    #expect(run.standardOutput.contains(#""id":"a\u0085\u009b\u2028b""#))
    #expect(
      !run.standardOutput.unicodeScalars.contains { [0x85, 0x9B, 0x2028].contains($0.value) })
  }

  /// Runs `repere` in a directory with `input` on a pipe.
  private func runPiped(_ arguments: [String], input: String, in directory: URL) throws
    -> (status: Int32, text: String)
  {
    guard let binary = RepereBinary.url else { throw RepereBinary.BinaryNotBuilt() }
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let inputPipe = Pipe()
    let output = Pipe()
    process.standardInput = inputPipe
    process.standardOutput = output
    process.standardError = Pipe()
    try process.run()
    inputPipe.fileHandleForWriting.write(Data(input.utf8))
    try? inputPipe.fileHandleForWriting.close()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, text)
  }
}
