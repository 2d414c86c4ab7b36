import Foundation
import RepereCore
import RepereTestSupport
import Testing

/// `repere preparation` run as a binary: a whole piped session compared with its exact
/// French output, the sheet from its transcript, the readline shell in a pseudo-terminal,
/// resumption over two sittings and the refusals.
@Suite("repere preparation (end to end)")
struct PreparationCommandTests {
  private static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  private func assertGolden(
    _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    if let failure = GoldenFile.compare(actual, named: name, in: Self.golden) {
      Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation)
    }
  }

  /// C1.1 answered vaguely, C1.2 with denied criteria, C1.3 answered thinly then retried.
  static let script = [
    "Lefèvre", "Julie",
    "oui", "Je m’occupe un peu de tout.", "Je regarde ce qu’il faut.", "Ça dépend.",
    "oui", "Non, je n’évalue pas la part de marché, c’est mon directeur qui le fait.",
    "Je décline les objectifs de chiffre d’affaires de l’entreprise en objectifs par client "
      + "chaque année.",
    "Non, je ne propose jamais de modifications.",
    "oui", "J’ai un fichier.", "Je cherche sur internet.",
    "/recommencer",
    "oui",
    "Je qualifie chaque nouveau prospect selon son potentiel avec Kompass et societe.com, "
      + "depuis 2019 ; l’an dernier, cela m’a permis de signer trois nouveaux clients.",
    "Je renseigne le CRM chaque semaine après mes visites et je vérifie les coordonnées.",
    "",
  ]

  private func run(_ arguments: [String], input: [String], in scratch: ScratchDirectory)
    throws -> (status: Int32, text: String, errors: String)
  {
    let child = try ChildProcess.withPipes(arguments, environment: ["TERM": "dumb"])
    child.send(input.map { $0 + "\n" }.joined())
    child.closeInput()
    let text = child.readToEnd().replacingOccurrences(of: scratch.url.path, with: "DIR")
    let errors = child.standardError()
    return (child.wait(), text, errors)
  }

  @Test("a piped preparation from start to end, then its sheet")
  func pipedSessionAndSheet() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = scratch.path("p.jsonl")
    let run = try run(
      ["preparation", "--bloc", "C1.1", "--bloc", "c1.2", "--bloc", "C1.3", "--transcript", path],
      input: Self.script, in: scratch)
    #expect(run.status == 0)
    assertGolden(run.text, named: "piped-preparation.txt")

    // The transcript: private, a preparation, the blocks chosen.
    var info = stat()
    #expect(stat(path, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o600)
    let parsed = try parseTranscript(path)
    #expect(parsed.issues.isEmpty)
    #expect(parsed.sessionStart?.start.mode == .preparation)
    #expect(parsed.sessionStart?.start.blocks == ["C1.1", "C1.2", "C1.3"])

    // The sheet names what the vague block lacks and shows the retried block's latest answer.
    let sheet = try self.run(["bilan", path], input: [], in: scratch)
    #expect(sheet.status == 0)
    let text = sheet.text
    #expect(text.hasPrefix("Fiche de préparation à l’entretien de repérage"))
    let c11 = try #require(text.range(of: "C1.1 — ")).upperBound
    let c12 = try #require(text.range(of: "C1.2 — ")).lowerBound
    let vague = String(text[c11..<c12])
    #expect(vague.contains("Exemples à préparer :"))
    #expect(vague.contains("[ ] sources variées et actualisées"))
    #expect(vague.contains("[ ] fiabilité vérifiée"))
    #expect(text.contains("› Je renseigne le CRM chaque semaine après mes visites"))
    #expect(!text.contains("› Je cherche sur internet."))
    #expect(text.contains("Questions à attendre et vos dernières réponses (tentative 2) :"))
    #expect(!text.contains("Positionnement"))
    #expect(!text.contains("Signature"))
    for format in ["markdown", "html", "json"] {
      let other = try self.run(["bilan", path, "--format", format], input: [], in: scratch)
      #expect(other.status == 0)
      #expect(other.text.contains("Je renseigne le CRM chaque semaine"))
    }
  }

  @Test("two sittings: stopped by the end of input, continued with --reprendre")
  func resumeOverTwoSittings() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = scratch.path("p.jsonl")
    let first = try run(
      ["preparation", "--competence", "C2", "--transcript", path],
      input: ["Martin", "Claire", "non"], in: scratch)
    #expect(first.status == 3)
    #expect(first.text.contains("Préparation suspendue"))
    #expect(first.text.contains("repere preparation --reprendre DIR/p.jsonl"))
    let second = try run(
      ["preparation", "--reprendre", path], input: ["/quitter"], in: scratch)
    #expect(second.status == 3)
    #expect(second.text.contains("Reprise de la préparation : la question oui/non du bloc C2.2."))
    // The blocks chosen at the start are kept: C2.2 is « 2/4 ».
    #expect(second.text.contains("C2.2 · 2/4 ›"))
    let refused = try run(["entretien", "--reprendre", path], input: [], in: scratch)
    #expect(refused.status == 1)
    #expect(refused.errors.contains("repere preparation --reprendre"))
  }

  @Test("--protocol jsonl: one JSON object a line, the asks with their ids, the feedback")
  func jsonLines() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = scratch.path("p.jsonl")
    let run = try run(
      ["preparation", "--protocol", "jsonl", "--bloc", "C1.3", "--transcript", path],
      input: ["Lefèvre", "Julie", "oui", "J’ai un fichier.", "Je cherche sur internet.", ""],
      in: scratch)
    #expect(run.status == 0, "\(run.errors)")
    let objects = try run.text.split(separator: "\n").map { line in
      try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
    }
    #expect(objects.allSatisfy { $0["type"] is String })
    let asks = objects.filter { $0["type"] as? String == "ask" }.compactMap { $0["id"] as? String }
    #expect(asks.contains("C1.3.gate"))
    #expect(asks.contains("C1.3.q1"))
    #expect(asks.contains("C1.3.q2"))
    let feedback = objects.filter { $0["type"] as? String == "feedback" }
    #expect(feedback.count == 1)
    #expect(feedback.first?["block"] as? String == "C1.3")
    #expect(feedback.first?["attempt"] as? Int == 1)
    // Nothing else than JSON on standard output: no text for people.
    #expect(!run.text.contains("Retour sur le bloc"))
    #expect(try parseTranscript(path).sessionStart?.start.mode == .preparation)
  }

  @Test("an unknown block is refused before anything is written")
  func unknownBlock() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let run = try run(
      ["preparation", "--bloc", "C9.9", "--transcript", scratch.path("p.jsonl")], input: [],
      in: scratch)
    #expect(run.status == 64)
    #expect(run.errors.contains("le bloc « C9.9 » n’existe pas dans ce guide"))
    #expect(!FileManager.default.fileExists(atPath: scratch.path("p.jsonl")))
  }

  @Test("the readline shell: prompt, feedback wrapped to the width, /recommencer completed")
  func terminal() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = scratch.path("p.jsonl")
    let home = scratch.path("home")
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    let child = try ChildProcess.withTerminal(
      ["preparation", "--bloc", "C1.3", "--transcript", path],
      environment: [
        "TERM": "xterm", "NO_COLOR": "1", "INPUTRC": "/dev/null", "LANG": "C.UTF-8",
        "HOME": home,
      ])
    #expect(child.waitForOutput(containing: "Votre nom ?"))
    child.send("Lefèvre\r")
    #expect(child.waitForOutput(containing: "Votre prénom ?"))
    child.send("Julie\r")
    #expect(child.waitForOutput(containing: "C1.3 · 1/1 › "))
    child.send("oui\r")
    #expect(child.waitForOutput(containing: "C1.3 · 1/1 › "))
    child.send("J’ai un fichier secret.\r")
    #expect(child.waitForOutput(containing: "C1.3 · 1/1 › "))
    child.send("Je cherche sur internet.\r")
    #expect(child.waitForOutput(containing: "Pour qu’un exemple convainque"))
    #expect(child.waitForOutput(containing: "Entrée pour terminer"))
    // Tab completes « /recom » to « /recommencer ».
    child.send("/recom\t")
    #expect(child.waitForOutput(containing: "mencer"))
    child.send("\r")
    #expect(child.waitForOutput(containing: "On recommence le bloc C1.3 (tentative 2)."))
    // Ctrl-D at the next prompt, as a person would (typed earlier, the terminal's cooked
    // mode could lose it).
    #expect(child.waitForOutput(containing: "› "))
    child.send(bytes: [0x04])
    #expect(child.waitForOutput(containing: "--reprendre"))
    #expect(child.wait() == 3)

    let screen = String(decoding: child.transcript, as: UTF8.self)
      .replacingOccurrences(of: "\r\n", with: "\n")
    // The feedback is wrapped to the terminal's 80 columns, continuation lines indented.
    let feedback = try #require(screen.range(of: "Retour sur le bloc C1.3"))
    let lines = screen[feedback.lowerBound...].split(separator: "\n").prefix(12)
    #expect(lines.allSatisfy { $0.count <= 80 })
    #expect(lines.contains { $0.hasPrefix("      ") && !$0.contains("→") })
    let inputs = try parseTranscript(path).inputs.map(\.input.text)
    #expect(inputs.last == "/recommencer")
    // Nothing the candidate typed is written to a history file.
    let left = try FileManager.default.contentsOfDirectory(atPath: home)
    #expect(left.isEmpty)
  }

  @Test("the interview with --preparation: prepared text under the question, not recorded")
  func interviewWithPreparation() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let preparation = scratch.path("p.jsonl")
    let prepared = try run(
      ["preparation", "--bloc", "C1.1", "--transcript", preparation],
      input: Array(Self.script.prefix(6)) + [""], in: scratch)
    #expect(prepared.status == 0)
    let identity = Array(repeating: "X", count: 11) + ["", "", ""]
    let interview = scratch.path("t.jsonl")
    let run = try run(
      ["entretien", "--preparation", preparation, "--transcript", interview],
      input: identity + ["oui", "Je travaille sur les colles industrielles."], in: scratch)
    #expect(run.status == 3)
    #expect(
      run.text.contains(
        "Sur quel(s) secteur(s) travaillez-vous ? Sur quels produits, solutions techniques ou "
          + "services ?\n  Préparé par le candidat (non enregistré) : « Je m’occupe un peu de "
          + "tout. »\nC1.1 · 1/24 › Je travaille sur les colles industrielles."))
    let parsed = try parseTranscript(interview)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: preparation))
    #expect(parsed.sessionStart?.start.preparationSHA256 == ContentHash.sha256(bytes))
    let answers = parsed.records.compactMap { record -> InterviewEvent.Answer? in
      if case .event(.answer(let answer)) = record.entry, answer.id == "C1.1.q1" { return answer }
      return nil
    }
    #expect(answers.map(\.text) == ["Je travaille sur les colles industrielles."])
    #expect(
      !String(decoding: try Data(contentsOf: URL(fileURLWithPath: interview)), as: UTF8.self)
        .contains("Je m’occupe un peu de tout."))

    // An edited preparation, or an interview's transcript, is refused with a clear message.
    var text = String(decoding: bytes, as: UTF8.self)
    text = text.replacingOccurrences(of: "Je m’occupe un peu de tout.", with: "Je fais tout.")
    let edited = scratch.path("edited.jsonl")
    try text.write(toFile: edited, atomically: true, encoding: .utf8)
    let refused = try self.run(
      ["entretien", "--preparation", edited, "--transcript", scratch.path("t2.jsonl")],
      input: [], in: scratch)
    #expect(refused.status == 1)
    #expect(refused.errors.contains("Préparation « \(edited) » refusée : ligne"))
    #expect(refused.errors.contains("la chaîne d’intégrité est rompue"))
    let notPrepared = try self.run(
      ["entretien", "--preparation", interview, "--transcript", scratch.path("t3.jsonl")],
      input: [], in: scratch)
    #expect(notPrepared.status == 1)
    #expect(
      notPrepared.errors.contains(
        "refusée : ce n’est pas la transcription d’une préparation (repere preparation)."))
  }

  @Test("the recap with --preparation: the appendix in every format, and the refusals")
  func recapWithPreparation() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let preparation = scratch.path("p.jsonl")
    let prepared = try run(
      ["preparation", "--bloc", "C1.1", "--bloc", "C1.2", "--transcript", preparation],
      input: Array(Self.script.prefix(10)) + [""], in: scratch)
    #expect(prepared.status == 0)
    // The interview: the identity, C1.1 answered and positioned « Partiellement », then
    // stopped in C1.2.
    let identity = Array(repeating: "X", count: 11) + ["", "", ""]
    let interview = scratch.path("t.jsonl")
    let conducted = try run(
      ["entretien", "--preparation", preparation, "--transcript", interview],
      input: identity + [
        "oui", "Je travaille sur les colles industrielles.", "Je lis la presse chaque semaine.",
        "Je vérifie les sources avec mon responsable.", "", "", "", "p", "Exemples trop courts.",
      ], in: scratch)
    #expect(conducted.status == 3)

    let recap = try run(
      ["bilan", interview, "--preparation", preparation], input: [], in: scratch)
    #expect(recap.status == 0, "\(recap.errors)")
    let text = recap.text
    let appendix = try #require(text.range(of: "\nPréparation du candidat\n"))
    let tail = String(text[appendix.upperBound...])
    #expect(tail.hasPrefix("Préparation du "))
    #expect(tail.contains("fichier p.jsonl, celle que l’entretien a enregistrée (SHA-256 "))
    #expect(tail.contains("2 blocs préparés sur 24, aucun confirmé à l’entretien."))
    #expect(
      tail.contains(
        "\nC1.1 — Recueil structuré et analyse des informations liées à son secteur : "
          + "préparé sans exemple, démontré à l’entretien\n"
          + "  Préparation : aucun critère illustré sur 3\n"
          + "  Position décidée à l’entretien : Partiellement\n"))
    #expect(
      tail.contains(
        "\nC1.2 — Déclinaison de la politique commerciale de l'entreprise en objectifs "
          + "opérationnels : préparé, pas encore positionné à l’entretien\n"))
    #expect(
      tail.contains(": non préparé\n  Position décidée à l’entretien : pas encore positionné"))
    for (format, marker) in [
      ("markdown", "## Préparation du candidat"), ("html", "<section class=\"preparation\">"),
      ("json", "\"reading\": \"not_positioned\""),
    ] {
      let other = try run(
        ["bilan", interview, "--preparation", preparation, "--format", format], input: [],
        in: scratch)
      #expect(other.status == 0)
      #expect(other.text.contains(marker), "\(format)")
    }

    // Refused: a file edited after the interview, the interview itself, another preparation,
    // an interview conducted without one, a preparation's transcript as the recap's.
    var edited = String(
      decoding: try Data(contentsOf: URL(fileURLWithPath: preparation)), as: UTF8.self)
    edited = edited.replacingOccurrences(of: "Ça dépend.", with: "Ça dépend du client.")
    let editedPath = scratch.path("edited.jsonl")
    try edited.write(toFile: editedPath, atomically: true, encoding: .utf8)
    let another = scratch.path("autre.jsonl")
    #expect(
      try run(
        ["preparation", "--bloc", "C1.1", "--transcript", another],
        input: ["Lefèvre", "Julie", "non", ""], in: scratch
      ).status == 0)
    let without = scratch.path("sans.jsonl")
    #expect(
      try run(["entretien", "--transcript", without], input: identity, in: scratch).status == 3)
    let hash = ContentHash.sha256(try Data(contentsOf: URL(fileURLWithPath: preparation)))
    let otherHash = ContentHash.sha256(try Data(contentsOf: URL(fileURLWithPath: another)))
    for (transcript, given, message) in [
      (interview, editedPath, "Préparation « \(editedPath) » refusée : ligne "),
      (interview, editedPath, "la chaîne d’intégrité est rompue"),
      (
        interview, interview,
        "Préparation « \(interview) » refusée : ce n’est pas la transcription d’une préparation "
          + "(repere preparation)."
      ),
      (
        interview, another,
        "Préparation « \(another) » refusée : ce n’est pas le fichier apporté à l’entretien : "
          + "son SHA-256 est \(otherHash), l’entretien a enregistré \(hash). Indiquez la "
          + "préparation telle que le candidat l’a remise à l’entretien."
      ),
      (
        without, preparation,
        "Préparation « \(preparation) » refusée : l’entretien n’a enregistré aucune préparation "
          + "(il a été commencé sans --preparation) : retirez --preparation."
      ),
      (
        preparation, preparation,
        "Transcription « \(preparation) » refusée : c’est la transcription d’une préparation ; "
          + "--preparation s’emploie avec la transcription de l’entretien"
      ),
    ] {
      let refused = try run(["bilan", transcript, "--preparation", given], input: [], in: scratch)
      #expect(refused.status == 1)
      #expect(refused.text.isEmpty)
      #expect(refused.errors.contains(message), "\(refused.errors)")
    }

    // Resumed with --preparation: only the preparation the interview recorded is shown.
    for (transcript, given, message) in [
      (interview, another, "refusée : ce n’est pas le fichier apporté à l’entretien"),
      (without, preparation, "refusée : l’entretien n’a enregistré aucune préparation"),
    ] {
      let refused = try run(
        ["entretien", "--reprendre", transcript, "--preparation", given], input: [], in: scratch)
      #expect(refused.status == 1)
      #expect(refused.errors.contains(message), "\(refused.errors)")
    }
    let resumed = try run(
      ["entretien", "--reprendre", interview, "--preparation", preparation], input: ["oui"],
      in: scratch)
    #expect(resumed.status == 3)
    #expect(
      resumed.text.contains(
        "Préparé par le candidat (non enregistré) : « Non, je n’évalue pas la part de marché"))
  }
}
