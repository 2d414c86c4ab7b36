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
