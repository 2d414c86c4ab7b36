import Foundation
import Testing

@testable import RepereCore

/// Unit tests: lines in, exact events out.
@Suite struct InterviewTests {
  /// A driver already at the gate of C1.1.
  private func atFirstGate() -> Driver {
    var driver = Driver()
    driver.start()
    driver.send(openingLines)
    return driver
  }

  private func askID(_ events: [InterviewEvent]) -> String? {
    if case .ask(let ask) = events.last { return ask.id }
    return nil
  }

  @Test func startAsksTheCandidateName() {
    var driver = Driver()
    let events = driver.start()
    #expect(
      events == [
        .started(.init(dialogue: "fixture", version: "1", title: "CQP Fixture", blocks: 3)),
        .ask(Ask(id: "identity.candidate.nom", text: "Candidat — nom ?", required: true)),
      ])
    #expect(driver.interview.start(at: driver.clock).isEmpty)
  }

  @Test func requiredNameIsAskedAgain() {
    var driver = Driver()
    driver.start()
    let events = driver.send("   ")
    #expect(
      events.first
        == .invalidInput(
          .init(id: "identity.candidate.nom", input: "", hint: "Cette information est requise.")))
    #expect(askID(events) == "identity.candidate.nom")
  }

  @Test(arguments: ["o", "OUI", "Oui.", "y", "yes", " oui "])
  func gateAcceptsYesVariants(_ input: String) {
    var driver = atFirstGate()
    let events = driver.send(input)
    #expect(
      events.first
        == .answer(.init(id: "C1.1.gate", text: input.trimmingWhitespace(), value: "oui")))
    #expect(askID(events) == "C1.1.q1")
  }

  @Test(arguments: ["peut-être", "ok", "x"])
  func gateRefusesOtherAnswers(_ input: String) {
    var driver = atFirstGate()
    let events = driver.send(input)
    #expect(
      events.first
        == .invalidInput(.init(id: "C1.1.gate", input: input, hint: "Répondez « oui » ou « non »."))
    )
    #expect(askID(events) == "C1.1.gate")
  }

  @Test(arguments: [
    ("t", LevelID.totalite), ("totalite", .totalite), ("En Totalité", .totalite),
    ("p", .partiellement), ("partiellement", .partiellement), ("pdt", .pasDuTout),
    ("pas du tout", .pasDuTout), ("3", .pasDuTout),
  ])
  func positionAcceptsVariants(_ input: String, _ level: LevelID) {
    let matcher = ChoiceMatcher.levels(InterviewFixture.dialogue.levels)
    #expect(matcher.match(input)?.value == level.rawValue)
  }

  @Test func ambiguousPrefixIsRefused() {
    #expect(ChoiceMatcher.levels(InterviewFixture.dialogue.levels).match("pa") == nil)
  }

  @Test func gateNoSuggestsPasDuToutAndOverrideNeedsAReason() {
    var driver = atFirstGate()
    var events = driver.send("non")
    #expect(askID(events) == "C1.1.position")
    #expect(driver.interview.pendingAsk?.defaultChoice == "Pas du tout")
    events = driver.send("t")
    #expect(askID(events) == "C1.1.override_reason")
    events = driver.send("")
    #expect(askID(events) == "C1.1.override_reason")
    events = driver.send("Vu en situation.")
    #expect(
      events.contains(
        .decision(
          .init(
            block: "C1.1", level: .totalite, label: "En totalité", suggested: .pasDuTout,
            overridden: true, reason: "Vu en situation.", confidence: .high))))
    #expect(askID(events) == "C1.2.gate")
  }

  @Test func backAcrossABlockRestoresAndRecomputes() {
    var driver = atFirstGate()
    driver.send(["oui", "CRM", "relance", ""])
    #expect(driver.interview.record.blocks["C1.1"]?.level == .totalite)
    var events = driver.send("/retour")
    #expect(events.first == .back(.init(id: "C1.1.position")))
    #expect(driver.interview.pendingAsk?.prefill == "En totalité")
    #expect(driver.interview.record.blocks["C1.1"] == nil)
    driver.send("/retour")  // back to the probe? no probe: q2
    #expect(driver.interview.pendingAsk?.id == "C1.1.q2")
    #expect(driver.interview.pendingAsk?.prefill == "relance")
    events = driver.send("rien")
    #expect(events.contains(.backEdit(.init(id: "C1.1.q2", old: "relance", new: "rien"))))
    #expect(askID(events) == "C1.1.probe.2")
  }

  @Test func backAtTheFirstQuestionSaysSo() {
    var driver = Driver()
    driver.start()
    let events = driver.send("/back")
    #expect(events.first == .info(.init(text: "Aucune réponse précédente à reprendre.")))
    #expect(askID(events) == "identity.candidate.nom")
  }

  @Test func controlCharactersAreStrippedAndLongLinesCut() {
    #expect(InputLine.clean("a\u{1B}[1;31mb\u{7}\tc\u{0}").text == "ab c")
    let long = String(repeating: "é", count: InputLine.maximumLength + 5)
    let cleaned = InputLine.clean(long)
    #expect(cleaned.text.count == InputLine.maximumLength)
    #expect(cleaned.originalLength == InputLine.maximumLength + 5)
    var driver = Driver()
    driver.start()
    let events = driver.send(long)
    #expect(
      events.first == .inputTruncated(.init(length: long.count, kept: InputLine.maximumLength)))
  }

  @Test func unknownCommandGivesAHint() {
    var driver = atFirstGate()
    let events = driver.send("/foo bar")
    #expect(
      events.first
        == .unknownCommand(
          .init(
            id: "C1.1.gate", input: "/foo bar",
            hint: "Commande inconnue. Tapez /aide pour la liste des commandes.")))
    #expect(askID(events) == "C1.1.gate")
  }

  @Test func doubleSlashEscapesAnAnswer() {
    var driver = atFirstGate()
    driver.send("oui")
    let events = driver.send("//etc/hosts est un fichier")
    #expect(events.first == .answer(.init(id: "C1.1.q1", text: "/etc/hosts est un fichier")))
  }

  @Test(arguments: [
    ("f", ["formation"]), ("pratique", ["pratique"]), ("les deux", ["formation", "pratique"]),
    ("f+p", ["formation", "pratique"]), ("Formation et pratique", ["formation", "pratique"]),
    ("both", ["formation", "pratique"]),
  ])
  func meansVariants(_ input: String, _ expected: [String]) {
    let interview = Interview(dialogue: InterviewFixture.dialogue, suggester: FakeSuggester())
    #expect(interview.parseMeans(input) == expected)
  }

  @Test func gotoThenTerminateLeavesTheRecapIncomplete() {
    var driver = atFirstGate()
    var events = driver.send("/aller c2.1")
    #expect(events.first == .goto(.init(from: "C1.1.gate", block: "C2.1")))
    events = driver.send(["non", "", "non", "RAS", "f"])
    #expect(askID(events) == "end")
    #expect(
      driver.interview.pendingAsk?.text
        == "Blocs non positionnés : C1.1, C1.2. Compétences à conclure (besoins et moyens) : "
        + "C1. Reprendre le premier point ouvert ou terminer quand même ?")
    events = driver.send("terminer")
    #expect(events.last == .finished(.init(complete: false)))
    #expect(driver.interview.isFinished)
    #expect(driver.interview.recap.competences[0].status == .incomplete)
    #expect(driver.interview.recap.competences[1].status == .toDevelop)
  }

  @Test func gotoIsRefusedDuringTheOpening() {
    var driver = Driver()
    driver.start()
    let events = driver.send("/aller C1.1")
    #expect(askID(events) == "identity.candidate.nom")
    if case .invalidInput = events.first {} else { Issue.record("expected invalid_input") }
  }

  @Test func noteGoesToTheCurrentBlockAndTheRecap() {
    var driver = atFirstGate()
    driver.send(["non", "/note Jamais eu de fichier.", "", "non", ""])
    let item = driver.interview.recap.competences[0].items[0]
    #expect(item.notes == ["Jamais eu de fichier."])
    #expect(item.needed == true)
  }

  @Test func statusListsPositionsAndWhatIsLeft() {
    var driver = atFirstGate()
    driver.send(["non", ""])
    let events = driver.send("/etat")
    #expect(
      events.first
        == .status(
          .init(
            id: "C1.2.gate", block: "C1.2", decided: 1, total: 3,
            positions: [.init(block: "C1.1", level: .pasDuTout, label: "Pas du tout")],
            remaining: ["C1.2", "C2.1"])))
  }

  @Test func replayingTheLinesGivesTheSameState() {
    let lines =
      openingLines + ["oui", "CRM", "/retour", "fichier", "relance", "", "/passer", "/quitter"]
    var first = Driver()
    first.start()
    first.send(lines)
    var second = Driver()
    second.start()
    second.send(lines)
    #expect(first.log == second.log)
    #expect(second.interview.pendingAsk == first.interview.pendingAsk)
    #expect(second.interview.record == first.interview.record)
    let resumed = second.interview.resume(at: second.clock)
    #expect(resumed.first == .resumed(.init(id: "C2.1.gate")))
  }

  @Test func eventsRoundTripThroughJSON() throws {
    var driver = atFirstGate()
    var events = driver.interview.receive("oui", at: driver.clock)
    events += driver.interview.receive("/aide", at: driver.clock)
    events += driver.interview.receive("/bilan", at: driver.clock)
    for event in events {
      let data = try InterviewEvent.makeEncoder().encode(event)
      let decoded = try JSONDecoder().decode(InterviewEvent.self, from: data)
      #expect(decoded == event)
      #expect(event.jsonLine().contains("\"type\":\"\(event.type)\""))
    }
  }

  @Test func commandNamesIgnoreCaseAndAccents() {
    #expect(ChatCommand.named("/État")?.kind == .status)
    #expect(ChatCommand.named("/HELP")?.kind == .help)
    #expect(ChatCommand.named("/aidez") == nil)
    #expect(ChatCommand.completions.contains("/aller"))
  }

  @Test func promptPrefixShowsProgress() {
    let ask = Ask(id: "C2.3.q1", text: "?", progress: Progress(step: "C2.3", index: 9, total: 24))
    #expect(ask.promptPrefix == "C2.3 · 9/24 ›")
  }
}

/// The recap text.
@Suite struct RecapTextRendererTests {
  @Test func rendersStatusNeedsMeansAndSignatures() {
    var driver = Driver()
    driver.start()
    driver.send(
      openingLines + [
        "non", "", "oui", "prix", "", "f", "oui", "besoin", "", "oui", "Jamais.", "pratique",
      ])
    #expect(driver.interview.isFinished)
    let text = RecapTextRenderer().render(driver.interview.recap)
    #expect(text.contains("[x] Le candidat doit développer des compétences"))
    #expect(text.contains("[x] la prospection (C1.1 : Pas du tout)"))
    #expect(text.contains("[ ] la négociation (C1.2 : En totalité)"))
    #expect(text.contains("[x] l’identification des risques (réglé à la main)"))
    #expect(text.contains("Note : Jamais."))
    #expect(
      text.contains("Moyens préconisés d’acquisition de ces compétences : Suivi d'une formation"))
    #expect(text.contains("Date : 09/03/2026"))
    #expect(text.contains(RecapCompiler.declaration))
    #expect(text.contains("  Fonction : Évaluatrice"))
  }
}

/// What an answer left behind becomes: `/retour` pre-fills it, `/passer` and `/aller` keep
/// it, and the provisional recap counts an undecided item as incomplete.
@Suite struct InterviewDraftTests {
  private func atFirstGate() -> Driver {
    var driver = Driver()
    driver.start()
    driver.send(openingLines)
    return driver
  }

  @Test func emptyLineAfterBackKeepsTheFreeAnswer() {
    var driver = atFirstGate()
    driver.send(["oui", "CRM"])
    driver.send("/retour")
    #expect(driver.interview.pendingAsk?.id == "C1.1.q1")
    #expect(driver.interview.pendingAsk?.defaultChoice == "CRM")
    let events = driver.send("")
    #expect(events.contains(.backEdit(.init(id: "C1.1.q1", old: "CRM", new: "CRM"))))
    #expect(events.contains(.answer(.init(id: "C1.1.q1", text: "CRM"))))
  }

  @Test func emptyLineAfterBackKeepsTheClosedChoice() {
    var driver = atFirstGate()
    driver.send(["non", "p", "parce que"])
    driver.send(["/retour", "/retour"])
    #expect(driver.interview.pendingAsk?.id == "C1.1.position")
    #expect(driver.interview.pendingAsk?.defaultChoice == "Partiellement")
    driver.send(["", "toujours"])
    #expect(driver.interview.record.blocks["C1.1"]?.level == .partiellement)
  }

  @Test func skipAndGotoKeepTheAnswersAlreadyGiven() {
    var driver = atFirstGate()
    driver.send(["oui", "CRM"])
    driver.send("/passer")
    #expect(driver.interview.pendingAsk?.id == "C1.2.gate")
    let events = driver.send("/aller C1.1")
    #expect(
      events.contains(
        .info(.init(text: "Reprise du bloc C1.1 : les réponses déjà données sont gardées."))))
    #expect(driver.interview.pendingAsk?.id == "C1.1.q2")
    driver.send(["relance", ""])
    #expect(driver.interview.record.blocks["C1.1"]?.answers == ["CRM", "relance"])
  }

  @Test func provisionalRecapIsIncompleteWhileAManualItemIsUndecided() {
    var driver = atFirstGate()
    driver.send(["/aller C2.1", "non", ""])
    #expect(driver.interview.pendingAsk?.id == "C2.r2.manual")
    #expect(driver.interview.recap.competences[1].status == .incomplete)
  }
}
