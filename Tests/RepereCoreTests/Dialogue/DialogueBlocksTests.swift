import RepereBundledGuide
import Testing

@testable import RepereCore

/// `Dialogue.blocks` is kept beside the competences rather than gathered at each read: it
/// must follow every change of them.
@Suite("The guide's blocks, kept with its competences")
struct DialogueBlocksTests {
  private func gathered(_ dialogue: Dialogue) -> [String] {
    dialogue.competences.flatMap(\.blocks).map(\.id)
  }

  @Test("every block of every competence, in order, after any change of the competences")
  func blocksFollowCompetences() throws {
    var dialogue = BundledGuide.dialogue
    #expect(dialogue.blocks.count == 24)
    #expect(dialogue.blocks.map(\.id) == gathered(dialogue))
    let first = try #require(dialogue.competences[0].blocks.first)
    dialogue.competences[0].blocks.removeFirst()
    #expect(!dialogue.blocks.contains(first))
    #expect(dialogue.blocks.map(\.id) == gathered(dialogue))
    dialogue.competences[1].blocks[0].title = GuideText("Autre titre")
    #expect(dialogue.blocks.contains { $0.title.source == "Autre titre" })
    dialogue.competences.removeLast()
    #expect(dialogue.blocks.map(\.id) == gathered(dialogue))
    dialogue.competences = []
    #expect(dialogue.blocks.isEmpty)
  }
}
