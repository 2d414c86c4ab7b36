import RepereBundledGuide
import Testing

@testable import RepereCore

/// Issue 9, item 9: follow-ups never ask for what was just said, and never presuppose a
/// practice just denied without the evaluator being told. One test per case, on the bundled
/// guide with the real engine.
@Suite struct FollowUpProbeTests {
  /// A driver past the identity and opening, at the gate of `block`.
  private func driver(at block: String) throws -> Driver {
    let dialogue = BundledGuide.dialogue
    var driver = Driver(dialogue: dialogue, suggester: try EvidenceSuggester(dialogue: dialogue))
    driver.start()
    // Identity and opening: a name or a note for each field.
    while let ask = driver.interview.pendingAsk,
      ask.id.hasPrefix("identity.") || ask.id.hasPrefix("opening.")
    {
      driver.send(ask.id.hasPrefix("opening.") ? "Noté." : "Martin")
    }
    driver.send("/aller \(block)")
    return driver
  }

  private func askIDs(_ events: [InterviewEvent]) -> [String] {
    events.compactMap { if case .ask(let ask) = $0 { ask.id } else { nil } }
  }

  private func infos(_ events: [InterviewEvent]) -> [String] {
    events.compactMap { if case .info(let message) = $0 { message.text } else { nil } }
  }

  @Test("« tous les vendredis » is a rhythm: no probe asks « À quel rythme… » (C2.3.c3)")
  func rhythmIsNotAskedAgain() throws {
    var driver = try self.driver(at: "C2.3")
    driver.send("oui")
    driver.send("Un tableau Excel que j'ai construit, un onglet par client.")
    driver.send("Le chiffre d'affaires, la marge et le nombre de visites.")
    var asked: [String] = []
    asked += askIDs(driver.send("Je le remplis tous les vendredis."))
    while let ask = driver.interview.pendingAsk, ask.id.contains(".probe.") {
      asked += askIDs(driver.send(""))
    }
    #expect(!asked.contains("C2.3.probe.3"), "\(asked)")
  }

  @Test("« je connais les formulateurs par leur prénom » illustrates the personalised relation")
  func personalisedRelationIsNotAskedAgain() throws {
    var driver = try self.driver(at: "C4.1")
    driver.send("oui")
    driver.send("Je les appelle avant de passer, puis visite sur site.")
    var asked = askIDs(driver.send("Je connais les formulateurs par leur prénom."))
    asked += askIDs(driver.send("Qu'ils repartent avec une réponse claire."))
    while let ask = driver.interview.pendingAsk, ask.id.contains(".probe.") {
      asked += askIDs(driver.send(""))
    }
    #expect(!asked.contains("C4.1.probe.2"), "\(asked)")
  }

  @Test("after « Non, jamais, ce n'est pas mon rôle », the evaluator is told and may position")
  func denialIsToldAndPositioningOffered() throws {
    var driver = try self.driver(at: "C1.2")
    driver.send("oui")
    driver.send("Non, la part de marché c'est le marketing.")
    driver.send("J'applique les objectifs que la direction me donne.")
    let events = driver.send("Non, jamais, ce n'est pas mon rôle.")
    let told = infos(events).first { $0.contains("vient de nier") }
    #expect(told?.contains("« Non, jamais, ce n'est pas mon rôle »") == true, "\(infos(events))")
    #expect(told?.contains("/positionner") == true)
    // The guide's text is asked verbatim if the evaluator goes on; here they position.
    let next = driver.send("/positionner")
    #expect(askIDs(next).last == "C1.2.position")
  }

  @Test("an answer that affirms the practice tells nothing and offers nothing")
  func noDenialNoOffer() throws {
    var driver = try self.driver(at: "C1.2")
    driver.send("oui")
    let events = driver.send("J'estime le potentiel de ma zone à partir des tonnages consommés.")
    #expect(!infos(events).contains { $0.contains("vient de nier") })
  }

  @Test("/positionner outside a block's questions says where it works")
  func positionOutsideQuestions() throws {
    var driver = try self.driver(at: "C1.2")
    let events = driver.send("/positionner")
    #expect(infos(events).contains { $0.contains("/positionner") })
    #expect(askIDs(events).last == "C1.2.gate")
  }
}
