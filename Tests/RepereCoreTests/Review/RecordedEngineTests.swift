import Foundation
import Testing

@testable import RepereCore

/// The engine of an older release, for transcripts recorded before today's: it does not know
/// the terms of each block's last criterion (so it asks other probes and suggests lower than
/// ``FakeSuggester``, today's engine in these tests), and its confidence is always low, for
/// another reason.
struct OlderEngine: PositioningSuggester {
  static let uncertainBecause = "ancien moteur"

  func assess(block: Block, gate: Bool, answers: [String]) -> BlockAssessment {
    var assessment = FakeSuggester().assess(block: block, gate: gate, answers: answers)
    guard !assessment.criteria.isEmpty else { return assessment }
    assessment.criteria[assessment.criteria.count - 1].hits = []
    let covered = assessment.criteria.filter(\.isCovered).count
    assessment.level = covered == 0 ? .pasDuTout : .partiellement
    assessment.reason = "Ancien motif : \(covered) critère(s) illustré(s)."
    return assessment
  }

  func confidence(
    of assessment: BlockAssessment, block: Block, gate: Bool, answers: [String]
  ) -> SuggestionConfidence {
    SuggestionConfidence(level: .low, score: 0.3, uncertainBecause: Self.uncertainBecause)
  }
}

/// Transcripts recorded with another engine than today's are read as they were recorded:
/// recap, replay, statistics, anonymisation, resumption and the preparation alike; today's
/// engine only answers what comes after a resumption, and the verifier reports the drift.
@Suite struct RecordedEngineTests {
  /// The answers of a session on the fixture guide: with ``OlderEngine``, C1.1 gets a probe
  /// and « Partiellement », C1.2 a skipped probe and « Pas du tout », which today's engine
  /// would suggest as « En totalité » without any probe.
  static func answer(_ id: String) -> String {
    switch id {
    case "C1.1.gate", "C1.2.gate": "oui"
    case "C1.1.q1": "Je tiens un fichier client."
    case "C1.1.q2": "Je relance chaque mois."
    case "C1.1.probe.2": "Je rappelle aussi."
    case "C1.1.position": "partiellement"
    case "C1.2.q1": "Je discute le prix et la remise."
    case "C1.2.probe.1": ""
    case "C1.2.position": "partiellement"
    case "C1.2.override_reason": "Pratique réelle."
    case "C2.1.gate": "non"
    case "C2.1.position": "pas du tout"
    case "C2.r2.manual": "non"
    case "C2.r2.note": "Aucun risque."
    case "C1.means": "formation"
    case "C2.means": "pratique"
    default: "?"
    }
  }

  /// A whole session recorded with the older engine, stopped and resumed once.
  static func olderSession() -> TranscriptRecorder {
    var recorder = TranscriptRecorder(
      Interview(dialogue: InterviewFixture.dialogue, suggester: OlderEngine()),
      dialogue: InterviewFixture.dialogue)
    recorder.send(openingLines)
    recorder.send(["oui", answer("C1.1.q1")])
    recorder.stopAndResume(after: 3600)
    recorder.answerAll(answer)
    return recorder
  }

  /// The recorded events of a transcript.
  static func events(_ text: String) -> [InterviewEvent] {
    ReviewFixture.parse(text).records.compactMap {
      if case .event(let event) = $0.entry { return event }
      return nil
    }
  }

  /// The recorded suggestions, by block.
  static func suggestions(_ text: String) -> [String: InterviewEvent.Suggestion] {
    var found: [String: InterviewEvent.Suggestion] = [:]
    for case .suggestion(let suggestion) in events(text) { found[suggestion.block] = suggestion }
    return found
  }

  @Test func todaysEngineWouldAskOtherProbesAndSuggestOtherwise() {
    // The premise of the suite: without the recorded engine, these replays would diverge.
    let block = InterviewFixture.dialogue.blocks[1]
    let answers = [Self.answer("C1.2.q1")]
    #expect(FakeSuggester().assess(block: block, gate: true, answers: answers).level == .totalite)
    #expect(OlderEngine().assess(block: block, gate: true, answers: answers).level == .pasDuTout)
    let text = Self.olderSession().text
    #expect(
      Self.events(text).contains(
        .probeSkipped(.init(block: "C1.2", criterion: "C1.2.c1", number: 1))))
  }

  @Test func recapShowsTheRecordedSuggestions() throws {
    let recorder = Self.olderSession()
    let reading = try TranscriptReading(
      ReviewFixture.parse(recorder.text), dialogue: InterviewFixture.dialogue,
      suggester: FakeSuggester())
    #expect(reading.isFinished)
    let c11 = try #require(reading.record.blocks["C1.1"])
    let c12 = try #require(reading.record.blocks["C1.2"])
    #expect(c11.assessment.level == .partiellement)
    #expect(c11.confidence?.uncertainBecause == OlderEngine.uncertainBecause)
    #expect(c11.probed == ["C1.1.c2"])
    #expect(c12.assessment.level == .pasDuTout)
    #expect(c12.assessment.reason == "Ancien motif : 0 critère(s) illustré(s).")
    #expect(c12.level == .partiellement)
    // The recap compiled back is the one the session showed, word for word.
    guard
      case .recap(let shown) = Self.events(recorder.text).last(where: {
        if case .recap = $0 { true } else { false }
      })
    else {
      Issue.record("no recap recorded")
      return
    }
    #expect(
      TranscriptChain.members(of: .event(.recap(.init(final: true, recap: reading.recap))))
        == TranscriptChain.members(of: .event(.recap(shown))))
  }

  @Test func replayProducesTheRecordedLinesAndNeedsNoEngine() throws {
    let text = Self.olderSession().text
    let replayed = try TranscriptReplay.replay(
      ReviewFixture.parse(text),
      into: Interview(dialogue: InterviewFixture.dialogue, suggester: RefusingSuggester()))
    #expect(replayed.firstMismatch == nil)
    #expect(replayed.produced == Self.events(text))
  }

  @Test func statisticsCountTheRecordedSuggestions() throws {
    let classifier = SessionClassifier(
      dialogue: InterviewFixture.dialogue, guide: ReviewFixture.engine.guide,
      suggester: RefusingSuggester())
    let summary = try classifier.classify(Data(Self.olderSession().text.utf8)).get()
    let suggested = Dictionary(
      uniqueKeysWithValues: summary.blocks.map { ($0.block, $0.suggested) })
    #expect(suggested == ["C1.1": .partiellement, "C1.2": .pasDuTout, "C2.1": .pasDuTout])
    #expect(summary.blocks.allSatisfy { $0.confidence == .low })
    #expect(summary.blocks.first { $0.block == "C1.2" }?.overridden == true)
  }

  @Test func anonymisedCopyIsReadAsRecorded() throws {
    let parsed = ReviewFixture.parse(Self.olderSession().text)
    let reading = try TranscriptReading(
      parsed, dialogue: InterviewFixture.dialogue, suggester: RefusingSuggester())
    let copy = try TranscriptAnonymiser.anonymise(
      parsed, identity: reading.record.identity, sourceSHA256: "00")
    let anonymised = ReviewFixture.parse(copy.text)
    #expect(anonymised.issues.isEmpty)
    let again = try TranscriptReading(
      anonymised, dialogue: InterviewFixture.dialogue, suggester: RefusingSuggester())
    #expect(again.record.blocks["C1.2"]?.assessment.level == .pasDuTout)
    #expect(!copy.text.contains("Martin"))
  }

  @Test func resumptionKeepsTheRecordedProbeAndAssessesNewAnswersWithTodaysEngine() throws {
    var recorder = TranscriptRecorder(
      Interview(dialogue: InterviewFixture.dialogue, suggester: OlderEngine()),
      dialogue: InterviewFixture.dialogue)
    recorder.send(openingLines)
    recorder.send(["oui", "Je tiens un fichier client.", "Je relance chaque mois."])
    recorder.send(["Je rappelle aussi.", "partiellement", "oui", "Je discute le prix."])
    #expect(recorder.interview.pendingAsk?.id == "C1.2.probe.1")
    recorder.stop()
    let plan = try ResumePreparation.prepare(
      ReviewFixture.parse(recorder.text),
      on: Interview(dialogue: InterviewFixture.dialogue, suggester: FakeSuggester()),
      guide: ReviewFixture.engine.guide, force: false)
    var interview = plan.interview
    // The probe the older engine asked is still the pending question.
    #expect(interview.pendingAsk?.id == "C1.2.probe.1")
    #expect(interview.record.blocks["C1.1"]?.assessment.level == .partiellement)
    // A new answer: today's engine reads it (C1.2 illustrated, « En totalité », high).
    let date = Date(timeIntervalSince1970: 1_773_100_000)
    let events = interview.receive("Une remise de 5 % au plus.", at: date)
    let evidence = events.compactMap { if case .evidence(let found) = $0 { found } else { nil } }
    #expect(evidence.first?.criteria.first?.covered == true)
    let suggestion = events.compactMap {
      if case .suggestion(let suggested) = $0 { suggested } else { nil }
    }.first
    #expect(suggestion?.level == .totalite)
    #expect(suggestion?.confidence == .high)
  }

  @Test func verifierReportsDriftAsInformationOnly() {
    let parsed = ReviewFixture.parse(Self.olderSession().text)
    let engine = ReviewFixture.engine
    let problems = EngineCheck.check(
      parsed, dialogue: engine.dialogue, guide: engine.guide, suggester: engine.suggester)
    #expect(
      problems == [
        .engineDrift(block: "C1.1", evidence: true, suggestion: true),
        .engineDrift(block: "C1.2", evidence: true, suggestion: true),
        .engineDrift(block: "C2.1", evidence: false, suggestion: true),
      ])
    let verdict = TranscriptVerification.verify(parsed, trustedKeys: nil, engine: engine)
    #expect(verdict.isIntact)
    #expect(!verdict.problems.isEmpty)
  }

  @Test func preparationIsReadAndResumedWithTheRecordedFeedback() throws {
    let dialogue = InterviewFixture.dialogue
    let selection = try PreparationSelection.resolve(
      dialogue, competences: [], blocks: ["C1.1", "C1.2"])
    var recorder = ConversationRecorder(
      Preparation(dialogue: dialogue, suggester: OlderEngine(), selection: selection),
      dialogue: dialogue, blocks: ["C1.1", "C1.2"])
    recorder.send(["Martin", "Claire", "oui", "Je tiens un fichier client.", "Je relance."])
    recorder.stop()
    let recorded = Self.events(recorder.text).compactMap {
      if case .feedback(let feedback) = $0 { feedback } else { nil }
    }
    #expect(recorded.count == 1)
    #expect(recorded.first?.criteria.last?.status == .missing)
    let reading = try PreparationReading(
      ReviewFixture.parse(recorder.text), dialogue: dialogue, suggester: RefusingSuggester())
    #expect(reading.record.attempts["C1.1"]?.last?.feedback == recorded.first)
    let plan = try ResumePreparation.prepare(
      ReviewFixture.parse(recorder.text),
      on: Preparation(dialogue: dialogue, suggester: FakeSuggester(), selection: selection),
      guide: ReviewFixture.engine.guide, force: false)
    var preparation = plan.interview
    let date = Date(timeIntervalSince1970: 1_773_100_000)
    _ = preparation.receive("oui", at: date)
    let events = preparation.receive("Je négocie le prix.", at: date + 60)
    let feedback = events.compactMap { if case .feedback(let found) = $0 { found } else { nil } }
    // Today's engine reads the new block: the older one would find nothing.
    #expect(feedback.first?.criteria.first?.status == .illustrated)
  }
}

/// An engine that must not be asked: the transcript records everything it would say.
struct RefusingSuggester: PositioningSuggester {
  func assess(block: Block, gate: Bool, answers: [String]) -> BlockAssessment {
    Issue.record("today's engine asked for \(block.id) \(answers)")
    return FakeSuggester().assess(block: block, gate: gate, answers: answers)
  }
}
