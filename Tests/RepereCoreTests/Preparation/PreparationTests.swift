import Foundation
import Testing

@testable import RepereCore

/// The preparation's state machine: lines in, exact events out (fixture guide, fake engine).
@Suite struct PreparationTests {
  private static let clock = Date(timeIntervalSince1970: 1_773_050_400)

  /// A preparation started, the candidate's name given: at the first chosen block's gate.
  private func started(selection: [Int]? = nil) -> Preparation {
    var preparation = Preparation(
      dialogue: InterviewFixture.dialogue, suggester: FakeSuggester(), selection: selection)
    _ = preparation.start(at: Self.clock)
    _ = preparation.receive("Martin", at: Self.clock)
    _ = preparation.receive("Claire", at: Self.clock)
    return preparation
  }

  private func send(_ lines: [String], to preparation: inout Preparation) -> [InterviewEvent] {
    var last: [InterviewEvent] = []
    for line in lines { last = preparation.receive(line, at: Self.clock) }
    return last
  }

  private func feedback(_ events: [InterviewEvent]) -> PreparationFeedback? {
    for event in events { if case .feedback(let feedback) = event { return feedback } }
    return nil
  }

  @Test func startPresentsThePracticeAndAsksTheName() {
    var preparation = Preparation(
      dialogue: InterviewFixture.dialogue, suggester: FakeSuggester(), selection: [0, 2])
    let events = preparation.start(at: Self.clock)
    #expect(
      events == [
        .started(.init(dialogue: "fixture", version: "1", title: "CQP Fixture", blocks: 2)),
        .presentation(
          .init(
            title: "Préparation à l’entretien de repérage des compétences — CQP Fixture",
            text: PreparationWording.opening,
            competences: [
              .init(competence: "C1", title: "Vendre"),
              .init(competence: "C2", title: "Conseiller"),
            ])),
        .ask(Ask(id: "identity.candidate.nom", text: "Votre nom ?", required: true)),
      ])
    #expect(PreparationWording.opening.contains("ce sont les évaluateurs qui décident"))
    #expect(preparation.start(at: Self.clock).isEmpty)
  }

  @Test func theNameLeadsToTheFirstChosenBlock() {
    var preparation = Preparation(
      dialogue: InterviewFixture.dialogue, suggester: FakeSuggester(), selection: [2])
    _ = preparation.start(at: Self.clock)
    #expect(
      preparation.receive(" ", at: Self.clock).first
        == .invalidInput(
          .init(id: "identity.candidate.nom", input: "", hint: "Cette information est requise.")))
    _ = preparation.receive("Martin", at: Self.clock)
    let events = preparation.receive("Claire", at: Self.clock)
    #expect(
      events == [
        .answer(.init(id: "identity.candidate.prenom", text: "Claire")),
        .competenceStarted(.init(competence: "C2", title: "Conseiller")),
        .blockStarted(.init(block: "C2.1", title: "Offre adaptée", index: 1, total: 1)),
        .ask(
          Ask(
            id: "C2.1.gate", text: "Faites-vous : offre adaptée ?", choices: ["oui", "non"],
            progress: Progress(step: "C2.1", index: 1, total: 1), required: true)),
      ])
    #expect(preparation.candidateName! == ("Martin", "Claire"))
  }

  @Test func aBlockEndsWithFeedbackNotAPositioning() {
    var preparation = started()
    let events = send(["oui", "Je tiens un fichier clients.", "Voilà."], to: &preparation)
    #expect(
      feedback(events)
        == PreparationFeedback(
          block: "C1.1", title: "Prospection", attempt: 1, gate: true,
          criteria: [
            FeedbackCriterion(
              criterion: "C1.1.c1", number: 1, label: "fichier", status: .illustrated,
              found: ["fichier"], quote: nil, prompt: "Un exemple de fichier ?", previous: nil),
            FeedbackCriterion(
              criterion: "C1.1.c2", number: 2, label: "relance", status: .missing, found: [],
              quote: nil, prompt: "Un exemple de relance ?", previous: nil),
          ],
          tips: [.frequency, .duration, .precision, .result], previouslyIllustrated: nil))
    #expect(!events.contains { if case .suggestion = $0 { true } else { false } })
    #expect(!events.contains { if case .decision = $0 { true } else { false } })
    #expect(preparation.pendingAsk?.id == "C1.2.gate")
  }

  @Test func retryShowsTheProgressSinceThePreviousAttempt() {
    var preparation = started()
    _ = send(["oui", "Je tiens un fichier clients.", "Voilà."], to: &preparation)
    let retry = preparation.receive("/recommencer", at: Self.clock)
    #expect(retry.first == .retry(.init(block: "C1.1", attempt: 2)))
    #expect(preparation.pendingAsk?.id == "C1.1.gate")
    let events = send(
      ["oui", "Le fichier est dans le CRM.", "Une relance chaque semaine."], to: &preparation)
    let second = feedback(events)
    #expect(second?.attempt == 2)
    #expect(second?.previouslyIllustrated == 1)
    #expect(second?.illustrated == 2)
    #expect(second?.criteria.map(\.previous) == [.illustrated, .missing])
    // Back where the candidate was: the next block not practised yet.
    #expect(preparation.pendingAsk?.id == "C1.2.gate")
    #expect(preparation.record.attempts["C1.1"]?.count == 2)
    #expect(preparation.record.latest("C1.1")?.answers.last == "Une relance chaque semaine.")
  }

  @Test func retryInTheMiddleOfABlockRestartsIt() {
    var preparation = started()
    _ = send(["oui", "Un fichier."], to: &preparation)
    let events = preparation.receive("/retry", at: Self.clock)
    #expect(events.first == .retry(.init(block: "C1.1", attempt: 1)))
    #expect(preparation.pendingAsk?.id == "C1.1.gate")
    #expect(preparation.record.attempts.isEmpty)
  }

  @Test func retryWithNothingPractisedSaysSo() {
    var preparation = started()
    let events = preparation.receive("/recommencer", at: Self.clock)
    #expect(
      events.first
        == .info(
          .init(text: "Aucun bloc à recommencer : répondez d’abord aux questions d’un bloc.")))
    #expect(preparation.pendingAsk?.id == "C1.1.gate")
  }

  @Test func retryNamesABlock() {
    var preparation = started()
    _ = send(["non"], to: &preparation)
    _ = send(["non"], to: &preparation)
    let events = preparation.receive("/recommencer c1.1", at: Self.clock)
    #expect(events.contains(.retry(.init(block: "C1.1", attempt: 2))))
    #expect(preparation.pendingAsk?.id == "C1.1.gate")
    let unknown = preparation.receive("/recommencer C9.9", at: Self.clock)
    #expect(
      unknown.first
        == .invalidInput(
          .init(
            id: "C1.1.gate", input: "/recommencer C9.9",
            hint: "Indiquez un bloc du guide, par exemple /recommencer C3.2.")))
  }

  @Test func aBlockAnsweredNoListsEveryCriterionToPrepare() {
    var preparation = started()
    let events = send(["non"], to: &preparation)
    let feedback = feedback(events)
    #expect(feedback?.gate == false)
    #expect(feedback?.criteria.map(\.status) == [.missing, .missing])
    #expect(feedback?.tips == [])
  }

  @Test func passAndGotoMoveBetweenBlocks() {
    var preparation = started()
    let passed = preparation.receive("/passer", at: Self.clock)
    #expect(passed.first == .skip(.init(id: "C1.1.gate", block: "C1.1")))
    #expect(preparation.pendingAsk?.id == "C1.2.gate")
    _ = preparation.receive("/aller C2", at: Self.clock)
    #expect(preparation.pendingAsk?.id == "C2.1.gate")
    _ = send(["non"], to: &preparation)
    // C1.1 was passed: not asked again; C1.2 is still open.
    #expect(preparation.pendingAsk?.id == "C1.2.gate")
    _ = send(["non"], to: &preparation)
    #expect(preparation.pendingAsk?.id == "end")
    let end = preparation.receive("", at: Self.clock)
    #expect(end.last == .finished(.init(complete: false)))
    #expect(preparation.isFinished)
  }

  @Test func selectionLimitsTheBlocksAndTheProgress() throws {
    let selection = try PreparationSelection.resolve(
      InterviewFixture.dialogue, competences: ["c2"], blocks: ["C1.2"])
    #expect(selection == [1, 2])
    var preparation = started(selection: selection)
    #expect(preparation.pendingAsk?.progress == Progress(step: "C1.2", index: 1, total: 2))
    _ = send(["non", "non"], to: &preparation)
    #expect(preparation.pendingAsk?.id == "end")
    #expect(
      preparation.receive("terminer", at: Self.clock).last == .finished(.init(complete: true)))
    #expect(
      throws: PreparationSelection.Refusal.unknownBlock("C7.1", known: ["C1.1", "C1.2", "C2.1"])
    ) {
      try PreparationSelection.resolve(
        InterviewFixture.dialogue, competences: [], blocks: ["C7.1"])
    }
  }

  @Test func helpListsThePreparationCommands() {
    var preparation = started()
    let events = preparation.receive("/aide", at: Self.clock)
    #expect(
      events.first == .help(.init(commands: ChatCommand.preparation, choices: ["oui", "non"])))
    #expect(ChatCommand.preparationCompletions.contains("/recommencer"))
    let unknown = preparation.receive("/note rien", at: Self.clock)
    #expect(unknown.first.map { if case .unknownCommand = $0 { true } else { false } } == true)
  }

  @Test func quitSuspendsAndResumeAsksAgain() {
    var preparation = started()
    _ = send(["oui", "Un fichier."], to: &preparation)
    #expect(preparation.receive("/quitter", at: Self.clock) == [.suspended(.init(id: "C1.1.q2"))])
    let events = preparation.resume(at: Self.clock)
    #expect(events.first == .resumed(.init(id: "C1.1.q2")))
    #expect(
      events.dropFirst().first
        == .blockStarted(.init(block: "C1.1", title: "Prospection", index: 1, total: 3)))
    #expect(preparation.pendingAsk?.id == "C1.1.q2")
  }
}
