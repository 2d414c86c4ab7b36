import Foundation
import Testing

/// `repere relecture` on a pseudo-terminal: step by step, with the reviewer's commands.
@Suite("repere relecture on a terminal (end to end)")
struct ReplayTerminalTests {
  private let environment = [
    "TERM": "xterm", "NO_COLOR": "1", "INPUTRC": "/dev/null", "LANG": "C.UTF-8",
  ]

  @Test("Entrée steps, /bloc jumps, lists, search, Tab completion, /quitter")
  func stepByStep() throws {
    let path = ReplayCommandTests.golden.appendingPathComponent("replay-session.jsonl").path
    let child = try ChildProcess.withTerminal(["relecture", path], environment: environment)
    #expect(child.waitForOutput(containing: "Relecture de « replay-session.jsonl »"))
    #expect(child.waitForOutput(containing: "── étape 1/"))
    #expect(child.waitForOutput(containing: "relecture 1/"))

    child.send("\r")
    #expect(child.waitForOutput(containing: "── étape 2/"))
    #expect(child.waitForOutput(containing: "Candidat — nom ?"))
    #expect(child.waitForOutput(containing: "› Dupont"))

    child.send("/bloc C1.2\r")
    #expect(child.waitForOutput(containing: "── C1.2 · 2/24"))

    child.send("/derog\t\r")
    #expect(child.waitForOutput(containing: "Positionnements différents de la suggestion :"))
    #expect(child.waitForOutput(containing: "motif : Exemples encore trop vagues."))

    child.send("/retours\r")
    #expect(child.waitForOutput(containing: "Réponses modifiées après /retour :"))

    child.send("/chercher satisfaction\r")
    #expect(child.waitForOutput(containing: "« satisfaction » figure aux étapes "))

    child.send("/nimporte\r")
    #expect(child.waitForOutput(containing: "n’est pas une commande de la relecture"))

    child.send("/aide\r")
    #expect(child.waitForOutput(containing: "/chercher MOT — lister les étapes où figure un mot"))

    child.send("/quitter\r")
    #expect(child.wait() == 0)
  }

  @Test("Ctrl-D ends the replay")
  func endOfInput() throws {
    let path = ReplayCommandTests.golden.appendingPathComponent("replay-session.jsonl").path
    let child = try ChildProcess.withTerminal(["replay", path], environment: environment)
    #expect(child.waitForOutput(containing: "relecture 1/"))
    child.send(bytes: [0x04])
    #expect(child.wait() == 0)
  }
}
