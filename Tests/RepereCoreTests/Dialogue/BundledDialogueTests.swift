import Foundation
import RepereBundledGuide
import Testing

@testable import RepereCore

/// The bundled guide against the official guide's text and its index.
@Suite("Bundled guide")
struct BundledDialogueTests {
  let dialogue: Dialogue
  let index: GuideIndex

  init() throws {
    dialogue = BundledGuide.dialogue
    index = GuideIndex(markdown: try RepositoryFiles.index)
  }

  @Test func theEmbeddedCopyIsTheFileOfDialogues() throws {
    #expect(BundledGuide.yaml == (try RepositoryFiles.bundledGuideYAML))
  }

  @Test func theIndexWasParsed() {
    #expect(index.competences.count == 6)
    #expect(index.blocks.count == 24)
    #expect(index.totals == [6, 24, 24, 49])
  }

  @Test func countsMatchTheIndex() {
    let statistics = DialogueStatistics(dialogue)
    #expect(statistics.competences == index.totals[0])
    #expect(statistics.blocks == index.totals[1])
    #expect(statistics.yesNoQuestions == index.totals[2])
    #expect(statistics.openQuestions == index.totals[3])
    #expect(dialogue.blocks.allSatisfy { !$0.gate.source.isEmpty })
  }

  @Test func competencesAndBlocksFollowTheIndex() {
    #expect(dialogue.competences.map(\.id) == index.competences.map(\.id))
    #expect(dialogue.blocks.map(\.id) == index.blocks.map(\.id))
  }

  @Test(arguments: GuideIndex(markdown: (try? RepositoryFiles.index) ?? "").blocks)
  func openQuestionsPerBlockMatchTheIndex(row: GuideIndex.Row) throws {
    let block = try #require(dialogue.block(row.id))
    #expect(block.questions.count == row.openQuestions)
  }

  @Test func blockTitlesAreThoseOfTheIndex() {
    for (block, row) in zip(dialogue.blocks, index.blocks) {
      #expect(
        GuideTextNormaliser.whitespace(block.title.source) == row.title, "titre du bloc \(block.id)"
      )
    }
  }

  @Test func competenceTitlesAreThoseOfTheIndex() {
    for (competence, row) in zip(dialogue.competences, index.competences) {
      #expect(
        GuideTextNormaliser.whitespace(competence.title.source) == row.title,
        "titre de \(competence.id)")
    }
  }

  /// Every verbatim text of the dialogue, with where it comes from.
  var verbatimTexts: [(place: String, text: String)] {
    var texts: [(String, String)] = []
    for paragraph in GuideTextNormaliser.paragraphs(dialogue.opening.presentation.source) {
      texts.append(("opening.presentation", paragraph))
    }
    texts.append(("opening.reminder", dialogue.opening.reminder.source))
    for level in dialogue.levels { texts.append(("levels.\(level.id.rawValue)", level.label)) }
    for means in dialogue.means { texts.append(("means.\(means.id)", means.label)) }
    for competence in dialogue.competences {
      texts.append(("\(competence.id).title", competence.title.source))
      for block in competence.blocks {
        texts.append(("\(block.id).gate", block.gate.source))
        for (number, question) in block.questions.enumerated() {
          texts.append(("\(block.id).questions[\(number + 1)]", question.source))
        }
        for (number, required) in block.requiredCompetences.enumerated() {
          texts.append(("\(block.id).required_competences[\(number + 1)]", required.source))
        }
        // Only the guide's criteria: evidence criteria of a defective block are derived.
        for criterion in block.criteria {
          texts.append((criterion.id, criterion.text.source))
        }
        texts.append(("\(block.id).training_need", block.trainingNeed.source))
      }
    }
    for item in dialogue.recap.items { texts.append((item.id, item.label.source)) }
    return texts
  }

  @Test func everyVerbatimTextIsFoundInTheGuide() throws {
    let guide = GuideTextNormaliser.guide(try RepositoryFiles.guideText)
    let texts = verbatimTexts
    #expect(texts.count > 200)
    for (place, text) in texts {
      let normalised = GuideTextNormaliser.whitespace(text)
      #expect(!normalised.isEmpty, "\(place) vide")
      #expect(guide.contains(normalised), "\(place) absent du guide : « \(normalised) »")
    }
  }

  @Test func theVerbatimCheckCatchesAnAlteredText() throws {
    let guide = GuideTextNormaliser.guide(try RepositoryFiles.guideText)
    let gate = try #require(dialogue.block("C1.3")?.gate.source)
    #expect(guide.contains(GuideTextNormaliser.whitespace(gate)))
    #expect(
      !guide.contains(
        GuideTextNormaliser.whitespace(gate.replacingOccurrences(of: "prospects", with: "clients")))
    )
  }

  @Test func recapItemsPerCompetenceMatchTheBilan() {
    let counts = dialogue.recap.competences.map { "\($0.competence):\($0.items.count)" }
    #expect(counts == ["C1:5", "C2:4", "C3:3", "C4:3", "C5:6", "C6:4"])
    #expect(dialogue.recap.items.count == 25)
  }

  @Test func exactlyOneRecapItemHasNoBlockInC5WithANote() throws {
    let unblocked = dialogue.recap.competences.flatMap { entry in
      entry.items.filter { $0.block == nil }.map { (entry.competence, $0) }
    }
    #expect(unblocked.count == 1)
    let (competence, item) = try #require(unblocked.first)
    #expect(competence == "C5")
    #expect(item.label.source == "l'identification des risques")
    #expect(item.note?.isEmpty == false)
  }

  @Test func everyBlockIsTickedByTheRecapOfItsCompetence() {
    for entry in dialogue.recap.competences {
      for item in entry.items {
        guard let block = item.block else { continue }
        #expect(dialogue.competence(ofBlock: block)?.id == entry.competence, "\(item.id)")
      }
    }
    let ticked = Set(dialogue.recap.items.compactMap(\.block))
    #expect(ticked == Set(dialogue.blocks.map(\.id)))
  }

  @Test func c43IsFlaggedAsADefectWithEvidenceCriteria() throws {
    let block = try #require(dialogue.block("C4.3"))
    #expect(block.defect != nil)
    #expect(!block.evidenceCriteria.isEmpty)
    #expect(block.assessedCriteria.map(\.id).first == "C4.3.c1")
    #expect(dialogue.blocks.filter { $0.defect != nil }.map(\.id) == ["C4.3"])
  }

  @Test func everyAssessedCriterionHasFiveEvidenceTermsAndAProbe() {
    for criterion in dialogue.blocks.flatMap(\.assessedCriteria) {
      #expect(criterion.evidence.count >= 5, "\(criterion.id)")
      #expect(!criterion.probe.isEmpty, "\(criterion.id)")
    }
  }

  @Test func levelsAndMeansAreThoseOfTheGuide() {
    #expect(dialogue.levels.map(\.label) == ["En totalité", "Partiellement", "Pas du tout"])
    #expect(dialogue.means.map(\.label) == ["Suivi d'une formation", "Pratique professionnelle"])
  }
}
