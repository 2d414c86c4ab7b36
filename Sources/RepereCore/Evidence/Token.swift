/// One unit of an answer as the evidence matcher sees it: a word, a number or a break.
///
/// Words and numbers keep where they are in the original answer, in `Character`s, so that
/// hits can be highlighted; breaks (punctuation, line ends) bound phrases and the scope of
/// negations.
public struct Token: Sendable, Equatable {
  /// What the token is.
  public enum Kind: Sendable, Equatable {
    /// A run of letters (« vérifié », « CRM »).
    case word
    /// A run of digits, with inner decimal separators (« 48 », « 0,80 »).
    case number
    /// An elided function word before an apostrophe (« l' », « d’ », « n' », « qu' »).
    case elision
    /// A comma, colon, semicolon, parenthesis, dash or arrow: ends a negation's scope.
    case clauseBreak
    /// A full stop, question or exclamation mark or line end: ends a sentence.
    case sentenceBreak
  }

  public var kind: Kind
  /// The characters as written in the answer.
  public var surface: String
  /// Lower case, diacritics removed (« Vérifié » → `verifie`).
  public var folded: String
  /// The folded Snowball stem of the word (« vérifications » → `verif`); the folded form
  /// for numbers, elisions and breaks.
  public var stem: String
  /// Offsets in `Character`s from the start of the original answer.
  public var span: Range<Int>
  /// Whether the word starts with a capital letter (« Kompass », « SAP »).
  public var isCapitalised: Bool

  public init(
    kind: Kind, surface: String, folded: String, stem: String, span: Range<Int>,
    isCapitalised: Bool
  ) {
    self.kind = kind
    self.surface = surface
    self.folded = folded
    self.stem = stem
    self.span = span
    self.isCapitalised = isCapitalised
  }

  /// Whether the token is a word, a number or an elision (not a break).
  public var isLexical: Bool {
    switch kind {
    case .word, .number, .elision: true
    case .clauseBreak, .sentenceBreak: false
    }
  }

  /// Whether the word is written in capitals (« CA », « CRM »), at least one letter.
  public var isAllCapitals: Bool {
    kind == .word && surface.allSatisfy { $0.isUppercase }
  }

  /// Whether the token is a break of any strength.
  public var isBreak: Bool { !isLexical }
}
