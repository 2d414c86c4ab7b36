import Foundation
import RepereCore
import RepereShell
import Testing

/// The verdicts' French text and JSON, and the replay's lists.
@Suite struct VerificationReportTests {
  private let signature = VerifiedSignature(
    line: 12, lines: 11, fingerprint: "0932-9e9f-d196-bc93-1881-4246-ccb8-0bbf", trusted: true)

  @Test func intactSignedByATrustedKey() {
    let verdict = VerificationReport.Verdict(
      path: "t.jsonl",
      verification: TranscriptVerification(problems: [], signatures: [signature], lineCount: 12),
      keysGiven: true)
    #expect(
      VerificationReport.text(verdict)
        == "t.jsonl : intacte — 12 lignes, signée par la clé 0932-9e9f-d196-bc93-1881-4246-ccb8-0bbf (de confiance)\n"
    )
  }

  @Test func intactWithoutKeysSaysWhatItDoesNotProve() {
    var unchecked = signature
    unchecked.trusted = nil
    let signed = VerificationReport.Verdict(
      path: "t.jsonl",
      verification: TranscriptVerification(problems: [], signatures: [unchecked], lineCount: 1),
      keysGiven: false)
    #expect(
      VerificationReport.text(signed).hasSuffix(
        "1 ligne, signée par la clé 0932-9e9f-d196-bc93-1881-4246-ccb8-0bbf (non comparée à des "
          + "clés de confiance (donnez --cles ou --cle))\n"))
    let unsigned = VerificationReport.Verdict(
      path: "t.jsonl",
      verification: TranscriptVerification(problems: [], signatures: [], lineCount: 3),
      keysGiven: false)
    #expect(
      VerificationReport.text(unsigned)
        == "t.jsonl : intacte — 3 lignes, non signée (l’intégrité de la chaîne ne prouve pas qui "
        + "l’a écrite)\n")
  }

  @Test func refusedListsEveryProblemAndEscapesThePath() throws {
    let verdict = VerificationReport.Verdict(
      path: "t\u{1B}[2J.jsonl",
      verification: TranscriptVerification(
        problems: [.badSignature(line: 12), .unsignedTail(firstLine: 13, count: 1)],
        signatures: [], lineCount: 13),
      keysGiven: true)
    #expect(
      VerificationReport.text(verdict)
        == "t\\u{1B}[2J.jsonl : REFUSÉE — 13 lignes, 2 problèmes :\n"
        + "  - ligne 12 : la signature ne correspond pas aux lignes qui la précèdent (elles ont "
        + "été modifiées après la signature)\n"
        + "  - 1 ligne après la dernière signature (à partir de la ligne 13) : elles ne sont pas "
        + "signées\n")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(VerificationReport.json(verdict).utf8))
        as? [String: Any])
    #expect(json["schema"] as? String == "repere.verification/1")
    #expect(json["intact"] as? Bool == false)
    #expect(json["file"] as? String == "t\u{1B}[2J.jsonl")
    let problems = try #require(json["problems"] as? [[String: Any]])
    #expect(problems.map { $0["code"] as? String } == ["bad_signature", "unsigned_tail"])
    #expect(problems.map { $0["line"] as? Int } == [12, 13])
  }

  @Test func unreadableFile() {
    let verdict = VerificationReport.Verdict(
      path: "f", verification: nil, readError: "« f » n’est pas un fichier ordinaire",
      keysGiven: false)
    #expect(
      VerificationReport.text(verdict) == "f : REFUSÉE — « f » n’est pas un fichier ordinaire\n")
    #expect(!verdict.passes)
  }

  @Test func replayListsWhenEmptyAndHelp() {
    let renderer = ReplayTextRenderer(script: ReplayScript(steps: []), style: .plain, width: nil)
    #expect(
      renderer.search(word: "x\u{202E}", steps: [])
        == "« x\\u{202E} » ne figure dans aucune étape.\n")
    #expect(renderer.search(word: "prix", steps: [0, 4]) == "« prix » figure aux étapes 1, 5.\n")
    #expect(renderer.overrides() == "Aucun positionnement ne diffère de la suggestion.\n")
    #expect(renderer.backEdits() == "Aucune réponse modifiée après /retour.\n")
    let help = ReplayTextRenderer.help()
    #expect(help.hasPrefix("Commandes de la relecture :\n  (Entrée) — étape suivante\n"))
    #expect(help.contains("  /quitter — quitter la relecture\n"))
  }

  @Test func signingKeyMessagesAreFrench() {
    #expect(
      SigningKeyError.malformed.description
        == "ce n’est pas une clé de signature repere (la première ligne doit être "
        + "« repere-ed25519-prive » suivie de la clé en base64)")
    #expect(
      ShellError.signingKey(path: "k", reason: "vide").description
        == "Clé « k » inutilisable : vide.")
  }
}
