import Foundation

/// Turns French free text into tokens: words folded and stemmed, numbers, elisions, breaks.
///
/// Normalisation: Unicode NFC; case and diacritic folding (« Vérifié » = `verifie`);
/// ASCII and typographic apostrophes and elisions (« l'entreprise », « d’offres »,
/// « qu'il »); hyphens separate words (« compte-rendu »); punctuation becomes clause or
/// sentence breaks; digits are kept as tokens; abbreviations stay matchable (« CRM »,
/// « CdC », « RDV » are plain words `crm`, `cdc`, `rdv`). Words are stemmed from their
/// lower-case accented form, and the stem is then folded, so that « vérifiés » and
/// « verifies » meet.
public struct FrenchNormaliser: Sendable {
  private let stemmer: FrenchStemmer

  /// Creates a normaliser that stems with `stemmer`.
  public init(stemmer: FrenchStemmer) {
    self.stemmer = stemmer
  }

  /// The tokens of `text`, in order, with their spans in `text`'s `Character`s.
  public func tokens(in text: String) -> [Token] {
    // Canonical composition keeps the number of grapheme clusters, so offsets computed on
    // the composed text are offsets in the original one.
    let composed =
      text.unicodeScalars.contains(where: TextFolding.isCombiningMark)
      ? text.precomposedStringWithCanonicalMapping : text
    let characters = Array(composed)
    var tokens: [Token] = []
    tokens.reserveCapacity(characters.count / 5)
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if character.isLetter {
        var end = index + 1
        while end < characters.count, characters[end].isLetter { end += 1 }
        tokens.append(word(characters, index..<end))
        index = end
      } else if Self.isDigit(character) {
        var end = index + 1
        while end < characters.count {
          if Self.isDigit(characters[end]) {
            end += 1
          } else if characters[end] == "." || characters[end] == ",",
            end + 1 < characters.count, Self.isDigit(characters[end + 1])
          {
            end += 2
          } else {
            break
          }
        }
        let surface = String(characters[index..<end])
        let folded = surface.replacingOccurrences(of: ",", with: ".")
        tokens.append(
          Token(
            kind: .number, surface: surface, folded: folded, stem: folded, span: index..<end,
            isCapitalised: false))
        index = end
      } else {
        if let kind = breakKind(characters, at: index) {
          appendBreak(kind, surface: character, at: index, to: &tokens)
          // An arrow « -> » is one break.
          if character == "-", index + 1 < characters.count, characters[index + 1] == ">" {
            index += 1
          }
        }
        index += 1
      }
    }
    return tokens
  }

  /// The folded stem of one word, as answers' words are stemmed.
  public func stem(word: String) -> String {
    TextFolding.stripDiacritics(stemmer.stem(word.lowercased()))
  }

  private func word(_ characters: [Character], _ range: Range<Int>) -> Token {
    let surface = String(characters[range])
    let lower = surface.lowercased()
    let folded = TextFolding.stripDiacritics(lower)
    let isCapitalised = characters[range.lowerBound].isUppercase
    // An elided function word: « l' », « d’ », « qu' », followed by a letter.
    let next = range.upperBound
    if next + 1 < characters.count, Self.isApostrophe(characters[next]),
      characters[next + 1].isLetter, FrenchLexicon.elisions.contains(folded)
    {
      return Token(
        kind: .elision, surface: surface, folded: folded, stem: folded, span: range,
        isCapitalised: isCapitalised)
    }
    let stem = folded.count <= 2 ? folded : TextFolding.stripDiacritics(stemmer.stem(lower))
    return Token(
      kind: .word, surface: surface, folded: folded, stem: stem, span: range,
      isCapitalised: isCapitalised)
  }

  private func breakKind(_ characters: [Character], at index: Int) -> Token.Kind? {
    let character = characters[index]
    let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
    let previous: Character? = index > 0 ? characters[index - 1] : nil
    switch character {
    case "\n", "\r", "\r\n", "!", "?", "…", "•":
      return .sentenceBreak
    case ".":
      // « Société.com », « 20.30 »: a dot inside a word is not a full stop.
      if let next, next.isLetter || Self.isDigit(next) { return nil }
      return .sentenceBreak
    case ",", ":", ";", "(", ")", "[", "]", "→", "⇒", "=":
      return .clauseBreak
    case "-", "–", "—":
      if next == ">" { return .clauseBreak }
      // A dash between spaces is a parenthetical break; a hyphen joins words.
      let spacedBefore = previous.map { $0.isWhitespace } ?? true
      let spacedAfter = next.map { $0.isWhitespace } ?? true
      return spacedBefore && spacedAfter ? .clauseBreak : nil
    default:
      return nil
    }
  }

  private func appendBreak(
    _ kind: Token.Kind, surface: Character, at index: Int, to tokens: inout [Token]
  ) {
    // Consecutive breaks collapse into the strongest one.
    if let last = tokens.last, last.isBreak {
      if kind == .sentenceBreak, last.kind == .clauseBreak {
        tokens[tokens.count - 1].kind = .sentenceBreak
      }
      return
    }
    if tokens.isEmpty { return }
    tokens.append(
      Token(
        kind: kind, surface: String(surface), folded: String(surface), stem: "",
        span: index..<(index + 1), isCapitalised: false))
  }

  static func isDigit(_ character: Character) -> Bool {
    guard let ascii = character.asciiValue else { return false }
    return ascii >= 48 && ascii <= 57
  }

  static func isApostrophe(_ character: Character) -> Bool {
    character == "'" || character == "’" || character == "ʼ" || character == "‘"
      || character == "`" || character == "´"
  }
}
