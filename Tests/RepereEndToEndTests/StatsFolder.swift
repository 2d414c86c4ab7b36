import Foundation
import RepereBundledGuide
import RepereCore

/// The folder of golden transcripts `repere stats` is tested on (`Golden/stats/sessions`),
/// made with the interview engine on the bundled guide, one minute per answer.
///
/// | file | what | counted |
/// |---|---|---|
/// | `a/dupont.jsonl` | finished, every gate « non », suggestions confirmed, Paul Durand | yes |
/// | `a/martin.jsonl` | finished, signed with ``signer``; C1.1 « oui », one thin answer: a `low` « Partiellement », raised to « En totalité »; C1.2 « oui », practice with a limit: a `high` « Partiellement », confirmed; C3.1 « non », raised to « Partiellement »; every other gate « non », confirmed; Anne Petit | yes |
/// | `b/leroy.jsonl` | suspended after C1.1 and C1.2 (« non », confirmed), Paul DURAND, written before the confidence (no `confidence` in its events) | yes |
/// | `b/modifiee.jsonl` | `dupont` with an answer edited | broken chain |
/// | `b/signature-fausse.jsonl` | `martin` with an answer edited and the chain recomputed: the signature fails | bad signature |
/// | `b/autre-guide.jsonl` | made with another guide file (its hash) | other guide |
/// | `b/notes.jsonl` | a text file | not a transcript |
/// | `b/preparation.jsonl` | `"mode":"preparation"` in `session_started` | preparation |
/// | `b/lisez-moi.txt`, `b/.cache/x.jsonl` | not `.jsonl`, hidden | not read |
enum StatsFolder {
  /// Anne Petit's signing key: a fixed seed, so every recording signs the same way.
  static let signer = try! TranscriptSigner(rawRepresentation: Data(repeating: 5, count: 32))

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
    let martin = try session(evaluator: ("Anne", "Petit"), signer: signer) { id in
      switch id {
      case "C1.1.gate", "C1.2.gate": "oui"
      case "C1.1.q1": "Je qualifie mes prospects avec le CRM chaque semaine."
      case "C1.2.q1": "Pas vraiment, je ne recalcule pas la part de marché pour ma zone."
      case "C1.2.q2":
        "J’ai mon objectif de CA par client dans Sellsy et je cale mes visites en fonction, "
          + "en priorisant les gros comptes solvants."
      case "C1.2.q3": "Une fois j’ai dit à mon chef que l’objectif était trop haut, mais sans plus."
      case "C1.1.position": "t"
      case "C3.1.position": "p"
      case "C1.1.override_reason", "C3.1.override_reason": "Exemples donnés à l’oral."
      default: nil
      }
    }
    let forged = martin.split(separator: "\n").map {
      $0.contains(#""type":"input""#)
        ? $0.replacingOccurrences(of: "sans plus", with: "il a baissé l’objectif") : String($0)
    }
    // Written before the confidence existed: its events had no `confidence`.
    let leroy = try session(evaluator: ("Paul", "DURAND"), stopAfter: 2) { _ in nil }
      .split(separator: "\n").map {
        $0.replacingOccurrences(of: #","confidence_score":1"#, with: "")
          .replacingOccurrences(of: #","confidence":"high""#, with: "")
      }
    return [
      ("a/dupont.jsonl", dupont),
      ("a/martin.jsonl", martin),
      ("b/leroy.jsonl", rechained(leroy)),
      ("b/modifiee.jsonl", edited.joined(separator: "\n")),
      ("b/signature-fausse.jsonl", rechained(forged)),
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
  /// (end of input) once `stopAfter` blocks are positioned; signed at the end by `signer`,
  /// as the shell does, when one is given.
  private static func session(
    evaluator: (String, String), stopAfter: Int = .max,
    sha256: String = BundledGuide.sha256, signer: TranscriptSigner? = nil,
    override: (String) -> String?
  ) throws -> String {
    let dialogue = BundledGuide.dialogue
    var interview = Interview(
      dialogue: dialogue, suggester: try EvidenceSuggester(dialogue: dialogue))
    var clock = Date(timeIntervalSince1970: 1_772_960_400)  // 2026-03-08 09:00 UTC
    var chain = TranscriptChain()
    var lines: [String] = []
    let start = SessionStart(
      programVersion: "0.1.0", dialogue: dialogue.id, dialogueVersion: dialogue.version,
      dialogueSHA256: sha256, dialogueSource: BundledGuide.sourceLabel,
      signingKey: signer?.publicKey.fingerprint)
    for entry in [.sessionStarted(start)] + interview.start(at: clock).map(TranscriptEntry.event) {
      lines.append(chain.seal(entry, at: clock))
    }
    var previous = ""
    while !interview.isFinished, let ask = interview.pendingAsk,
      interview.record.blocks.count < stopAfter
    {
      let answer =
        override(ask.id)
        ?? (ask.id == "C1.1.gate"
          ? "non"
          : ask.id == "identity.intervenant1.nom"
            ? evaluator.1
            : ask.id == "identity.intervenant1.prenom"
              ? evaluator.0
              : ask.id == "identity.candidate.nom"
                ? "Candidat"
                : ask.id.hasPrefix("identity.intervenant2") ? "" : SessionScript.answer(to: ask.id))
      // Asked again (an unsure suggestion has no default): the first choice, so the loop ends.
      let answered = ask.id == previous ? (ask.choices?.first ?? "x") : answer
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
    if let signer {
      clock += 1
      let signature = signer.sign(lines: chain.nextSequence - 1, head: chain.previousHash)
      lines.append(chain.seal(.signature(signature), at: clock))
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
