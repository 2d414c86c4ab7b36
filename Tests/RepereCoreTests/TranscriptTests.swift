import Foundation
import RepereBundledGuide
import Testing

@testable import RepereCore

@Suite("Transcript lines, chain and replay")
struct TranscriptTests {
  private let date = Date(timeIntervalSince1970: 1_795_000_000.125)

  private func transcript(_ entries: [TranscriptEntry]) -> [String] {
    var chain = TranscriptChain()
    return entries.map { chain.seal($0, at: date) }
  }

  private func inputs(_ count: Int) -> [TranscriptEntry] {
    let start = TranscriptEntry.sessionStarted(
      SessionStart(
        programVersion: "t", dialogue: "d", dialogueVersion: "1", dialogueSHA256: "x",
        dialogueSource: "(intégré)"))
    return [start] + (1...count).map { .input(InputRecord(ask: "q\($0)", text: "réponse \($0)")) }
  }

  private func data(_ lines: [String], newline: Bool = true) -> Data {
    Data((lines.joined(separator: "\n") + (newline ? "\n" : "")).utf8)
  }

  @Test("times are ISO 8601 UTC with milliseconds and read back exactly")
  func times() throws {
    #expect(TranscriptTime.format(date) == "2026-11-18T11:06:40.125Z")
    #expect(TranscriptTime.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
    #expect(
      TranscriptTime.format(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00.000Z")
    for seconds in [0.0, 1_795_000_000.999, 1_709_164_800.5, 4_102_444_799.001] {
      let rounded = TranscriptTime.rounded(Date(timeIntervalSince1970: seconds))
      #expect(TranscriptTime.parse(TranscriptTime.format(rounded)) == rounded)
    }
    #expect(TranscriptTime.parse("2026-13-01T00:00:00Z") == nil)
    #expect(TranscriptTime.parse("hier") == nil)
  }

  @Test("each line carries seq, time, type and the hash of the previous line")
  func lineShape() throws {
    let lines = transcript(inputs(2))
    let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
    #expect(first?["seq"] as? Int == 1)
    #expect(first?["type"] as? String == "session_started")
    #expect(first?["prev"] as? String == TranscriptChain.genesis)
    let second = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any]
    #expect(second?["prev"] as? String == ContentHash.sha256(lines[0]))
    #expect(second?["ask"] as? String == "q1")
  }

  @Test("an intact transcript parses with no issue and continues its chain")
  func intact() {
    let lines = transcript(inputs(3))
    let parsed = TranscriptParser.parse(data(lines))
    #expect(parsed.issues.isEmpty)
    #expect(parsed.tornLine == nil)
    #expect(parsed.inputs.map(\.input.text) == ["réponse 1", "réponse 2", "réponse 3"])
    #expect(parsed.chain.nextSequence == 5)
    #expect(parsed.chain.previousHash == ContentHash.sha256(lines[3]))
  }

  @Test("an edited line is detected at the next line, which names it")
  func editedLine() {
    var lines = transcript(inputs(4))
    lines[2] = lines[2].replacingOccurrences(of: "réponse 2", with: "réponse 9")
    let parsed = TranscriptParser.parse(data(lines))
    #expect(parsed.issues == [TranscriptIssue(line: 4, kind: .brokenChain)])
    #expect(parsed.issues[0].description.contains("ligne 3"))
  }

  @Test("removed and swapped lines are detected")
  func removedAndSwapped() {
    var removed = transcript(inputs(4))
    removed.remove(at: 2)
    #expect(TranscriptParser.parse(data(removed)).issues.map(\.line) == [3, 3])
    var swapped = transcript(inputs(4))
    swapped.swapAt(2, 3)
    #expect(!TranscriptParser.parse(data(swapped)).issues.isEmpty)
  }

  @Test("a torn last line is reported and dropped, not an issue")
  func tornLine() {
    let lines = transcript(inputs(3))
    var bytes = data(lines)
    let complete = bytes.count
    bytes += Data(#"{"seq":5,"time":"2026-11-18T11:06:40"#.utf8)
    let parsed = TranscriptParser.parse(bytes)
    #expect(parsed.issues.isEmpty)
    #expect(parsed.tornLine == TornLine(line: 5, byteCount: bytes.count - complete))
    #expect(parsed.completeByteCount == complete)
    #expect(parsed.records.count == 4)
  }

  @Test("garbage in the middle is an unreadable line with its number")
  func garbage() {
    var lines = transcript(inputs(3))
    lines[1] = "pas du JSON"
    let parsed = TranscriptParser.parse(data(lines))
    #expect(parsed.issues.first?.line == 2)
    if case .unreadable = parsed.issues.first?.kind {} else { Issue.record("not unreadable") }
  }

  @Test("entries round-trip through JSON, interview events included")
  func entriesRoundTrip() throws {
    let entries: [TranscriptEntry] = [
      .input(InputRecord(ask: "C1.1.gate", text: "oui \u{FFFD}", repairedEncoding: true)),
      .sessionStopped(SessionStop(reason: .sigterm, ask: "C1.1.gate")),
      .sessionResumed(SessionResume(programVersion: "1", inputs: 3, droppedTornLine: 9)),
      .event(.note(InterviewEvent.Note(block: "C1.1", text: "note « x »"))),
    ]
    let parsed = TranscriptParser.parse(data(transcript(entries)))
    #expect(parsed.records.map(\.entry) == entries)
  }

  @Test("replay refuses inputs that answer another question than the one awaited")
  func replayDivergence() throws {
    let dialogue = BundledGuide.dialogue
    let interview = Interview(
      dialogue: dialogue, suggester: try EvidenceSuggester(dialogue: dialogue))
    var entries = inputs(1)
    entries[1] = .input(InputRecord(ask: "identity.candidate.nom", text: "Dupont"))
    entries.append(.input(InputRecord(ask: "C4.2.gate", text: "oui")))
    let parsed = TranscriptParser.parse(data(transcript(entries)))
    #expect(
      throws: TranscriptReplayError.divergence(
        line: 3, expected: "identity.candidate.prenom", recorded: "C4.2.gate")
    ) {
      try TranscriptReplay.replay(parsed, into: interview)
    }
  }
}
