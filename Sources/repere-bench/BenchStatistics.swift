/// Small statistics and formatting helpers for benchmarks.
enum BenchStatistics {
  /// The median of `values` (0 when empty).
  static func median(_ values: [Double]) -> Double {
    percentile(values, 0.5)
  }

  /// The `fraction` percentile of `values`, nearest rank (0 when empty).
  static func percentile(_ values: [Double], _ fraction: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(max(rank, 0), sorted.count - 1)]
  }

  /// Seconds in a `Duration`.
  static func seconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
  }

  /// A number in French notation with `digits` decimals (« 12,34 »).
  static func french(_ value: Double, digits: Int = 2) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    if digits == 0 { return String(Int(rounded)) }
    var text = String(rounded)
    if let dot = text.firstIndex(of: ".") {
      let decimals = text[text.index(after: dot)...].count
      if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
    } else if digits > 0 {
      text += "." + String(repeating: "0", count: digits)
    }
    return text.replacingOccurrences(of: ".", with: ",")
  }
}
