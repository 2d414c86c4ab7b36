import Foundation
import Testing

@testable import RepereCore

/// The aggregation of `repere stats` on hand-built sessions, every figure computed by hand.
struct StatisticsAccumulatorTests {
  typealias Outcome = SessionSummary.BlockOutcome

  /// Three sessions over the fixture guide (blocks C1.1, C1.2, C2.1):
  ///
  /// | session | C1.1 (sugg. → déc.) | C1.2 | C2.1 | finie | intervenants |
  /// |---|---|---|---|---|---|
  /// | a | T → T | P → P | N → N | oui | Anne Petit |
  /// | b | P → T (modifié) | N → N | P → P | oui | Anne Petit, Paul Durand |
  /// | c | N → P (modifié) | — | — | non | paul DURAND |
  static let sessions = [
    SessionSummary(
      dialogue: "fixture", started: day(1), isFinished: true, evaluators: ["Anne Petit"],
      blocks: [
        Outcome(block: "C1.1", suggested: .totalite, decided: .totalite, overridden: false),
        Outcome(
          block: "C1.2", suggested: .partiellement, decided: .partiellement, overridden: false),
        Outcome(block: "C2.1", suggested: .pasDuTout, decided: .pasDuTout, overridden: false),
      ],
      blockSeconds: ["C1.1": 120, "C1.2": 300, "C2.1": 59.9], interviewSeconds: 1800,
      competences: ["C1": .toDevelop, "C2": .toDevelop], needs: ["C1.r2", "C2.r1"],
      means: ["formation", "pratique", "formation"]),
    SessionSummary(
      dialogue: "fixture", started: day(2), isFinished: true,
      evaluators: ["Anne Petit", "Paul Durand"],
      blocks: [
        Outcome(block: "C1.1", suggested: .partiellement, decided: .totalite, overridden: true),
        Outcome(block: "C1.2", suggested: .pasDuTout, decided: .pasDuTout, overridden: false),
        Outcome(
          block: "C2.1", suggested: .partiellement, decided: .partiellement, overridden: false),
      ],
      blockSeconds: ["C1.1": 180, "C1.2": 240, "C2.1": 60], interviewSeconds: 2400,
      competences: ["C1": .toDevelop, "C2": .toDevelop], needs: ["C1.r2", "C2.r1"],
      means: ["formation", "formation"]),
    SessionSummary(
      dialogue: "fixture", started: day(3), isFinished: false, evaluators: ["paul DURAND"],
      blocks: [
        Outcome(block: "C1.1", suggested: .pasDuTout, decided: .partiellement, overridden: true)
      ],
      blockSeconds: ["C1.1": 600], interviewSeconds: 700,
      competences: ["C1": .incomplete, "C2": .incomplete], needs: ["C1.r1"]),
  ]

  /// Midnight UTC of 2026-03-0`n`.
  static func day(_ n: Int) -> Date {
    Date(timeIntervalSince1970: 1_772_323_200 + Double(n - 1) * 86_400)
  }

  func totals(_ sessions: [SessionSummary] = sessions, filter: StatisticsFilter = .init())
    -> StatisticsAccumulator
  {
    var totals = StatisticsAccumulator()
    for session in sessions { totals.add(session, filter: filter) }
    return totals
  }

  @Test func positionsOverridesAndSessions() {
    let totals = totals()
    #expect(totals.files == 3)
    #expect(totals.finished == 2)
    #expect(totals.suspended == 1)
    #expect(totals.positions["C1.1"] == [.totalite: 2, .partiellement: 1])
    #expect(totals.positions["C1.2"] == [.partiellement: 1, .pasDuTout: 1])
    #expect(totals.blocks["C1.1"]?.overrides == 2)
    #expect(totals.overall.overrides == 2)
    #expect(totals.overall.report.total == 7)
  }

  @Test func kappaOfABlockByHand() {
    // C1.1: decided (rows) against suggested (columns), levels T, P, N:
    // (T,T) 1, (T,P) 1, (P,N) 1. Weights (i−j)²/4: (T,P) ¼, (P,N) ¼.
    // Observed = ¼ + ¼ = ½. Row totals T 2, P 1, N 0; column totals T 1, P 1, N 1; n = 3.
    // Chance = Σ w·row·col/n = [T: (0·1 + ¼·1 + 1·1)·2 + P: (¼·1 + 0 + ¼·1)·1] / 3
    //        = (2.5 + 0.5) / 3 = 1. κ = 1 − ½ / 1 = ½.
    let report = StatisticsReport(
      totals: totals(), dialogue: InterviewFixture.dialogue, guide: Self.guide)
    let block = report.blocks.first { $0.block == "C1.1" }
    #expect(block?.agreement.kappa == 0.5)
    #expect(block?.agreement.agreements == 1)
    #expect(block?.agreement.overrideRate == 0.6667)
    #expect(block?.positions == ["totalite": 2, "partiellement": 1, "pas_du_tout": 0])
  }

  @Test func kappaIsTheOneOfSuggestEvaluate() {
    // The same pairs through `AgreementReport` as `repere suggerer --evaluate` counts them.
    var direct = AgreementReport()
    for outcome in Self.sessions.flatMap(\.blocks) {
      direct.add(expected: outcome.decided, suggested: outcome.suggested)
    }
    #expect(totals().overall.report == direct)
    #expect(totals().overall.report.quadraticKappa == direct.quadraticKappa)
  }

  @Test func mergingPartsGivesTheWhole() {
    var merged = totals([Self.sessions[2]])
    merged.merge(totals([Self.sessions[0], Self.sessions[1]]))
    var other = totals([Self.sessions[1]])
    other.merge(totals([Self.sessions[0]]))
    other.merge(totals([Self.sessions[2]]))
    #expect(merged == totals())
    #expect(other == totals())
  }

  @Test func competencesNeedsAndMeans() {
    let report = StatisticsReport(
      totals: totals(), dialogue: InterviewFixture.dialogue, guide: Self.guide)
    #expect(report.competences.map(\.toDevelop) == [2, 2])
    #expect(report.competences.map(\.incomplete) == [1, 1])
    #expect(report.competences.map(\.masteredShare) == [0, 0])
    // C1.r2 and C2.r1 twice (the guide's order between them), C1.r1 once; shares over 3.
    #expect(report.needs.map(\.item) == ["C1.r2", "C2.r1", "C1.r1"])
    #expect(report.needs.map(\.share) == [0.6667, 0.6667, 0.3333])
    // formation 4 times (twice in session a, twice in b), pratique once.
    #expect(report.means.map(\.means) == ["formation", "pratique"])
    #expect(report.means.map(\.count) == [4, 1])
  }

  @Test func durationsMedianAndQuartiles() {
    let report = StatisticsReport(
      totals: totals(), dialogue: InterviewFixture.dialogue, guide: Self.guide)
    // C1.1: 120, 180, 600 → Q1 rank ⌈0.75⌉ = 1 → 120; median rank 2 → 180; Q3 rank 3 → 600.
    let c11 = report.blocks.first { $0.block == "C1.1" }?.time
    #expect([c11?.count, c11?.q1, c11?.median, c11?.q3] == [3, 120, 180, 600])
    // C2.1: 59.9 s counts as 59.
    #expect(report.blocks.first { $0.block == "C2.1" }?.time?.q1 == 59)
    // Interviews: 700, 1800, 2400 → 700, 1800, 2400.
    let interview = report.interviewTime
    #expect(
      [interview?.count, interview?.q1, interview?.median, interview?.q3] == [3, 700, 1800, 2400])
  }

  @Test func evaluatorsGroupedByNameWithoutCaseOrAccents() {
    let report = StatisticsReport(
      totals: totals(), dialogue: InterviewFixture.dialogue, guide: Self.guide)
    #expect(report.evaluators.map(\.name) == ["Anne Petit", "Paul Durand"])
    #expect(report.evaluators.map(\.sessions) == [2, 2])
    // Paul Durand: session b (C1.1 overridden) and c (C1.1 overridden): 2 of 4.
    #expect(report.evaluators[1].agreement.positioned == 4)
    #expect(report.evaluators[1].agreement.overrides == 2)
  }

  /// Sessions a and b with recorded confidences; c older than the confidence:
  ///
  /// | session | C1.1 | C1.2 | C2.1 |
  /// |---|---|---|---|
  /// | a | T → T élevée | P → P faible | N → N élevée |
  /// | b | P → T faible (modifié) | N → N élevée | P → P élevée |
  /// | c | N → P inconnue (modifié) | — | — |
  static var withConfidence: [SessionSummary] {
    var sessions = Self.sessions
    for (session, levels) in [(0, [.high, .low, .high]), (1, [.low, .high, .high])]
      as [(Int, [RecordedConfidence])]
    {
      for (block, level) in levels.enumerated() {
        sessions[session].blocks[block].confidence = level
      }
    }
    return sessions
  }

  @Test func agreementSplitByRecordedConfidence() {
    let report = StatisticsReport(
      totals: totals(Self.withConfidence), dialogue: InterviewFixture.dialogue,
      guide: Self.guide)
    let split = report.overallByConfidence
    // élevée: a C1.1 T→T, a C2.1 N→N, b C1.2 N→N, b C2.1 P→P: all agree, κ = 1.
    #expect(
      [split.high.positioned, split.high.agreements, split.high.overrides] == [4, 4, 0] as [Int])
    #expect(split.high.kappa == 1)
    // faible: a C1.2 P→P, b C1.1 P→T. Every suggestion P: observed = (1 + ¾)/2 = chance; κ = 0.
    #expect(
      [split.low.positioned, split.low.agreements, split.low.overrides] == [2, 1, 1] as [Int])
    #expect(split.low.overrideRate == 0.5)
    #expect(split.low.kappa == 0)
    // inconnue: c C1.1 N→P.
    #expect([split.unknown.positioned, split.unknown.agreements] == [1, 0] as [Int])
    #expect(split.unknown.overrideRate == 1)
    // The three levels add up to the whole.
    #expect(split.high.positioned + split.low.positioned + split.unknown.positioned == 7)
    let c11 = report.blocks.first { $0.block == "C1.1" }?.agreementByConfidence
    #expect(
      [c11?.high.positioned, c11?.low.positioned, c11?.unknown.positioned] == [1, 1, 1] as [Int?])
    #expect(c11?.low.overrides == 1)
    // Transcripts without the field: everything is « inconnue ».
    let old = StatisticsReport(
      totals: totals(), dialogue: InterviewFixture.dialogue, guide: Self.guide)
    #expect(old.overallByConfidence.unknown == old.overall)
    #expect(old.overallByConfidence.high.positioned == 0)
    #expect(old.overallByConfidence.high.kappa == nil)
  }

  /// a signed with key `aaaa` by Anne Petit, b with the same key by « A. Petit » (Paul
  /// Durand second intervenant), c unsigned (paul DURAND), d: a again, unsigned.
  static var signed: [SessionSummary] {
    var sessions = Self.sessions
    sessions[0].signingKey = "aaaa-bbbb"
    sessions[0].signerName = "Anne Petit"
    sessions[1].evaluators = ["A. Petit", "Paul Durand"]
    sessions[1].signingKey = "aaaa-bbbb"
    sessions[1].signerName = "A. Petit"
    return sessions + [Self.sessions[0]]
  }

  @Test func evaluatorsGroupedBySigningKey() {
    let report = StatisticsReport(
      totals: totals(Self.signed), dialogue: InterviewFixture.dialogue, guide: Self.guide)
    #expect(report.evaluators.map(\.name) == ["A. Petit, Anne Petit", "Anne Petit", "Paul Durand"])
    #expect(report.evaluators.map(\.fingerprint) == ["aaaa-bbbb", nil, nil])
    #expect(report.evaluators.map(\.sessions) == [2, 1, 2])
    // The key: a (3 blocks, none changed) and b (3 blocks, C1.1 changed).
    #expect(report.evaluators[0].agreement.positioned == 6)
    #expect(report.evaluators[0].agreement.overrides == 1)
    // Merging in any order gives the same totals.
    var merged = totals(Array(Self.signed[2...]))
    merged.merge(totals(Array(Self.signed[..<2])))
    #expect(merged == totals(Self.signed))
    // --evaluateur with the fingerprint keeps the two signed sessions.
    let byKey = totals(Self.signed, filter: StatisticsFilter(evaluator: "AAAA-BBBB"))
    #expect(byKey.finished + byKey.suspended == 2)
  }

  @Test func filters() {
    let byDate = totals(filter: StatisticsFilter(since: Self.day(2), until: Self.day(3)))
    #expect(byDate.finished + byDate.suspended == 1)
    #expect(byDate.filteredOut == 2)
    let byName = totals(filter: StatisticsFilter(evaluator: "durand"))
    #expect(byName.finished == 1)
    #expect(byName.suspended == 1)
    let byFullName = totals(filter: StatisticsFilter(evaluator: "ANNE PÉTIT"))
    #expect(byFullName.finished == 2)
  }

  @Test func skippedFilesAreCountedByReason() {
    var totals = totals()
    totals.add(skip: .brokenChain)
    totals.add(skip: .preparation)
    totals.add(skip: .preparation)
    let report = StatisticsReport(
      totals: totals, dialogue: InterviewFixture.dialogue, guide: Self.guide)
    #expect(report.sessions.files == 6)
    #expect(report.sessions.counted == 3)
    #expect(report.sessions.skipped["preparation"] == 2)
    #expect(report.sessions.skipped["broken_chain"] == 1)
    #expect(report.sessions.skipped["other_guide"] == 0)
  }

  static let guide = GuideIdentity(
    id: "fixture", version: "1", sha256: TranscriptRecorder.dialogueSHA256, source: "(intégré)")
}
