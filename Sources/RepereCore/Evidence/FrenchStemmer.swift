internal import CStemmer
import Foundation

/// Snowball's French stemmer (libstemmer), wrapped once.
///
/// One instance owns one `sb_stemmer` handle, created with the French algorithm and the
/// UTF-8 encoding and freed once, when the instance goes away. libstemmer handles are not
/// thread-safe (each keeps its own work buffer), so every call goes through a lock: one
/// instance may be shared between tasks, at the cost of serialising the stemming calls.
/// The evidence engine creates one instance per ``EvidenceSuggester``.
package final class FrenchStemmer: @unchecked Sendable {
  private let handle: OpaquePointer
  private let lock = NSLock()

  /// Creates a French stemmer.
  ///
  /// Returns `nil` only if libstemmer was built without the French algorithm.
  package init?() {
    guard let handle = sb_stemmer_new("french", "UTF_8") else { return nil }
    self.handle = handle
  }

  deinit {
    sb_stemmer_delete(handle)
  }

  /// The Snowball stem of one lower-case word (« vérification » → `vérif`).
  ///
  /// The word should be lower case and in Unicode NFC; the stem keeps its diacritics.
  /// - Parameter word: one word, without spaces or punctuation.
  /// - Returns: the stem, or the word itself when libstemmer cannot stem it.
  package func stem(_ word: String) -> String {
    if word.isEmpty { return word }
    var word = word
    return word.withUTF8 { bytes -> String in
      lock.lock()
      defer { lock.unlock() }
      guard let result = sb_stemmer_stem(handle, bytes.baseAddress, Int32(bytes.count)) else {
        return String(decoding: bytes, as: UTF8.self)
      }
      let length = Int(sb_stemmer_length(handle))
      return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
    }
  }
}
