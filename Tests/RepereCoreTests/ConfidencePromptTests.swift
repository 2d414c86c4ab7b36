import Foundation
import Testing

@testable import RepereCore

/// The positioning prompt after a `low` and a `high` suggestion.
@Suite("Confidence at the positioning prompt")
struct ConfidencePromptTests {
  /// A driver at the positioning of C1.2 (one open question), answered with `answer`.
  private func atPosition(answer: String) -> (Driver, [InterviewEvent]) {
    var driver = Driver()
    driver.start()
    driver.send(openingLines)
    driver.send(["oui", "fichier crm", "relance", ""])  // C1.1 decided on Enter
    driver.send("oui")  // C1.2 gate
    let events = driver.send(answer)
    return (driver, events)
  }

  private func lastAsk(_ events: [InterviewEvent]) -> Ask? {
    if case .ask(let ask) = events.last { return ask }
    return nil
  }

  private func suggestion(_ events: [InterviewEvent]) -> InterviewEvent.Suggestion? {
    for event in events { if case .suggestion(let suggestion) = event { return suggestion } }
    return nil
  }

  @Test("a low suggestion has no default; the ask says so and is required")
  func lowHasNoDefault() throws {
    let (_, events) = atPosition(answer: "prix incertain")
    let shown = try #require(suggestion(events))
    #expect(shown.confidence == .low)
    #expect(shown.uncertainBecause == FakeSuggester.uncertainBecause)
    let ask = try #require(lastAsk(events))
    #expect(ask.id == "C1.2.position")
    #expect(ask.defaultChoice == nil)
    #expect(ask.required)
    #expect(
      ask.text
        == "Positionnement du bloc C1.2 ? Suggestion incertaine (« En totalité ») : choisissez.")
  }

  @Test("after a low suggestion an empty line is refused with a hint, a choice is taken")
  func lowRefusesEnter() throws {
    var (driver, _) = atPosition(answer: "prix incertain")
    let refused = driver.send("")
    guard case .invalidInput(let invalid) = refused.first else {
      Issue.record("expected invalid_input, got \(refused)")
      return
    }
    #expect(invalid.id == "C1.2.position")
    #expect(
      invalid.hint
        == "Suggestion incertaine : Entrée ne suffit pas, choisissez « En totalité », "
        + "« Partiellement », « Pas du tout » (ou leur numéro).")
    #expect(lastAsk(refused)?.id == "C1.2.position")
    let decided = driver.send("1")
    let decision = decided.compactMap { event -> InterviewEvent.Decision? in
      if case .decision(let decision) = event { return decision }
      return nil
    }.first
    #expect(decision?.level == .totalite)
    #expect(decision?.confidence == .low)
    #expect(decision?.overridden == false)
  }

  @Test("a high suggestion keeps Enter")
  func highKeepsEnter() throws {
    var (driver, events) = atPosition(answer: "prix")
    #expect(suggestion(events)?.confidence == .high)
    #expect(lastAsk(events)?.defaultChoice == "En totalité")
    let decided = driver.send("")
    let decision = decided.compactMap { event -> InterviewEvent.Decision? in
      if case .decision(let decision) = event { return decision }
      return nil
    }.first
    #expect(decision?.level == .totalite)
    #expect(decision?.confidence == .high)
    #expect(driver.interview.record.blocks["C1.2"]?.confidence?.level == .high)
  }

  @Test("the confidence is in the suggestion's JSON line, and old lines still decode")
  func suggestionJSON() throws {
    let (_, events) = atPosition(answer: "prix incertain")
    let shown = try #require(suggestion(events))
    let line = InterviewEvent.suggestion(shown).jsonLine()
    #expect(line.contains(#""confidence":"low""#))
    #expect(line.contains(#""uncertain_because":"#))
    #expect(line.contains(#""confidence_score":0.4"#))
    let old =
      #"{"type":"suggestion","block":"C1.2","level":"totalite","label":"En totalité","reason":"r"}"#
    let decoded = try JSONDecoder().decode(InterviewEvent.self, from: Data(old.utf8))
    guard case .suggestion(let payload) = decoded else {
      Issue.record("not a suggestion: \(decoded)")
      return
    }
    #expect(payload.confidence == .high)
    #expect(payload.uncertainBecause == nil)
  }
}
