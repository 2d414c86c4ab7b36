import Foundation
import RepereBundledGuide
import RepereCore
import RepereTestSupport
import Testing

/// Whole piped sessions compared with their expected output, character for character:
/// the French text the evaluator reads (questions, evidence, suggestions, decisions,
/// status, summaries, means, recap). Re-record with `REPERE_RECORD_GOLDEN=1`, then review
/// `git diff Tests/RepereEndToEndTests/Golden`.
@Suite("Piped sessions, exact output (end to end)")
struct PipedGoldenTests {
  private static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  /// Compares text with `Golden/name` beside this file.
  private func assertGolden(
    _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    if let failure = GoldenFile.compare(actual, named: name, in: Self.golden) {
      Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation)
    }
  }

  /// Runs `repere entretien` on `lines`; returns the output with the scratch directory and
  /// today's date replaced, so that it is the same on every run and every day.
  private func output(of lines: [String]) throws -> (status: Int32, text: String) {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let child = try ChildProcess.withPipes(
      ["entretien", "--transcript", scratch.path("t.jsonl")], environment: ["TERM": "dumb"])
    child.send(lines.joined(separator: "\n") + "\n")
    child.closeInput()
    var text = child.readToEnd().replacingOccurrences(of: scratch.url.path, with: "DIR")
    let status = child.wait()
    let today = Date()
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = .current
    let parts = calendar.dateComponents([.day, .month, .year], from: today)
    let date = String(
      format: "%02d/%02d/%04d", parts.day ?? 0, parts.month ?? 0, parts.year ?? 0)
    text = text.replacingOccurrences(of: "Date : \(date)", with: "Date : JJ/MM/AAAA")
    return (status, text)
  }

  /// The input lines the core asks for, answered by `answer` (given the question id and how
  /// many lines already answered it).
  private func lines(_ answer: (String, Int) -> String) throws -> [String] {
    let dialogue = BundledGuide.dialogue
    var interview = Interview(
      dialogue: dialogue, suggester: try EvidenceSuggester(dialogue: dialogue))
    let date = Date(timeIntervalSince1970: 1_795_000_000)
    _ = interview.start(at: date)
    var lines: [String] = []
    var counts: [String: Int] = [:]
    while !interview.isFinished, let ask = interview.pendingAsk, lines.count < 500 {
      let line = SessionScript.settled(answer(ask.id, counts[ask.id, default: 0]), for: ask)
      counts[ask.id, default: 0] += 1
      lines.append(line)
      _ = interview.receive(line, at: date)
    }
    return lines
  }

  @Test("the short session: one block answered, the others « non », defaults elsewhere")
  func shortSession() throws {
    let input = try SessionScript.lines()
    let run = try output(of: input)
    #expect(run.status == 0)
    assertGolden(run.text, named: "piped-short.txt")
  }

  @Test("a rich session: probes, override, /retour, /note, /passer, /aller, /etat, /bilan, /aide")
  func richSession() throws {
    let input = try lines { id, previous in
      switch (id, previous) {
      case ("C3.1.gate", 0): "/etat"
      case ("C3.1.gate", 1): "/bilan"
      case ("C3.1.gate", 2): "/aide"
      case ("C3.1.gate", 3): "peut-être"
      case ("C1.means", 0): "les deux"
      default: SessionScript.richAnswer(to: id, previous: previous)
      }
    }
    let run = try output(of: input)
    #expect(run.status == 0)
    assertGolden(input.joined(separator: "\n") + "\n", named: "piped-rich.input")
    assertGolden(run.text, named: "piped-rich.txt")
  }

  @Test("the evaluator's screen: free text kept, French descriptions, /criteres, quiet edits")
  func screenSession() throws {
    let input = try lines { id, previous in
      switch (id, previous) {
      case ("C1.1.gate", _): "oui"
      case ("C1.1.q1", _):
        "Je qualifie mes prospects avec le CRM chaque semaine et je vérifie mes sources."
      case ("C1.1.q2", 0): "Je consulte la presse professionnelle."
      case ("C1.1.q2", _):
        "Je consulte la presse professionnelle et les salons, et je compare les fiches "
          + "techniques des concurrents."
      case ("C1.1.q3", 0): "/retour"
      case ("C1.1.q3", _): "Je recoupe les sources."
      case ("C1.1.position", 0): "/criteres"
      case ("C1.1.position", 1):
        "Un client mécontent d’un retard : je l’ai appelé, j’ai proposé un avoir."
      case ("C1.1.position", 2): "/etat"
      case ("C1.2.gate", 0): "/retour"
      case ("C1.2.gate", 1): "Le candidat hésite, il parle surtout de son ancien poste."
      case ("C1.2.gate", 2): "non"
      case ("C1.3.gate", 0): "non"
      case ("C1.3.position", 0): "Il faudra revoir ce point avec le tuteur en entreprise."
      case ("C1.4.gate", 0): "oui"
      case ("C1.4.position", 0): "Il a cité un exemple de prospection par téléphone hier."
      case ("C1.4.stray", 0): "note"
      default: SessionScript.answer(to: id)
      }
    }
    let run = try output(of: input)
    #expect(run.status == 0)
    assertGolden(input.joined(separator: "\n") + "\n", named: "piped-screen.input")
    assertGolden(run.text, named: "piped-screen.txt")
  }

  @Test("a session stopped early: the suspension and how to resume")
  func suspendedSession() throws {
    let run = try output(of: try SessionScript.lines(count: 12))
    #expect(run.status == 3)
    assertGolden(run.text, named: "piped-suspended.txt")
  }
}
