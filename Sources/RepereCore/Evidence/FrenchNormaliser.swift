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
  private let cache = StemCache()

  /// Creates a normaliser that stems with `stemmer`.
  public init(stemmer: FrenchStemmer) {
    self.stemmer = stemmer
  }

  /// The tokens of `text`, in order, with their spans in `text`'s `Character`s.
  public func tokens(in text: String) -> [Token] {
    analyse(text).tokens
  }

  /// A text with its tokens, and a way to slice it by `Character` offsets.
  struct Analysis {
    /// The text in NFC (same `Character`s as the original).
    var text: String
    /// Where each `Character` starts, then the end index.
    var starts: [String.Index]
    var tokens: [Token]

    /// The characters at `span` (offsets in `Character`s).
    func slice(_ span: Range<Int>) -> String {
      String(text[starts[span.lowerBound]..<starts[span.upperBound]])
    }
  }

  /// The tokens of `text` and what is needed to quote it.
  func analyse(_ text: String) -> Analysis {
    // Canonical composition keeps the number of grapheme clusters, so offsets computed on
    // the composed text are offsets in the original one.
    let composed =
      text.unicodeScalars.contains(where: TextFolding.isCombiningMark)
      ? text.precomposedStringWithCanonicalMapping : text
    var characters: [Character] = []
    var starts: [String.Index] = []
    characters.reserveCapacity(composed.utf8.count)
    starts.reserveCapacity(composed.utf8.count + 1)
    var position = composed.startIndex
    while position < composed.endIndex {
      starts.append(position)
      characters.append(composed[position])
      position = composed.index(after: position)
    }
    starts.append(composed.endIndex)
    let slice = { (range: Range<Int>) in
      String(composed[starts[range.lowerBound]..<starts[range.upperBound]])
    }
    var tokens: [Token] = []
    tokens.reserveCapacity(characters.count / 5)
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if Self.isLetter(character) {
        var end = index + 1
        while end < characters.count, Self.isLetter(characters[end]) { end += 1 }
        tokens.append(word(characters, index..<end, surface: slice(index..<end)))
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
        let surface = slice(index..<end)
        let folded =
          surface.contains(",") ? surface.replacingOccurrences(of: ",", with: ".") : surface
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
    return Analysis(text: composed, starts: starts, tokens: tokens)
  }

  /// The folded stem of one word, as answers' words are stemmed.
  public func stem(word: String) -> String {
    TextFolding.stripDiacritics(stemmer.stem(word.lowercased()))
  }

  private func word(_ characters: [Character], _ range: Range<Int>, surface: String) -> Token {
    let isASCII = surface.utf8.allSatisfy { $0 < 0x80 }
    let lower = isASCII ? Self.asciiLowercased(surface) : surface.lowercased()
    let folded = isASCII ? lower : TextFolding.stripDiacritics(lower)
    let first = characters[range.lowerBound]
    let isCapitalised = first.asciiValue.map { $0 >= 65 && $0 <= 90 } ?? first.isUppercase
    // An elided function word: « l' », « d’ », « qu' », followed by a letter.
    let next = range.upperBound
    if next + 1 < characters.count, Self.isApostrophe(characters[next]),
      characters[next + 1].isLetter, FrenchLexicon.elisions.contains(folded)
    {
      return Token(
        kind: .elision, surface: surface, folded: folded, stem: folded, span: range,
        isCapitalised: isCapitalised)
    }
    let stem =
      folded.utf8.count <= 2
      ? folded
      : cache.stem(lower) { TextFolding.stripDiacritics(stemmer.stem($0)) }
    return Token(
      kind: .word, surface: surface, folded: folded, stem: stem, span: range,
      isCapitalised: isCapitalised)
  }

  private func breakKind(_ characters: [Character], at index: Int) -> Token.Kind? {
    let character = characters[index]
    if character == " " { return nil }
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

  /// Whether a character is a letter, with a fast path for ASCII.
  static func isLetter(_ character: Character) -> Bool {
    if let ascii = character.asciiValue {
      return (ascii >= 65 && ascii <= 90) || (ascii >= 97 && ascii <= 122)
    }
    return character.isLetter
  }

  /// Lower case of an ASCII string, byte by byte.
  static func asciiLowercased(_ string: String) -> String {
    String(
      decoding: string.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
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
