import Foundation
import RepereCore
import Testing

@testable import RepereShell

/// Texts from a guide or a user never reach the terminal raw (issue 8, item 9).
@Suite("Safe rendering of foreign text")
struct SafeRenderingTests {
  private let hostile = "\u{1B}]0;pwned\u{7}\u{1B}[2J\u{202E}\u{2028}CQP\u{9B}"

  private func expectSafe(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(
      !text.unicodeScalars.contains { SafeDisplay.isUnsafe($0, keepingNewlines: true) },
      "\(text.debugDescription)", sourceLocation: sourceLocation)
  }

  @Test("event texts from the guide are shown with visible escapes, in both styles")
  func eventTexts() {
    for style in [TextStyle.plain, .ansi] {
      let renderer = EventTextRenderer(style: style, width: nil)
      let events: [InterviewEvent] = [
        .presentation(.init(title: hostile, text: hostile, competences: [])),
        .reminder(.init(text: hostile)),
        .info(.init(text: hostile)),
        .note(.init(block: hostile, text: hostile)),
      ]
      for event in events {
        let text = renderer.render(event) ?? ""
        // The style's own escape codes aside, nothing unsafe remains.
        let withoutStyle = text.replacingOccurrences(
          of: #"\u{1B}\[[0-9;]*m"#, with: "", options: .regularExpression)
        expectSafe(withoutStyle)
        #expect(text.contains(#"\u{1B}]0;pwned\u{7}"#))
      }
    }
  }

  @Test("session notices show a hostile path safely")
  func noticePaths() {
    expectSafe(SessionNotice.transcript(path: hostile, resumed: false).frenchText)
    expectSafe(ShellError.symbolicLink(path: hostile).description)
  }
}
