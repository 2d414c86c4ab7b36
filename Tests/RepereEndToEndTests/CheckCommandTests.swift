import Foundation
import Testing

/// `repere verifier` / `repere check` run as a user would.
@Suite("repere verifier (end to end)")
struct CheckCommandTests {
  /// A scratch directory, removed by each test when it ends.
  let directory: URL

  init() throws {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("repere-check-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  func write(_ text: String, to name: String) throws -> String {
    let url = directory.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  var bundledGuide: String {
    get throws {
      try String(
        contentsOf: RepereBinary.packageRoot.appendingPathComponent(
          "Dialogues/technico-commercial-industries-chimiques.yaml"), encoding: .utf8)
    }
  }

  @Test func checkWithoutFileValidatesTheBundledGuide() throws {
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try RepereBinary.run(["check"], in: directory)
    #expect(run.status == 0, "\(run.standardError)")
    #expect(run.standardError.isEmpty)
    #expect(
      run.standardOutput.hasPrefix(
        "technico-commercial-industries-chimiques.yaml (intégré) : 6 compétences, 24 blocs, 24 questions oui/non, 49 questions ouvertes, "
      ), "\(run.standardOutput)")
    #expect(run.standardOutput.split(separator: "\n").count == 1)
  }

  @Test func verifierIsTheFrenchNameOfTheSameCommand() throws {
    defer { try? FileManager.default.removeItem(at: directory) }
    let french = try RepereBinary.run(["verifier"], in: directory)
    let english = try RepereBinary.run(["check"], in: directory)
    #expect(french.status == 0)
    #expect(!french.standardOutput.isEmpty)
    #expect(french.standardOutput == english.standardOutput)
  }

  @Test func brokenFileIsRejectedWithFileLineColumn() throws {
    defer { try? FileManager.default.removeItem(at: directory) }
    var lines = try bundledGuide.components(separatedBy: "\n")
    let index = try #require(lines.firstIndex { $0.contains("- id: C1.2") })
    lines[index] = lines[index].replacingOccurrences(of: "C1.2", with: "C1.1")
    let path = try write(lines.joined(separator: "\n"), to: "casse.yaml")
    let run = try RepereBinary.run(["check", path], in: directory)
    #expect(run.status == 1)
    #expect(run.standardOutput.isEmpty)
    #expect(
      run.standardError.contains("\(path):\(index + 1):13: identifiant de bloc « C1.1 » en double"),
      "\(run.standardError)")
    #expect(run.standardError.contains("\n\(path) : "))
  }

  @Test func tabIndentedFileIsRejectedAtItsLine() throws {
    defer { try? FileManager.default.removeItem(at: directory) }
    var lines = try bundledGuide.components(separatedBy: "\n")
    let index = try #require(lines.firstIndex { $0.hasPrefix("    title: ") })
    lines[index] = "\t" + lines[index].drop { $0 == " " }
    let path = try write(lines.joined(separator: "\n"), to: "tabulation.yaml")
    let run = try RepereBinary.run(["verifier", path], in: directory)
    #expect(run.status == 1)
    #expect(
      run.standardError.hasPrefix("\(path):\(index + 1):1: tabulation dans l’indentation"),
      "\(run.standardError)")
  }

  @Test func everyFileIsCheckedAndOneFailureFailsTheRun() throws {
    defer { try? FileManager.default.removeItem(at: directory) }
    let valid = try write(try bundledGuide, to: "valide.yaml")
    let missing = directory.appendingPathComponent("absent.yaml").path
    let run = try RepereBinary.run(["check", valid, missing, valid], in: directory)
    #expect(run.status == 1)
    #expect(run.standardOutput.components(separatedBy: "\(valid) : 6 compétences").count == 3)
    #expect(run.standardError == "\(missing) : fichier introuvable ; vérifiez le chemin\n")
  }

  @Test func invalidUTF8IsRejectedInFrench() throws {
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent("latin1.yaml")
    try Data(Array("format: 1\ntitle: \"".utf8) + [0xE9] + Array("t\"\n".utf8)).write(to: url)
    let run = try RepereBinary.run(["check", url.path], in: directory)
    #expect(run.status == 1)
    #expect(
      run.standardError
        == "\(url.path):2:9: le fichier n’est pas du texte UTF-8 valide ; enregistrez-le en UTF-8\n"
    )
  }

  @Test func directoryIsRejectedInFrench() throws {
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try RepereBinary.run(["check", directory.path], in: directory)
    #expect(run.status == 1)
    #expect(run.standardError.contains("c’est un dossier"))
  }

  @Test func helpListsTheCommandInFrench() throws {
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try RepereBinary.run(["--help"], in: directory)
    #expect(run.status == 0)
    #expect(run.standardOutput.contains("verifier, check"))
    #expect(run.standardOutput.contains("Vérifie un ou plusieurs fichiers de dialogue"))
  }
}

/// Every command that takes a guide reads it through the same frontend.
@Suite("A guide that cannot be used (end to end)")
struct GuideFailureTests {
  /// The three ways of naming a guide file.
  private static func commands(_ path: String) -> [[String]] {
    [["entretien", "--dialogue", path], ["suggerer", "--dialogue", path], ["verifier", path]]
  }

  @Test("a missing file: status 1 and the same French message for every command")
  func missingFile() throws {
    let path = "/nonexistent/absent.yaml"
    for arguments in Self.commands(path) {
      let run = try RepereBinary.run(arguments)
      #expect(run.status == 1, "\(arguments)")
      #expect(
        run.standardError == "\(path) : fichier introuvable ; vérifiez le chemin\n",
        "\(arguments)")
      #expect(run.standardOutput.isEmpty, "\(arguments)")
    }
  }

  @Test("a broken file: status 1 and the same problems for every command")
  func brokenFile() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("repere-guide-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("casse.yaml").path
    try "format: 1\nid: [\n".write(toFile: path, atomically: true, encoding: .utf8)
    var messages: Set<String> = []
    for arguments in Self.commands(path) {
      let run = try RepereBinary.run(arguments)
      #expect(run.status == 1, "\(arguments)")
      #expect(run.standardError.hasPrefix("\(path):"), "\(arguments): \(run.standardError)")
      #expect(run.standardError.hasSuffix("\(path) : 1 problème ; fichier non valide\n"))
      messages.insert(run.standardError)
    }
    #expect(messages.count == 1)
  }

  @Test("a wrong option is a usage error: status 64")
  func usage() throws {
    let run = try RepereBinary.run(["entretien", "--force"])
    #expect(run.status == 64)
  }
}
