import Foundation
import RepereBundledGuide
import RepereCore
import Testing

/// The evaluator's screen in a real terminal (issue 10): the first screen's header, free text
/// typed at the positioning kept as a complement, evidence shown once per block, a back-edit
/// that changes nothing saying nothing, `/aller` completing block ids, and wrapping at 60
/// and 100 columns (choices never broken, rules no wider than the screen).
@Suite("The evaluator's screen on a terminal (end to end)")
struct ScreenTerminalTests {
  private let environment = [
    "TERM": "xterm", "NO_COLOR": "1", "INPUTRC": "/dev/null", "LANG": "C.UTF-8",
  ]

  /// The candidate's difficult-client example, typed at the positioning by mistake.
  static let strayAnswer =
    "Un client mécontent d’un retard : je l’ai appelé, j’ai proposé un avoir et suivi la livraison."

  /// The input lines up to (not including) the ask `stop`, as the core asks them: names,
  /// « oui » to C1.1 with an answer to each question, probes skipped with Enter.
  static func linesBefore(_ stop: String) throws -> [(ask: String, line: String)] {
    let dialogue = BundledGuide.dialogue
    var interview = Interview(
      dialogue: dialogue, suggester: try EvidenceSuggester(dialogue: dialogue))
    let date = Date(timeIntervalSince1970: 1_795_000_000)
    _ = interview.start(at: date)
    var lines: [(String, String)] = []
    while let ask = interview.pendingAsk, ask.id != stop, lines.count < 100 {
      let line =
        if ask.id == "C1.1.gate" { "oui" } else if ask.id.hasPrefix("C1.1.q") {
          "Je qualifie mes prospects avec le CRM chaque semaine et je vérifie mes sources."
        } else {
          SessionScript.answer(to: ask.id)
        }
      lines.append((ask.id, line))
      _ = interview.receive(line, at: date)
    }
    return lines
  }

  /// The suggestion for C1.1 once the stray answer is kept as a complement, as the core
  /// makes it from the lines of ``linesBefore(_:)``.
  static func suggestionWithStrayAnswer() throws -> InterviewEvent.Suggestion? {
    let dialogue = BundledGuide.dialogue
    var interview = Interview(
      dialogue: dialogue, suggester: try EvidenceSuggester(dialogue: dialogue))
    let date = Date(timeIntervalSince1970: 1_795_000_000)
    _ = interview.start(at: date)
    for (_, line) in try linesBefore("C1.1.position") { _ = interview.receive(line, at: date) }
    var suggestion: InterviewEvent.Suggestion?
    for line in [strayAnswer, ""] {
      for event in interview.receive(line, at: date) {
        if case .suggestion(let made) = event { suggestion = made }
      }
    }
    return suggestion
  }

  @Test(
    "header, free text kept, evidence once, silent back-edit, /aller completion, wrapping",
    arguments: [60, 100] as [UInt16])
  func screen(columns: UInt16) throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = scratch.path("t.jsonl")
    let child = try ChildProcess.withTerminal(
      ["entretien", "--transcript", path], environment: environment, columns: columns)

    // Item 5: the first screen says what this is, where it is recorded, how to get help
    // and how to stop.
    #expect(child.waitForOutput(containing: "Entretien de repérage des compétences"))
    #expect(child.waitForOutput(containing: "CQP Technico-commercial(e)"))
    #expect(child.waitForOutput(containing: "l’autre conduit"))
    #expect(child.waitForOutput(containing: "/aide"))
    #expect(child.waitForOutput(containing: "Ctrl-D"))
    #expect(child.waitForOutput(containing: "Transcription : \(path)"))
    #expect(child.waitForOutput(containing: "› "))

    for (_, line) in try Self.linesBefore("C1.1.position") {
      child.send(line + "\r")
      #expect(child.waitForOutput(containing: "› "))
    }

    // Item 1: free text at the positioning is offered as a complement (Enter) and kept.
    child.send(Self.strayAnswer + "\r")
    #expect(child.waitForOutput(containing: "complément"))
    #expect(child.waitForOutput(containing: "› "))
    child.send("\r")
    #expect(child.waitForOutput(containing: "Texte ajouté aux réponses du bloc C1.1"))
    #expect(child.waitForOutput(containing: "Éléments trouvés"))
    #expect(child.waitForOutput(containing: "C1.1 · 1/24 › "))
    // The suggested level is taken: with Enter when the suggestion is sure, named when it
    // is uncertain (no default since issue 15).
    let suggestion = try #require(try Self.suggestionWithStrayAnswer())
    child.send(suggestion.confidence == .high ? "\r" : suggestion.label.lowercased() + "\r")
    #expect(child.waitForOutput(containing: "C1.2 · 2/24 › "))

    // Item 4: /retour to the positioning, Enter keeps it: nothing said about a change.
    child.send("/retour\r")
    #expect(child.waitForOutput(containing: "C1.1 · 1/24 › "))
    child.send("\r")
    #expect(child.waitForOutput(containing: "C1.2 · 2/24 › "))

    // Item 8: Tab after « /aller C3. » lists C3's blocks (twice: readline lists on the
    // second Tab when several match); Ctrl-C then clears the line.
    child.send("/aller C3.\t\t")
    #expect(child.waitForOutput(containing: "C3.2"))
    child.send(bytes: [0x03])
    #expect(child.waitForOutput(containing: "ligne effacée"))
    #expect(child.waitForOutput(containing: "› "))

    child.send(bytes: [0x04])
    #expect(child.waitForOutput(containing: "Pour reprendre"))
    #expect(child.wait() == 3)

    let screen = String(decoding: child.transcript, as: UTF8.self)
      .replacingOccurrences(of: "\r", with: "")
      // Readline's bracketed-paste switches take no room on the screen.
      .replacingOccurrences(of: "\u{1B}[?2004l", with: "")
      .replacingOccurrences(of: "\u{1B}[?2004h", with: "")
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let c1 =
      screen.components(separatedBy: "── C1.1").dropFirst().joined()
      .components(separatedBy: "── C1.2").first ?? ""
    // Item 4: the block's evidence is shown once in full, then only as an update.
    #expect(c1.components(separatedBy: "Éléments trouvés dans les réponses :").count == 2)
    #expect(!screen.contains("Réponse modifiée"))
    #expect(!screen.contains("C1.1.position"), "ids stay out of the screen")
    // Item 6: a choice is never cut (« 3. » alone at the end of a line), rules fit the
    // width, and every line the program wrote fits it (lines with the prompt hold what
    // was typed, wrapped by the terminal itself).
    #expect(screen.contains("3. Pas du tout"))
    // The transcript's path is printed whole, whatever its length.
    for line in lines where !line.contains("›") && !line.contains(scratch.url.path) {
      #expect(!line.hasSuffix(" 3.") && !line.hasSuffix(" 2.") && line != "═══", "\(line)")
      #expect(line.count <= Int(columns), "wider than \(columns): \(line)")
    }
    // The transcript records the complement as such.
    let parsed = try parseTranscript(path)
    let answers = parsed.records.compactMap { record -> InterviewEvent.Answer? in
      if case .event(.answer(let answer)) = record.entry { return answer }
      return nil
    }
    #expect(
      answers.contains {
        $0.id == "C1.1.stray" && $0.value == "complement" && $0.text == Self.strayAnswer
      })
  }
}
