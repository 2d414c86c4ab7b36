import Foundation
import Testing

@testable import RepereCore

/// Golden recaps: sessions recorded as transcripts (themselves golden files), compiled back
/// through the interview, rendered in every format and compared with `Golden/recap-*`.
/// Re-record with `REPERE_RECORD_GOLDEN=1`.
@Suite struct RecapGoldenTests {
  /// C1 mastered (one block overridden up with a reason, one confirmed after a probe), C2
  /// with needs and means (an override down, the item with no block ticked with its note),
  /// notes.
  static func completeSession() -> TranscriptRecorder {
    var recorder = TranscriptRecorder()
    recorder.send(openingLines)
    recorder.send([
      "oui", "Je tiens le fichier dans le CRM.", "Rien d’autre.", "", "t",
      "Relances décrites à l’oral, exemples solides.",
      "oui", "Je négocie parfois.", "Toujours le prix et la remise.", "/note Négocie seul.", "",
      "oui", "/note Très à l’aise à l’oral.", "Je réponds vite.", "J’ai lu le cahier des charges.",
      "p", "Exemples trop courts pour ce bloc.",
      "oui", "Risques jamais abordés en entreprise.",
      "les deux",
    ])
    return recorder
  }

  /// C1.1 begun then left with `/passer`, C1.2 decided, C2.1 in progress when the session
  /// stopped, after a resumption a day later.
  static func unfinishedSession() -> TranscriptRecorder {
    var recorder = TranscriptRecorder()
    recorder.send(openingLines)
    recorder.send(["oui", "Je tiens le fichier dans le CRM.", "/passer", "non", ""])
    recorder.stopAndResume(after: 86_400)
    recorder.send(["oui", "Le besoin du client."])
    recorder.stop()
    return recorder
  }

  private func check(_ recorder: TranscriptRecorder, named name: String) throws {
    assertGolden(recorder.text, named: "\(name).jsonl")
    let document = try Self.document(recorder.text, fileName: "\(name).jsonl")
    assertGolden(RecapTextRenderer().render(document), named: "\(name).txt")
    assertGolden(RecapMarkdownRenderer().render(document), named: "\(name).md")
    assertGolden(try RecapHTMLRenderer().render(document), named: "\(name).html")
    assertGolden(RecapJSONRenderer().render(document), named: "\(name).json")
  }

  /// Compiles a transcript's text on the fixture dialogue.
  static func document(_ text: String, fileName: String, force: Bool = false) throws
    -> RecapDocument
  {
    try TranscriptRecap.compile(
      TranscriptParser.parse(Data(text.utf8)), fileName: fileName,
      interview: Interview(dialogue: FixtureDialogue.dialogue, suggester: FakeSuggester()),
      dialogueSHA256: TranscriptRecorder.dialogueSHA256, force: force)
  }

  @Test func completeSessionInEveryFormat() throws {
    let recorder = Self.completeSession()
    #expect(recorder.interview.isFinished)
    try check(recorder, named: "recap-complete")
  }

  @Test func unfinishedSessionInEveryFormat() throws {
    let recorder = Self.unfinishedSession()
    #expect(!recorder.interview.isFinished)
    try check(recorder, named: "recap-unfinished")
  }
}
