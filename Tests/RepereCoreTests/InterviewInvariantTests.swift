import Foundation
import Testing

@testable import RepereCore

/// Impossible transitions stop the program instead of leaving a batch without its `ask`.
///
/// The states set by hand here cannot be reached through the public API:
/// `ConversationInvariantTests` drives whole sessions and checks after every batch that
/// no state like them appears.
@Suite("Interview invariants")
struct InterviewInvariantTests {
  @Test("positioning a block with no assessment is a programming error")
  func positionWithoutAssessment() async {
    await #expect(processExitsWith: .failure) {
      var interview = Interview(dialogue: InterviewFixture.dialogue, suggester: FakeSuggester())
      _ = interview.start(at: Date(timeIntervalSince1970: 0))
      interview.progression.state = .waiting(
        .block(BlockDraft(block: 0, gate: true), .position), prefill: nil)
      _ = interview.receive("t", at: Date(timeIntervalSince1970: 1))
    }
  }

  @Test("asking an override's reason with no assessment is a programming error")
  func overrideReasonWithoutAssessment() async {
    await #expect(processExitsWith: .failure) {
      var interview = Interview(dialogue: InterviewFixture.dialogue, suggester: FakeSuggester())
      _ = interview.start(at: Date(timeIntervalSince1970: 0))
      interview.progression.state = .waiting(
        .block(BlockDraft(block: 0, gate: true), .overrideReason(.totalite)), prefill: nil)
      _ = interview.pendingAsk
    }
  }

  @Test("`/retour` restoring anything but a waiting state is a programming error")
  func backToANonWaitingState() async {
    await #expect(processExitsWith: .failure) {
      var interview = Interview(dialogue: InterviewFixture.dialogue, suggester: FakeSuggester())
      _ = interview.start(at: Date(timeIntervalSince1970: 0))
      _ = interview.receive("Martin", at: Date(timeIntervalSince1970: 1))
      interview.history[0].before.state = .finished
      _ = interview.receive("/retour", at: Date(timeIntervalSince1970: 2))
    }
  }

  @Test("an interview answered before it starts is a programming error")
  func interviewReceivesBeforeStart() async {
    await #expect(processExitsWith: .failure) {
      var interview = Interview(dialogue: InterviewFixture.dialogue, suggester: FakeSuggester())
      _ = interview.receive("Martin", at: Date(timeIntervalSince1970: 1))
    }
  }

  @Test("a preparation answered before it starts is a programming error")
  func preparationReceivesBeforeStart() async {
    await #expect(processExitsWith: .failure) {
      var preparation = Preparation(
        dialogue: InterviewFixture.dialogue, suggester: FakeSuggester())
      _ = preparation.receive("Martin", at: Date(timeIntervalSince1970: 1))
    }
  }

  @Test("a second start is tolerated and does nothing")
  func secondStart() {
    var interview = Interview(dialogue: InterviewFixture.dialogue, suggester: FakeSuggester())
    _ = interview.start(at: Date(timeIntervalSince1970: 0))
    let ask = interview.pendingAsk
    #expect(interview.start(at: Date(timeIntervalSince1970: 1)).isEmpty)
    #expect(interview.pendingAsk == ask)
    var preparation = Preparation(dialogue: InterviewFixture.dialogue, suggester: FakeSuggester())
    _ = preparation.start(at: Date(timeIntervalSince1970: 0))
    #expect(preparation.start(at: Date(timeIntervalSince1970: 1)).isEmpty)
  }

  @Test("every batch of a whole scripted session ends with one ask until the end")
  func everyBatchEndsWithAnAsk() {
    var driver = Driver()
    var batches = [driver.start()]
    var lines = openingLines + ["oui", "CRM", "/retour", "fichier", "/etat", "/aide", "/passer"]
    lines += ["/aller C1.1", "relance", "", "/bilan", "non", "", "1", "non", "Rien.", "2"]
    for line in lines where !driver.interview.isFinished {
      batches.append(driver.send(line))
    }
    for batch in batches where !batch.contains(where: { $0.kind == .finished }) {
      #expect(batch.filter { $0.kind == .ask }.count == 1, "\(batch.map(\.type))")
      #expect(batch.last?.kind == .ask, "\(batch.map(\.type))")
    }
  }
}
