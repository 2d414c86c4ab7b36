import Foundation
import RepereBundledGuide
import RepereCore
import Testing

/// A `low` suggestion has no default and an empty line is refused with a hint; a `high` one
/// keeps Enter — through a pipe, `--protocol jsonl` and a pseudo-terminal.
///
/// C1.1 is answered with one thin sentence (a `low` « Partiellement »: criteria not
/// illustrated, one evidence word); C1.2 with a concrete practice and an explicit limit (a
/// `high` « Partiellement »). The input stops after C1.2 is decided.
@Suite("Confidence at the positioning prompt (end to end)")
struct ConfidenceSessionTests {
  static let thin = "Je qualifie mes prospects avec le CRM chaque semaine."
  static let limited = [
    "Pas vraiment, je ne recalcule pas la part de marché pour ma zone.",
    "J’ai mon objectif de CA par client dans Sellsy et je cale mes visites en fonction, en "
      + "priorisant les gros comptes solvants.",
    "Une fois j’ai dit à mon chef que l’objectif était trop haut, mais sans plus.",
  ]

  /// The answer to ask `id`, asked for the `previous + 1`-th time; `nil` to stop.
  static func answer(to id: String, previous: Int) -> String? {
    switch id {
    case "C1.1.gate", "C1.2.gate": return "oui"
    case "C1.1.q1": return thin
    case "C1.1.position": return previous == 0 ? "" : "partiellement"
    case "C1.2.q1", "C1.2.q2", "C1.2.q3": return limited[Int(id.suffix(1))! - 1]
    case "C1.2.position": return ""
    default:
      if id.hasPrefix("C1.3") { return nil }
      return SessionScript.answer(to: id)
    }
  }

  @Test("jsonl: after a low suggestion the ask has no default and Enter is refused; high keeps it")
  func jsonLines() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let child = try ChildProcess.withPipes(
      ["entretien", "--protocol", "jsonl", "--transcript", scratch.path("t.jsonl")])
    var counts: [String: Int] = [:]
    var objects: [[String: Any]] = []
    while let line = child.readLine() {
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
      objects.append(object)
      guard object["type"] as? String == "ask", let id = object["id"] as? String else { continue }
      guard let answer = Self.answer(to: id, previous: counts[id, default: 0]) else {
        child.closeInput()
        continue
      }
      counts[id, default: 0] += 1
      child.send(answer + "\n")
    }
    #expect(child.wait() == 3)
    func first(_ type: String, _ key: String, _ value: String) -> [String: Any]? {
      objects.first { $0["type"] as? String == type && $0[key] as? String == value }
    }
    let low = try #require(first("suggestion", "block", "C1.1"))
    #expect(low["confidence"] as? String == "low")
    #expect((low["uncertain_because"] as? String)?.hasPrefix("marge étroite") == true)
    let lowAsk = try #require(first("ask", "id", "C1.1.position"))
    #expect(lowAsk["default"] == nil)
    #expect(lowAsk["required"] as? Bool == true)
    let refused = try #require(first("invalid_input", "id", "C1.1.position"))
    #expect((refused["hint"] as? String)?.hasPrefix("Suggestion incertaine") == true)
    let lowDecision = try #require(first("decision", "block", "C1.1"))
    #expect(lowDecision["level"] as? String == "partiellement")
    #expect(lowDecision["confidence"] as? String == "low")

    let high = try #require(first("suggestion", "block", "C1.2"))
    #expect(high["confidence"] as? String == "high")
    #expect(high["uncertain_because"] == nil)
    #expect(first("ask", "id", "C1.2.position")?["default"] as? String == high["label"] as? String)
    #expect(first("invalid_input", "id", "C1.2.position") == nil)
    let highDecision = try #require(first("decision", "block", "C1.2"))
    #expect(highDecision["level"] as? String == high["level"] as? String)
    #expect(highDecision["confidence"] as? String == "high")
  }

  @Test("piped: the reason on one line, no default offered, the hint on Enter; high keeps Enter")
  func piped() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let (lines, _) = try Self.lines()
    let child = try ChildProcess.withPipes(
      ["entretien", "--transcript", scratch.path("t.jsonl")], environment: ["TERM": "dumb"])
    child.send(lines.joined(separator: "\n") + "\n")
    child.closeInput()
    let output = child.readToEnd()
    #expect(child.wait() == 3)
    let c11 = try #require(output.range(of: "Positionnement suggéré pour C1.1"))
    let c12 = try #require(output.range(of: "Positionnement suggéré pour C1.2"))
    let lowPart = String(output[c11.lowerBound..<c12.lowerBound])
    let highPart = String(output[c12.lowerBound...])
    #expect(lowPart.contains("\nSuggestion incertaine : marge étroite"))
    #expect(!lowPart.contains("(par défaut : Entrée)"))
    #expect(lowPart.contains("C1.1 · 1/24 › \nSuggestion incertaine : Entrée ne suffit pas"))
    #expect(lowPart.contains("C1.1 positionné : Partiellement"))
    #expect(!highPart.contains("Suggestion incertaine"))
    #expect(highPart.contains("Partiellement (par défaut : Entrée)"))
    #expect(highPart.contains("C1.2 positionné : Partiellement"))
    // The transcript records the confidence of both suggestions and decisions.
    let parsed = try parseTranscript(scratch.path("t.jsonl"))
    let confidences = events(of: parsed).compactMap { event -> String? in
      switch event {
      case .suggestion(let suggestion): "suggestion \(suggestion.block) \(suggestion.confidence)"
      case .decision(let decision):
        "decision \(decision.block) \(decision.confidence.map(\.rawValue) ?? "?")"
      default: nil
      }
    }
    #expect(
      confidences == [
        "suggestion C1.1 low", "decision C1.1 low", "suggestion C1.2 high", "decision C1.2 high",
      ])
  }

  @Test("terminal: Enter after a low suggestion is refused with the hint; high keeps Enter")
  func terminal() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let child = try ChildProcess.withTerminal(
      ["entretien", "--transcript", scratch.path("t.jsonl")],
      environment: [
        "TERM": "xterm", "NO_COLOR": "1", "INPUTRC": "/dev/null", "LANG": "C.UTF-8",
      ])
    let (lines, lowEnter) = try Self.lines()
    for (index, line) in lines.enumerated() {
      #expect(child.waitForOutput(containing: "› "), "line \(index)")
      child.send(line + "\r")
      if index == lowEnter {
        // Enter alone at the low positioning: refused, the question asked again.
        #expect(child.waitForOutput(containing: "Suggestion incertaine : Entrée ne suffit pas"))
      }
    }
    child.send(bytes: [0x04])
    #expect(child.waitForOutput(containing: "--reprendre"))
    #expect(child.wait() == 3)
    let parsed = try parseTranscript(scratch.path("t.jsonl"))
    let decisions = events(of: parsed).compactMap { event -> String? in
      guard case .decision(let decision) = event else { return nil }
      return
        "\(decision.block) \(decision.level.rawValue) \(decision.confidence.map(\.rawValue) ?? "?")"
    }
    #expect(decisions == ["C1.1 partiellement low", "C1.2 partiellement high"])
  }

  /// The interview events of a transcript.
  private func events(of parsed: ParsedTranscript) -> [InterviewEvent] {
    parsed.records.compactMap { record in
      if case .event(let event) = record.entry { return event }
      return nil
    }
  }

  /// The input lines up to C1.3, in the order the core asks for them, and the index of the
  /// empty line answering the low positioning of C1.1.
  static func lines() throws -> (lines: [String], lowEnter: Int?) {
    let dialogue = BundledGuide.dialogue
    var interview = Interview(
      dialogue: dialogue, suggester: try EvidenceSuggester(dialogue: dialogue))
    let date = Date(timeIntervalSince1970: 1_795_000_000)
    _ = interview.start(at: date)
    var lines: [String] = []
    var counts: [String: Int] = [:]
    var lowEnter: Int?
    while let ask = interview.pendingAsk, lines.count < 200,
      let line = answer(to: ask.id, previous: counts[ask.id, default: 0])
    {
      if ask.id == "C1.1.position", counts[ask.id] == nil { lowEnter = lines.count }
      counts[ask.id, default: 0] += 1
      lines.append(line)
      _ = interview.receive(line, at: date)
    }
    return (lines, lowEnter)
  }
}
