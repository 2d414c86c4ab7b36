import Foundation
import Testing

@testable import RepereCore

/// What the recap used to drop, and what its appendix adds.
@Suite struct RecapContentTests {
  @Test func textRecapOfTheInterviewKeepsOverrideReasonOpeningAndUndersigned() {
    let recorder = RecapGoldenTests.completeSession()
    let text = RecapTextRenderer().render(recorder.interview.recap)
    // C1.1 was raised to « En totalité »: not a need, its reason is printed all the same.
    #expect(
      text.contains(
        "    [ ] la prospection (C1.1 : En totalité)\n"
          + "        Raison de la modification de la suggestion : Relances décrites à l’oral, "
          + "exemples solides."))
    #expect(text.contains("Notes d’ouverture :\n  Parcours : Dix ans de vente.\n  Motivation : —"))
    #expect(
      text.contains(
        "  Je soussigné(e) : Paul Durand\n  déclare conformes et sincères les renseignements "
          + "apportés dans ce dossier."))
  }

  @Test func unfinishedRecapListsWhatIsMissingAndKeepsParkedAnswers() throws {
    let document = try RecapGoldenTests.document(
      RecapGoldenTests.unfinishedSession().text, fileName: "t.jsonl")
    let recap = document.recap
    #expect(!recap.complete)
    #expect(
      recap.pending.map(\.id) == ["C1.1", "C1", "C2.1", "C2.r2", "C2"])
    let parked = try #require(recap.competences[0].blocks.first)
    #expect(parked.state == .parked)
    #expect(parked.answers.map(\.text) == ["Je tiens le fichier dans le CRM."])
    #expect(recap.competences[1].blocks[0].state == .inProgress)
  }

  @Test func timeSpentLeavesOutThePauseBeforeAResumption() throws {
    let document = try RecapGoldenTests.document(
      RecapGoldenTests.unfinishedSession().text, fileName: "t.jsonl")
    // Two answers a minute apart after a resumption a day later: two minutes.
    #expect(document.recap.competences[1].blocks[0].timeSpent == 120)
    // gate, first answer, /passer: three minutes.
    #expect(document.recap.competences[0].blocks[0].timeSpent == 180)
  }

  @Test func appendixNamesTheProbeOfEachProbeAnswer() throws {
    let document = try RecapGoldenTests.document(
      RecapGoldenTests.completeSession().text, fileName: "t.jsonl")
    let block = document.recap.competences[0].blocks[1]
    #expect(block.answers.map(\.isProbe) == [false, true])
    #expect(block.answers[1].question == "Un exemple de prix ?")
  }
}

/// The HTML page is self-contained, and its template can be replaced.
@Suite struct RecapHTMLTemplateTests {
  private func document() throws -> RecapDocument {
    try RecapGoldenTests.document(RecapGoldenTests.completeSession().text, fileName: "t.jsonl")
  }

  @Test func pageHasNoScriptNoExternalFileNoWebFont() throws {
    let html = try RecapHTMLRenderer().render(document()).lowercased()
    for forbidden in ["<script", "src=", "href=", "@import", "url(", "@font-face", "<link"] {
      #expect(!html.contains(forbidden), "\(forbidden)")
    }
    #expect(html.contains("@page { size: a4;"))
    #expect(html.contains("@media print"))
  }

  @Test func anotherTemplateGetsTheSameEscapedValues() throws {
    var document = try document()
    document.recap.identity.candidate.nom = "<i>Martin</i>"
    let renderer = try RecapHTMLRenderer(
      template: "<p>{{candidate.name}}</p>{{#competences}}<h2>{{heading}}</h2>{{/competences}}")
    #expect(
      renderer.render(document)
        == "<p>Claire &lt;i&gt;Martin&lt;/i&gt;</p><h2>Compétence 1</h2><h2>Compétence 2</h2>")
  }

  @Test func brokenTemplateIsRefused() {
    #expect(throws: RecapHTMLRenderer.TemplateError.self) {
      try RecapHTMLRenderer(template: "{{#competences}}")
    }
  }
}
