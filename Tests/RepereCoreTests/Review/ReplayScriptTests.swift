import Foundation
import Testing

@testable import RepereCore

/// The replay model: steps, the reviewer's lists, the pace, the navigation commands.
@Suite struct ReplayScriptTests {
  private func script(_ recorder: TranscriptRecorder) -> ReplayScript {
    ReplayScript(ReviewFixture.parse(recorder.text))
  }

  @Test func oneStepPerInputStopResumptionAndSignature() {
    let recorder = ReviewFixture.signedSession()
    let parsed = ReviewFixture.parse(recorder.text)
    let steps = ReplayScript(parsed).steps
    #expect(steps.count == 1 + parsed.inputs.count + 1)
    guard case .opening = steps[0].kind, case .signed(let key) = steps.last?.kind else {
      Issue.record("first step is not the opening or last not the signature")
      return
    }
    #expect(key == ReviewFixture.evaluatorKey.publicKey.fingerprint)
    // Every event is in exactly one step, in order.
    let events = parsed.records.compactMap { record -> InterviewEvent? in
      if case .event(let event) = record.entry { return event }
      return nil
    }
    #expect(steps.flatMap(\.events) == events)
    // An input step carries the question it answered.
    guard case .input(let ask, let id, let text) = steps[1].kind else {
      Issue.record("step 2 is not an input")
      return
    }
    #expect(ask?.id == id)
    #expect(id == "identity.candidate.nom")
    #expect(text == "Martin")
  }

  @Test func stopsAndResumptionsAreSteps() {
    let steps = script(RecapGoldenTests.unfinishedSession()).steps
    #expect(steps.contains { $0.kind == .stopped(.endOfInput) })
    #expect(steps.contains { $0.kind == .resumed })
  }

  @Test func jumpsToABlockCaseInsensitively() throws {
    let replay = script(RecapGoldenTests.completeSession())
    let index = try #require(replay.firstStep(ofBlock: "c1.2"))
    #expect(replay.steps[index].blocksStarted == ["C1.2"])
    #expect(replay.firstStep(ofBlock: "C9.9") == nil)
  }

  @Test func listsOverridesWithTheirReasons() {
    let overrides = script(RecapGoldenTests.completeSession()).overrides
    #expect(overrides.map(\.decision.block) == ["C1.1", "C2.1"])
    #expect(
      overrides.map(\.decision.reason) == [
        "Relances décrites à l’oral, exemples solides.", "Exemples trop courts pour ce bloc.",
      ])
  }

  @Test func listsBackEditsWithOldAndNewValues() {
    var recorder = TranscriptRecorder()
    recorder.send(["Martin", "/retour", "Martine"])
    let edits = script(recorder).backEdits
    #expect(edits.map(\.edit.old) == ["Martin"])
    #expect(edits.map(\.edit.new) == ["Martine"])
  }

  @Test func searchIgnoresCaseAndAccents() {
    let replay = script(RecapGoldenTests.completeSession())
    let found = replay.steps(containing: "NEGOCIE")
    #expect(!found.isEmpty)
    for index in found {
      guard case .input(_, _, let text) = replay.steps[index].kind else { continue }
      #expect(text.lowercased().contains("négocie"))
    }
    #expect(replay.steps(containing: "introuvable").isEmpty)
    #expect(replay.steps(containing: "").isEmpty)
  }

  @Test func timePerBlockLeavesOutThePauseBeforeAResumption() {
    let times = script(RecapGoldenTests.unfinishedSession()).timePerBlock
    // One minute per line; the day-long pause is not counted anywhere.
    #expect(times.allSatisfy { $0.seconds < 3600 })
    #expect(times.map(\.block) == ["C1.1", "C1.2", "C2.1"])
    #expect(times.first?.seconds == 180)
  }

  @Test func pacingDividesBySpeedAndCapsPauses() {
    let start = Date(timeIntervalSince1970: 1000)
    let pacing = ReplayPacing(speed: 2, maximumPause: 5)
    #expect(pacing.wait(from: start, to: start + 4) == 2)
    #expect(pacing.wait(from: start, to: start + 60) == 5)
    #expect(pacing.wait(from: start + 10, to: start) == 0)
    #expect(pacing.wait(from: nil, to: start) == 0)
    #expect(ReplayPacing().wait(from: start, to: start + 90) == 90)
    let waits = ReplayPacing(speed: 60).waits(for: script(RecapGoldenTests.completeSession()))
    // The recorder's clock moves one minute per line: one second per step at speed 60.
    #expect(waits.first == 0)
    #expect(waits.dropFirst().allSatisfy { $0 == 1 })
  }

  @Test func navigationCommands() {
    var navigation = ReplayNavigation(script: script(RecapGoldenTests.completeSession()))
    let count = navigation.script.steps.count
    #expect(navigation.receive("") == .step(0))
    #expect(navigation.receive("") == .step(1))
    #expect(navigation.receive("/precedent") == .step(0))
    #expect(navigation.receive("/etape 3") == .step(2))
    #expect(navigation.current == 2)
    #expect(navigation.receive("/etape \(count)") == .step(count - 1))
    #expect(navigation.receive("") == .summary)
    #expect(navigation.receive("/derogations") == .overrides)
    #expect(navigation.receive("/retours") == .backEdits)
    #expect(navigation.receive("/aide") == .help)
    #expect(navigation.receive("/quitter") == .quit)
    let block = navigation.script.firstStep(ofBlock: "C2.1")!
    #expect(navigation.receive("/bloc C2.1") == .step(block))
    #expect(
      navigation.receive("/chercher cahier")
        == .search(word: "cahier", steps: navigation.script.steps(containing: "cahier")))
  }

  @Test func navigationMessagesAreFrench() {
    var navigation = ReplayNavigation(script: script(RecapGoldenTests.completeSession()))
    let count = navigation.script.steps.count
    #expect(
      navigation.receive("/etape 0")
        == .invalid("Donnez un numéro d’étape entre 1 et \(count) : /etape 12"))
    #expect(navigation.receive("/bloc") == .invalid("Donnez un bloc : /bloc C1.2"))
    #expect(
      navigation.receive("/bloc C9.9")
        == .invalid("Le bloc « C9.9 » n’a pas été abordé dans cette session."))
    #expect(navigation.receive("/chercher") == .invalid("Donnez un mot : /chercher formation"))
    #expect(
      navigation.receive("/x\u{1B}[2J")
        == .invalid(
          "« /x\\u{1B}[2J » n’est pas une commande de la relecture ; Entrée pour l’étape "
            + "suivante, /aide pour les commandes."))
    #expect(
      ReplayNavigation.commands.map(\.help).contains("lister les réponses modifiées après /retour"))
  }
}
