import Synchronization

/// A bounded, thread-safe memo of a pure function.
///
/// Answers repeat their words, so the engine memoises per word what costs most (folding and
/// stemming, the candidate terms of a stem). The cache keeps at most ``capacity`` entries
/// and starts afresh when full, so memory stays bounded; since the memoised function is
/// pure, results never depend on what was seen before.
final class BoundedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
  /// Most entries kept before the cache is emptied.
  let capacity: Int
  private let entries = Mutex<[Key: Value]>([:])

  init(capacity: Int = 50_000) {
    self.capacity = capacity
  }

  /// The cached value for `key`, or the one `make` computes (then cached).
  func value(for key: Key, make: (Key) -> Value) -> Value {
    if let value = entries.withLock({ $0[key] }) { return value }
    let value = make(key)
    entries.withLock { entries in
      if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
      entries[key] = value
    }
    return value
  }
}
