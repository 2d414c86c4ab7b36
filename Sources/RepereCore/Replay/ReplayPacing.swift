import Foundation

/// The waits of a replay at the recorded pace, as terminal recorders play them back.
public struct ReplayPacing: Sendable, Equatable {
  /// How many times faster than recorded (2: twice as fast).
  public var speed: Double
  /// The longest wait, in seconds, whatever the recorded pause (`nil`: no cap).
  public var maximumPause: Double?

  public init(speed: Double = 1, maximumPause: Double? = nil) {
    self.speed = speed
    self.maximumPause = maximumPause
  }

  /// Seconds to wait before showing a step recorded at `next`, after one at `previous`:
  /// the recorded gap divided by the speed, capped; 0 when a time is unknown or goes back.
  public func wait(from previous: Date?, to next: Date?) -> Double {
    guard let previous, let next, speed > 0 else { return 0 }
    let gap = max(0, next.timeIntervalSince(previous)) / speed
    guard gap.isFinite else { return maximumPause ?? 0 }
    return min(gap, maximumPause ?? gap)
  }

  /// The waits before each step of `script` (0 before the first).
  public func waits(for script: ReplayScript) -> [Double] {
    guard !script.steps.isEmpty else { return [] }
    return [0]
      + zip(script.steps, script.steps.dropFirst()).map { wait(from: $0.date, to: $1.date) }
  }
}
