import Foundation
import RepereBundledGuide
import RepereCore
import Testing

@testable import RepereShell

@Suite("Session and resumption")
struct SessionResumeTests {
  private static let dialogue = BundledGuide.dialogue
  private static let suggester = try! EvidenceSuggester(dialogue: dialogue)

  private func launcher(_ clock: SteppingClock, sha256: String = BundledGuide.sha256)
    -> SessionLauncher
  {
    var guide = GuideLoader.bundled
    guide.identity.sha256 = sha256
    return SessionLauncher(
      guide: guide, suggester: Self.suggester, programVersion: "test", clock: clock.now)
  }

  /// What a record shows: its recap, on a fixed date.
  private static func shown(_ record: InterviewRecord) -> CompiledRecap {
    RecapCompiler.compile(dialogue: dialogue, record: record, date: Date(timeIntervalSince1970: 0))
  }

  private func parse(_ path: String) throws -> ParsedTranscript {
    TranscriptParser.parse(try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  /// Runs the short script without interruption.
  private func uninterrupted(in directory: TemporaryDirectory) throws -> (
    record: InterviewRecord, inputs: [InputRecord]
  ) {
    let path = directory.path("full.jsonl")
    let console = ScriptedConsole(answer: ShortScript.answer)
    let session = try launcher(SteppingClock()).startNew(transcriptPath: path, console: console)
    #expect(try session.run() == .finished)
    return (session.current.record, try parse(path).inputs.map(\.input))
  }

  /// Runs the script for `answers` answers, then ends the input.
  private func interrupted(after answers: Int, path: String, clock: SteppingClock) throws {
    let console = ScriptedConsole(limit: answers, answer: ShortScript.answer)
    let session = try launcher(clock).startNew(transcriptPath: path, console: console)
    #expect(try session.run() == .suspended(reason: .endOfInput))
  }

  @Test("a session stopped anywhere resumes to the same record, no input lost or doubled")
  func resumesToSameRecord() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let reference = try uninterrupted(in: directory)
    #expect(reference.record.blocks.count == 24)
    // Stopped before the first answer, a new session keeps no transcript (nothing typed).
    let untouched = directory.path("stop-0.jsonl")
    let session = try launcher(SteppingClock()).startNew(
      transcriptPath: untouched, console: ScriptedConsole(limit: 0, answer: ShortScript.answer))
    #expect(try session.run() == .nothingTyped)
    #expect(!FileManager.default.fileExists(atPath: untouched))
    for stop in [1, 4, 15, 16, 33, 60] {
      let path = directory.path("stop-\(stop).jsonl")
      let clock = SteppingClock()
      try interrupted(after: stop, path: path, clock: clock)
      #expect(try parse(path).inputs.count == stop)
      let console = ScriptedConsole(answer: ShortScript.answer)
      let session = try launcher(clock).resume(path: path, force: false, console: console)
      #expect(console.notices.contains(.transcript(path: path, resumed: true)))
      #expect(try session.run() == .finished)
      // The same record as shown: blocks decided before the stop are read back from the
      // transcript (their evidence, suggestion and confidence as recorded, not the engine's
      // offsets and signals), so the records are compared through the recap they compile to.
      #expect(
        Self.shown(session.current.record) == Self.shown(reference.record),
        "stopped after \(stop) answers")
      #expect(session.current.record.blocks.count == reference.record.blocks.count)
      let parsed = try parse(path)
      #expect(parsed.issues.isEmpty)
      #expect(parsed.inputs.map(\.input) == reference.inputs, "stopped after \(stop) answers")
      let types = parsed.records.map(\.entry.type)
      #expect(types.contains("session_stopped"))
      #expect(types.contains("session_resumed"))
      #expect(types.contains("resumed"))
    }
  }

  @Test("resumption asks the pending question again first")
  func resumeAsksPendingQuestion() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("t.jsonl")
    let clock = SteppingClock()
    let first = ScriptedConsole(limit: 3, answer: ShortScript.answer)
    // The session keeps its transcript locked while it exists: it ends before the resume.
    _ = try launcher(clock).startNew(transcriptPath: path, console: first).run()
    let pending = try #require(first.asked.last)
    let second = ScriptedConsole(limit: 0, answer: ShortScript.answer)
    _ = try launcher(clock).resume(path: path, force: false, console: second).run()
    #expect(second.asked.first?.id == pending.id)
  }

  @Test("a torn last line is reported, cut off, and the chain goes on intact")
  func tornLineDropped() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("t.jsonl")
    let clock = SteppingClock()
    try interrupted(after: 5, path: path, clock: clock)
    let lineCount = try parse(path).records.count
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    handle.seekToEndOfFile()
    handle.write(Data(#"{"seq":99,"time":"2026-"#.utf8))
    try handle.close()
    let console = ScriptedConsole(limit: 0, answer: ShortScript.answer)
    _ = try launcher(clock).resume(path: path, force: false, console: console).run()
    #expect(console.notices.contains(.tornLineDropped(line: lineCount + 1)))
    let parsed = try parse(path)
    #expect(parsed.tornLine == nil)
    #expect(parsed.issues.isEmpty)
    #expect(parsed.inputs.count == 5)
  }

  @Test("an edited transcript is refused with the line number, accepted with --force")
  func editedLineRefused() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("t.jsonl")
    let clock = SteppingClock()
    try interrupted(after: 5, path: path, clock: clock)
    var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
      .map(String.init)
    let edited = try #require(lines.firstIndex { $0.contains(#""text":"Marie","type":"input""#) })
    lines[edited] = lines[edited].replacingOccurrences(of: "Marie", with: "Maria")
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: path, atomically: false, encoding: .utf8)
    let console = ScriptedConsole(limit: 0, answer: ShortScript.answer)
    do {
      _ = try launcher(clock).resume(path: path, force: false, console: console)
      Issue.record("an edited transcript was resumed")
    } catch {
      #expect(error.description.contains("ligne \(edited + 2)"))
      #expect(error.description.contains("--force"))
    }
    let forced = ScriptedConsole(limit: 0, answer: ShortScript.answer)
    let session = try launcher(clock).resume(path: path, force: true, console: forced)
    #expect(session.current.record.identity.candidate.prenom == "Maria")
    #expect(
      forced.notices.contains {
        if case .integrityForced(let issues) = $0 {
          // The chain breaks after the edited line, and the replay's `answer` differs there.
          issues == [
            TranscriptIssue(line: edited + 2, kind: .brokenChain),
            TranscriptIssue(line: edited + 2, kind: .replayMismatch),
          ]
        } else {
          false
        }
      })
  }

  @Test("a transcript made with another guide is refused unless forced")
  func otherDialogueRefused() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("t.jsonl")
    let clock = SteppingClock()
    try interrupted(after: 3, path: path, clock: clock)
    let other = launcher(clock, sha256: ContentHash.sha256(BundledGuide.yaml + "\n# modifié\n"))
    let console = ScriptedConsole(limit: 0, answer: ShortScript.answer)
    #expect(throws: ShellError.self) {
      try other.resume(path: path, force: false, console: console)
    }
    _ = try other.resume(path: path, force: true, console: console)
  }

  @Test("a finished interview cannot be resumed")
  func finishedNotResumable() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    _ = try uninterrupted(in: directory)
    let console = ScriptedConsole(limit: 0, answer: ShortScript.answer)
    #expect(throws: ShellError.self) {
      try launcher(SteppingClock()).resume(
        path: directory.path("full.jsonl"), force: false, console: console)
    }
  }
}
