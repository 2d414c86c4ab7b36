/// Why the evidence engine cannot be built.
public enum EvidenceError: Error, Equatable, CustomStringConvertible {
  /// libstemmer has no French algorithm.
  case stemmerUnavailable
  /// The French hunspell dictionary cannot be loaded from this path (without extension).
  case dictionaryUnavailable(String)

  public var description: String {
    switch self {
    case .stemmerUnavailable:
      "Le raciniseur français de libstemmer est introuvable : installez libstemmer-dev (Snowball)."
    case .dictionaryUnavailable(let path):
      "Le dictionnaire français de hunspell est introuvable (\(path).aff, \(path).dic) : "
        + "installez hunspell-fr-comprehensive et libhunspell-dev."
    }
  }
}
