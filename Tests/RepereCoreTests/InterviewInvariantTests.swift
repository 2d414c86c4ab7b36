import Foundation
import Testing

@testable import RepereCore

/// Impossible transitions stop the program instead of leaving a batch without its `ask`.
@Suite("Interview invariants")
struct InterviewInvariantTests {
  @Test("positioning a block with no assessment in progress is a programming error")
  func positionWithoutAssessment() async {
    await #expect(processExitsWith: .failure) {
      var interview = Interview(dialogue: InterviewFixture.dialogue, suggester: FakeSuggester())
      _ = interview.start(at: Date(timeIntervalSince1970: 0))
      interview.progression.state = .waiting(.position(block: 0))
      interview.progression.draft = nil
      _ = interview.receive("", at: Date(timeIntervalSince1970: 1))
    }
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
