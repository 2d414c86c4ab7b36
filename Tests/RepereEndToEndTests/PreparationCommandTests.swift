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
}
