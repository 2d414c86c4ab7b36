import Foundation
import Testing

@testable import RepereCore

/// Deciding a resumption from a parsed transcript: what is refused, what `--force` allows.
@Suite("Resume preparation")
struct ResumePreparationTests {
  private let guide = GuideIdentity(id: "fixture", version: "1", sha256: "abc", source: "x.yaml")

  /// A transcript of `lines` typed into the fixture interview, as the shell writes it.
  private func transcript(_ lines: [String], sha256: String = "abc") -> Data {
    var interview = Interview(dialogue: InterviewFixture.dialogue, suggester: FakeSuggester())
    let date = Date(timeIntervalSince1970: 1_795_000_000)
    var chain = TranscriptChain()
    var text = ""
    func write(_ entry: TranscriptEntry) { text += chain.seal(entry, at: date) + "\n" }
    write(
      .sessionStarted(
        SessionStart(
          programVersion: "t", dialogue: "fixture", dialogueVersion: "1", dialogueSHA256: sha256,
          dialogueSource: "x.yaml")))
    interview.start(at: date).forEach { write(.event($0)) }
    for line in lines {
      let ask = interview.pendingAsk?.id ?? "end"
      let events = interview.receive(line, at: date)
      write(.input(InputRecord(ask: ask, text: line)))
      events.forEach { write(.event($0)) }
    }
    return Data(text.utf8)
  }

  private func prepare(_ data: Data, force: Bool = false) throws(ResumeRefusal) -> ResumePlan {
    try ResumePreparation.prepare(
      TranscriptParser.parse(data),
      on: Interview(dialogue: InterviewFixture.dialogue, suggester: FakeSuggester()),
      guide: guide, force: force)
  }

  @Test("an intact transcript resumes at its pending question, every input replayed")
  func intact() throws {
    let plan = try prepare(transcript(["Dupont", "Marie"]))
    #expect(plan.inputs == 2)
    #expect(plan.interview.pendingAsk?.id == "identity.candidate.entreprise")
    #expect(plan.tornLine == nil)
    #expect(plan.forcedIssues.isEmpty)
    #expect(plan.record(programVersion: "v").forcedLines == nil)
  }

  @Test("a torn last line is planned to be cut off, not refused")
  func tornLine() throws {
    let data = transcript(["Dupont"])
    let plan = try prepare(data + Data("{\"seq\":9".utf8))
    #expect(plan.tornLine != nil)
    #expect(plan.completeByteCount == data.count)
  }

  @Test("a broken chain is refused, accepted with force and its lines recorded")
  func brokenChain() throws {
    var lines = String(decoding: transcript(["Dupont", "Marie"]), as: UTF8.self)
      .split(separator: "\n").map(String.init)
    lines[2] = lines[2].replacingOccurrences(of: "\"seq\":3", with: "\"seq\":3 ")
    let data = Data((lines.joined(separator: "\n") + "\n").utf8)
    #expect(throws: ResumeRefusal.integrity(TranscriptIssue(line: 4, kind: .brokenChain))) {
      try prepare(data)
    }
    let plan = try prepare(data, force: true)
    // The edited line 3 also differs, byte for byte, from what the replay writes.
    #expect(plan.forcedIssues.map(\.line) == [4, 3])
    #expect(plan.record(programVersion: "v").forcedLines == [4, 3])
  }

  @Test("another guide is refused unless forced")
  func otherGuide() throws {
    let data = transcript(["Dupont"], sha256: "other")
    do {
      _ = try prepare(data)
      Issue.record("another guide was accepted")
    } catch {
      guard case .otherGuide(let recorded, let loaded) = error else {
        Issue.record("wrong refusal: \(error)")
        return
      }
      #expect(recorded.dialogueSHA256 == "other")
      #expect(loaded == guide)
      #expect(error.description.contains("--force"))
    }
    #expect(try prepare(data, force: true).inputs == 1)
  }

  @Test("a transcript without its start, or finished, is refused even with force")
  func alwaysRefused() throws {
    let noStart = Data(
      String(decoding: transcript(["Dupont"]), as: UTF8.self).split(separator: "\n")
        .dropFirst().joined(separator: "\n").utf8)
    #expect(throws: ResumeRefusal.self) { try prepare(noStart, force: true) }
  }
}

/// A transcript read back into the record and recap its interview had.
@Suite("Transcript reading")
struct TranscriptReadingTests {
  @Test("replaying a finished session gives its record and final recap")
  func finishedSession() throws {
    var driver = Driver()
    driver.start()
    var lines = openingLines
    var chain = TranscriptChain()
    var text = ""
    let start = SessionStart(
      programVersion: "t", dialogue: "fixture", dialogueVersion: "1", dialogueSHA256: "abc",
      dialogueSource: "x.yaml")
    text += chain.seal(.sessionStarted(start), at: driver.clock) + "\n"
    func type(_ line: String) {
      let ask = driver.interview.pendingAsk?.id ?? "end"
      driver.send(line)
      text += chain.seal(.input(InputRecord(ask: ask, text: line)), at: driver.clock) + "\n"
    }
    lines.forEach(type)
    while let ask = driver.interview.pendingAsk?.id, lines.count < 100 {
      let line =
        ask.hasSuffix(".gate") || ask.hasSuffix(".manual")
        ? "non" : ask.hasSuffix(".note") ? "Rien." : ask.hasSuffix(".means") ? "1" : ""
      lines.append(line)
      type(line)
    }
    #expect(driver.interview.isFinished)
    let reading = try TranscriptReading(
      TranscriptParser.parse(Data(text.utf8)), dialogue: InterviewFixture.dialogue,
      suggester: FakeSuggester())
    #expect(reading.start == start)
    #expect(reading.inputs == lines.count)
    #expect(reading.isFinished)
    #expect(reading.record == driver.interview.record)
    #expect(reading.recap.complete)
    #expect(reading.recap == driver.interview.recap)
  }
}
