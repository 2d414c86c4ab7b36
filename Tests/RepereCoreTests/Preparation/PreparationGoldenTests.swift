import Foundation
import RepereBundledGuide
import Testing

@testable import RepereCore

/// A preparation on the bundled guide with the real evidence engine, over two sittings,
/// recorded as a transcript (a golden file), then its preparation sheet in every format of
/// `repere bilan` (golden files too). Re-record with `REPERE_RECORD_GOLDEN=1`.
@Suite struct PreparationGoldenTests {
  static let blocks = ["C1.1", "C1.2", "C1.3"]

  /// C1.1 answered vaguely, C1.2 with a denied criterion, C1.3 answered thinly then retried
  /// after a pause (second sitting).
  static func session() throws -> ConversationRecorder<Preparation> {
    let dialogue = BundledGuide.dialogue
    let selection = try PreparationSelection.resolve(dialogue, competences: [], blocks: blocks)
    var recorder = ConversationRecorder(
      Preparation(
        dialogue: dialogue, suggester: EvidenceFixture.bundledSuggester, selection: selection),
      dialogue: dialogue, blocks: blocks)
    recorder.send(["Lefèvre", "Julie"])
    recorder.send([
      "oui", "Je m’occupe un peu de tout.", "Je regarde ce qu’il faut.", "Ça dépend.",
      "oui", "Non, je n’évalue pas la part de marché, c’est mon directeur qui le fait.",
      "Je décline les objectifs de chiffre d’affaires de l’entreprise en objectifs par client "
        + "chaque année.",
      "Non, je ne propose jamais de modifications.",
    ])
    recorder.stopAndResume(after: 86_400)
    recorder.send(["oui", "J’ai un fichier.", "Je cherche sur internet."])
    recorder.send([
      "/recommencer",
      "oui",
      "Je qualifie chaque nouveau prospect selon son potentiel avec Kompass et societe.com, "
        + "depuis 2019 ; l’an dernier, cela m’a permis de signer trois nouveaux clients.",
      "Je renseigne le CRM chaque semaine après mes visites et je vérifie les coordonnées.",
      "",
    ])
    return recorder
  }

  @Test func preparationTranscriptAndSheets() throws {
    let recorder = try Self.session()
    #expect(recorder.interview.isFinished)
    assertGolden(recorder.text, named: "preparation-bundled.jsonl")
    let dialogue = BundledGuide.dialogue
    let sheet = try TranscriptPreparationSheet.compile(
      TranscriptParser.parse(Data(recorder.text.utf8)), fileName: "preparation-bundled.jsonl",
      dialogue: dialogue,
      guide: GuideIdentity(
        id: dialogue.id, version: dialogue.version, sha256: TranscriptRecorder.dialogueSHA256,
        source: "(intégré)"),
      suggester: EvidenceFixture.bundledSuggester, force: false)
    assertGolden(RecapTextRenderer().render(sheet), named: "preparation-bundled.txt")
    assertGolden(RecapMarkdownRenderer().render(sheet), named: "preparation-bundled.md")
    assertGolden(
      try RecapHTMLRenderer.sheet(timeZone: .gmt).render(sheet), named: "preparation-bundled.html")
    assertGolden(RecapJSONRenderer().render(sheet), named: "preparation-bundled.json")
    // The sheet keeps the latest attempt of the retried block, and what the vague one lacks.
    let c13 = try #require(sheet.competences.first?.blocks.first { $0.block == "C1.3" })
    #expect(c13.attempts == 2)
    #expect(c13.answer(1)?.hasPrefix("Je renseigne le CRM chaque semaine") == true)
    let c11 = try #require(sheet.competences.first?.blocks.first { $0.block == "C1.1" })
    #expect(!c11.toPrepare.isEmpty)
  }

  @Test func anInterviewTranscriptIsNotAPreparation() throws {
    let recorder = try Self.session()
    let parsed = TranscriptParser.parse(Data(recorder.text.utf8))
    #expect(throws: ResumeRefusal.otherMode(recorded: .preparation)) {
      try ResumePreparation.prepare(
        parsed,
        on: Interview(dialogue: BundledGuide.dialogue, suggester: EvidenceFixture.bundledSuggester),
        guide: GuideIdentity(
          id: "x", version: "1", sha256: TranscriptRecorder.dialogueSHA256, source: "(intégré)"),
        force: false)
    }
  }
}
