import RepereCore
import RepereShell
import Testing

@Suite("Event text: evidence lines")
struct EventTextRendererTests {
  private let renderer = EventTextRenderer(style: .plain, width: nil)

  private func render(_ lines: [InterviewEvent.EvidenceLine]) -> String {
    renderer.render(.evidence(.init(block: "C1.1", criteria: lines))) ?? ""
  }

  @Test("a covered criterion lists its words; one discounted word takes the singular")
  func singularDiscount() {
    let text = render([
      .init(
        criterion: "C1.1.c3", number: 3, label: "fiabilité vérifiée", covered: true,
        found: ["recoupe"], discounted: ["vérifie"])
    ])
    #expect(text.contains("✓ 3. fiabilité vérifiée : « recoupe » (ne compte pas : « vérifie »)"))
  }

  @Test("a missing criterion shows its discounted words, plural when several")
  func pluralDiscount() {
    let text = render([
      .init(
        criterion: "C1.1.c1", number: 1, label: "sources variées", covered: false, found: [],
        discounted: ["salon", "veille"])
    ])
    #expect(text.contains("✗ 1. sources variées (ne comptent pas : « salon », « veille »)"))
  }
}

@Suite("Event text: the candidate's preparation under the question")
struct PreparedAnswerDisplayTests {
  private let ask = Ask(
    id: "C1.1.q1", text: "Sur quel(s) secteur(s) travaillez-vous ?",
    progress: RepereCore.Progress(step: "C1.1", index: 1, total: 24))

  @Test("dimmed on a terminal in colour, marked as not recorded, escape sequences shown")
  func dimmed() {
    let renderer = EventTextRenderer(style: TextStyle(enabled: true), width: nil)
    let text = renderer.renderQuestion(ask, prepared: "Les colles\u{1B}[31m industrielles.")
    #expect(
      text.contains(
        "\n\u{1B}[2m  Préparé par le candidat (non enregistré) : « Les colles\\u{1B}[31m "
          + "industrielles. »\u{1B}[0m"))
  }

  @Test("plain when piped, and nothing under a question the candidate did not prepare")
  func plain() {
    let renderer = EventTextRenderer(style: .plain, width: nil)
    #expect(
      renderer.renderQuestion(ask, prepared: "Les colles.").contains(
        "\n  Préparé par le candidat (non enregistré) : « Les colles. »"))
    #expect(!renderer.renderQuestion(ask).contains("Préparé"))
  }
}
