/// How sure the engine is of a suggestion: `high` or `low`, the score behind it, and, when it
/// is low, why in one French line.
///
/// Computed by ``ConfidenceEstimator`` from the evidence analysis. At the positioning prompt a
/// `low` suggestion has no default: the evaluator must choose.
public struct SuggestionConfidence: Sendable, Equatable, Codable {
  /// `high`: Enter may accept the suggestion; `low`: the evaluator must choose.
  public enum Level: String, Sendable, Equatable, Codable, CaseIterable {
    case high
    case low

    /// « élevée », « faible ».
    public var frenchLabel: String {
      switch self {
      case .high: "élevée"
      case .low: "faible"
      }
    }
  }

  public var level: Level
  /// The estimated chance that the suggestion is the right level, from 0 to 1 (two decimals).
  public var score: Double
  /// Why the engine is unsure, in French, one line; `nil` when the confidence is high.
  public var uncertainBecause: String?

  public init(level: Level, score: Double, uncertainBecause: String? = nil) {
    self.level = level
    self.score = score
    self.uncertainBecause = uncertainBecause
  }

  enum CodingKeys: String, CodingKey {
    case level, score
    case uncertainBecause = "uncertain_because"
  }

  /// Whether Enter may accept the suggestion.
  public var isHigh: Bool { level == .high }
}
