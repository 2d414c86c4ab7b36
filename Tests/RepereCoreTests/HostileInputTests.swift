import Foundation
import RepereBundledGuide
import Testing

@testable import RepereCore

/// The core side of issue 8: each numbered item's reproduction, kept as a regression test.
@Suite("Hostile input (core)")
struct HostileInputTests {
  private let date = Date(timeIntervalSince1970: 1_795_000_000.125)

  // MARK: - 1. Typed numbers at closed questions

  @Test(
    "numbers beyond the choices match nothing, whatever their size",
    arguments: [
      "-9223372036854775808", "9223372036854775807", "0", "-1", "3", "99999999999999999999",
    ])
  func outOfRangeNumbers(_ input: String) {
    #expect(ChoiceMatcher.yesNo.match(input) == nil)
    #expect(ChoiceMatcher.endChoice.match(input) == nil)
  }

  @Test("the interview answers Int.min at a closed question with an invalid-input event")
  func interviewSurvivesIntMin() throws {
    let dialogue = BundledGuide.dialogue
    var interview = Interview(
      dialogue: dialogue, suggester: try EvidenceSuggester(dialogue: dialogue))
    _ = interview.start(at: date)
    for line in ["Dupont", "Marie", "ACME"] + Array(repeating: "", count: 11) {
      _ = interview.receive(line, at: date)
    }
    #expect(interview.pendingAsk?.choices != nil)
    let events = interview.receive("-9223372036854775808", at: date)
    #expect(events.contains { if case .invalidInput = $0 { true } else { false } })
  }

  // MARK: - 2. Odd transcript lines

  @Test("a time with twenty fractional digits is unreadable, not a crash")
  func longFraction() {
    #expect(
      TranscriptTime.parse("2026-11-29T09:05:03." + String(repeating: "9", count: 20) + "Z") == nil)
    #expect(TranscriptTime.parse("2026-11-29T09:05:03.123456789Z") != nil)
  }

  @Test("an unreadable time is an issue of its line; forced, the line replays at the step before")
  func unreadableTime() throws {
    var (lines, _) = try recorded(["Dupont", "Marie"])
    let input = try #require(lines.lastIndex { $0.contains(#""type":"input""#) })
    lines[input] = lines[input].replacingOccurrences(
      of: ".125Z", with: "." + String(repeating: "9", count: 20) + "Z")
    let parsed = TranscriptParser.parse(rechained(lines))
    #expect(
      parsed.issues == [
        TranscriptIssue(line: input + 1, kind: .unreadable("champ « time » invalide"))
      ])
    let replayed = try TranscriptReplay.replay(parsed, into: freshInterview())
    #expect(replayed.inputs == 2)
  }

  @Test("a seq of Int.max is reported as an issue of its line, not a crash")
  func hugeSequence() {
    var chain = TranscriptChain()
    let first = chain.seal(.input(InputRecord(ask: "a", text: "x")), at: date)
    let second =
      #"{"seq":9223372036854775807,"time":"2026-11-18T11:06:40.125Z","type":"input","ask":"b","text":"y","prev":""#
      + ContentHash.sha256(Data(first.utf8)) + #""}"#
    let third =
      #"{"seq":3,"time":"2026-11-18T11:06:40.125Z","type":"input","ask":"c","text":"z","prev":"0"}"#
    let parsed = TranscriptParser.parse(Data((first + "\n" + second + "\n" + third + "\n").utf8))
    #expect(parsed.issues.contains { $0.line == 2 })
  }

  // MARK: - 5. Duplicate keys

  @Test("a key given twice in one object is found, escapes decoded")
  func duplicateKeys() {
    #expect(
      JSONDuplicateKeys.firstDuplicate(in: Array(#"{"text":"Dupont","text":"Durand"}"#.utf8))
        == "text")
    #expect(
      JSONDuplicateKeys.firstDuplicate(in: Array(#"{"text":"a","te\u0078t":"b"}"#.utf8)) == "text")
    #expect(JSONDuplicateKeys.firstDuplicate(in: Array(#"{"a":{"b":1,"b":2}}"#.utf8)) == "b")
    #expect(
      JSONDuplicateKeys.firstDuplicate(in: Array(#"{"a":[{"b":1},{"b":2}],"b":3}"#.utf8)) == nil)
    #expect(JSONDuplicateKeys.firstDuplicate(in: Array(#"{"a":"\"b\":1,\"b\":2"}"#.utf8)) == nil)
  }

  @Test("a transcript line with a duplicate key is an integrity issue, even re-chained")
  func duplicateKeyLine() {
    var chain = TranscriptChain()
    let start = chain.seal(.input(InputRecord(ask: "a", text: "x")), at: date)
    let forged =
      #"{"seq":2,"time":"2026-11-18T11:06:40.125Z","type":"input","ask":"b","text":"Durand","text":"Dupont","prev":""#
      + ContentHash.sha256(Data(start.utf8)) + #""}"#
    let parsed = TranscriptParser.parse(Data((start + "\n" + forged + "\n").utf8))
    #expect(parsed.issues == [TranscriptIssue(line: 2, kind: .duplicateKey("text"))])
  }

  // MARK: - 5, 4. Replay compared with the record; torn last step

  /// A real transcript of the bundled guide: start, then `answers`, all at `date`.
  private func recorded(_ answers: [String]) throws -> (lines: [String], interview: Interview) {
    let dialogue = BundledGuide.dialogue
    var interview = Interview(
      dialogue: dialogue, suggester: try EvidenceSuggester(dialogue: dialogue))
    var chain = TranscriptChain()
    var lines = [
      chain.seal(
        .sessionStarted(
          SessionStart(
            programVersion: "t", dialogue: "d", dialogueVersion: "1", dialogueSHA256: "x",
            dialogueSource: "(intégré)")), at: date)
    ]
    lines += interview.start(at: date).map { chain.seal(.event($0), at: date) }
    for answer in answers {
      let ask = try #require(interview.pendingAsk)
      lines.append(chain.seal(.input(InputRecord(ask: ask.id, text: answer)), at: date))
      lines += interview.receive(answer, at: date).map { chain.seal(.event($0), at: date) }
    }
    return (lines, interview)
  }

  /// The lines with their `prev` recomputed, as a forger would.
  private func rechained(_ lines: [String]) -> Data {
    var previous = TranscriptChain.genesis
    var result: [String] = []
    for line in lines {
      let sealed =
        String(line.dropLast(TranscriptChain.envelopeEndLength)) + #","prev":"\#(previous)"}"#
      previous = ContentHash.sha256(Data(sealed.utf8))
      result.append(sealed)
    }
    return Data((result.joined(separator: "\n") + "\n").utf8)
  }

  private func freshInterview() throws -> Interview {
    let dialogue = BundledGuide.dialogue
    return Interview(dialogue: dialogue, suggester: try EvidenceSuggester(dialogue: dialogue))
  }

  @Test("an untouched transcript replays with no mismatch and nothing missing")
  func untouchedReplay() throws {
    let (lines, _) = try recorded(["Dupont", "Marie", "ACME", ""])
    let replayed = try TranscriptReplay.replay(
      TranscriptParser.parse(rechained(lines)), into: freshInterview())
    #expect(replayed.firstMismatch == nil)
    #expect(replayed.missingEvents.isEmpty)
    #expect(replayed.inputs == 4)
  }

  @Test("an answer event edited and re-chained is found, at its line")
  func editedEvent() throws {
    var (lines, _) = try recorded(["Dupont", "Marie", "ACME", ""])
    let index = try #require(
      lines.firstIndex { $0.contains(#""type":"answer""#) && $0.contains("Dupont") })
    lines[index] = lines[index].replacingOccurrences(of: "Dupont", with: "Durand")
    let parsed = TranscriptParser.parse(rechained(lines))
    #expect(parsed.issues.isEmpty)  // the chain alone cannot tell
    let replayed = try TranscriptReplay.replay(parsed, into: freshInterview())
    #expect(replayed.firstMismatch == index + 1)
  }

  @Test("a replay that skips the comparison reports no mismatch and rebuilds the same session")
  func skippedComparison() throws {
    var (lines, _) = try recorded(["Dupont", "Marie", "ACME", ""])
    let index = try #require(
      lines.firstIndex { $0.contains(#""type":"answer""#) && $0.contains("Dupont") })
    lines[index] = lines[index].replacingOccurrences(of: "Dupont", with: "Durand")
    let parsed = TranscriptParser.parse(rechained(lines))
    let written = try TranscriptReplay.replay(parsed, into: freshInterview())
    let skipped = try TranscriptReplay.replay(
      parsed, into: freshInterview(), comparison: .skipped)
    #expect(written.firstMismatch == index + 1)
    #expect(skipped.firstMismatch == nil)
    #expect(skipped.produced == written.produced)
    #expect(skipped.inputs == written.inputs)
    #expect(skipped.interview.record == written.interview.record)
  }

  @Test("the events of a step removed at a step boundary, in the middle, are found missing")
  func removedEvents() throws {
    var (lines, _) = try recorded(["Dupont", "Marie", "ACME", ""])
    let input = try #require(
      lines.firstIndex { $0.contains(#""type":"input""#) && $0.contains("Marie") })
    var end = input + 1
    while !lines[end].contains(#""type":"input""#) { end += 1 }
    lines.removeSubrange((input + 1)..<end)
    let replayed = try TranscriptReplay.replay(
      TranscriptParser.parse(rechained(lines)), into: freshInterview())
    #expect(replayed.firstMismatch == input + 2)
  }

  @Test("a last step cut after its input gives back its missing events, in order")
  func tornLastStep() throws {
    let (full, _) = try recorded(["Dupont", "Marie"])
    let input = try #require(full.lastIndex { $0.contains(#""type":"input""#) })
    let kept = Array(full[...(input + 1)])
    let replayed = try TranscriptReplay.replay(
      TranscriptParser.parse(Data((kept.joined(separator: "\n") + "\n").utf8)),
      into: freshInterview())
    #expect(replayed.firstMismatch == nil)
    let missing = full[(input + 2)...].map { line in
      TranscriptParser.parse(Data((line + "\n").utf8)).records.first?.entry
    }
    #expect(replayed.missingEvents.map(TranscriptEntry.event) == missing.compactMap { $0 })
    #expect(!replayed.missingEvents.isEmpty)
  }

  // MARK: - 11. A power cut's zeros

  @Test("a last line of zero bytes is a torn line (power cut), not an integrity issue")
  func zeroFilledLastLine() {
    var chain = TranscriptChain()
    let line = chain.seal(.input(InputRecord(ask: "a", text: "x")), at: date)
    var bytes = Array((line + "\n").utf8)
    bytes += [UInt8](repeating: 0, count: 300) + [0x0A]
    let parsed = TranscriptParser.parse(Data(bytes))
    #expect(parsed.issues.isEmpty)
    #expect(parsed.tornLine == TornLine(line: 2, byteCount: 301, isZeroFilled: true))
    #expect(parsed.completeByteCount == line.utf8.count + 1)
    let unterminated = TranscriptParser.parse(Data(Array((line + "\n").utf8) + [0, 0, 0]))
    #expect(unterminated.tornLine?.isZeroFilled == true)
  }

  // MARK: - 6. YAML alias bombs and floods of diagnostics

  @Test("anchors and aliases are refused at once, with one diagnostic")
  func aliasBomb() {
    var lines = ["id: x", "version: '1'", "proto: &b {id: C1.1, title: t}", "competences:"]
    lines.append(
      "  - &c {id: C1, title: t, blocks: ["
        + Array(repeating: "*b", count: 300).joined(separator: ", ") + "]}")
    lines += Array(repeating: "  - *c", count: 299)
    let diagnostics = DialogueLoader.read(lines.joined(separator: "\n") + "\n").diagnostics
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.message.contains("ancre YAML « &b »") == true)
    #expect(diagnostics.first?.line == 3)
  }

  @Test("unknown keys are reported up to a bound, the rest counted")
  func unknownKeysBounded() {
    let yaml = (0..<1_000).map { "k\($0): 1" }.joined(separator: "\n") + "\n"
    let unknown = DialogueLoader.read(yaml).diagnostics.filter { $0.message.contains("inconnue") }
    #expect(unknown.count == YAMLNodeReader.unknownKeysReported + 1)
    #expect(unknown.contains { $0.message.contains("980 autres clés inconnues") })
  }

  @Test("printed diagnostics are capped, with the count of the rest")
  func printedCap() {
    let diagnostics = (1...120).map { DialogueDiagnostic(line: $0, column: 1, message: "m") }
    let lines = DialogueDiagnostic.printedLines(diagnostics, file: "g.yaml")
    #expect(lines.count == DialogueDiagnostic.printedLimit + 1)
    #expect(lines.last == "g.yaml : … et 70 autres problèmes non affichés")
  }

  @Test("a file beyond the size bound is refused before parsing")
  func sizeBound() {
    let yaml = String(repeating: "# commentaire\n", count: DialogueLoader.maximumBytes / 14 + 10)
    let diagnostics = DialogueLoader.read(yaml).diagnostics
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.message.contains("trop gros") == true)
  }

  // MARK: - 9. Escape codes in a guide

  @Test(
    "a guide text with escape, C1, bidi or line-separator characters is refused",
    arguments: ["\u{1B}]0;pwned\u{7}", "\u{9B}2J", "a\u{202E}b", "a\u{2028}b", "a\u{200B}b"])
  func controlInGuideText(_ text: String) throws {
    let title = try #require(LoaderFixture.yaml.range(of: "\ntitle: "))
    let lineEnd = try #require(LoaderFixture.yaml[title.upperBound...].firstIndex(of: "\n"))
    let escaped = text.unicodeScalars.map { String(format: "\\u%04X", $0.value) }.joined()
    let yaml = LoaderFixture.yaml.replacingCharacters(
      in: title.upperBound..<lineEnd, with: "\"CQP \(escaped)\"")
    let diagnostics = DialogueLoader.read(yaml).diagnostics
    #expect(diagnostics.contains { $0.message.contains("caractère de contrôle ou invisible") })
  }

  @Test("safe display shows every unsafe character as a visible escape")
  func safeDisplay() {
    #expect(
      SafeDisplay.escaped("\u{1B}]0;pwned\u{7}\u{1B}[2J\u{202E}\u{2028}CQP")
        == #"\u{1B}]0;pwned\u{7}\u{1B}[2J\u{202E}\u{2028}CQP"#)
    #expect(
      SafeDisplay.escaped("a\u{9B}b\u{200B}c\u{FEFF}d\u{2066}")
        == #"a\u{9B}b\u{200B}c\u{FEFF}d\u{2066}"#)
    #expect(SafeDisplay.escaped("ligne\nsuivante", keepingNewlines: true) == "ligne\nsuivante")
    #expect(SafeDisplay.escaped("Élément « évalué » — l’écrit") == "Élément « évalué » — l’écrit")
  }

  // MARK: - 10. Invisible characters typed

  @Test("input cleaning removes invisible and line-breaking characters, and counts them")
  func inputCleaning() {
    let cleaned = InputLine.clean("Du\u{200B}pont\u{2028}Marie\u{202E}\u{2066}\u{FEFF}\u{2029}")
    #expect(cleaned.text == "Dupont Marie")
    #expect(cleaned.removed == 6)
    #expect(InputLine.clean("Dupont").removed == 0)
  }

  @Test(
    "a required field needs a visible character",
    arguments: ["\u{200B}", "\u{202E}", "\u{3164}", " \u{FEFF} "])
  func invisibleName(_ name: String) throws {
    var interview = try freshInterview()
    _ = interview.start(at: date)
    let events = interview.receive(name, at: date)
    #expect(events.contains { if case .invalidInput = $0 { true } else { false } })
    #expect(interview.pendingAsk?.id == "identity.candidate.nom")
  }

  @Test("the interview records that a line was cleaned")
  func cleanedEvent() throws {
    var interview = try freshInterview()
    _ = interview.start(at: date)
    let events = interview.receive("Du\u{200B}pont", at: date)
    #expect(events.first == .inputCleaned(.init(removed: 1)))
  }

  @Test("JSON the program writes escapes U+2028, U+2029 and C1 controls")
  func jsonEscapes() {
    let event = InterviewEvent.note(.init(block: nil, text: "a\u{2028}b\u{2029}c\u{85}d\u{9B}e"))
    let line = event.jsonLine()
    #expect(!line.unicodeScalars.contains { [0x2028, 0x2029, 0x85, 0x9B].contains($0.value) })
    #expect(line.contains(#"a\u2028b\u2029c\u0085d\u009be"#))
    var chain = TranscriptChain()
    let sealed = chain.seal(.input(InputRecord(ask: "a", text: "x\u{2028}y")), at: date)
    #expect(sealed.contains(#"x\u2028y"#))
    let parsed = TranscriptParser.parse(Data((sealed + "\n").utf8))
    #expect(parsed.inputs.first?.input.text == "x\u{2028}y")
  }
}
