import Foundation

/// A bounded, thread-safe memo of folded stems by lower-case word.
///
/// Stemming is the costliest step per word and answers repeat their words; the cache
/// keeps at most ``capacity`` entries and starts afresh when full, so memory stays bounded
/// and results never depend on what was stemmed before.
final class StemCache: @unchecked Sendable {
  /// Most entries kept before the cache is emptied.
  let capacity: Int
  private var stems: [String: String] = [:]
  private let lock = NSLock()

  init(capacity: Int = 50_000) {
    self.capacity = capacity
  }

  /// The cached stem of `word`, or the one `make` computes (then cached).
  func stem(_ word: String, make: (String) -> String) -> String {
    lock.lock()
    if let stem = stems[word] {
      lock.unlock()
      return stem
    }
    lock.unlock()
    let stem = make(word)
    lock.lock()
    if stems.count >= capacity { stems.removeAll(keepingCapacity: true) }
    stems[word] = stem
    lock.unlock()
    return stem
  }
}
