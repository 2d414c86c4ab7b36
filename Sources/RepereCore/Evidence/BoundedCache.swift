import Foundation

/// A bounded, thread-safe memo of a pure function.
///
/// Answers repeat their words, so the engine memoises per word what costs most (folding and
/// stemming, the candidate terms of a stem). The cache keeps at most ``capacity`` entries
/// and starts afresh when full, so memory stays bounded; since the memoised function is
/// pure, results never depend on what was seen before.
final class BoundedCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
  /// Most entries kept before the cache is emptied.
  let capacity: Int
  private var entries: [Key: Value] = [:]
  private let lock = NSLock()

  init(capacity: Int = 50_000) {
    self.capacity = capacity
  }

  /// The cached value for `key`, or the one `make` computes (then cached).
  func value(for key: Key, make: (Key) -> Value) -> Value {
    lock.lock()
    if let value = entries[key] {
      lock.unlock()
      return value
    }
    lock.unlock()
    let value = make(key)
    lock.lock()
    if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
    entries[key] = value
    lock.unlock()
    return value
  }
}
