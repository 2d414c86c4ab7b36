import Foundation
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

  /// The whole session's input lines, in order, for a piped run (70 asks or so).
  static func lines(count: Int? = nil) throws -> [String] {
    // Asks come from the core itself, so the piped input follows the real question order.
    let dialogue = try Dialogue.bundled()
    var interview = Interview(
      dialogue: dialogue, suggester: try EvidenceSuggester(dialogue: dialogue))
    let date = Date(timeIntervalSince1970: 1_795_000_000)
    _ = interview.start(at: date)
    var lines: [String] = []
    while !interview.isFinished, let ask = interview.pendingAsk, lines.count < (count ?? .max) {
      let line = answer(to: ask.id)
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
