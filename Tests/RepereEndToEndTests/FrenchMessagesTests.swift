import Foundation
import Testing

/// Every message a person reads is French (issue 10, item 3), and the edges of a session
/// (nothing typed, a finished interview resumed) say what happened.
@Suite("French messages and session edges (end to end)")
struct FrenchMessagesTests {
  /// Words of swift-argument-parser's English errors.
  static let englishWords = [
    "Error:", "Usage:", "Unknown option", "invalid", "Unexpected", "Missing", " or ",
  ]

  /// Wrong invocations and the status each must end with.
  static let wrongInvocations: [([String], Int32)] = [
    (["--foo"], 64),
    (["entretien", "--foo"], 64),
    (["entretien", "--protocol", "xml"], 64),
    (["entretien", "--protocol"], 64),
    (["entretien", "--force"], 64),
    (["entretien", "--transcript", "a", "--reprendre", "b"], 64),
    (["help", "frobnicate"], 64),
    (["preparation", "--bloc", "Z9.9"], 64),
    (["preparation", "--force"], 64),
    (["relecture"], 64),
    (["relecture", "--vitesse", "vite", "x.jsonl"], 64),
    (["cle", "frobnicate"], 64),
    (["anonymiser"], 64),
    (["verifier", "--nope"], 64),
    (["suggerer", "--cases"], 64),
    (["bilan"], 64),
    (["bilan", "t.jsonl", "--format", "pdf"], 64),
    (["stats", "a", "--format", "xml"], 64),
    (["entretien", "en", "trop"], 64),
    (["-x"], 64),
  ]

  @Test(
    "wrong invocations: a French message, no English parser words, status 64",
    arguments: wrongInvocations)
  func wrongInvocation(arguments: [String], status: Int32) throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let run = try RepereBinary.run(arguments, in: scratch.url)
    #expect(run.status == status, "\(arguments): \(run.standardError)")
    let text = run.standardOutput + run.standardError
    #expect(!run.standardError.isEmpty, "\(arguments) says nothing")
    for word in Self.englishWords {
      #expect(!text.contains(word), "\(arguments): « \(word) » in \(text)")
    }
    #expect(text.hasPrefix("repere : "), "\(arguments): \(text)")
    // No transcript was created by a command that did not start.
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).isEmpty)
  }

  @Test(
    "a usage error points to the help of the subcommand named, by its name or an alias",
    arguments: [
      (["--foo"], "Aide : repere --help."),
      (["-x"], "Aide : repere --help."),
      (["preparation", "--bloc", "Z9.9"], "Aide : repere preparation --help."),
      (["prepare", "--force"], "Aide : repere preparation --help."),
      (["replay"], "Aide : repere relecture --help."),
      (["stats", "a", "--format", "xml"], "Aide : repere stats --help."),
      (["entretien", "--protocol", "xml"], "Aide : repere entretien --help."),
    ])
  func helpOfTheSubcommand(arguments: [String], help: String) throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let run = try RepereBinary.run(arguments, in: scratch.url)
    #expect(run.status == 64)
    #expect(run.standardError.hasSuffix("\n\(help)\n"), "\(arguments): \(run.standardError)")
  }

  @Test("the help is French: headings and the standard options")
  func frenchHelp() throws {
    for arguments in [
      ["--help"], ["help", "entretien"], ["entretien", "--help"], ["help", "bilan"],
    ] {
      let run = try RepereBinary.run(arguments)
      #expect(run.status == 0)
      #expect(run.standardOutput.contains("UTILISATION :"), "\(arguments)")
      #expect(run.standardOutput.contains("Affiche l’aide."), "\(arguments)")
      for word in ["USAGE:", "OPTIONS:", "Show help information", "(default:"] {
        #expect(!run.standardOutput.contains(word), "\(arguments): \(word)")
      }
    }
  }

  @Test("a session with no input at all leaves no transcript", arguments: [false, true])
  func nothingTyped(defaultName: Bool) throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let arguments = defaultName ? ["entretien"] : ["entretien", "--transcript", "t.jsonl"]
    let run = try RepereBinaryRun.inDirectory(scratch.url, arguments: arguments, input: "")
    #expect(run.status == 3)
    #expect(run.output.contains("Rien n’a été saisi"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).isEmpty)
  }

  @Test("one line typed keeps the transcript")
  func oneLineTyped() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let run = try RepereBinaryRun.inDirectory(
      scratch.url, arguments: ["entretien", "--transcript", "t.jsonl"], input: "Dupont\n")
    #expect(run.status == 3)
    #expect(FileManager.default.fileExists(atPath: scratch.path("t.jsonl")))
  }

  @Test("resuming a finished interview says it is finished, not that the file is damaged")
  func resumeFinished() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let input = try SessionScript.lines().joined(separator: "\n") + "\n"
    let first = try RepereBinaryRun.inDirectory(
      scratch.url, arguments: ["entretien", "--transcript", "t.jsonl"], input: input)
    #expect(first.status == 0)
    let run = try RepereBinary.run(["entretien", "--reprendre", "t.jsonl"], in: scratch.url)
    #expect(run.status == 1)
    #expect(run.standardError.contains("est terminé : il n’y a rien à reprendre"))
    #expect(run.standardError.contains("repere bilan t.jsonl"))
    #expect(!run.standardError.contains("inutilisable"))
    // The command it points to works on that transcript.
    let recap = try RepereBinary.run(["bilan", "t.jsonl"], in: scratch.url)
    #expect(recap.status == 0)
    #expect(recap.standardOutput.contains("Bilan du repérage des compétences"))
  }
}
