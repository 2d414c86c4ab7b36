import Foundation
import Testing

@testable import RepereCore

/// Free text at a closed question is never dropped, and `/criteres` shows the guide's
/// texts (issue 10, items 1 and 2).
@Suite struct ClosedPromptTests {
  static let stray = "Le client était mécontent, je l’ai rappelé avec une remise."

  /// A driver at C1.1's positioning, the block answered « oui » with no evidence.
  private func atPosition() -> Driver {
    var driver = Driver()
    driver.start()
    driver.send(openingLines + ["oui", "rien", "rien", "", ""])
    #expect(driver.interview.pendingAsk?.id == "C1.1.position")
    return driver
  }

  private func notes(_ events: [InterviewEvent]) -> [InterviewEvent.Note] {
    events.compactMap { if case .note(let note) = $0 { note } else { nil } }
  }

  @Test func freeTextAtThePositioningIsOfferedAsComplementOrNote() {
    var driver = atPosition()
    let events = driver.send(Self.stray)
    #expect(!events.contains { if case .invalidInput = $0 { true } else { false } })
    guard case .ask(let ask) = events.last else {
      Issue.record("no ask")
      return
    }
    #expect(ask.id == "C1.1.stray")
    #expect(ask.choices == ["complément", "note"])
    #expect(ask.defaultChoice == "complément")
  }

  @Test func theComplementJoinsTheAnswersAndTheBlockIsAssessedAgain() {
    var driver = atPosition()
    driver.send(Self.stray)
    let events = driver.send("")
    #expect(events.first == .answer(.init(id: "C1.1.stray", text: Self.stray, value: "complement")))
    // « remise » is not a C1.1 term, « rappel » is: the relance criterion is now covered.
    let evidence = events.compactMap { if case .evidence(let e) = $0 { e } else { nil } }
    #expect(evidence.count == 1)
    #expect(evidence.first?.criteria.map(\.covered) == [false, true])
    #expect(events.contains { if case .suggestion = $0 { true } else { false } })
    #expect(driver.interview.pendingAsk?.id == "C1.1.position")
    driver.send("")
    #expect(driver.interview.record.blocks["C1.1"]?.answers.last == Self.stray)
  }

  @Test(arguments: ["note", "2", "n"])
  func theNoteKeepsTheTextOnTheBlock(_ choice: String) {
    var driver = atPosition()
    driver.send(Self.stray)
    let events = driver.send(choice)
    #expect(notes(events) == [.init(block: "C1.1", text: Self.stray)])
    #expect(driver.interview.pendingAsk?.id == "C1.1.position")
  }

  @Test func aShortWrongAnswerIsStillRefused() {
    var driver = atPosition()
    let events = driver.send("peut-être bien")
    #expect(events.first.map { if case .invalidInput = $0 { true } else { false } } == true)
    #expect(driver.interview.pendingAsk?.id == "C1.1.position")
  }

  @Test func freeTextAtAGateIsKeptAsANote() {
    var driver = Driver()
    driver.start()
    driver.send(openingLines)
    let events = driver.send(Self.stray)
    #expect(notes(events) == [.init(block: "C1.1", text: Self.stray)])
    #expect(driver.interview.pendingAsk?.id == "C1.1.gate")
  }

  @Test func criteriaShowsTheGuideTextsVerbatim() {
    var driver = atPosition()
    let events = driver.send("/criteres")
    #expect(
      events.first
        == .criteria(
          .init(
            block: "C1.1", title: "Prospection", requiredCompetences: ["Savoir faire prospection"],
            criteria: ["Critère fichier", "Critère relance"])))
    #expect(driver.interview.pendingAsk?.id == "C1.1.position")
    #expect(driver.send("/criteria").first == events.first)
  }

  @Test func criteriaOutsideABlockSaysSo() {
    var driver = Driver()
    driver.start()
    let events = driver.send("/criteres")
    #expect(events.first.map { if case .info = $0 { true } else { false } } == true)
  }
}
