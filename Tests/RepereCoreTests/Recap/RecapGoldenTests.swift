import Foundation
import RepereBundledGuide
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
      "oui", "/note Très à l’aise à l’oral.", "Je réponds vite.",
      "J’ai lu le cahier des charges, incertain.",
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

  /// The bundled guide, so the golden recap has the guide's real layout: C3 mastered (its
  /// blocks answered « non » then raised with a reason), the other competences with needs
  /// and means, C5 « l'identification des risques » (no block) decided by hand.
  static func bundledSession() throws -> TranscriptRecorder {
    var recorder = TranscriptRecorder(dialogue: BundledGuide.dialogue)
    let identity = [
      "identity.candidate.nom": "Lefèvre", "identity.candidate.prenom": "Julie",
      "identity.candidate.entreprise": "Chimica SAS", "identity.intervenant1.nom": "Durand",
      "identity.intervenant1.prenom": "Paul", "identity.intervenant1.entreprise": "Chimica SAS",
      "identity.intervenant1.fonction": "Responsable commercial",
      "identity.intervenant2.nom": "Petit", "identity.intervenant2.prenom": "Anne",
      "identity.intervenant2.entreprise": "OPCO 2i",
      "identity.intervenant2.fonction": "Évaluatrice",
      "opening.parcours": "Six ans d’assistante commerciale, puis technico-commerciale.",
      "opening.souhaits": "Prendre en charge un portefeuille export.",
      "opening.motivation": "Faire reconnaître mon expérience.",
      "C5.r4.manual": "oui", "C5.r4.note": "Analyse des risques jamais pratiquée seule.",
    ]
    recorder.answerAll { id in
      if let answer = identity[id] { return answer }
      if id.hasSuffix(".gate") { return "non" }
      if id.hasPrefix("C3."), id.hasSuffix(".position") { return "t" }
      if id.hasSuffix(".override_reason") { return "Pratique décrite à l’oral, non saisie." }
      if id.hasSuffix(".means") { return id.hasPrefix("C5") ? "les deux" : "formation" }
      return ""
    }
    return recorder
  }

  private func check(_ recorder: TranscriptRecorder, named name: String, dialogue: Dialogue? = nil)
    throws
  {
    assertGolden(recorder.text, named: "\(name).jsonl")
    let document = try Self.document(
      recorder.text, fileName: "\(name).jsonl", dialogue: dialogue ?? InterviewFixture.dialogue)
    assertGolden(RecapTextRenderer().render(document), named: "\(name).txt")
    assertGolden(RecapMarkdownRenderer().render(document), named: "\(name).md")
    assertGolden(try RecapHTMLRenderer().render(document), named: "\(name).html")
    assertGolden(RecapJSONRenderer().render(document), named: "\(name).json")
  }

  /// Compiles a transcript's text on the fixture dialogue (or another).
  static func document(
    _ text: String, fileName: String, force: Bool = false,
    dialogue: Dialogue = InterviewFixture.dialogue
  ) throws -> RecapDocument {
    try TranscriptRecap.compile(
      TranscriptParser.parse(Data(text.utf8)), fileName: fileName, dialogue: dialogue,
      guide: GuideIdentity(
        id: dialogue.id, version: dialogue.version, sha256: TranscriptRecorder.dialogueSHA256,
        source: "(intégré)"),
      suggester: FakeSuggester(), force: force)
  }

  @Test func completeSessionInEveryFormat() throws {
    let recorder = Self.completeSession()
    #expect(recorder.interview.isFinished)
    try check(recorder, named: "recap-complete")
  }

  @Test func bundledGuideSessionInEveryFormat() throws {
    let recorder = try Self.bundledSession()
    #expect(recorder.interview.isFinished)
    try check(recorder, named: "recap-bundled", dialogue: BundledGuide.dialogue)
  }

  @Test func unfinishedSessionInEveryFormat() throws {
    let recorder = Self.unfinishedSession()
    #expect(!recorder.interview.isFinished)
    try check(recorder, named: "recap-unfinished")
  }
}
