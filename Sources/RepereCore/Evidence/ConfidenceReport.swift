/// How well the confidence of suggestions matches their accuracy: agreement per confidence
/// level, the share of `high`, and accuracy per band of score (the calibration table).
public struct ConfidenceReport: Sendable, Equatable {
  /// The lower bounds of the score bands, in increasing order; the last band ends at 1.
  public static let bandBounds: [Double] = [0, 0.5, 0.6, 0.7, 0.8, 0.9]

  /// Agreement of the suggestions marked with each level.
  public private(set) var byLevel: [SuggestionConfidence.Level: AgreementReport] = [:]
  /// Per band (indexed like ``bandBounds``): cases, right suggestions, sum of scores.
  public private(set) var bands: [Band] = bandBounds.map { _ in Band() }

  /// One band of scores.
  public struct Band: Sendable, Equatable {
    public var cases = 0
    public var correct = 0
    public var scoreSum = 0.0

    /// Share of right suggestions (0 when empty).
    public var accuracy: Double { cases == 0 ? 0 : Double(correct) / Double(cases) }
    /// Mean score of the band's cases (0 when empty).
    public var meanScore: Double { cases == 0 ? 0 : scoreSum / Double(cases) }
  }

  public init() {}

  /// Counts one case.
  public mutating func add(
    expected: LevelID, suggested: LevelID, confidence: SuggestionConfidence
  ) {
    byLevel[confidence.level, default: AgreementReport()].add(
      expected: expected, suggested: suggested)
    let band = Self.band(of: confidence.score)
    bands[band].cases += 1
    bands[band].scoreSum += confidence.score
    if expected == suggested { bands[band].correct += 1 }
  }

  /// Number of cases counted.
  public var total: Int { byLevel.values.reduce(0) { $0 + $1.total } }

  /// Share of cases marked `high` (0 when empty).
  public var highShare: Double {
    total == 0 ? 0 : Double(byLevel[.high]?.total ?? 0) / Double(total)
  }

  /// The index of the band holding `score`.
  static func band(of score: Double) -> Int {
    bandBounds.lastIndex { score >= $0 } ?? 0
  }
}
