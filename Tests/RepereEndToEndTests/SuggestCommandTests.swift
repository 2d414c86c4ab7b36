import Foundation
import Testing

@Suite("repere suggerer (suggest)")
struct SuggestCommandTests {
  /// `../shared/cases/dev.jsonl` beside the package root (CI clones the repo beside shared/).
  static let devCases = RepereBinary.packageRoot
    .appendingPathComponent("../shared/cases/dev.jsonl").standardizedFileURL

  static var hasDevCases: Bool { FileManager.default.fileExists(atPath: devCases.path) }

  /// A figure printed as « libellé : 0,912 » in the French report.
  private func figure(_ label: String, in report: String) -> Double? {
    guard let line = report.split(separator: "\n").first(where: { $0.contains(label) }),
      let value = line.split(separator: ":").last?.split(separator: " ").first
    else { return nil }
    return Double(value.replacingOccurrences(of: ",", with: "."))
  }

  @Test(
    "on dev.jsonl: kappa ≥ 0.84 and accuracy ≥ 0.80",
    .enabled(if: hasDevCases, "../shared/cases/dev.jsonl absent : test ignoré"))
  func evaluateDevSet() throws {
    let run = try RepereBinary.run(["suggest", "--evaluate", "--cases", Self.devCases.path])
    #expect(run.status == 0, "\(run.standardError)")
    let lines = run.standardOutput.split(separator: "\n")
    #expect(lines.count == 138)
    let kappa = try #require(figure("kappa", in: run.standardError))
    let accuracy = try #require(figure("exactitude", in: run.standardError))
    #expect(kappa >= 0.84, "kappa \(kappa)")
    #expect(accuracy >= 0.80, "exactitude \(accuracy)")
    #expect(run.standardError.contains("Matrice de confusion"))
  }

  /// `Tests/Cases/independent.jsonl`: cases written without seeing the dev set or the terms.
  static let independentCases = RepereBinary.packageRoot
    .appendingPathComponent("Tests/Cases/independent.jsonl")

  @Test("on independent.jsonl: kappa ≥ 0.92 and accuracy ≥ 0.90 (regression floor)")
  func evaluateIndependentSet() throws {
    let run = try RepereBinary.run([
      "suggest", "--evaluate", "--cases", Self.independentCases.path,
    ])
    #expect(run.status == 0, "\(run.standardError)")
    #expect(run.standardOutput.split(separator: "\n").count == 96)
    let kappa = try #require(figure("kappa", in: run.standardError))
    let accuracy = try #require(figure("exactitude", in: run.standardError))
    #expect(kappa >= 0.92, "kappa \(kappa)")
    #expect(accuracy >= 0.90, "exactitude \(accuracy)")
  }

  /// `Tests/Cases/tune-families.jsonl`: cases of the seven families of error of issue 9,
  /// written by a writer who saw neither the code nor the other sets; tuned on.
  static let familyCases = RepereBinary.packageRoot
    .appendingPathComponent("Tests/Cases/tune-families.jsonl")

  @Test("--by-family: a report per family, then overall; floors on tune-families.jsonl")
  func evaluateByFamily() throws {
    let run = try RepereBinary.run([
      "suggerer", "--evaluate", "--by-family", "--cases", Self.familyCases.path,
    ])
    #expect(run.status == 0, "\(run.standardError)")
    for family in ["assisted", "filler", "limits", "others", "recent", "shorthand", "spoken"] {
      #expect(run.standardError.contains("Évaluation — \(family)\n"), "\(family)")
    }
    // The overall report comes last.
    let overall = try #require(run.standardError.components(separatedBy: "Évaluation des").last)
    let kappa = try #require(figure("kappa", in: overall))
    let accuracy = try #require(figure("exactitude", in: overall))
    #expect(kappa >= 0.86, "kappa \(kappa)")
    #expect(accuracy >= 0.85, "exactitude \(accuracy)")
    #expect(overall.contains("inversions « En totalité » ↔ « Pas du tout » : 0"))
  }

  /// The held-out sets of `Tests/Cases/` (see its README): never read while the engine was
  /// tuned; the engine's author saw only their aggregate figures. Floors at what the engine
  /// reaches, so a change that lowers them fails.
  static let heldOutCases = [
    "assisted", "filler", "general", "limits", "others", "recent", "shorthand", "spoken",
  ].map { RepereBinary.packageRoot.appendingPathComponent("Tests/Cases/holdout-\($0).jsonl").path }

  @Test("on the held-out sets: accuracy ≥ 0.77 and kappa ≥ 0.77 overall (regression floor)")
  func evaluateHeldOutSets() throws {
    let run = try RepereBinary.run(
      ["suggerer", "--evaluate"] + Self.heldOutCases.flatMap { ["--cases", $0] })
    #expect(run.status == 0, "\(run.standardError)")
    #expect(run.standardOutput.split(separator: "\n").count == 336)
    let kappa = try #require(figure("kappa", in: run.standardError))
    let accuracy = try #require(figure("exactitude", in: run.standardError))
    #expect(kappa >= 0.77, "kappa \(kappa)")
    #expect(accuracy >= 0.77, "exactitude \(accuracy)")
  }

  /// A set of cases kept in `Tests/Cases/` and the floors its figures must keep.
  struct CaseSetFloor: Sendable, CustomTestStringConvertible {
    /// The file name in `Tests/Cases/`.
    var file: String
    var cases: Int
    var accuracy: Double
    var kappa: Double
    /// Most « En totalité » ↔ « Pas du tout » swaps allowed.
    var swaps: Int
    /// How the set was made and measured (Tests/Cases/README.md has the whole story).
    var history: String

    var testDescription: String { file }
  }

  /// The sets written by writers who saw neither the code, nor the lexicon, nor the other
  /// sets. Each floor sits a little under the figures measured on 2 December 2026 with the
  /// learned model over the rubric, so that a change that loses ground fails. The model is
  /// trained on every set here but `sealed-8` (`Scripts/train-level-model.py`): their
  /// figures are in-sample; `sealed-8` is the one never read nor trained on.
  static let caseSetFloors: [CaseSetFloor] = [
    CaseSetFloor(
      file: "final-sealed.jsonl", cases: 120, accuracy: 0.89, kappa: 0.91, swaps: 0,
      history: "measured once (0.875, 0.893); trained on since: 0.917, 0.930, no swap"),
    CaseSetFloor(
      file: "sealed-2.jsonl", cases: 168, accuracy: 0.88, kappa: 0.90, swaps: 0,
      history: "measured once untuned (0.833, 0.864); rules 0.869, 0.897; trained on: 0.905, 0.926"),
    CaseSetFloor(
      file: "sealed-3.jsonl", cases: 180, accuracy: 0.86, kappa: 0.87, swaps: 0,
      history: "0.828, 0.828, one swap → rules 0.850, 0.867 → trained on: 0.878, 0.892, none"),
    CaseSetFloor(
      file: "sealed-4.jsonl", cases: 180, accuracy: 0.87, kappa: 0.85, swaps: 1,
      history: "0.806, 0.742, five swaps → rules 0.856, 0.826, three → trained on: 0.889, 0.872"),
    CaseSetFloor(
      file: "sealed-5.jsonl", cases: 180, accuracy: 0.89, kappa: 0.89, swaps: 0,
      history: "0.833, 0.795, four swaps → rules 0.872, 0.875, one → trained on: 0.917, 0.914, one"),
    CaseSetFloor(
      file: "sealed-6.jsonl", cases: 270, accuracy: 0.90, kappa: 0.91, swaps: 0,
      history: "measured once untuned (0.826, 0.808, four swaps), read, trained on: 0.922, 0.935"),
    CaseSetFloor(
      file: "sealed-7.jsonl", cases: 180, accuracy: 0.92, kappa: 0.93, swaps: 0,
      history: "measured once (0.856, 0.875), then read, trained on: 0.939, 0.947, no swap"),
    CaseSetFloor(
      file: "sealed-8.jsonl", cases: 270, accuracy: 0.89, kappa: 0.90, swaps: 0,
      history: "untouched: rules 0.789, 0.789 → model 0.848, 0.855; read, trained on: 0.911, 0.923"),
    CaseSetFloor(
      file: "sealed-9.jsonl", cases: 270, accuracy: 0.80, kappa: 0.80, swaps: 2,
      history: "untouched: 0.759, 0.738 → 0.785, 0.765, four swaps; read, trained on: 0.822, 0.820"),
    CaseSetFloor(
      file: "sealed-10.jsonl", cases: 270, accuracy: 0.82, kappa: 0.82, swaps: 1,
      history: "never read nor trained on: start of 12-02 0.789, 0.791 → measured once 0.833, 0.839"
    ),
  ]

  /// A file of `Tests/Cases/`.
  static func caseFile(_ name: String) -> URL {
    RepereBinary.packageRoot.appendingPathComponent("Tests/Cases/\(name)")
  }

  static let sealedCases = caseFile("final-sealed.jsonl")
  static let secondSealedCases = caseFile("sealed-2.jsonl")
  static let thirdSealedCases = caseFile("sealed-3.jsonl")
  static let fourthSealedCases = caseFile("sealed-4.jsonl")
  static let fifthSealedCases = caseFile("sealed-5.jsonl")
  static let sixthSealedCases = caseFile("sealed-6.jsonl")
  static let seventhSealedCases = caseFile("sealed-7.jsonl")
  static let eighthSealedCases = caseFile("sealed-8.jsonl")

  /// The number of « En totalité » ↔ « Pas du tout » swaps in the overall report.
  private func swaps(in report: String) -> Int? {
    let lines = report.split(separator: "\n").filter { $0.contains("inversions « En totalité »") }
    return lines.last.flatMap { $0.split(separator: " ").last }.flatMap { Int($0) }
  }

  @Test(
    "on each independent set: accuracy, kappa and swaps within its floors",
    arguments: caseSetFloors)
  func evaluateIndependentSet(_ floor: CaseSetFloor) throws {
    let path = Self.caseFile(floor.file).path
    let run = try RepereBinary.run(["suggerer", "--evaluate", "--cases", path])
    #expect(run.status == 0, "\(run.standardError)")
    #expect(run.standardOutput.split(separator: "\n").count == floor.cases)
    let kappa = try #require(figure("kappa", in: run.standardError))
    let accuracy = try #require(figure("exactitude", in: run.standardError))
    #expect(kappa >= floor.kappa, "kappa \(kappa) (\(floor.history))")
    #expect(accuracy >= floor.accuracy, "exactitude \(accuracy) (\(floor.history))")
    #expect(try #require(swaps(in: run.standardError)) <= floor.swaps, "\(floor.history)")
  }

  @Test("writes one JSON object per case, errors on their own line, and exits 1")
  func errorsAndOutput() throws {
    let cases = [
      #"{"id":"a","block":"C2.2","gate":"oui","answers":["Je mets à jour Salesforce chaque soir après chaque visite, avec l’historique et des rappels."],"why":"ignored"}"#,
      #"{"id":"b","block":"C9.9","gate":"oui","answers":[]}"#,
      #"{"id":"c","block":"C2.2","gate":"oui","answers":["un","deux"]}"#,
      #"{"id":"d","block":"C1.1","gate":"non","answers":[]}"#,
      "pas du JSON",
    ].joined(separator: "\n")
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("repere-suggest-\(UUID().uuidString).jsonl")
    try cases.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }

    let run = try RepereBinary.run(["suggerer", "--cases", file.path])
    #expect(run.status == 1)
    let objects = try run.standardOutput.split(separator: "\n").map {
      try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    #expect(objects.count == 5)
    #expect(objects[0]["id"] as? String == "a")
    #expect(objects[0]["block"] as? String == "C2.2")
    #expect(["totalite", "partiellement", "pas_du_tout"].contains(objects[0]["level"] as? String))
    #expect(objects[0]["covered"] is [String] && objects[0]["missing"] is [String])
    #expect((objects[0]["reason"] as? String)?.isEmpty == false)
    #expect((objects[1]["error"] as? String)?.contains("bloc inconnu") == true)
    #expect((objects[2]["error"] as? String)?.contains("réponse") == true)
    #expect(objects[3]["level"] as? String == "pas_du_tout")
    #expect(objects[4]["error"] is String)
  }

  /// Runs `repere suggerer` on some case lines; returns the exit status and the objects.
  private func suggest(_ cases: [String], evaluate: Bool = false) throws -> (
    status: Int32, objects: [[String: Any]]
  ) {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("repere-suggest-\(UUID().uuidString).jsonl")
    try cases.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let run = try RepereBinary.run(
      ["suggerer", "--cases", file.path] + (evaluate ? ["--evaluate"] : []))
    let objects = try run.standardOutput.split(separator: "\n").map {
      try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    return (run.status, objects)
  }

  @Test("without --evaluate, an invalid « expected » is ignored")
  func invalidExpectedIgnoredWithoutEvaluate() throws {
    let (status, objects) = try suggest([
      #"{"id":"a","block":"C1.1","gate":"non","answers":[],"expected":"beaucoup"}"#,
      #"{"id":"b","block":"C1.1","gate":"non","answers":[],"expected":3}"#,
    ])
    #expect(status == 0)
    #expect(objects.map { $0["level"] as? String } == ["pas_du_tout", "pas_du_tout"])
  }

  @Test("with --evaluate, an invalid « expected » is an error of its case only")
  func invalidExpectedIsACaseErrorWithEvaluate() throws {
    let (status, objects) = try suggest(
      [
        #"{"id":"a","block":"C1.1","gate":"non","answers":[],"expected":"beaucoup"}"#,
        #"{"id":"b","block":"C1.1","gate":"non","answers":[],"expected":3}"#,
        #"{"id":"c","block":"C1.1","gate":"non","answers":[],"expected":"pas_du_tout"}"#,
      ], evaluate: true)
    #expect(status == 1)
    #expect(objects.count == 3)
    #expect(
      (objects[0]["error"] as? String)?.contains("niveau attendu inconnu « beaucoup »") == true)
    #expect((objects[1]["error"] as? String)?.contains("champ « expected » invalide") == true)
    #expect(objects[1]["id"] as? String == "b")
    #expect(objects[2]["level"] as? String == "pas_du_tout")
  }

  @Test("a case without a text id is an error of its case")
  func missingOrNonTextID() throws {
    let (status, objects) = try suggest([
      #"{"block":"C1.1","gate":"non","answers":[]}"#,
      #"{"id":7,"block":"C1.1","gate":"non","answers":[]}"#,
      #"{"id":"ok","block":"C1.1","gate":"non","answers":[]}"#,
    ])
    #expect(status == 1)
    #expect(objects.count == 3)
    for object in objects.prefix(2) {
      #expect((object["error"] as? String)?.contains("champ « id » manquant") == true)
      #expect(object["id"] is NSNull)
    }
    #expect(objects[2]["level"] as? String == "pas_du_tout")
  }

  @Test("« non » with answers says the answers must be empty")
  func gateNoWithAnswers() throws {
    let (status, objects) = try suggest([
      #"{"id":"n","block":"C1.1","gate":"non","answers":["Peintures."]}"#
    ])
    #expect(status == 1)
    let message = try #require(objects.first?["error"] as? String)
    #expect(message.contains("« answers » doit être vide"))
    #expect(message.contains("1 réponse."))
    #expect(!message.contains("questions ouvertes"))
  }
}
