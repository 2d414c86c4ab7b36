import Foundation
import RepereBundledGuide
import RepereCore

/// The answers of a short scripted interview, by question id: names, « oui » to the first
/// gate with an open answer, « non » to every other gate, defaults elsewhere.
enum SessionScript {
  static func answer(to id: String) -> String {
    if id.hasSuffix(".nom") { return "Dupont" }
    if id.hasSuffix(".prenom") { return "Marie" }
    if id.hasSuffix(".gate") { return id == "C1.1.gate" ? "oui" : "non" }
    if id.hasSuffix(".q1") { return "Je qualifie mes prospects avec le CRM chaque semaine." }
    if id.hasSuffix(".manual") { return "non" }
    if id.hasSuffix(".note") { return "Pas de besoin relevé." }
    if id.hasSuffix(".means") { return "1" }
    if id.hasSuffix(".override_reason") { return "raison" }
    return ""
  }

  /// The answer of a richer session that also exercises probes, an override, `/retour`,
  /// `/note`, `/passer` and `/aller`; `previous` is how many lines already answered `id`
  /// (a question is asked again after a command or `/retour`).
  ///
  /// C1.1: « oui », answers, probes answered, overridden to « Pas du tout » with a reason.
  /// C1.2: « oui », probes skipped. C1.3: `/retour` (back to C1.2's positioning, kept with
  /// Enter), then « non ». C1.4: `/note`, then « non ». C2.1: « oui », one answer, `/passer`
  /// at the second question, `/aller C2.1` from C2.2, then the block finished.
  static func richAnswer(to id: String, previous: Int) -> String {
    switch id {
    case "C1.1.gate", "C1.2.gate", "C2.1.gate": return "oui"
    case "C1.1.q1": return "Je qualifie mes prospects avec le CRM chaque semaine."
    case "C1.1.position": return "pas du tout"
    case "C1.1.override_reason": return "Exemples encore trop vagues."
    case "C1.3.gate": return previous == 0 ? "/retour" : "non"
    case "C1.4.gate": return previous == 0 ? "/note Exemple à approfondir." : "non"
    case "C2.1.q1": return "Je fais une enquête de satisfaction après chaque livraison."
    case "C2.1.q2": return previous == 0 ? "/passer" : "J’ai proposé un lot d’essai, justifié."
    case "C2.2.gate": return previous == 0 ? "/aller C2.1" : "non"
    default:
      if id.hasPrefix("C1.1.probe.") { return "Je relance par téléphone et je note tout." }
      return answer(to: id)
    }
  }

  /// `line`, or « partiellement » where an empty line would be refused: the positioning of
  /// an unsure suggestion has no default.
  static func settled(_ line: String, for ask: Ask) -> String {
    line.isEmpty && ask.id.hasSuffix(".position") && ask.defaultChoice == nil
      ? "partiellement" : line
  }

  /// The whole session's input lines, in order, for a piped run (70 asks or so).
  static func lines(count: Int? = nil) throws -> [String] {
    // Asks come from the core itself, so the piped input follows the real question order.
    let dialogue = BundledGuide.dialogue
    var interview = Interview(
      dialogue: dialogue, suggester: try EvidenceSuggester(dialogue: dialogue))
    let date = Date(timeIntervalSince1970: 1_795_000_000)
    _ = interview.start(at: date)
    var lines: [String] = []
    while !interview.isFinished, let ask = interview.pendingAsk, lines.count < (count ?? .max) {
      let line = settled(answer(to: ask.id), for: ask)
      lines.append(line)
      _ = interview.receive(line, at: date)
    }
    return lines
  }
}

/// A fresh scratch directory.
struct ScratchDirectory {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("repere-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Reads a transcript file back with the core's parser.
func parseTranscript(_ path: String) throws -> ParsedTranscript {
  TranscriptParser.parse(try Data(contentsOf: URL(fileURLWithPath: path)))
}

extension ParsedTranscript {
  /// Why the session stopped, when the transcript ends with `session_stopped`; else `nil`.
  var stopReason: StopReason? {
    guard case .sessionStopped(let stop) = records.last?.entry else { return nil }
    return stop.reason
  }
}
