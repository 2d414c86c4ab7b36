/// Agreement between suggested and expected positionings: accuracy, confusion matrix and
/// quadratic-weighted Cohen's kappa.
public struct AgreementReport: Sendable, Equatable {
  /// The levels in the order of the matrix: `totalite`, `partiellement`, `pas_du_tout`.
  public static let levels: [LevelID] = [.totalite, .partiellement, .pasDuTout]

  /// `matrix[expected][suggested]`: how many cases, indexed like ``levels``.
  public private(set) var matrix: [[Int]] = Array(
    repeating: Array(repeating: 0, count: 3), count: 3)

  public init() {}

  /// Counts one case.
  public mutating func add(expected: LevelID, suggested: LevelID) {
    matrix[Self.index(expected)][Self.index(suggested)] += 1
  }

  /// Adds every case counted by `other` (partial reports of parallel readers are summed).
  public mutating func merge(_ other: AgreementReport) {
    for row in 0..<3 {
      for column in 0..<3 { matrix[row][column] += other.matrix[row][column] }
    }
  }

  /// Number of cases counted.
  public var total: Int { matrix.joined().reduce(0, +) }

  /// Share of cases where the suggestion is the expected level (0 when empty).
  public var accuracy: Double {
    guard total > 0 else { return 0 }
    return Double((0..<3).reduce(0) { $0 + matrix[$1][$1] }) / Double(total)
  }

  /// Cohen's kappa with quadratic weights over the ordered levels (1 when every case
  /// agrees, 0 for chance agreement; 0 when undefined).
  public var quadraticKappa: Double {
    let count = Double(total)
    guard count > 0 else { return 0 }
    let expectedTotals = (0..<3).map { row in Double(matrix[row].reduce(0, +)) }
    let suggestedTotals = (0..<3).map { column in
      Double((0..<3).reduce(0) { $0 + matrix[$1][column] })
    }
    var observed = 0.0
    var chance = 0.0
    for row in 0..<3 {
      for column in 0..<3 {
        let weight = Double((row - column) * (row - column)) / 4
        observed += weight * Double(matrix[row][column])
        chance += weight * expectedTotals[row] * suggestedTotals[column] / count
      }
    }
    guard chance > 0 else { return observed == 0 ? 1 : 0 }
    return 1 - observed / chance
  }

  private static func index(_ level: LevelID) -> Int {
    levels.firstIndex(of: level) ?? 0
  }
}
