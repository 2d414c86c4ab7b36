import Foundation
import RepereBundledGuide
import Testing

@testable import RepereCore

/// The bundled guide with one thing broken: rejected, at the right line.
@Suite("Bundled guide: broken copies")
struct BundledDialogueRejectionTests {
  let guide: String

  init() throws {
    guide = try RepositoryFiles.bundledGuideYAML
  }

  func line(_ marker: String, after: Int = 0) throws -> Int {
    try #require(YAMLText.line(of: marker, in: guide, after: after), "« \(marker) » introuvable")
  }

  @Test func theUnbrokenGuideIsValid() {
    #expect(DialogueLoader.read(guide).diagnostics == [])
  }

  @Test func duplicatedBlockID() throws {
    let blockLine = try line("- id: C1.2")
    let original = YAMLText.lineText(blockLine, in: guide)
    let yaml = YAMLText.replacingLine(
      blockLine, with: original.replacingOccurrences(of: "C1.2", with: "C1.1"), in: guide)
    let diagnostics = DialogueLoader.read(yaml).diagnostics
    let column = try #require(
      YAMLText.column(of: "C1.1", in: original.replacingOccurrences(of: "C1.2", with: "C1.1")))
    #expect(
      diagnostics.contains(
        DialogueDiagnostic(
          line: blockLine, column: column,
          message:
            "identifiant de bloc « C1.1 » en double (déjà utilisé ligne \(try line("- id: C1.1")))"
        )), "\(diagnostics)")
    // The recap item of C1.2 now points at no block: reported too.
    let recapLine = try line("block: C1.2")
    #expect(
      diagnostics.contains { $0.line == recapLine && $0.message.contains("« C1.2 » n’existe pas") })
  }

  @Test func missingGateQuestion() throws {
    let blockLine = try line("- id: C2.3")
    let gateLine = try line("gate:", after: blockLine)
    #expect(gateLine == blockLine + 2)
    let yaml = YAMLText.replacingLine(gateLine, with: nil, in: guide)
    let diagnostics = DialogueLoader.read(yaml).diagnostics
    #expect(
      diagnostics == [
        DialogueDiagnostic(
          line: blockLine, column: 9, message: "bloc C2.3 : la clé obligatoire « gate » est absente"
        )
      ])
  }

  @Test func missingOpenQuestion() throws {
    let questionsLine = try line("questions:", after: try line("- id: C3.1"))
    let yaml = YAMLText.replacingLine(questionsLine + 1, with: nil, in: guide)
    let diagnostics = DialogueLoader.read(yaml).diagnostics
    #expect(diagnostics.map(\.line) == [questionsLine], "\(diagnostics)")
    #expect(
      diagnostics.first?.message
        == "bloc C3.1, « questions » : la liste est vide ; il faut au moins un élément")
  }

  @Test func tabIndentedBrokenLine() throws {
    let titleLine = try line("title:", after: try line("- id: C3.2"))
    let original = YAMLText.lineText(titleLine, in: guide)
    let yaml = YAMLText.replacingLine(
      titleLine, with: "\t" + original.drop { $0 == " " }, in: guide)
    let diagnostics = DialogueLoader.read(yaml).diagnostics
    #expect(!diagnostics.isEmpty)
    #expect(diagnostics.allSatisfy { $0.line == titleLine }, "\(diagnostics)")
    #expect(diagnostics.first?.column == 1)
    #expect(diagnostics.first?.message.hasPrefix("tabulation dans l’indentation") == true)
  }

  @Test func severalProblemsAreAllReported() throws {
    var yaml = guide
    let gateLine = try line("gate:", after: try line("- id: C6.2"))
    yaml = YAMLText.replacingLine(gateLine, with: nil, in: yaml)
    let probeLine = try line("probe:", after: try line("- id: C2.1"))
    yaml = YAMLText.replacingLine(probeLine, with: nil, in: yaml)
    let diagnostics = DialogueLoader.read(yaml).diagnostics
    #expect(diagnostics.count == 2, "\(diagnostics)")
    #expect(diagnostics.first?.message.contains("relance absente") == true)
    #expect(diagnostics.last?.message == "bloc C6.2 : la clé obligatoire « gate » est absente")
  }
}
