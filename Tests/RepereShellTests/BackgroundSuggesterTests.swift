import Foundation
import RepereBundledGuide
import RepereCore
import Testing

@testable import RepereShell

/// The evidence engine compiled beside the conversation: nothing before ``warmUp()``, the
/// same assessments as the engine compiled directly, and no wait for ever when nothing
/// warmed it up.
@Suite("BackgroundSuggester")
struct BackgroundSuggesterTests {
  static let dialogue = BundledGuide.dialogue
  static let answers = [
    "Je qualifie mes prospects selon leur potentiel dans le CRM, chaque semaine, avec un scoring."
  ]

  @Test func nothingIsCompiledBeforeTheWarmUp() throws {
    let suggester = try BackgroundSuggester(dialogue: Self.dialogue)
    #expect(!suggester.hasStarted)
    #expect(!suggester.isReady)
  }

  @Test func theWarmUpCompilesTheEngineInTheBackground() async throws {
    let suggester = try BackgroundSuggester(dialogue: Self.dialogue)
    suggester.warmUp()
    #expect(suggester.hasStarted)
    // Compiled without any assessment asking for it (bounded wait: a minute).
    let deadline = ContinuousClock.now + .seconds(60)
    while !suggester.isReady, ContinuousClock.now < deadline {
      try await Task.sleep(for: .milliseconds(10))
    }
    #expect(suggester.isReady)
    suggester.warmUp()  // a second warm-up changes nothing
    #expect(suggester.isReady)
  }

  @Test func anAssessmentWithoutWarmUpCompilesTheEngineAtOnce() throws {
    let block = try #require(Self.dialogue.blocks.first)
    let suggester = try BackgroundSuggester(dialogue: Self.dialogue)
    let direct = try EvidenceSuggester(dialogue: Self.dialogue)
    let assessed = suggester.assess(block: block, gate: true, answers: Self.answers)
    #expect(suggester.isReady)
    #expect(assessed == direct.assess(block: block, gate: true, answers: Self.answers))
  }

  @Test func assessmentsDuringTheWarmUpWaitForTheSameEngine() async throws {
    let blocks = Array(Self.dialogue.blocks.prefix(4))
    let suggester = try BackgroundSuggester(dialogue: Self.dialogue)
    let direct = try EvidenceSuggester(dialogue: Self.dialogue)
    suggester.warmUp()
    let assessed = await withTaskGroup(of: (Int, BlockAssessment).self) { group in
      for (index, block) in blocks.enumerated() {
        group.addTask { (index, suggester.assess(block: block, gate: true, answers: Self.answers)) }
      }
      var results: [Int: BlockAssessment] = [:]
      for await (index, assessment) in group { results[index] = assessment }
      return results
    }
    for (index, block) in blocks.enumerated() {
      #expect(assessed[index] == direct.assess(block: block, gate: true, answers: Self.answers))
    }
  }
}
