import Testing

@testable import RepereShell

@Suite("Quit confirmation and completion folding")
struct QuitConfirmationTests {
  @Test("the quit question reads yes/no like the interview's closed questions")
  func quitAnswers() {
    #expect(TerminalConsole.quitAnswer("Oui.") == true)
    #expect(TerminalConsole.quitAnswer("  O ") == true)
    #expect(TerminalConsole.quitAnswer("Non !") == false)
    #expect(TerminalConsole.quitAnswer("") == false)
    #expect(TerminalConsole.quitAnswer("peut-être") == nil)
  }

  @Test("completions ignore case and accents")
  func completions() {
    #expect(TerminalConsole.completions(for: "/ÉT", choices: []).contains("/etat"))
    #expect(
      TerminalConsole.completions(for: "en tota", choices: ["En totalité"]) == ["En totalité"])
  }
}
