import Foundation
import RepereBundledGuide
import RepereCore

/// The folder of golden transcripts `repere stats` is tested on (`Golden/stats/sessions`),
/// made with the interview engine on the bundled guide, one minute per answer.
///
/// | file | what | counted |
/// |---|---|---|
/// | `a/dupont.jsonl` | finished, every gate « non », suggestions confirmed, Paul Durand | yes |
/// | `a/martin.jsonl` | finished, « non » everywhere, C1.1 raised to « En totalité » and C3.1 to « Partiellement » (reasons given), Anne Petit | yes |
/// | `b/leroy.jsonl` | suspended after C1.1 and C1.2 (« non », confirmed), Paul DURAND | yes |
/// | `b/modifiee.jsonl` | `dupont` with an answer edited | broken chain |
/// | `b/autre-guide.jsonl` | made with another guide file (its hash) | other guide |
/// | `b/notes.jsonl` | a text file | not a transcript |
/// | `b/preparation.jsonl` | `"mode":"preparation"` in `session_started` | preparation |
/// | `b/lisez-moi.txt`, `b/.cache/x.jsonl` | not `.jsonl`, hidden | not read |
enum StatsFolder {
  static let root = RepereBinary.packageRoot.appendingPathComponent(
    "Tests/RepereEndToEndTests/Golden/stats/sessions")

  /// The files and their text, by path under ``root``.
  static func files() throws -> [(String, String)] {
    let dupont = try session(evaluator: ("Paul", "Durand")) { _ in nil }
    var edited = dupont.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let index = edited.firstIndex { $0.contains(#""text":"Candidat""#) && $0.contains("input") }!
    edited[index] = edited[index].replacingOccurrences(of: "Candidat", with: "Candidate")
    var preparation = try session(evaluator: ("Léa", "Martin"), stopAfter: 20) { _ in nil }
      .split(separator: "\n").map(String.init)
    preparation[0] = preparation[0].replacingOccurrences(
      of: #""type":"session_started""#, with: #""mode":"preparation","type":"session_started""#)
    return [
      ("a/dupont.jsonl", dupont),
      (
        "a/martin.jsonl",
        try session(evaluator: ("Anne", "Petit")) { id in
          switch id {
          case "C1.1.position": "t"
          case "C3.1.position": "p"
          case "C1.1.override_reason", "C3.1.override_reason": "Exemples donnés à l’oral."
          default: nil
          }
        }
      ),
      ("b/leroy.jsonl", try session(evaluator: ("Paul", "DURAND"), stopAfter: 2) { _ in nil }),
      ("b/modifiee.jsonl", edited.joined(separator: "\n")),
      (
        "b/autre-guide.jsonl",
        try session(evaluator: ("Paul", "Durand"), sha256: String(repeating: "f", count: 64)) {
          _ in nil
        }
      ),
      ("b/notes.jsonl", "Notes de la réunion du 3 mars\n- rien\n"),
      ("b/preparation.jsonl", rechained(preparation)),
      ("b/lisez-moi.txt", "Ce fichier n’est pas lu.\n"),
      ("b/.cache/x.jsonl", "caché : pas lu\n"),
    ]
  }

  /// Writes the folder (when golden files are re-recorded).
  static func write() throws {
    for (path, text) in try files() {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
  }

  /// A session: `override(id)` answers first, then ``SessionScript/answer(to:)``; stopped
  /// (end of input) once `stopAfter` blocks are positioned.
  private static func session(
    evaluator: (String, String), stopAfter: Int = .max,
    sha256: String = BundledGuide.sha256, override: (String) -> String?
  ) throws -> String {
    let dialogue = BundledGuide.dialogue
    var interview = Interview(
      dialogue: dialogue, suggester: try EvidenceSuggester(dialogue: dialogue))
    var clock = Date(timeIntervalSince1970: 1_772_960_400)  // 2026-03-08 09:00 UTC
    var chain = TranscriptChain()
    var lines: [String] = []
    let start = SessionStart(
      programVersion: "0.1.0", dialogue: dialogue.id, dialogueVersion: dialogue.version,
      dialogueSHA256: sha256, dialogueSource: BundledGuide.sourceLabel)
    for entry in [.sessionStarted(start)] + interview.start(at: clock).map(TranscriptEntry.event) {
      lines.append(chain.seal(entry, at: clock))
    }
    var previous = ""
    while !interview.isFinished, let ask = interview.pendingAsk,
      interview.record.blocks.count < stopAfter
    {
      let answer =
        override(ask.id)
        ?? (ask.id == "identity.intervenant1.nom"
          ? evaluator.1
          : ask.id == "identity.intervenant1.prenom"
            ? evaluator.0
            : ask.id == "identity.candidate.nom"
              ? "Candidat"
              : ask.id.hasPrefix("identity.intervenant2") ? "" : SessionScript.answer(to: ask.id))
      // Asked again (an unsure suggestion has no default): the first choice, so the loop ends.
      let answered =
        ask.id == previous ? (ask.choices?.first ?? "x") : ask.id == "C1.1.gate" ? "non" : answer
      previous = ask.id
      clock += 60
      let entries =
        [TranscriptEntry.input(InputRecord(ask: ask.id, text: answered))]
        + interview.receive(answered, at: clock).map(TranscriptEntry.event)
      for entry in entries { lines.append(chain.seal(entry, at: clock)) }
    }
    if !interview.isFinished {
      clock += 1
      lines.append(
        chain.seal(
          .sessionStopped(SessionStop(reason: .endOfInput, ask: interview.pendingAsk?.id)),
          at: clock))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The lines with every `prev` recomputed: an intact chain after an edit.
  private static func rechained(_ lines: [String]) -> String {
    var previous = TranscriptChain.genesis
    var result: [String] = []
    for line in lines {
      let fixed = String(line.dropLast(66)) + previous + "\"}"
      result.append(fixed)
      previous = ContentHash.sha256(Data(fixed.utf8))
    }
    return result.joined(separator: "\n") + "\n"
  }
}
