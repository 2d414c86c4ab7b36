import Foundation

/// The progress line of a long reading, on standard error: shown only on a terminal, only
/// once the reading has taken more than a second, at most ten times a second, and erased
/// at the end. No escape codes: the line is rewritten after a carriage return.
public final class ProgressLine: @unchecked Sendable {
  private let lock = NSLock()
  private let enabled: Bool
  private let start = ContinuousClock.now
  private var lastShown: ContinuousClock.Instant?
  private var shownLength = 0
  private let write: @Sendable (String) -> Void

  /// - Parameters:
  ///   - enabled: Whether to show anything (standard error is a terminal).
  ///   - write: Where the text goes (standard error by default).
  public init(
    enabled: Bool,
    write: @escaping @Sendable (String) -> Void = {
      FileHandle.standardError.write(Data($0.utf8))
    }
  ) {
    self.enabled = enabled
    self.write = write
  }

  /// Says that `count` files have been read.
  public func update(_ count: Int) {
    guard enabled else { return }
    let now = ContinuousClock.now
    lock.lock()
    defer { lock.unlock() }
    guard now - start > .seconds(1) else { return }
    if let lastShown, now - lastShown < .milliseconds(100) { return }
    lastShown = now
    let text = "\(count) fichier\(count > 1 ? "s" : "") lu\(count > 1 ? "s" : "")…"
    let padding = String(repeating: " ", count: max(0, shownLength - text.count))
    shownLength = text.count
    write("\r" + text + padding)
  }

  /// Erases the line, if it was shown.
  public func finish() {
    lock.lock()
    defer { lock.unlock() }
    guard shownLength > 0 else { return }
    write("\r" + String(repeating: " ", count: shownLength) + "\r")
    shownLength = 0
  }
}
