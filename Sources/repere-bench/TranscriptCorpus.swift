import Foundation
import RepereBundledGuide
import RepereCore

/// Generates interview transcripts with the interview engine, as `repere entretien` writes
/// them: chained lines, an `input` line before the events of each answer.
///
/// Answers are drawn by a seeded generator: yes to most gates, two to six sentences around
/// the criteria's evidence terms for each open question (``AnswerCorpus``'s fragments), the
/// suggestion confirmed four times in five and otherwise overridden with a reason, one of a
/// few evaluators, one session in ten stopped half-way (suspended). The clock moves 20 to 90
/// seconds per answer. The first evaluator signs her sessions (a fixed key), as the shell
/// does at the stop or the end, so that `stats` checks signatures as it would in the field.
struct TranscriptCorpus {
  static let evaluators = [
    ("Anne", "Petit"), ("Paul", "Durand"), ("Léa", "Martin"), ("Karim", "Benali"),
  ]

  /// The first evaluator's key: a fixed seed, so the corpus is the same at every run.
  static let signer = try! TranscriptSigner(rawRepresentation: Data(repeating: 3, count: 32))

  let dialogue: Dialogue
  let suggester: any PositioningSuggester
  let start: SessionStart

  init(suggester: any PositioningSuggester) {
    dialogue = BundledGuide.dialogue
    self.suggester = suggester
    start = SessionStart(
      programVersion: "bench", dialogue: dialogue.id, dialogueVersion: dialogue.version,
      dialogueSHA256: BundledGuide.sha256, dialogueSource: BundledGuide.sourceLabel)
  }

  /// The transcript of session number `index` (the same text for the same seed and index).
  func transcript(index: Int, seed: UInt64) -> String {
    var random = SplitMix64(seed: seed &+ UInt64(index) &* 0x9E37_79B9)
    var clock = Date(timeIntervalSince1970: 1_767_225_600 + Double(index % 300) * 86_400)
    var chain = TranscriptChain()
    var lines: [String] = []
    var interview = Interview(dialogue: dialogue, suggester: suggester)
    let signed = index % Self.evaluators.count == 0
    var start = self.start
    start.signingKey = signed ? Self.signer.publicKey.fingerprint : nil
    for entry in [.sessionStarted(start)] + interview.start(at: clock).map(TranscriptEntry.event) {
      lines.append(chain.seal(entry, at: clock))
    }
    let evaluator = Self.evaluators[index % Self.evaluators.count]
    let stopAfter = index % 10 == 9 ? 60 : Int.max
    var previousAsk = ""
    var inputs = 0
    while !interview.isFinished, let ask = interview.pendingAsk, inputs < stopAfter {
      let reply =
        ask.id == previousAsk
        ? (ask.choices?.first ?? "Réponse précisée.")
        : answer(to: ask, evaluator: evaluator, index: index, random: &random)
      previousAsk = ask.id
      clock += Double(Int.random(in: 20...90, using: &random))
      inputs += 1
      let entries =
        [TranscriptEntry.input(InputRecord(ask: ask.id, text: reply))]
        + interview.receive(reply, at: clock).map(TranscriptEntry.event)
      for entry in entries { lines.append(chain.seal(entry, at: clock)) }
    }
    if !interview.isFinished {
      clock += 1
      lines.append(
        chain.seal(
          .sessionStopped(SessionStop(reason: .endOfInput, ask: interview.pendingAsk?.id)),
          at: clock))
    }
    if signed {
      clock += 1
      let signature = Self.signer.sign(lines: chain.nextSequence - 1, head: chain.previousHash)
      lines.append(chain.seal(.signature(signature), at: clock))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func answer(
    to ask: Ask, evaluator: (String, String), index: Int, random: inout SplitMix64
  ) -> String {
    let id = ask.id
    switch true {
    case id == "identity.candidate.nom": return "Candidat\(index)"
    case id == "identity.candidate.prenom": return "Prénom"
    case id == "identity.intervenant1.nom": return evaluator.1
    case id == "identity.intervenant1.prenom": return evaluator.0
    case id.hasPrefix("identity.") || id.hasPrefix("opening."): return ""
    case id.hasSuffix(".gate"): return Int.random(in: 0..<10, using: &random) < 9 ? "oui" : "non"
    case id.hasSuffix(".position"):
      guard Int.random(in: 0..<5, using: &random) == 0 else { return "" }
      return ["t", "p", "n"].randomElement(using: &random)!
    case id.hasSuffix(".override_reason"): return "Exemples précis donnés à l’oral."
    case id.contains(".probe."):
      return Int.random(in: 0..<2, using: &random) == 0 ? "" : sentences(for: id, &random)
    case id.range(of: #"\.q[0-9]+$"#, options: .regularExpression) != nil:
      return sentences(for: id, &random)
    default: return ""
    }
  }

  private func sentences(for id: String, _ random: inout SplitMix64) -> String {
    let blockID = id.split(separator: ".").prefix(2).joined(separator: ".")
    let terms =
      dialogue.blocks.first { $0.id == blockID }?.assessedCriteria.flatMap(\.evidence)
      ?? []
    return (0..<Int.random(in: 2...6, using: &random)).map { _ in
      "\(AnswerCorpus.openings.randomElement(using: &random)!) "
        + "\(AnswerCorpus.verbs.randomElement(using: &random)!) "
        + "\(terms.randomElement(using: &random) ?? "client") "
        + AnswerCorpus.tails.randomElement(using: &random)!
    }.joined(separator: " ")
  }
}
