import Foundation
import Testing

@testable import RepereCore

/// The verification's replay through today's engine: another guide, engine drift, a
/// recorded recap that is not the one the inputs give.
@Suite struct EngineCheckTests {
  private func check(_ text: String, engine: TranscriptVerification.Engine = ReviewFixture.engine)
    -> [VerificationProblem]
  {
    EngineCheck.check(
      ReviewFixture.parse(text), dialogue: engine.dialogue, guide: engine.guide,
      suggester: engine.suggester)
  }

  @Test func intactSessionHasNoDrift() {
    #expect(check(RecapGoldenTests.completeSession().text) == [])
    #expect(check(RecapGoldenTests.unfinishedSession().text) == [])
  }

  @Test func changedDialogueIsNamedByItsHash() {
    var engine = ReviewFixture.engine
    engine.guide.sha256 = String(repeating: "cd", count: 32)
    #expect(
      check(RecapGoldenTests.completeSession().text, engine: engine)
        == [.otherDialogue(recorded: TranscriptRecorder.dialogueSHA256, given: engine.guide.sha256)]
    )
  }

  @Test func engineDriftIsReportedForEveryBlockThatDiffers() {
    // What the recorded engine explained for C1.1 and C2.1 is not what today's explains.
    // The replay reads the recorded evidence, so the probes and suggestions follow; the
    // recap compiled from it (its appendix quotes the explanations) is not the one the
    // session recorded.
    let forged = ReviewFixture.rechained(RecapGoldenTests.completeSession().text) { entry in
      guard case .event(.evidence(var evidence)) = entry, evidence.block != "C1.2" else {
        return entry
      }
      evidence.criteria[0].why = "explication d’un autre moteur"
      return .event(.evidence(evidence))
    }
    let problems = check(forged)
    let drifted = problems.compactMap { problem -> String? in
      if case .engineDrift(let block, true, false) = problem { return block }
      return nil
    }
    #expect(drifted == ["C1.1", "C2.1"])
    #expect(problems.contains { if case .replayMismatch = $0 { true } else { false } })
    #expect(problems.last == .recapDiffers)
  }

  @Test func editedRecordedSuggestionIsDriftOnThatBlockOnly() {
    let forged = ReviewFixture.rechained(RecapGoldenTests.completeSession().text) { entry in
      guard case .event(.suggestion(var suggestion)) = entry, suggestion.block == "C1.2" else {
        return entry
      }
      suggestion.reason = "Motif réécrit."
      return .event(.suggestion(suggestion))
    }
    let problems = check(forged)
    // Read as recorded: the reason is the recap's too, so the recorded recap (its line and
    // its content) differs from the one compiled back.
    #expect(problems.first == .engineDrift(block: "C1.2", evidence: false, suggestion: true))
    #expect(problems.count == 3)
    #expect(problems.contains { if case .replayMismatch = $0 { true } else { false } })
    #expect(problems.last == .recapDiffers)
  }

  @Test func editedEvidenceThatChangesTheProbesDoesNotReplay() {
    // A criterion marked as found where nothing was: its probe, recorded, is no longer asked.
    let forged = ReviewFixture.rechained(RecapGoldenTests.completeSession().text) { entry in
      guard case .event(.evidence(var evidence)) = entry, evidence.block == "C2.1" else {
        return entry
      }
      evidence.criteria[0].found.append("mot ajouté")
      evidence.criteria[0].covered = true
      return .event(.evidence(evidence))
    }
    let problems = check(forged)
    guard case .replay(.divergence)? = problems.first else {
      Issue.record("expected a divergence, got \(problems)")
      return
    }
  }

  @Test func editedRecordedRecapIsSeen() {
    let forged = ReviewFixture.rechained(RecapGoldenTests.completeSession().text) { entry in
      guard case .event(.recap(var shown)) = entry, shown.final else { return entry }
      shown.recap.identity.candidate.nom = "Autre"
      return .event(.recap(shown))
    }
    let problems = check(forged)
    #expect(problems.contains(.recapDiffers))
  }

  @Test func transcriptThatDoesNotFitTheGuideIsAReplayProblem() {
    let forged = ReviewFixture.rechained(RecapGoldenTests.completeSession().text) { entry in
      guard case .input(var input) = entry, input.ask == "identity.candidate.nom" else {
        return entry
      }
      input.ask = "C9.9.gate"
      return .input(input)
    }
    let problems = check(forged)
    guard case .replay(.divergence(let line, _, let recorded))? = problems.first else {
      Issue.record("expected a divergence, got \(problems)")
      return
    }
    #expect(recorded == "C9.9.gate")
    #expect(line > 1)
  }
}
