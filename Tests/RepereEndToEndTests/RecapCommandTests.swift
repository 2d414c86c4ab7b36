import Foundation
import RepereCore
import Testing

/// `repere bilan` on transcripts made by the binary itself.
@Suite("repere bilan (end to end)")
struct RecapCommandTests {
  /// A whole piped session on the bundled guide, in a scratch directory.
  private func recordedSession(_ scratch: ScratchDirectory, count: Int? = nil) throws -> String {
    let path = scratch.path("dupont.jsonl")
    let child = try ChildProcess.withPipes(["entretien", "--transcript", path])
    child.send(try SessionScript.lines(count: count).joined(separator: "\n") + "\n")
    child.closeInput()
    _ = child.readToEnd()
    #expect(child.wait() == (count == nil ? 0 : 3))
    return path
  }

  /// The transcript with one answer edited: the next line's chain breaks.
  private func edit(_ path: String) throws -> Int {
    var lines = try String(contentsOfFile: path, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false)
    let index = try #require(lines.firstIndex { $0.contains(#""type":"input""#) })
    lines[index] = Substring(
      lines[index].replacingOccurrences(of: #""text":""#, with: #""text":"modifié "#))
    try lines.joined(separator: "\n").write(toFile: path, atomically: false, encoding: .utf8)
    return index + 1
  }

  @Test("every format from a finished session, on standard output")
  func everyFormat() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = try recordedSession(scratch)
    for (format, marker) in [
      ("texte", "Bilan du repérage des compétences — CQP"), ("text", "Je soussigné(e) :"),
      ("markdown", "## Annexe : le détail par bloc"), ("md", "- [x] "),
      ("html", "<!DOCTYPE html>"), ("json", #""schema": "repere.recap/1""#),
    ] {
      let run = try RepereBinary.run(["bilan", path, "--format", format])
      #expect(run.status == 0, "\(format): \(run.standardError)")
      #expect(run.standardOutput.contains(marker), "\(format)")
    }
    let recap = try RepereBinary.run(["recap", path, "--format", "json"])
    let json = try JSONSerialization.jsonObject(with: Data(recap.standardOutput.utf8))
    let object = try #require(json as? [String: Any])
    #expect(object["complete"] as? Bool == true)
    let competences = try #require(object["competences"] as? [[String: Any]])
    let c5 = try #require(competences.first { $0["id"] as? String == "C5" })
    let needs = try #require(c5["training_needs"] as? [[String: Any]])
    #expect(needs.contains { $0["item"] as? String == "C5.r4" && $0["block"] is NSNull })
  }

  @Test("an unfinished session says so")
  func unfinished() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = try recordedSession(scratch, count: 30)
    let run = try RepereBinary.run(["bilan", path])
    #expect(run.status == 0, "\(run.standardError)")
    #expect(run.standardOutput.contains("Entretien non terminé : bilan provisoire."))
    #expect(run.standardOutput.contains("Reste à faire :"))
  }

  @Test("a broken chain is refused naming the line; --force warns in every format")
  func brokenChain() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = try recordedSession(scratch)
    let edited = try edit(path)
    let refused = try RepereBinary.run(["bilan", path])
    #expect(refused.status == 1)
    #expect(refused.standardOutput.isEmpty)
    #expect(
      refused.standardError.contains("ligne \(edited + 1) : la chaîne d’intégrité est rompue"))
    #expect(refused.standardError.contains("--force"))
    for format in ["texte", "markdown", "html", "json"] {
      let run = try RepereBinary.run(["bilan", path, "--force", "--format", format])
      #expect(run.status == 0, "\(format): \(run.standardError)")
      #expect(run.standardOutput.contains("contrôle d’intégrité en échec"), "\(format)")
      #expect(run.standardOutput.contains("ligne \(edited + 1)"), "\(format)")
      #expect(run.standardError.contains("contrôle d’intégrité en échec"), "\(format)")
    }
  }

  @Test("--sortie writes a private file and never replaces one without --ecraser")
  func outputFile() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = try recordedSession(scratch, count: 20)
    let output = scratch.path("bilan.html")
    let first = try RepereBinary.run(["bilan", path, "--format", "html", "--sortie", output])
    #expect(first.status == 0, "\(first.standardError)")
    #expect(first.standardOutput.isEmpty)
    let attributes = try FileManager.default.attributesOfItem(atPath: output)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    try "ancien".write(toFile: output, atomically: false, encoding: .utf8)
    let refused = try RepereBinary.run(["bilan", path, "--format", "md", "--output", output])
    #expect(refused.status == 1)
    #expect(refused.standardError.contains("existe déjà : il n’est pas remplacé"))
    #expect(!refused.standardError.contains("--reprendre"))
    #expect(try String(contentsOfFile: output, encoding: .utf8) == "ancien")
    let replaced = try RepereBinary.run(
      ["bilan", path, "--format", "md", "--sortie", output, "--ecraser"])
    #expect(replaced.status == 0, "\(replaced.standardError)")
    #expect(try String(contentsOfFile: output, encoding: .utf8).hasPrefix("# Bilan"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path)
    #expect(leftovers.sorted() == ["bilan.html", "dupont.jsonl"])
  }

  @Test("wrong options exit 64")
  func usage() throws {
    #expect(try RepereBinary.run(["bilan", "x.jsonl", "--format", "pdf"]).status == 64)
    #expect(try RepereBinary.run(["bilan", "x.jsonl", "--ecraser"]).status == 64)
    let missing = try RepereBinary.run(["bilan", "/nonexistent/x.jsonl"])
    #expect(missing.status == 1)
    #expect(missing.standardError.contains("introuvable"))
  }
}
