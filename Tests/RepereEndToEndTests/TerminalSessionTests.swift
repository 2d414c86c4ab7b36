import Foundation
import RepereCore
import Testing

/// The real readline shell, driven through a pseudo-terminal as a person would type.
@Suite("repere entretien on a terminal (end to end)")
struct TerminalSessionTests {
  private let environment = [
    "TERM": "xterm", "NO_COLOR": "1", "INPUTRC": "/dev/null", "LANG": "C.UTF-8",
  ]

  @Test("Tab completes /ai to /aide, /retour pre-fills the previous answer, Ctrl-D saves and exits")
  func readlineShell() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = scratch.path("t.jsonl")
    let child = try ChildProcess.withTerminal(
      ["entretien", "--transcript", path], environment: environment)
    #expect(child.waitForOutput(containing: "Candidat — nom ?"))
    #expect(child.waitForOutput(containing: "› "))

    // Tab completion: « /ai » becomes « /aide », which shows the help.
    child.send("/ai\t")
    #expect(child.waitForOutput(containing: "de"))
    child.send("\r")
    #expect(child.waitForOutput(containing: "Commandes :"))
    #expect(child.waitForOutput(containing: "› "))

    child.send("Dupont\r")
    #expect(child.waitForOutput(containing: "Candidat — prénom ?"))
    #expect(child.waitForOutput(containing: "› "))

    // /retour: the previous question again, its answer already typed; Enter keeps it.
    child.send("/retour\r")
    #expect(child.waitForOutput(containing: "Candidat — nom ?"))
    #expect(child.waitForOutput(containing: "› Dupont"))
    child.send("\r")
    #expect(child.waitForOutput(containing: "Candidat — prénom ?"))
    #expect(child.waitForOutput(containing: "› "))

    // Ctrl-D on an empty line: saved and stopped, resumable.
    child.send(bytes: [0x04])
    #expect(child.waitForOutput(containing: "--reprendre"))
    #expect(child.wait() == 3)

    let parsed = try parseTranscript(path)
    let inputs = parsed.inputs.map(\.input)
    #expect(inputs.map(\.text) == ["/aide", "Dupont", "/retour", "Dupont"])
    #expect(
      inputs.map(\.ask) == [
        "identity.candidate.nom", "identity.candidate.nom", "identity.candidate.prenom",
        "identity.candidate.nom",
      ])
    #expect(parsed.stopReason == .endOfInput)
  }

  @Test("a closed terminal is recorded as sighup, not as the end of input")
  func hangUp() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = scratch.path("t.jsonl")
    let child = try ChildProcess.withTerminal(
      ["entretien", "--transcript", path], environment: environment)
    #expect(child.waitForOutput(containing: "Candidat — nom ?"))
    #expect(child.waitForOutput(containing: "› "))
    // A line typed first: a session with no input at all leaves no transcript.
    child.send("Dupont\r")
    #expect(child.waitForOutput(containing: "Candidat — prénom ?"))
    #expect(child.waitForOutput(containing: "› "))
    child.hangUp()
    #expect(child.wait() == 3)
    #expect(try parseTranscript(path).stopReason == .sighup)
  }

  @Test("Ctrl-C clears the line; Ctrl-C on an empty line asks, then quits")
  func interrupt() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = scratch.path("t.jsonl")
    let child = try ChildProcess.withTerminal(
      ["entretien", "--transcript", path], environment: environment)
    #expect(child.waitForOutput(containing: "› "))
    child.send("brouillon")
    #expect(child.waitForOutput(containing: "brouillon"))
    child.send(bytes: [0x03])
    #expect(child.waitForOutput(containing: "ligne effacée"))
    #expect(child.waitForOutput(containing: "› "))
    child.send("Martin\r")
    #expect(child.waitForOutput(containing: "Candidat — prénom ?"))
    #expect(child.waitForOutput(containing: "› "))
    child.send(bytes: [0x03])
    #expect(child.waitForOutput(containing: "Quitter"))
    child.send("o\r")
    #expect(child.waitForOutput(containing: "--reprendre"))
    #expect(child.wait() == 3)
    let parsed = try parseTranscript(path)
    #expect(parsed.inputs.map(\.input.text) == ["Martin"])
    #expect(parsed.stopReason == .interrupt)
  }

  @Test("colour on a terminal, none with NO_COLOR set", arguments: [("", true), ("1", false)])
  func colour(noColour: String, expectsColour: Bool) throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    var environment = self.environment
    environment["NO_COLOR"] = noColour
    let child = try ChildProcess.withTerminal(
      ["entretien", "--transcript", scratch.path("t.jsonl")], environment: environment)
    #expect(child.waitForOutput(containing: "›"))
    child.send(bytes: [0x04])
    // Nothing typed: no transcript is kept, and the session says so.
    #expect(child.waitForOutput(containing: "Rien n’a été saisi"))
    #expect(child.wait() == 3)
    let screen = String(decoding: child.transcript, as: UTF8.self)
    // Bold (the question) and the prompt's colour: SGR codes written by repere itself.
    #expect(screen.contains("\u{1B}[1m") == expectsColour)
    #expect(screen.contains("\u{1B}[1;36m") == expectsColour)
  }
}
