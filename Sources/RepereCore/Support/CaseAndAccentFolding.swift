import Foundation

extension String {
  /// The text with case and accents folded away (« Élodie » → « elodie »): the one folding
  /// used to compare what the evaluator types with commands, choices and names. It folds
  /// every decomposable accent, not only French ones (« Ödön » → « odon »); the evidence
  /// matcher keeps its own faster, French-only `TextFolding` for its hot path.
  public var caseAndAccentFolded: String {
    folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}
