/// Why the evidence engine cannot be built.
public enum EvidenceError: Error, Equatable, CustomStringConvertible {
  /// libstemmer has no French algorithm.
  case stemmerUnavailable

  public var description: String {
    switch self {
    case .stemmerUnavailable:
      "Le raciniseur français de libstemmer est introuvable : installez libstemmer-dev (Snowball)."
    }
  }
}
