import Foundation
import RepereBundledGuide
import RepereCore
import Testing

/// One apostrophe for the program's own text: the typographic ’ (issue 10, item 7). The
/// guide's texts are kept as the guide writes them (often with '), so they are taken out
/// of the output before it is checked.
@Suite("Apostrophes (end to end)")
struct ApostropheTests {
  /// Every string of a value, found by reflection (the dialogue's texts, labels, probes…).
  static func strings(in value: Any) -> [String] {
    if let string = value as? String { return [string] }
    return Mirror(reflecting: value).children.flatMap { strings(in: $0.value) }
  }

  /// An ASCII apostrophe between two letters: « d'une ».
  static func hasASCIIApostrophe(_ text: String) -> Bool {
    let characters = Array(text)
    for index in characters.indices.dropFirst().dropLast() where characters[index] == "'" {
      if characters[index - 1].isLetter && characters[index + 1].isLetter { return true }
    }
    return false
  }

  @Test("no ASCII apostrophe in the program's own messages: a session, help, errors")
  func programText() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    var input = try ScreenTerminalTests.linesBefore("C1.1.position").map(\.line)
    input += [
      "/aide", "/criteres", "/etat", ScreenTerminalTests.strayAnswer, "", "/retour", "note",
      "/bilan", "/passer", "Le candidat hésite, il parle de son ancien poste.", "non",
      "/aller C5.4", "/quitter",
    ]
    let child = try ChildProcess.withPipes(
      ["entretien", "--transcript", scratch.path("t.jsonl")], environment: ["TERM": "dumb"])
    child.send(input.joined(separator: "\n") + "\n")
    child.closeInput()
    var texts = [child.readToEnd(), child.standardError()]
    _ = child.wait()
    for arguments in [
      ["--help"], ["help", "entretien"], ["help", "verifier"], ["help", "suggerer"], ["--foo"],
      ["entretien", "--protocol", "xml"], ["help", "frobnicate"], ["preparation"],
      ["entretien", "--force"], ["entretien", "--reprendre", scratch.path("absent.jsonl")],
      ["help", "bilan"], ["bilan", scratch.path("t.jsonl")],
    ] {
      let run = try RepereBinary.run(arguments)
      texts += [run.standardOutput, run.standardError]
    }
    // The guide's texts, whole and line by line (the output is read line by line).
    var guide = Set(Self.strings(in: BundledGuide.dialogue))
    guide.formUnion(guide.flatMap { $0.split(separator: "\n").map(String.init) })
    guide.formUnion(input)
    var checked = 0
    for text in texts {
      for line in text.split(separator: "\n").map(String.init) {
        var own = line
        // What follows the prompt is what was typed.
        if let prompt = own.range(of: "› ") { own = String(own[..<prompt.lowerBound]) }
        for piece in guide.sorted(by: { $0.count > $1.count })
        where piece.count >= 8 && own.contains(piece) {
          own = own.replacingOccurrences(of: piece, with: "")
        }
        checked += 1
        #expect(!Self.hasASCIIApostrophe(own), "\(line)")
      }
    }
    #expect(checked > 100)
  }

  @Test("the check itself finds an ASCII apostrophe")
  func detector() {
    #expect(Self.hasASCIIApostrophe("Suivi d'une formation"))
    #expect(!Self.hasASCIIApostrophe("Suivi d’une formation"))
    #expect(!Self.hasASCIIApostrophe("'quoted'"))
  }
}
