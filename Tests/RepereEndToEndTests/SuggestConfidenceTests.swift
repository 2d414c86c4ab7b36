import Foundation
import Testing

/// `repere suggerer` and the confidence: per case, and per level with `--evaluate`.
@Suite("repere suggerer: confidence")
struct SuggestConfidenceTests {
  /// Three cases of C1.1: « non » (sure), then twice one thin answer (unsure), labelled
  /// once right and once wrong.
  static let cases = [
    #"{"id":"a","block":"C1.1","gate":"non","answers":[],"expected":"pas_du_tout"}"#,
    #"{"id":"b","block":"C1.1","gate":"oui","answers":["Je qualifie mes prospects avec le CRM chaque semaine.","",""],"expected":"partiellement"}"#,
    #"{"id":"c","block":"C1.1","gate":"oui","answers":["Je qualifie mes prospects avec le CRM chaque semaine.","",""],"expected":"totalite"}"#,
  ]

  private func run(_ cases: [String], _ options: [String]) throws -> RepereBinary.Run {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("repere-confidence-\(UUID().uuidString).jsonl")
    try cases.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    return try RepereBinary.run(["suggerer", "--cases", file.path] + options)
  }

  @Test("each line carries the confidence, its score and, when low, why in French")
  func perCase() throws {
    let run = try run(Self.cases, [])
    #expect(run.status == 0, "\(run.standardError)")
    let objects = try run.standardOutput.split(separator: "\n").map {
      try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    #expect(objects.count == 3)
    #expect(objects[0]["confidence"] as? String == "high")
    #expect(objects[0]["confidence_score"] as? Double == 1)
    #expect(objects[0]["uncertain_because"] == nil)
    #expect(objects[1]["confidence"] as? String == "low")
    #expect(objects[1]["confidence_score"] as? Double == 0.55)
    #expect(
      objects[1]["uncertain_because"] as? String
        == "marge étroite : « Partiellement » seulement parce que 2 critères ne sont pas "
        + "illustrés, sans limite ni plafond nommés ; un seul mot d’indice (« chaque semaine »)")
    #expect(objects[1]["doubts"] == nil)
  }

  @Test("the help names the confidence fields")
  func help() throws {
    let run = try RepereBinary.run(["help", "suggerer"])
    for field in ["« confidence »", "« high »", "« low »", "« uncertain_because »", "calibration"] {
      #expect(run.standardOutput.contains(field), "\(field)")
    }
  }

  @Test("--details adds the doubts behind the confidence")
  func details() throws {
    let run = try run([Self.cases[1]], ["--details"])
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    let doubts = try #require(object["doubts"] as? [String])
    #expect(!doubts.isEmpty)
    // The rubric's own level and what the learned model reads, by name, in full.
    let rule = try #require(object["rule_level"] as? String)
    #expect(["totalite", "partiellement", "pas_du_tout"].contains(rule))
    let features = try #require(object["features"] as? [String: Double])
    #expect(features.count == 46)
    #expect(features["rule_level_\(rule)"] == 1)
    #expect(
      features["criteria"]
        == Double(
          (object["covered"] as? [String] ?? []).count
            + (object["missing"] as? [String] ?? []).count))
    #expect(features["answers_length"] == nil)
    // Counts as log(1 + n), written in full for the training: n comes back exactly.
    for name in ["hits_credited", "signals_concrete"] {
      let count = expm1(try #require(features[name]))
      #expect(abs(count - count.rounded()) < 1e-9, "\(name) \(count)")
    }
    #expect(try #require(features["hits_credited"]) > 0)
  }

  @Test("--evaluate: agreement per level, the share of high, the calibration table, in full")
  func report() throws {
    let run = try run(Self.cases, ["--evaluate"])
    #expect(run.status == 0, "\(run.standardError)")
    let section = try #require(
      run.standardError.range(of: "Confiance des suggestions").map {
        String(run.standardError[$0.lowerBound...])
      })
    #expect(
      section == """
        Confiance des suggestions
          part des cas en confiance élevée : 33,3 % (1/3)
          confiance élevée (high) : 1 cas, exactitude 1,000, kappa 1,000, inversions 0
          confiance faible (low) : 2 cas, exactitude 0,500, kappa 0,000, inversions 0
        Calibration (score annoncé contre exactitude observée)
          score         cas   score moyen   exactitude
          [0,0 ; 0,5[     0   —
          [0,5 ; 0,6[     2   0,550         0,500
          [0,6 ; 0,7[     0   —
          [0,7 ; 0,8[     0   —
          [0,8 ; 0,9[     0   —
          [0,9 ; 1,0]     1   1,000         1,000

        """)
  }

  /// The figures of one confidence level in the report, from « confiance élevée (high) :
  /// 166 cas, exactitude 0,880, kappa 0,904, inversions 1 ».
  private func level(_ name: String, in report: String) throws -> (
    cases: Int, accuracy: Double, swaps: Int
  ) {
    let pattern = try Regex(
      "confiance \(name) \\([a-z]+\\) : ([0-9]+) cas, exactitude ([0-9]),([0-9]+), kappa "
        + "[-0-9,]+, inversions ([0-9]+)")
    let match = try #require(report.firstMatch(of: pattern))
    func group(_ index: Int) -> String { match.output[index].substring.map(String.init) ?? "" }
    return (
      Int(group(1)) ?? -1, Double("\(group(2)).\(group(3))") ?? -1, Int(group(4)) ?? -1
    )
  }

  /// The share of `high` in the report, from « (166/336) ».
  private func highShare(in report: String) throws -> Double {
    let line = try #require(
      report.split(separator: "\n").first { $0.contains("part des cas en confiance élevée") })
    let fraction = try #require(line.split(separator: "(").last?.dropLast())
    let parts = fraction.split(separator: "/").compactMap { Double($0) }
    try #require(parts.count == 2)
    return parts[0] / parts[1]
  }

  // Measured: 49.4 % high, accuracy 0.880 among them, 1 swap.
  @Test("held-out sets: ≥ 47 % high, accuracy among high ≥ 0.86, at most 1 swap")
  func heldOutFloors() throws {
    let run = try RepereBinary.run(
      ["suggerer", "--evaluate"] + SuggestCommandTests.heldOutCases.flatMap { ["--cases", $0] })
    #expect(run.status == 0, "\(run.standardError)")
    let share = try highShare(in: run.standardError)
    let high = try level("élevée", in: run.standardError)
    let low = try level("faible", in: run.standardError)
    #expect(high.cases + low.cases == 336)
    #expect(share >= 0.47, "part élevée \(share)")
    #expect(high.accuracy >= 0.86, "exactitude élevée \(high.accuracy)")
    #expect(high.swaps <= 1, "inversions élevée \(high.swaps)")
    // The confidence sorts: high is right more often than low. Since the learned model
    // over the rubric (2 December 2026) corrects many of the suggestions the rubric's doubts
    // mark low, low is right more often (0.831 against 0.671): the margin was 0.21, it is
    // 0.09 (high 0.918).
    #expect(high.accuracy > low.accuracy + 0.05)
  }

  // Measured: 55.0 % high, accuracy 0.955 among them, no swap.
  @Test("sealed set: ≥ 52 % high, accuracy among high ≥ 0.93, no swap")
  func sealedFloors() throws {
    let run = try RepereBinary.run([
      "suggerer", "--evaluate", "--cases", SuggestCommandTests.sealedCases.path,
    ])
    #expect(run.status == 0, "\(run.standardError)")
    let share = try highShare(in: run.standardError)
    let high = try level("élevée", in: run.standardError)
    #expect(share >= 0.52, "part élevée \(share)")
    #expect(high.accuracy >= 0.93, "exactitude élevée \(high.accuracy)")
    #expect(high.swaps == 0, "inversions élevée \(high.swaps)")
  }

  // Measured once, never used to calibrate: 61.3 % high, accuracy 0.903 among them, no swap.
  @Test("second sealed set: ≥ 58 % high, accuracy among high ≥ 0.89, no swap")
  func secondSealedFloors() throws {
    let run = try RepereBinary.run([
      "suggerer", "--evaluate", "--cases", SuggestCommandTests.secondSealedCases.path,
    ])
    #expect(run.status == 0, "\(run.standardError)")
    let share = try highShare(in: run.standardError)
    let high = try level("élevée", in: run.standardError)
    #expect(share >= 0.58, "part élevée \(share)")
    #expect(high.accuracy >= 0.89, "exactitude élevée \(high.accuracy)")
    #expect(high.swaps == 0, "inversions élevée \(high.swaps)")
  }

  // Measured once with the learned model over the rubric, never read nor trained on:
  // 53.3 % high, accuracy 0.910 among them, no swap among them (one among low).
  @Test("eighth sealed set: ≥ 51 % high, accuracy among high ≥ 0.89, no swap among high")
  func eighthSealedFloors() throws {
    let run = try RepereBinary.run([
      "suggerer", "--evaluate", "--cases", SuggestCommandTests.eighthSealedCases.path,
    ])
    #expect(run.status == 0, "\(run.standardError)")
    let share = try highShare(in: run.standardError)
    let high = try level("élevée", in: run.standardError)
    #expect(share >= 0.51, "part élevée \(share)")
    #expect(high.accuracy >= 0.89, "exactitude élevée \(high.accuracy)")
    #expect(high.swaps == 0, "inversions élevée \(high.swaps)")
  }

  // Third sealed set: 62.2 % high, accuracy 0.884 among them, no swap.
  // Fourth: 61.7 % high, accuracy 0.928 among them, one swap of four (three are `low`).
  // Fifth: 62.2 % high, accuracy 0.946 among them, one swap of two.
  // Sixth (read after its first measure): 57.8 % high, accuracy 0.910, no swap among them.
  // Seventh (never read): 67.8 % high, accuracy 0.861 among them, no swap.
  @Test(
    "third to seventh sealed sets: ≥ 57 % high, accuracy among high ≥ 0.84, at most one swap",
    arguments: [
      (SuggestCommandTests.thirdSealedCases, 0.87, 0),
      (SuggestCommandTests.fourthSealedCases, 0.90, 1),
      (SuggestCommandTests.fifthSealedCases, 0.92, 1),
      (SuggestCommandTests.sixthSealedCases, 0.89, 0),
      (SuggestCommandTests.seventhSealedCases, 0.84, 0),
    ])
  func laterSealedFloors(cases: URL, accuracy floor: Double, swaps: Int) throws {
    let run = try RepereBinary.run(["suggerer", "--evaluate", "--cases", cases.path])
    #expect(run.status == 0, "\(run.standardError)")
    let share = try highShare(in: run.standardError)
    let high = try level("élevée", in: run.standardError)
    #expect(share >= 0.57, "part élevée \(share)")
    #expect(high.accuracy >= floor, "exactitude élevée \(high.accuracy)")
    #expect(high.swaps <= swaps, "inversions élevée \(high.swaps)")
  }
}
