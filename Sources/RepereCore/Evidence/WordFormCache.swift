import Foundation

/// A bounded, thread-safe memo of each word's folded form and folded stem, by surface.
///
/// Lower-casing, folding and stemming are the costliest steps per word and answers repeat
/// their words; the cache keeps at most ``capacity`` entries and starts afresh when full,
/// so memory stays bounded and results never depend on what was seen before.
final class WordFormCache: @unchecked Sendable {
  /// The forms of one word.
  struct Forms: Sendable {
    /// Lower case, diacritics removed.
    var folded: String
    /// The folded Snowball stem (the folded form for words of one or two letters).
    var stem: String
  }

  /// Most entries kept before the cache is emptied.
  let capacity: Int
  private var entries: [String: Forms] = [:]
  private let lock = NSLock()

  init(capacity: Int = 50_000) {
    self.capacity = capacity
  }

  /// The cached forms of `surface`, or the ones `make` computes (then cached).
  func forms(of surface: String, make: (String) -> Forms) -> Forms {
    lock.lock()
    if let forms = entries[surface] {
      lock.unlock()
      return forms
    }
    lock.unlock()
    let forms = make(surface)
    lock.lock()
    if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
    entries[surface] = forms
    lock.unlock()
    return forms
  }
}
