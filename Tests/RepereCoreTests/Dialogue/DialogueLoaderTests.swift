import Testing

@testable import RepereCore

/// Reading a valid dialogue: every field lands in the model, ids are generated.
@Suite("DialogueLoader: valid files")
struct DialogueLoaderTests {
  let dialogue: Dialogue

  init() throws {
    dialogue = try DialogueLoader.load(LoaderFixture.yaml, fileName: "exemple.yaml")
  }

  @Test func readsTheHeader() {
    #expect(dialogue.id == "cqp-exemple")
    #expect(dialogue.title == "CQP Exemple")
    #expect(dialogue.version == "1")
    #expect(dialogue.source == "sources/exemple.txt")
  }

  @Test func readsTheOpeningLevelsAndMeans() {
    #expect(dialogue.opening.presentation == GuideText("Présentation du CQP Exemple."))
    #expect(dialogue.opening.questions.map(\.id) == ["parcours", "motivation"])
    #expect(dialogue.levels.map(\.id) == [.totalite, .partiellement, .pasDuTout])
    #expect(dialogue.levels.map(\.label) == ["En totalité", "Partiellement", "Pas du tout"])
    #expect(dialogue.means.map(\.id) == ["formation", "pratique"])
  }

  @Test func readsBlocksAndTextsWithCorrections() throws {
    let block = try #require(dialogue.block("C1.1"))
    #expect(block.gate.source == "Dans votre activité, réalisez-vous un fichier de prospects ?")
    #expect(block.questions.count == 2)
    #expect(block.questions[1].source == "Quel(s) outil(s) utilisez vous ?")
    #expect(block.questions[1].display == "Quel(s) outil(s) utilisez-vous ?")
    #expect(block.questions[1].note == "Trait d'union manquant.")
    #expect(block.requiredCompetences == [GuideText("Élaborer un fichier de prospects")])
    #expect(block.trainingNeed.source.hasPrefix("Besoins en formation sur"))
    #expect(block.defect == nil)
    #expect(block.evidenceCriteria.isEmpty)
  }

  @Test func generatesCriterionIDs() throws {
    let block = try #require(dialogue.block("C1.1"))
    #expect(block.criteria.map(\.id) == ["C1.1.c1", "C1.1.c2"])
    #expect(block.criteria[0].evidence == ["potentiel", "scoring", "cible", "segment", "salon"])
    #expect(block.criteria[1].probe.hasPrefix("Quand mettez-vous"))
    #expect(block.assessedCriteria.map(\.id) == ["C1.1.c1", "C1.1.c2"])
  }

  @Test func evidenceCriteriaOfADefectiveBlockTakeTheCriterionIDs() throws {
    let block = try #require(dialogue.block("C2.1"))
    #expect(block.defect?.note == "Critères copiés d'une autre qualification.")
    #expect(block.evidenceCriteria.map(\.id) == ["C2.1.c1", "C2.1.c2"])
    #expect(block.criteria.map(\.id) == ["C2.1.s1"])
    #expect(block.criteria[0].evidence.isEmpty)
    #expect(block.assessedCriteria == block.evidenceCriteria)
  }

  @Test func generatesRecapItemIDs() {
    #expect(dialogue.recap.competences.map(\.competence) == ["C1", "C2"])
    #expect(dialogue.recap.items.map(\.id) == ["C1.r1", "C2.r1", "C2.r2"])
    #expect(dialogue.recap.items.map(\.block) == ["C1.1", "C2.1", nil])
    #expect(dialogue.recap.items[2].note?.hasPrefix("Aucun tableau") == true)
  }

  @Test func foldedAndLiteralScalarsAreTexts() throws {
    let yaml = LoaderFixture.yaml.replacingOccurrences(
      of: "  presentation: \"Présentation du CQP Exemple.\"",
      with: "  presentation: |-\n    Premier paragraphe.\n\n    Second paragraphe.")
    let dialogue = try DialogueLoader.load(yaml, fileName: "exemple.yaml")
    #expect(dialogue.opening.presentation.source == "Premier paragraphe.\n\nSecond paragraphe.")
  }

  @Test func readReturnsNoDiagnosticForAValidFile() {
    let result = DialogueLoader.read(LoaderFixture.yaml)
    #expect(result.isValid)
    #expect(result.diagnostics.isEmpty)
    #expect(result.dialogue != nil)
  }

  @Test func statisticsCountTheParts() {
    let statistics = DialogueStatistics(dialogue)
    #expect(
      statistics
        == DialogueStatistics(
          competences: 2, blocks: 2, yesNoQuestions: 2, openQuestions: 3, criteria: 3,
          evidenceTerms: 5 + 5 + 5 + 6))
    #expect(
      statistics.summary
        == "2 compétences, 2 blocs, 2 questions oui/non, 3 questions ouvertes, 3 critères, 21 termes-indices"
    )
  }

  @Test func statisticsUseTheSingularForOne() {
    let statistics = DialogueStatistics(
      competences: 1, blocks: 1, yesNoQuestions: 1, openQuestions: 0, criteria: 1, evidenceTerms: 5)
    #expect(
      statistics.summary
        == "1 compétence, 1 bloc, 1 question oui/non, 0 question ouverte, 1 critère, 5 termes-indices"
    )
  }
}
