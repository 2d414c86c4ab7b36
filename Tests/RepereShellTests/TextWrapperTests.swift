import Foundation
import Testing

@testable import RepereShell

@Suite("Text wrapping and style")
struct TextWrapperTests {
  @Test("long lines break at spaces within the width, keeping indentation")
  func wraps() {
    let text = "  ✓ 1. critère : « mot », « autre mot », « encore un mot », « fin »"
    let wrapped = TextWrapper(width: 30).wrap(text)
    let lines = wrapped.split(separator: "\n").map(String.init)
    #expect(lines.count > 1)
    #expect(lines.allSatisfy { $0.count <= 30 })
    // Continuation lines hang under the criterion's text, after « ✓ 1. ».
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("       ") && !$0.hasPrefix("        ") })
    #expect(wrapped.replacingOccurrences(of: "\n       ", with: " ") == text)
  }

  @Test("« stays with the next word, » and : with the previous one")
  func frenchQuotesAreNotSeparated() {
    for width in 20...40 {
      let text = "Le candidat a dit : « la prospection téléphonique » puis « relance » encore"
      let lines = TextWrapper(width: width).wrap(text).split(separator: "\n").map(String.init)
      #expect(lines.allSatisfy { !$0.hasSuffix("«") && !$0.hasPrefix("»") && !$0.hasPrefix(":") })
    }
    let words = TextWrapper.unbreakableWords("dit : « la prospection » fin")
    #expect(words == ["dit :", "« la", "prospection »", "fin"])
  }

  @Test("a closing » followed by a comma stays with its word, as in evidence lists")
  func closingQuoteWithCommaIsNotSeparated() {
    let words = TextWrapper.unbreakableWords("« Kompass », « terrain », « Pappers »")
    #expect(words == ["« Kompass »,", "« terrain »,", "« Pappers »"])
    for width in 20...40 {
      let text =
        "  ✓ 1. sources variées : « Kompass », « LinkedIn », « chaque semaine », « terrain »"
      let lines = TextWrapper(width: width).wrap(text).split(separator: "\n").map(String.init)
      #expect(lines.allSatisfy { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("»") })
    }
  }

  @Test("escape codes take no width; no width means no wrapping")
  func escapes() {
    let coloured = TextStyle.ansi.green(String(repeating: "x", count: 25))
    #expect(TextWrapper(width: 25).wrap(coloured) == coloured)
    let long = String(repeating: "mot ", count: 50)
    #expect(TextWrapper(width: nil).wrap(long) == long)
  }

  @Test("NO_COLOR set and non-empty disables colour; plain style writes no escape")
  func noColour() {
    #expect(!TextStyle.allowsColour(environment: ["NO_COLOR": "1", "TERM": "xterm"]))
    #expect(TextStyle.allowsColour(environment: ["TERM": "xterm"]))
    #expect(!TextStyle.allowsColour(environment: ["TERM": "dumb"]))
    #expect(!TextStyle.plain.bold("x").contains("\u{1B}"))
    #expect(!TextStyle.plain.prompt("›").contains("\u{1}"))
  }

  @Test("completion: commands for a slash, choices otherwise, accents and case folded")
  func completions() {
    #expect(TerminalConsole.completions(for: "/ai", choices: []) == ["/aide"])
    #expect(
      TerminalConsole.completions(
        for: "pa", choices: ["En totalité", "Partiellement", "Pas du tout"])
        == ["Partiellement", "Pas du tout"])
    #expect(TerminalConsole.completions(for: "en tot", choices: ["En totalité"]) == ["En totalité"])
  }
}
