import Foundation
import Testing

/// The README's examples checked against the program (issue 10, item 11).
@Suite("README examples (end to end)")
struct ReadmeExamplesTests {
  static let readme =
    (try? String(
      contentsOf: RepereBinary.packageRoot.appendingPathComponent("README.md"), encoding: .utf8))
    ?? ""

  /// The README's `ask` example, as written.
  static var askExample: String? {
    readme.split(separator: "\n").first { $0.hasPrefix("{") && $0.contains(#""type":"ask""#) }
      .map(String.init)
  }

  @Test("the protocol example is the program's own ask for C1.1.gate, text aside")
  func protocolExample() throws {
    let example = try #require(Self.askExample)
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    // Up to the first block's gate: the identity and the opening.
    let input = try ScreenTerminalTests.linesBefore("C1.1.gate").map(\.line)
    let child = try ChildProcess.withPipes(
      ["entretien", "--protocol", "jsonl", "--transcript", scratch.path("t.jsonl")])
    child.send(input.joined(separator: "\n") + "\n")
    child.closeInput()
    let output = child.readToEnd()
    _ = child.wait()
    let real = try #require(
      output.split(separator: "\n").first {
        $0.contains(#""id":"C1.1.gate""#) && $0.contains(#""type":"ask""#)
      },
      "no ask for C1.1.gate in \(output)")
    func object(_ line: some StringProtocol) throws -> NSDictionary {
      let value = try JSONSerialization.jsonObject(with: Data(line.utf8))
      return try #require(value as? NSDictionary)
    }
    let expected = try object(example).mutableCopy() as! NSMutableDictionary
    let actual = try object(real).mutableCopy() as! NSMutableDictionary
    #expect(expected["text"] as? String == "…")
    expected.removeObject(forKey: "text")
    actual.removeObject(forKey: "text")
    #expect(expected == actual, "README: \(example)\nprogram: \(real)")
    // The README's keys are in the program's order: sorted.
    let keys = ["choices", "id", "progress", "required", "text", "type"]
    let inExample = keys.compactMap { example.range(of: "\"\($0)\":")?.lowerBound }
    let inProgram = keys.compactMap { real.range(of: "\"\($0)\":")?.lowerBound }
    #expect(inExample.count == keys.count && inExample == inExample.sorted())
    #expect(inProgram.count == keys.count && inProgram == inProgram.sorted())
  }

  @Test("`repere help entretien` agrees with the README: exit statuses, transcript name")
  func interviewHelp() throws {
    let run = try RepereBinary.run(["help", "entretien"])
    #expect(run.status == 0)
    let help = run.standardOutput.replacingOccurrences(of: "\n", with: " ")
      .split(separator: " ").joined(separator: " ")
    for status in ["0 entretien terminé", "3 entretien suspendu", "1 erreur", "64 option"] {
      #expect(help.contains(status), "« \(status) » missing from help")
    }
    for name in ["entretien-AAAA-MM-JJ.jsonl", "entretien-AAAA-MM-JJ-nom-prenom.jsonl"] {
      #expect(help.contains(name))
      #expect(Self.readme.contains(name))
    }
    for option in [
      "--dialogue", "--transcript", "--reprendre", "--resume", "--force", "--protocol",
    ] {
      #expect(help.contains(option))
      #expect(Self.readme.contains("`\(option)"), "\(option) not in the README")
    }
    for status in ["**0**", "**1**", "**3**", "**64**"] { #expect(Self.readme.contains(status)) }
  }

  @Test(
    "every command of the README's table exists",
    arguments: ["entretien", "interview", "suggerer", "suggest", "verifier", "check"])
  func commandsExist(command: String) throws {
    #expect(Self.readme.contains("`\(command)`") || Self.readme.contains("repere \(command)"))
    #expect(try RepereBinary.run(["help", command]).status == 0)
  }
}
