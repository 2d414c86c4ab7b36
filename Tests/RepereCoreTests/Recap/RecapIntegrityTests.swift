import Foundation
import Testing

@testable import RepereCore

/// A recap is compiled only from an intact transcript, or with `--force` and a warning that
/// shows in every format.
@Suite struct RecapIntegrityTests {
  /// The complete golden session with its 40th line edited (an answer changed after the fact).
  private func editedTranscript() -> String {
    var lines = RecapGoldenTests.completeSession().lines
    let index = lines.firstIndex { $0.contains(#""text":"Je tiens le fichier dans le CRM.""#) }!
    lines[index] = lines[index].replacingOccurrences(of: "Je tiens", with: "Je ne tiens pas")
    return lines.joined(separator: "\n") + "\n"
  }

  @Test func brokenChainIsRefusedNamingTheLine() throws {
    let text = editedTranscript()
    let edited = text.split(separator: "\n").firstIndex { $0.contains("Je ne tiens pas") }! + 1
    #expect(
      throws: TranscriptRecapError.integrity(TranscriptIssue(line: edited + 1, kind: .brokenChain))
    ) {
      try RecapGoldenTests.document(text, fileName: "t.jsonl")
    }
    let error = try #require(throws: TranscriptRecapError.self) {
      try RecapGoldenTests.document(text, fileName: "t.jsonl")
    }
    #expect(error.description.contains("ligne \(edited) a été modifiée"))
    #expect(error.description.contains("--force"))
  }

  @Test func forcedRecapWarnsInEveryFormat() throws {
    let document = try RecapGoldenTests.document(
      editedTranscript(), fileName: "t.jsonl", force: true)
    let warning = try #require(document.integrityWarning)
    #expect(warning.contains("contrôle d’intégrité en échec"))
    #expect(RecapTextRenderer().render(document).hasPrefix("!!! \(warning)"))
    #expect(RecapMarkdownRenderer().render(document).contains("> **Attention : transcription"))
    let html = try RecapHTMLRenderer().render(document)
    #expect(html.contains(#"<div class="alert" role="alert">Attention : transcription"#))
    let json =
      try JSONSerialization.jsonObject(
        with: Data(RecapJSONRenderer().render(document).utf8)) as? [String: Any]
    let transcript = json?["transcript"] as? [String: Any]
    #expect(transcript?["intact"] as? Bool == false)
    #expect(transcript?["warning"] as? String == warning)
    // The edited answer is what the recap shows: it is the record as it stands.
    #expect(RecapTextRenderer().render(document).contains("Je ne tiens pas le fichier"))
  }

  @Test func intactRecapHasNoWarning() throws {
    let document = try RecapGoldenTests.document(
      RecapGoldenTests.completeSession().text, fileName: "t.jsonl")
    #expect(document.integrityWarning == nil)
    #expect(!RecapTextRenderer().render(document).contains("!!!"))
  }

  @Test func anotherGuideIsRefusedUnlessForced() throws {
    let text = RecapGoldenTests.completeSession().text
    let parsed = TranscriptParser.parse(Data(text.utf8))
    let other = GuideIdentity(id: "fixture", version: "2", sha256: "autre", source: "autre.yaml")
    func compile(force: Bool) throws -> RecapDocument {
      try TranscriptRecap.compile(
        parsed, fileName: "t", dialogue: InterviewFixture.dialogue, guide: other,
        suggester: FakeSuggester(), force: force)
    }
    let error = try #require(throws: TranscriptRecapError.self) { try compile(force: false) }
    #expect(error.description.contains("que celui chargé (fixture 2, autre.yaml)"))
    let forced = try compile(force: true)
    #expect(forced.recap.complete)
    #expect(forced.integrityWarning?.contains("autre guide") == true)
  }

  @Test func footerNamesTheTranscriptAndItsLastLine() throws {
    let recorder = RecapGoldenTests.completeSession()
    let document = try RecapGoldenTests.document(recorder.text, fileName: "dupont.jsonl")
    let last = try #require(recorder.lines.last)
    #expect(document.source.lastLineSHA256 == ContentHash.sha256(last))
    let footer = "dupont.jsonl · SHA-256 de la dernière ligne : \(ContentHash.sha256(last))"
    #expect(RecapTextRenderer().render(document).contains(footer))
    #expect(RecapMarkdownRenderer().render(document).contains(footer))
    #expect(try RecapHTMLRenderer().render(document).contains(footer))
  }
}
