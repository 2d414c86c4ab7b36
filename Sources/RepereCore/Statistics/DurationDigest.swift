/// Durations counted in bounded bins, for medians and quartiles over any number of sessions.
///
/// Memory depends on the number of distinct bins, never on the number of durations: whole
/// seconds under 10 minutes, 10 seconds under one hour, whole minutes under a day, then
/// whole hours. A quantile is therefore exact to the second under 10 minutes, to 10 seconds
/// under an hour, to the minute beyond. Digests merge, so parallel readers can each keep one.
public struct DurationDigest: Sendable, Equatable {
  /// Durations counted, by the lower bound of their bin in seconds.
  public private(set) var bins: [Int: Int] = [:]
  /// Number of durations counted.
  public private(set) var count = 0

  public init() {}

  /// Counts one duration, in seconds (negative durations count as 0).
  public mutating func add(_ seconds: Double) {
    bins[Self.bin(of: seconds), default: 0] += 1
    count += 1
  }

  /// Adds every duration of `other`.
  public mutating func merge(_ other: DurationDigest) {
    for (bin, n) in other.bins { bins[bin, default: 0] += n }
    count += other.count
  }

  /// The `fraction` quantile (0.5 for the median), nearest rank, in seconds: the lower bound
  /// of the bin that holds it; `nil` when nothing was counted.
  public func quantile(_ fraction: Double) -> Int? {
    guard count > 0 else { return nil }
    let rank = max(1, Int((fraction * Double(count)).rounded(.up)))
    var seen = 0
    for bin in bins.keys.sorted() {
      seen += bins[bin] ?? 0
      if seen >= rank { return bin }
    }
    return bins.keys.max()
  }

  /// The lower bound of the bin of `seconds`.
  static func bin(of seconds: Double) -> Int {
    let whole = seconds.isFinite ? Int(max(0, min(seconds, 1e9))) : 0
    switch whole {
    case ..<600: return whole
    case ..<3600: return whole / 10 * 10
    case ..<86_400: return whole / 60 * 60
    default: return whole / 3600 * 3600
    }
  }
}
