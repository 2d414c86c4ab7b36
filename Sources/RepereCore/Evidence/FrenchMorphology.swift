internal import CHunspell
import Foundation
import Synchronization

/// The morphological analyser of French of libhunspell, with a Dicollecte dictionary,
/// wrapped once.
///
/// One instance owns one `Hunhandle`, created from a dictionary's `.aff` and `.dic` files
/// and destroyed once. Hunspell handles are not thread-safe: every call goes through a
/// lock. Loading the comprehensive French dictionary takes a few tenths of a second, so
/// the engine is built off the first-prompt path (``EvidenceSuggester`` is compiled on a
/// background thread by the shell), and each word form is analysed once: the normaliser
/// memoises ``WordMorphology`` per surface form.
public final class FrenchMorphology: @unchecked Sendable {
  /// Where Debian's `hunspell-fr-comprehensive` installs the dictionary (without extension).
  public static let debianDictionary = "/usr/share/hunspell/fr"

  private let handle: OpaquePointer
  private let lock = NSLock()

  /// Loads the dictionary `path.aff` / `path.dic`.
  ///
  /// - Parameter path: the dictionary's path without extension.
  /// - Returns: `nil` when either file is missing or hunspell cannot read it.
  public init?(dictionary path: String = FrenchMorphology.debianDictionary) {
    let affix = path + ".aff"
    let words = path + ".dic"
    // Hunspell_create reports a missing file on standard error and still returns a handle.
    guard FileManager.default.isReadableFile(atPath: affix),
      FileManager.default.isReadableFile(atPath: words),
      let handle = Hunspell_create(affix, words)
    else { return nil }
    self.handle = handle
  }

  deinit {
    Hunspell_destroy(handle)
  }

  /// The raw analyses of one word, as hunspell writes them (« st:vérifier po:v1__t_q_zz
  /// po:cond po:1sg »), one string per reading; empty for an unknown word.
  ///
  /// - Parameter word: one word, in lower case (or as written for a proper noun), NFC.
  public func analyses(of word: String) -> [String] {
    guard !word.isEmpty else { return [] }
    lock.lock()
    defer { lock.unlock() }
    var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
    let count = Int(Hunspell_analyze(handle, &list, word))
    defer { Hunspell_free_list(handle, &list, Int32(max(count, 0))) }
    guard count > 0, let items = list else { return [] }
    return (0..<count).compactMap { items[$0].map { String(cString: $0) } }
  }

  /// One analyser per dictionary path, loaded once per process: engines built for several
  /// guides (or by tests) share it, and the dictionary is read once.
  public static func shared(dictionary path: String) -> FrenchMorphology? {
    loaded.withLock { table in
      if let existing = table[path] { return existing }
      let made = FrenchMorphology(dictionary: path)
      if let made { table[path] = made }
      return made
    }
  }

  private static let loaded = Mutex<[String: FrenchMorphology]>([:])

  /// What the analyses of one word say, merged over its readings.
  public func morphology(of word: String) -> WordMorphology {
    WordMorphology(analyses: analyses(of: word))
  }
}
