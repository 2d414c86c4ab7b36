import Foundation
import Testing

@testable import RepereCore

/// The preparation brought to the interview: latest answers by question, refusals.
@Suite struct PreparedAnswersTests {
  private static let sha256 = TranscriptRecorder.dialogueSHA256

  private func preparation() -> ConversationRecorder<Preparation> {
    let dialogue = InterviewFixture.dialogue
    var recorder = ConversationRecorder(
      Preparation(dialogue: dialogue, suggester: FakeSuggester()), dialogue: dialogue)
    recorder.send(["Martin", "Claire", "oui", "Un fichier.", "Rien.", "/recommencer"])
    recorder.send(["oui", "Le fichier est dans le CRM.", "", "non", "oui", "Le besoin."])
    return recorder
  }

  private func read(_ text: String, sha256: String = sha256) throws(PreparedAnswers.Refusal)
    -> PreparedAnswers
  {
    try PreparedAnswers.read(
      Array(text.utf8), dialogue: InterviewFixture.dialogue, sha256: sha256,
      suggester: FakeSuggester())
  }

  @Test func theLatestNonEmptyAnswerOfEachOpenQuestion() throws {
    let text = preparation().text
    let prepared = try read(text)
    #expect(
      prepared.answers == ["C1.1.q1": "Le fichier est dans le CRM.", "C2.1.q1": "Le besoin."])
    #expect(prepared.sha256 == ContentHash.sha256(Data(text.utf8)))
  }

  @Test func anEditedFileAnotherGuideOrAnInterviewIsRefused() throws {
    let text = preparation().text
    let edited = text.replacingOccurrences(of: "Le besoin.", with: "Le besoin du client.")
    #expect {
      try read(edited)
    } throws: { error in
      guard case .integrity = error as? PreparedAnswers.Refusal else { return false }
      return true
    }
    #expect {
      try read(text, sha256: String(repeating: "cd", count: 32))
    } throws: { error in
      guard case .otherGuide = error as? PreparedAnswers.Refusal else { return false }
      let dialogue = InterviewFixture.dialogue
      return (error as? PreparedAnswers.Refusal)?.description
        == "elle a été faite avec un autre guide (\(dialogue.id) \(dialogue.version)) que "
        + "celui de l’entretien."
    }
    var interview = TranscriptRecorder()
    interview.send(openingLines)
    #expect(throws: PreparedAnswers.Refusal.notAPreparation) { try read(interview.text) }
  }
}
