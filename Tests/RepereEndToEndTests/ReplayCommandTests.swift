import Foundation
import RepereCore
import RepereTestSupport
import Testing

/// `repere relecture`, `repere cle` and `repere anonymiser`, run as a reviewer would.
@Suite("repere relecture, cle, anonymiser (end to end)")
struct ReplayCommandTests {
  static let golden = RepereBinary.packageRoot.appendingPathComponent(
    "Tests/RepereEndToEndTests/Golden")

  struct Run {
    var status: Int32
    var output: String
    var error: String
  }

  private func run(_ arguments: [String], input: String = "", environment: [String: String] = [:])
    throws -> Run
  {
    let child = try ChildProcess.withPipes(arguments, environment: environment)
    child.send(input)
    child.closeInput()
    let output = child.readToEnd()
    let status = child.wait()
    return Run(status: status, output: output, error: child.standardError())
  }

  /// Whether the text holds a control character other than a newline (C0, DEL, C1) or a
  /// bidirectional control: what must never reach a terminal raw.
  static func hasRawControl(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0 != "\n" && SafeDisplay.isUnsafe($0) }
  }

  /// A scratch folder with its own configuration folder and, if asked, a signing key.
  final class Reviewer {
    let scratch: ScratchDirectory
    var environment: [String: String] { ["XDG_CONFIG_HOME": scratch.path("cfg")] }
    init() throws { scratch = try ScratchDirectory() }
    deinit { scratch.remove() }
    func path(_ name: String) -> String { scratch.path(name) }
  }

  /// A signed session recorded by the binary, and the public key's file.
  private func signedSession(_ reviewer: Reviewer) throws -> (transcript: String, key: String) {
    let created = try run(["cle", "creer"], environment: reviewer.environment)
    #expect(created.status == 0, "\(created.error)")
    let shown = try run(["cle", "afficher"], environment: reviewer.environment)
    let key = reviewer.path("evaluateur.pub")
    try shown.output.write(toFile: key, atomically: true, encoding: .utf8)
    let transcript = reviewer.path("t.jsonl")
    let lines = try SessionScript.lines()
    let session = try run(
      ["entretien", "--transcript", transcript], input: lines.joined(separator: "\n") + "\n",
      environment: reviewer.environment)
    #expect(session.status == 0, "\(session.error)")
    return (transcript, key)
  }

  @Test("piped replay of the golden session is deterministic plain text")
  func goldenPipedReplay() throws {
    let path = Self.golden.appendingPathComponent("replay-session.jsonl").path
    let first = try run(["relecture", path])
    #expect(first.status == 0, "\(first.error)")
    #expect(first.error.isEmpty)
    #expect(!first.output.contains("\u{1B}"))
    if let failure = GoldenFile.compare(first.output, named: "replay-session.txt", in: Self.golden)
    {
      Issue.record(Comment(rawValue: failure))
    }
    #expect(try run(["replay", path]).output == first.output)
  }

  @Test("a signed session verifies with its key, fails with another, fails forged")
  func verifySignedSessions() throws {
    let reviewer = try Reviewer()
    let (transcript, key) = try signedSession(reviewer)
    let intact = try run(["relecture", "--verifier", transcript, "--cle", key])
    #expect(intact.status == 0, "\(intact.output)\(intact.error)")
    #expect(intact.output.contains("t.jsonl : intacte — "))
    #expect(intact.output.contains("signée par la clé "))
    #expect(intact.output.contains("(de confiance)"))
    let keyFolder = reviewer.path("cles")
    try FileManager.default.createDirectory(atPath: keyFolder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: key, toPath: keyFolder + "/dupont.pub")
    #expect(try run(["replay", "--verify", transcript, "--keys", keyFolder]).status == 0)

    // Another evaluator's key: the signature verifies, the key is not trusted.
    let other = try Reviewer()
    _ = try run(["cle", "creer"], environment: other.environment)
    let otherKey = other.path("autre.pub")
    try (try run(["key", "show"], environment: other.environment)).output.write(
      toFile: otherKey, atomically: true, encoding: .utf8)
    let untrusted = try run(["relecture", "--verifier", transcript, "--cle", otherKey])
    #expect(untrusted.status == 1)
    #expect(untrusted.output.contains("qui n’est pas parmi les clés de confiance"))

    // The forger edits an answer and recomputes the whole chain.
    let text = try String(contentsOfFile: transcript, encoding: .utf8)
    let forged = reviewer.path("forged.jsonl")
    try Self.rechain(text, replacing: "Je qualifie mes prospects", with: "Je signe des contrats")
      .write(toFile: forged, atomically: true, encoding: .utf8)
    let chainOnly = TranscriptParser.parse(try Data(contentsOf: URL(fileURLWithPath: forged)))
    #expect(chainOnly.issues.isEmpty, "the forged chain is valid")
    let refused = try run(["relecture", "--verifier", forged, "--cle", key, "--format", "json"])
    #expect(refused.status == 1)
    let verdict = try #require(
      try JSONSerialization.jsonObject(with: Data(refused.output.utf8)) as? [String: Any])
    #expect(verdict["intact"] as? Bool == false)
    let codes = (verdict["problems"] as? [[String: Any]])?.compactMap { $0["code"] as? String }
    #expect(codes?.contains("bad_signature") == true)
    let problems = try #require(verdict["problems"] as? [[String: Any]])
    let bad = try #require(problems.first { $0["code"] as? String == "bad_signature" })
    #expect((bad["message"] as? String)?.contains("la signature ne correspond pas") == true)
  }

  /// The transcript with `old` replaced in every string and a recomputed chain.
  static func rechain(_ text: String, replacing old: String, with new: String) throws -> String {
    // The new text as it stands inside a JSON string.
    let quoted = String(decoding: try JSONEncoder().encode(new), as: UTF8.self)
    let new = String(quoted.dropFirst().dropLast())
    let parsed = TranscriptParser.parse(Data(text.utf8))
    var chain = TranscriptChain()
    var result = ""
    let decoder = JSONDecoder()
    for record in parsed.records {
      let members = TranscriptChain.members(of: record.entry).replacingOccurrences(
        of: old, with: new)
      let entry = try decoder.decode(TranscriptEntry.self, from: Data("{\(members)}".utf8))
      result += chain.seal(entry, at: record.date!) + "\n"
    }
    return result
  }

  @Test("keys: created 0600, never replaced, a key readable by others refused")
  func keyHandling() throws {
    let reviewer = try Reviewer()
    let created = try run(["key", "generate"], environment: reviewer.environment)
    #expect(created.status == 0)
    #expect(created.output.contains("Clé de signature créée : "))
    #expect(created.output.contains("\nrepere-ed25519 "))
    let keyPath = reviewer.path("cfg/repere/cle-signature")
    let mode =
      try FileManager.default.attributesOfItem(atPath: keyPath)[.posixPermissions] as? NSNumber
    #expect(mode?.intValue == 0o600)
    let again = try run(["cle", "creer"], environment: reviewer.environment)
    #expect(again.status == 1)
    #expect(again.error.contains("existe déjà"))
    let shown = try run(["cle", "afficher"], environment: reviewer.environment)
    #expect(created.output.hasSuffix(shown.output))
    #expect(shown.output.contains("empreinte : "))
    chmod(keyPath, 0o644)
    let exposed = try run(["cle", "afficher"], environment: reviewer.environment)
    #expect(exposed.status == 1)
    #expect(exposed.error.contains("d’autres que vous peuvent la lire (mode 644)"))
    let none = try Reviewer()
    let missing = try run(["cle", "afficher"], environment: none.environment)
    #expect(missing.status == 1)
    #expect(missing.error.contains("Aucune clé de signature"))
    #expect(missing.error.contains("« repere cle creer »"))
    let badTrust = reviewer.path("vide.pub")
    try "rien\n".write(toFile: badTrust, atomically: true, encoding: .utf8)
    let refused = try run(["relecture", "--verifier", badTrust, "--cle", badTrust])
    #expect(refused.status == 1)
    #expect(refused.error.contains("aucune clé publique"))
  }

  @Test("hostile transcripts: no crash, no hang, no raw control byte, a French message")
  func hostileTranscripts() throws {
    let reviewer = try Reviewer()
    let golden = try String(
      contentsOf: Self.golden.appendingPathComponent("replay-session.jsonl"), encoding: .utf8)
    var cases: [(name: String, bytes: [UInt8], replayStatus: Int32, message: String)] = []
    for (index, hostile) in [
      "\u{1B}]0;pwned\u{07}", "\u{1B}[2J", "abc\u{202E}def", "nul\u{0}byte", "\u{9B}31m",
    ].enumerated() {
      let text = try Self.rechain(golden, replacing: "Dupont", with: hostile)
      cases.append(("hostile-\(index)", Array(text.utf8), 0, "Relecture de"))
    }
    var invalidUTF8 = Array(golden.utf8)
    let at = invalidUTF8.firstIndex(of: UInt8(ascii: "D"))!
    invalidUTF8.insert(contentsOf: [0xFF, 0xC3, 0x28], at: at)
    cases.append(("invalid-utf8", invalidUTF8, 0, "Attention : ligne"))
    let long =
      #"{"seq":1,"time":"2026-01-01T00:00:00.000Z","type":"input","ask":"x","text":""#
      + String(repeating: "\u{1B}[31m", count: 200_000) + #"","prev":"0"}"# + "\n"
    cases.append(("long-line", Array(long.utf8), 1, "n’est pas une transcription repere"))
    let unknown =
      golden
      + #"{"seq":999,"time":"2026-01-01T00:00:00.000Z","type":"inconnu\u001b[2J","prev":"x"}"#
      + "\n"
    cases.append(("unknown-type", Array(unknown.utf8), 0, "Attention : ligne"))
    let newer = golden.replacingOccurrences(
      of: #""program":"repere","#, with: #""program":"repere","schema":99,"#)
    cases.append(("newer-schema", Array(newer.utf8), 0, "Attention : ligne 2 : la chaîne"))
    cases.append(("not-json", Array("\u{1B}]0;pwned\u{07}bonjour\n".utf8), 1, "JSON invalide"))
    cases.append(("empty", [], 1, "le fichier est vide"))
    for hostile in cases {
      let path = reviewer.path(hostile.name + ".jsonl")
      try Data(hostile.bytes).write(to: URL(fileURLWithPath: path))
      let replay = try run(["relecture", path])
      #expect(replay.status == hostile.replayStatus, "\(hostile.name): \(replay.error)")
      #expect(!Self.hasRawControl(replay.output), "\(hostile.name): raw control on stdout")
      #expect(!Self.hasRawControl(replay.error), "\(hostile.name): raw control on stderr")
      #expect(
        (replay.output + replay.error).contains(hostile.message),
        "\(hostile.name): \(replay.error.prefix(300))")
      let verify = try run(["relecture", "--verifier", path])
      // Every one was edited after the fact: none is intact.
      #expect(verify.status == 1, "\(hostile.name)")
      #expect(!Self.hasRawControl(verify.output), "\(hostile.name): raw control in verdict")
      #expect(!Self.hasRawControl(verify.error))
    }
    // A directory and a FIFO: refused at once, never waited on.
    let directory = try run(["relecture", reviewer.scratch.url.path])
    #expect(directory.status == 1)
    #expect(directory.error.contains("c’est un dossier"))
    let fifo = reviewer.path("fifo.jsonl")
    #expect(mkfifo(fifo, 0o600) == 0)
    let started = Date()
    let fromFIFO = try run(["relecture", fifo])
    #expect(fromFIFO.status == 1)
    #expect(fromFIFO.error.contains("n’est pas un fichier ordinaire"))
    let verifyFIFO = try run(["relecture", "--verifier", fifo])
    #expect(verifyFIFO.status == 1)
    #expect(verifyFIFO.output.contains("n’est pas un fichier ordinaire"))
    #expect(Date().timeIntervalSince(started) < 60)
  }

  @Test("anonymised copy: no name left, valid chain, private files, replays")
  func anonymise() throws {
    let reviewer = try Reviewer()
    let (transcript, _) = try signedSession(reviewer)
    let copy = reviewer.path("copie.jsonl")
    let table = reviewer.path("table.tsv")
    let result = try run(["anonymize", transcript, "--output", copy, "--table", table])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.error.contains("Copie anonymisée : "))
    #expect(result.error.contains("1 signature retirée"))
    let text = try String(contentsOfFile: copy, encoding: .utf8)
    #expect(try String(contentsOfFile: transcript, encoding: .utf8).contains("Dupont"))
    for name in ["dupont", "marie"] { #expect(!text.caseAndAccentFolded.contains(name)) }
    for path in [copy, table] {
      let mode =
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
      #expect(mode?.intValue == 0o600)
    }
    #expect(
      try String(contentsOfFile: table, encoding: .utf8).contains("candidat, nom\tDupont\tCandidat")
    )
    let verified = try run(["relecture", "--verifier", copy])
    #expect(verified.status == 0, "\(verified.output)")
    #expect(verified.output.contains("non signée"))
    let replay = try run(["relecture", copy])
    #expect(replay.status == 0)
    #expect(replay.output.contains("Copie anonymisée de la transcription de SHA-256 "))
    // Never over an existing file.
    let again = try run(["anonymiser", transcript, "--sortie", copy])
    #expect(again.status == 1)
    #expect(again.error.contains("existe déjà"))
  }

  @Test("options are checked in French (status 64)")
  func usage() throws {
    let checks: [([String], String)] = [
      (["relecture"], "Donnez une transcription à relire."),
      (["relecture", "a", "b"], "Une seule transcription à la fois"),
      (["relecture", "a", "--cle", "k"], "--cles et --cle ne s’emploient qu’avec --verifier."),
      (["relecture", "a", "--vitesse", "0"], "--vitesse doit être un nombre positif"),
      (["relecture", "a", "--pause-max=-1"], "--pause-max doit être un nombre de secondes"),
      (["relecture", "--verifier", "a", "--rythme"], "--rythme ne s’emploie pas avec --verifier."),
      (["relecture", "a", "--format", "json"], "--format ne s’emploie qu’avec --verifier."),
    ]
    for (arguments, message) in checks {
      let result = try run(arguments)
      #expect(result.status == 64, "\(arguments)")
      #expect(result.error.contains(message), "\(arguments): \(result.error)")
    }
  }
}
