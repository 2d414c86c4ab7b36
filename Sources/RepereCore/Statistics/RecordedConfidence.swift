/// The confidence of a suggestion as its transcript recorded it, for `repere stats`.
///
/// Read from the `decision` event (what the evaluator saw when deciding), never recomputed
/// by today's engine: a transcript written before suggestions had a confidence says nothing,
/// and counts as ``unknown``.
public enum RecordedConfidence: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
  case high
  case low
  /// A transcript written before the confidence existed (no `confidence` in its decisions).
  case unknown

  public init(_ level: SuggestionConfidence.Level?) {
    switch level {
    case .high: self = .high
    case .low: self = .low
    case nil: self = .unknown
    }
  }

  /// « élevée », « faible », « inconnue ».
  public var frenchLabel: String {
    switch self {
    case .high: SuggestionConfidence.Level.high.frenchLabel
    case .low: SuggestionConfidence.Level.low.frenchLabel
    case .unknown: "inconnue"
    }
  }
}
