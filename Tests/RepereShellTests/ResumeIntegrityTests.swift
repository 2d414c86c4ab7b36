import Foundation
import RepereBundledGuide
import RepereCore
import Testing

@testable import RepereShell

/// Resumption of transcripts altered as issue 8 describes: forged and re-chained lines,
/// duplicate keys, a torn step, a power cut's zeros, loose permissions, a default name.
@Suite("Resumption: integrity, torn steps, permissions")
struct ResumeIntegrityTests {
  private static let suggester = try! EvidenceSuggester(dialogue: BundledGuide.dialogue)

  private func launcher(_ clock: SteppingClock) -> SessionLauncher {
    SessionLauncher(
      guide: GuideLoader.bundled, suggester: Self.suggester, programVersion: "test",
      clock: clock.now)
  }

  /// A session stopped after `answers` answers, at `path`.
  private func stopped(after answers: Int, path: String, clock: SteppingClock) throws {
    let console = ScriptedConsole(limit: answers, answer: ShortScript.answer)
    let session = try launcher(clock).startNew(transcriptPath: path, console: console)
    #expect(try session.run() == .suspended(reason: .endOfInput))
  }

  private func lines(_ path: String) throws -> [String] {
    try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
  }

  /// Writes the lines with their chain recomputed, as a forger would.
  private func writeRechained(_ lines: [String], to path: String) throws {
    var previous = TranscriptChain.genesis
    var result: [String] = []
    for line in lines {
      let sealed =
        String(line.dropLast(TranscriptChain.envelopeEndLength)) + #","prev":"\#(previous)"}"#
      previous = ContentHash.sha256(Data(sealed.utf8))
      result.append(sealed)
    }
    try (result.joined(separator: "\n") + "\n").write(
      toFile: path, atomically: false, encoding: .utf8)
  }

  private func parse(_ path: String) throws -> ParsedTranscript {
    TranscriptParser.parse(try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  @Test("an answer event forged and re-chained is refused, naming its line; --force resumes")
  func forgedAnswerRefused() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("t.jsonl")
    let clock = SteppingClock()
    try stopped(after: 5, path: path, clock: clock)
    var lines = try lines(path)
    let forged = try #require(
      lines.firstIndex { $0.contains(#""type":"answer""#) && $0.contains("Dupont") })
    lines[forged] = lines[forged].replacingOccurrences(of: "Dupont", with: "Durand")
    try writeRechained(lines, to: path)
    #expect(try parse(path).issues.isEmpty)
    let console = ScriptedConsole(limit: 0, answer: ShortScript.answer)
    #expect(throws: ShellError.self) {
      try launcher(clock).resume(path: path, force: false, console: console)
    }
    do {
      _ = try launcher(clock).resume(path: path, force: false, console: console)
    } catch {
      #expect(error.description.contains("ligne \(forged + 1) : elle diffère"))
      #expect(error.description.contains("--force"))
    }
    let forcedConsole = ScriptedConsole(limit: 0, answer: ShortScript.answer)
    _ = try launcher(clock).resume(path: path, force: true, console: forcedConsole)
    #expect(
      forcedConsole.notices.contains(
        .integrityForced([TranscriptIssue(line: forged + 1, kind: .replayMismatch)])))
  }

  @Test("a duplicate key, re-chained, is refused")
  func duplicateKeyRefused() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("t.jsonl")
    let clock = SteppingClock()
    try stopped(after: 3, path: path, clock: clock)
    var lines = try lines(path)
    let input = try #require(lines.firstIndex { $0.contains(#""text":"Dupont","type":"input""#) })
    lines[input] = lines[input].replacingOccurrences(
      of: #""text":"Dupont""#, with: #""text":"Durand","text":"Dupont""#)
    try writeRechained(lines, to: path)
    let console = ScriptedConsole(limit: 0, answer: ShortScript.answer)
    do {
      _ = try launcher(clock).resume(path: path, force: false, console: console)
      Issue.record("a transcript with a duplicate key was resumed")
    } catch {
      #expect(error.description.contains("ligne \(input + 1) : la clé « text » y figure deux fois"))
    }
  }

  @Test("a step torn after its input gets its events back; the next resume finds it whole")
  func tornStepCompleted() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("t.jsonl")
    let clock = SteppingClock()
    try stopped(after: 4, path: path, clock: clock)
    var lines = try lines(path)
    // Keep the last input and one of its events; then half a line (the torn write).
    lines.removeLast()  // session_stopped
    let input = try #require(lines.lastIndex { $0.contains(#""type":"input""#) })
    let half = String(lines[input + 2].prefix(30))
    lines = Array(lines[...(input + 1)])
    try (lines.joined(separator: "\n") + "\n" + half).write(
      toFile: path, atomically: false, encoding: .utf8)
    let console = ScriptedConsole(limit: 0, answer: ShortScript.answer)
    _ = try launcher(clock).resume(path: path, force: false, console: console).run()
    #expect(console.notices.contains(.tornLineDropped(line: input + 3)))
    #expect(console.notices.contains { if case .stepCompleted = $0 { true } else { false } })
    let again = ScriptedConsole(limit: 0, answer: ShortScript.answer)
    _ = try launcher(clock).resume(path: path, force: false, console: again).run()
    #expect(!again.notices.contains { if case .stepCompleted = $0 { true } else { false } })
    #expect(try parse(path).issues.isEmpty)
  }

  @Test("a last line of zeros (power cut) is dropped with its own message, no --force needed")
  func zeroFilledLine() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("t.jsonl")
    let clock = SteppingClock()
    try stopped(after: 3, path: path, clock: clock)
    let count = try lines(path).count
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    handle.seekToEndOfFile()
    handle.write(Data([UInt8](repeating: 0, count: 200) + [0x0A]))
    try handle.close()
    let console = ScriptedConsole(limit: 0, answer: ShortScript.answer)
    _ = try launcher(clock).resume(path: path, force: false, console: console).run()
    let notice = SessionNotice.tornLineDropped(line: count + 1, zeroFilled: true)
    #expect(console.notices.contains(notice))
    #expect(notice.frenchText.contains("octets nuls"))
    #expect(!notice.frenchText.contains("modifiée après coup"))
  }

  @Test("resuming a world-readable transcript makes it private and says so")
  func madePrivate() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("t.jsonl")
    let clock = SteppingClock()
    try stopped(after: 2, path: path, clock: clock)
    #expect(chmod(path, 0o644) == 0)
    let console = ScriptedConsole(limit: 0, answer: ShortScript.answer)
    _ = try launcher(clock).resume(path: path, force: false, console: console)
    #expect(console.notices.contains(.madePrivate(formerMode: 0o644)))
    #expect(SessionNotice.madePrivate(formerMode: 0o644).frenchText.contains("mode 644"))
  }

  @Test("a default-named transcript resumed once the name is known is renamed")
  func defaultNameRenamedOnResume() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("entretien-2026-11-18.jsonl")
    let clock = SteppingClock()
    try stopped(after: 2, path: path, clock: clock)  // name and first name given
    let console = ScriptedConsole(limit: 0, answer: ShortScript.answer)
    let session = try launcher(clock).resume(path: path, force: false, console: console)
    #expect(session.transcriptPath.hasSuffix("-dupont-marie.jsonl"))
    #expect(!FileManager.default.fileExists(atPath: path))
    #expect(TranscriptLocation.hasDefaultNameWithoutCandidate("d/entretien-2026-11-18-2.jsonl"))
    #expect(!TranscriptLocation.hasDefaultNameWithoutCandidate("entretien-2026-11-18-dupont.jsonl"))
  }

  @Test("the resume hint never lets a path read as an option")
  func hyphenPath() {
    #expect(SessionNotice.shellQuoted("-x.jsonl") == "./-x.jsonl")
    #expect(SessionNotice.shellQuoted("a b.jsonl") == "'a b.jsonl'")
  }
}
