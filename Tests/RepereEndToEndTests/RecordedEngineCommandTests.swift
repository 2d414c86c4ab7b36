import Foundation
import RepereBundledGuide
import RepereCore
import Testing

/// The engine of an older release on the bundled guide: it finds no evidence at all, so it
/// probes every criterion and suggests « Pas du tout », unsure, for reasons of its own.
private struct OlderBundledEngine: PositioningSuggester {
  static let reason = "Motif de l’ancien moteur."
  static let uncertainBecause = "moteur d’une version antérieure"

  func assess(block: Block, gate: Bool, answers: [String]) -> BlockAssessment {
    BlockAssessment(
      block: block.id, level: .pasDuTout,
      criteria: block.assessedCriteria.map {
        CriterionAssessment(criterion: $0.id, hits: [], counterSignals: [])
      },
      reason: Self.reason, signals: [])
  }

  func confidence(
    of assessment: BlockAssessment, block: Block, gate: Bool, answers: [String]
  ) -> SuggestionConfidence {
    SuggestionConfidence(level: .low, score: 0.2, uncertainBecause: Self.uncertainBecause)
  }
}

/// A session recorded by an older engine than the binary's is recapped, counted, anonymised,
/// verified and resumed as it was recorded (before, each of these refused it: the recorded
/// probes are not the ones today's engine asks).
@Suite("transcripts of an older engine (end to end)")
struct RecordedEngineCommandTests {
  static let c11Answer = "Je qualifie mes prospects avec le CRM chaque semaine."

  /// C1.1 « oui », every probe skipped, « Pas du tout » raised to « Partiellement »; stopped
  /// at C1.2's yes/no question.
  static func olderTranscript() -> String {
    let dialogue = BundledGuide.dialogue
    var interview = Interview(dialogue: dialogue, suggester: OlderBundledEngine())
    var clock = Date(timeIntervalSince1970: 1_772_960_400)
    var chain = TranscriptChain()
    let start = SessionStart(
      programVersion: "0.0.9", dialogue: dialogue.id, dialogueVersion: dialogue.version,
      dialogueSHA256: BundledGuide.sha256, dialogueSource: BundledGuide.sourceLabel)
    var lines = ([.sessionStarted(start)] + interview.start(at: clock).map(TranscriptEntry.event))
      .map { chain.seal($0, at: clock) }
    while let ask = interview.pendingAsk, ask.id != "C1.2.gate" {
      let answer: String =
        switch ask.id {
        case let id where id.hasPrefix("C1.1.q"): c11Answer
        case let id where id.hasPrefix("C1.1.probe"): ""
        case "C1.1.position": "p"
        default: SessionScript.answer(to: ask.id)
        }
      clock += 60
      lines +=
        ([.input(InputRecord(ask: ask.id, text: answer))]
        + interview.receive(answer, at: clock).map(TranscriptEntry.event))
        .map { chain.seal($0, at: clock) }
    }
    clock += 1
    lines.append(
      chain.seal(.sessionStopped(SessionStop(reason: .endOfInput, ask: "C1.2.gate")), at: clock))
    return lines.joined(separator: "\n") + "\n"
  }

  @Test("today's engine would ask other probes: the premise")
  func premise() throws {
    let dialogue = BundledGuide.dialogue
    let today = try EvidenceSuggester(dialogue: dialogue)
    let block = try #require(dialogue.blocks.first { $0.id == "C1.1" })
    let answers = Array(repeating: Self.c11Answer, count: block.questions.count)
    #expect(!today.assess(block: block, gate: true, answers: answers).covered.isEmpty)
  }

  @Test("bilan, stats, anonymiser and relecture --verifier read it as recorded")
  func readAsRecorded() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = scratch.path("ancien.jsonl")
    try Self.olderTranscript().write(toFile: path, atomically: true, encoding: .utf8)

    let recap = try RepereBinary.run(["bilan", path, "--format", "json"])
    #expect(recap.status == 0, "\(recap.standardError)")
    #expect(recap.standardOutput.contains(OlderBundledEngine.reason))

    let stats = try RepereBinary.run(["stats", path, "--format", "json"])
    #expect(stats.status == 0, "\(stats.standardError)")
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(stats.standardOutput.utf8)) as? [String: Any])
    let sessions = try #require(report["sessions"] as? [String: Any])
    #expect(sessions["counted"] as? Int == 1)
    #expect(sessions["suspended"] as? Int == 1)

    let copy = scratch.path("copie.jsonl")
    let anonymised = try RepereBinary.run(["anonymiser", path, "--sortie", copy])
    #expect(anonymised.status == 0, "\(anonymised.standardError)")
    let copied = try String(contentsOfFile: copy, encoding: .utf8)
    #expect(copied.contains(OlderBundledEngine.uncertainBecause))

    let verified = try RepereBinary.run(["relecture", "--verifier", path])
    #expect(verified.status == 0, "\(verified.standardOutput)")
    #expect(verified.standardOutput.contains("intacte"))
    #expect(verified.standardOutput.contains("à noter : bloc C1.1"))
  }

  @Test("entretien --reprendre keeps the recorded block and assesses new answers today")
  func resumed() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = scratch.path("ancien.jsonl")
    let recorded = Self.olderTranscript()
    try recorded.write(toFile: path, atomically: true, encoding: .utf8)
    let child = try ChildProcess.withPipes(["entretien", "--reprendre", path])
    let block = try #require(BundledGuide.dialogue.blocks.first { $0.id == "C1.2" })
    let answers = Array(
      repeating: "Je négocie les remises avec mon responsable.", count: block.questions.count)
    child.send((["oui"] + answers).joined(separator: "\n") + "\n")
    child.closeInput()
    _ = child.readToEnd()
    #expect(child.wait() == 3)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasPrefix(recorded))
    let added = String(text.dropFirst(recorded.count))
    #expect(added.contains(#""type":"session_resumed""#))
    #expect(added.contains(#""block":"C1.2""#) && added.contains(#""type":"evidence""#))
    // Today's engine assessed C1.2: none of the older engine's reasons or doubts.
    #expect(!added.contains(OlderBundledEngine.uncertainBecause))
    #expect(!added.contains(OlderBundledEngine.reason))
  }
}
