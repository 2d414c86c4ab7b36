/// The tokenising loop of ``FrenchNormaliser``: reads classified characters into tokens.
///
/// Works on the UTF-8 bytes of the text and on one ``CharacterClass`` per `Character`;
/// spans are counted in `Character`s. Strings are made only for the tokens themselves.
struct TokenReader {
  let normaliser: FrenchNormaliser
  /// The UTF-8 of the text (in NFC).
  let bytes: UnsafeBufferPointer<UInt8>
  /// Where each `Character` starts in `bytes`, then the end offset.
  let starts: [Int]
  /// The class of each `Character`.
  let classes: [CharacterClass]
  /// The tokens read so far.
  private(set) var tokens: [Token] = []
  /// The lexicon classes of each token's folded form.
  private(set) var lexiconClasses: [LexiconClasses] = []
  /// What the dictionary says of each token's word form.
  private(set) var morphology: [WordMorphology.Tags] = []
  /// Whether the last word read is an abbreviation of notes (« resp », « co », « cand »):
  /// a dot right after it abbreviates, it does not end the sentence.
  private var lastWordIsAbbreviation = false

  init(
    normaliser: FrenchNormaliser, bytes: UnsafeBufferPointer<UInt8>, starts: [Int],
    classes: [CharacterClass]
  ) {
    self.normaliser = normaliser
    self.bytes = bytes
    self.starts = starts
    self.classes = classes
    tokens.reserveCapacity(classes.count / 5)
    lexiconClasses.reserveCapacity(classes.count / 5)
  }

  /// Reads every token of the text.
  mutating func read() {
    let count = classes.count
    var index = 0
    while index < count {
      let kind = classes[index]
      if kind.isLetter {
        var end = index + 1
        while end < count, classes[end].isLetter { end += 1 }
        appendWord(index..<end)
        index = end
      } else if kind == .digit {
        var end = index + 1
        while end < count {
          if classes[end] == .digit {
            end += 1
          } else if classes[end] == .dot || classes[end] == .comma, end + 1 < count,
            classes[end + 1] == .digit
          {
            end += 2
          } else {
            break
          }
        }
        let surface = string(index..<end)
        let folded =
          surface.utf8.contains(UInt8(ascii: ","))
          ? surface.replacingOccurrences(of: ",", with: ".") : surface
        tokens.append(
          Token(
            kind: .number, surface: surface, folded: folded, stem: folded, span: index..<end,
            isCapitalised: false))
        lexiconClasses.append(FrenchLexicon.classes(of: folded))
        morphology.append([])
        index = end
      } else {
        if let breakKind = breakKind(at: index) {
          appendBreak(breakKind, at: index)
          // An arrow « -> » is one break.
          if kind == .hyphen, index + 1 < count, classes[index + 1] == .greaterThan {
            index += 1
          }
        }
        index += 1
      }
    }
  }

  /// The characters of `range` (offsets in `Character`s) as a string.
  private func string(_ range: Range<Int>) -> String {
    let from = starts[range.lowerBound]
    let to = starts[range.upperBound]
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
  }

  /// Whether the characters of `range` are all ASCII.
  private func isASCII(_ range: Range<Int>) -> Bool {
    for offset in starts[range.lowerBound]..<starts[range.upperBound] where bytes[offset] >= 0x80 {
      return false
    }
    return true
  }

  /// Appends the word of `range`, or the words an abbreviation stands for (each with the
  /// abbreviation's span and surface, so that quotes show what was typed).
  private mutating func appendWord(_ range: Range<Int>) {
    let surface = string(range)
    let forms = normaliser.forms(of: surface, isASCII: isASCII(range))
    lastWordIsAbbreviation = ShorthandLexicon.dottedAbbreviations.contains(forms.folded)
    let isCapitalised = classes[range.lowerBound] == .capitalLetter
    let isElided = isElision(after: range, forms: forms)
    if forms.expansion >= 0, !isElided,
      case let expansion = ShorthandLexicon.all[Int(forms.expansion)],
      !expansion.capitalsOnly || surface.allSatisfy({ $0.isUppercase })
    {
      for (word, elided) in zip(expansion.words, expansion.elided) {
        let expanded = normaliser.forms(of: word, isASCII: word.utf8.allSatisfy { $0 < 0x80 })
        tokens.append(
          Token(
            kind: elided ? .elision : .word, surface: surface, folded: expanded.folded,
            stem: elided ? expanded.folded : expanded.stem, span: range,
            isCapitalised: isCapitalised))
        lexiconClasses.append(expanded.classes)
        morphology.append(expanded.morphology)
      }
      return
    }
    let (token, wordClasses) = word(range, surface: surface, forms: forms)
    tokens.append(token)
    lexiconClasses.append(wordClasses)
    morphology.append(forms.morphology)
  }

  /// Whether the word of `range` is an elided function word (« l' », « qu’ »).
  private func isElision(after range: Range<Int>, forms: FrenchNormaliser.WordForms) -> Bool {
    let next = range.upperBound
    return next + 1 < classes.count && classes[next] == .apostrophe
      && classes[next + 1].isLetter && forms.classes.contains(.elision)
  }

  /// The word token of `range`, and the lexicon classes of its folded form.
  private func word(
    _ range: Range<Int>, surface: String, forms: FrenchNormaliser.WordForms
  ) -> (Token, LexiconClasses) {
    let isCapitalised = classes[range.lowerBound] == .capitalLetter
    // An elided function word: « l' », « d’ », « qu' », followed by a letter.
    let next = range.upperBound
    if next + 1 < classes.count, classes[next] == .apostrophe, classes[next + 1].isLetter,
      forms.classes.contains(.elision)
    {
      let token = Token(
        kind: .elision, surface: surface, folded: forms.folded, stem: forms.folded, span: range,
        isCapitalised: isCapitalised)
      return (token, forms.classes)
    }
    let token = Token(
      kind: .word, surface: surface, folded: forms.folded, stem: forms.stem, span: range,
      isCapitalised: isCapitalised)
    return (token, forms.classes)
  }

  private func breakKind(at index: Int) -> Token.Kind? {
    let next: CharacterClass? = index + 1 < classes.count ? classes[index + 1] : nil
    switch classes[index] {
    case .lineEnd, .sentenceMark:
      return .sentenceBreak
    case .dot:
      // « Société.com », « 20.30 »: a dot inside a word is not a full stop.
      if let next, next.isLetter || next == .digit { return nil }
      // « resp. qualité », « l’assistante co. qui saisit »: the dot of an abbreviation,
      // when the text goes on in lower case.
      if isAbbreviationDot(at: index) { return nil }
      return .sentenceBreak
    case .comma, .clauseMark:
      return .clauseBreak
    case .hyphen, .dash:
      if next == .greaterThan { return .clauseBreak }
      // A dash between spaces is a parenthetical break; a hyphen joins words.
      let spacedBefore = index > 0 ? classes[index - 1].isWhitespace : true
      let spacedAfter = next.map(\.isWhitespace) ?? true
      return spacedBefore && spacedAfter ? .clauseBreak : nil
    default:
      return nil
    }
  }

  /// Whether the dot at `index` ends an abbreviation of notes written right before it, the
  /// text going on after a space with a lower-case letter or a digit.
  private func isAbbreviationDot(at index: Int) -> Bool {
    guard lastWordIsAbbreviation, index > 0, classes[index - 1].isLetter,
      index + 2 < classes.count, classes[index + 1] == .space
    else { return false }
    let after = classes[index + 2]
    return after == .letter || after == .digit
  }

  private mutating func appendBreak(_ kind: Token.Kind, at index: Int) {
    // Consecutive breaks collapse into the strongest one.
    if let last = tokens.last, last.isBreak {
      if kind == .sentenceBreak, last.kind == .clauseBreak {
        tokens[tokens.count - 1].kind = .sentenceBreak
      }
      return
    }
    if tokens.isEmpty { return }
    let surface = string(index..<(index + 1))
    tokens.append(
      Token(
        kind: kind, surface: surface, folded: surface, stem: "", span: index..<(index + 1),
        isCapitalised: false))
    lexiconClasses.append(FrenchLexicon.classes(of: surface))
    morphology.append([])
  }
}
