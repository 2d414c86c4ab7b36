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
///
/// Speed: the text is read once as UTF-8, each `Character` classified once (ASCII and
/// common accented letters and punctuation by table), and tokens are made by
/// ``TokenReader``; each word's folded form, stem and lexicon classes are memoised by
/// surface in a bounded cache, so libstemmer runs once per distinct word.
public struct FrenchNormaliser: Sendable {
  private let stemmer: FrenchStemmer
  private let morphology: FrenchMorphology?
  private let cache = BoundedCache<String, WordForms>()

  /// Creates a normaliser that stems with `stemmer` and, when given, analyses each word form
  /// with `morphology` (mood, tense, person, lemma, part of speech).
  package init(stemmer: FrenchStemmer, morphology: FrenchMorphology? = nil) {
    self.stemmer = stemmer
    self.morphology = morphology
  }

  /// The tokens of `text`, in order, with their spans in `text`'s `Character`s.
  public func tokens(in text: String) -> [Token] {
    analyse(text).tokens
  }

  /// The forms of one word.
  struct WordForms: Sendable {
    /// Lower case, diacritics removed.
    var folded: String
    /// The folded Snowball stem (the folded form for words of one or two letters).
    var stem: String
    /// The lexicon lists the folded form belongs to.
    var classes: LexiconClasses
    /// What the dictionary says of the word (``WordMorphology/unknown`` without one).
    var morphology: WordMorphology.Tags = []
    /// The index in ``ShorthandLexicon/all`` of the words an abbreviation stands for
    /// (« MAJ » → mise, à, jour), or -1: an index keeps the memoised forms free of
    /// reference counting.
    var expansion: Int32 = -1
  }

  /// A text with its tokens, and a way to slice it by `Character` offsets.
  struct Analysis {
    /// The text in NFC (same `Character`s as the original).
    var text: String
    /// Where each `Character` starts, as a UTF-8 offset in `text`, then the end offset.
    var starts: [Int]
    var tokens: [Token]
    /// The lexicon classes of each token's folded form.
    var classes: [LexiconClasses]
    /// What the dictionary says of each token's word form.
    var morphology: [WordMorphology.Tags]

    /// The characters covered by tokens `first...last`, as `Character` offsets; a last
    /// elided word (« qu' », « l’ ») keeps its apostrophe, so that « parce qu' » is quoted
    /// whole.
    func span(of range: ClosedRange<Int>) -> Range<Int> {
      let last = tokens[range.upperBound]
      let end = last.kind == .elision ? last.span.upperBound + 1 : last.span.upperBound
      return tokens[range.lowerBound].span.lowerBound..<min(end, starts.count - 1)
    }

    /// The characters at `span` (offsets in `Character`s).
    func slice(_ span: Range<Int>) -> String {
      let utf8 = text.utf8
      let from = utf8.index(utf8.startIndex, offsetBy: starts[span.lowerBound])
      let to = utf8.index(utf8.startIndex, offsetBy: starts[span.upperBound])
      return String(text[from..<to])
    }
  }

  /// The tokens of `text` and what is needed to quote it.
  ///
  /// The text is read once, as UTF-8: each `Character` gets its start offset and its
  /// ``CharacterClass``; a run of ASCII characters takes a fast path (one byte, one
  /// character), any other character is measured and classified as a `Character`.
  func analyse(_ text: String) -> Analysis {
    // Canonical composition keeps the number of grapheme clusters, so offsets computed on
    // the composed text are offsets in the original one.
    var composed = Self.hasCombiningMark(text) ? text.precomposedStringWithCanonicalMapping : text
    composed.makeContiguousUTF8()
    let text = composed
    return composed.withUTF8 { bytes in
      let (starts, classes) = Self.characters(of: text, bytes: bytes)
      var reader = TokenReader(
        normaliser: self, bytes: bytes, starts: starts, classes: classes)
      reader.read()
      return Analysis(
        text: text, starts: starts, tokens: reader.tokens, classes: reader.lexiconClasses,
        morphology: reader.morphology)
    }
  }

  /// Whether the UTF-8 of `text` holds a combining diacritical mark (U+0300–U+036F, lead
  /// byte 0xCC, or 0xCD followed by a byte under 0xB0).
  static func hasCombiningMark(_ text: String) -> Bool {
    var previous: UInt8 = 0
    for byte in text.utf8 {
      if previous == 0xCC || (previous == 0xCD && byte < 0xB0) { return true }
      previous = byte
    }
    return false
  }

  /// The UTF-8 start offset of each `Character` of `text` (then the end offset) and the
  /// class of each.
  private static func characters(
    of text: String, bytes: UnsafeBufferPointer<UInt8>
  ) -> (starts: [Int], classes: [CharacterClass]) {
    var starts: [Int] = []
    var classes: [CharacterClass] = []
    starts.reserveCapacity(bytes.count + 1)
    classes.reserveCapacity(bytes.count)
    let count = bytes.count
    var offset = 0
    while offset < count {
      let byte = bytes[offset]
      // Two ASCII bytes are always two characters, except CR LF.
      if byte < 0x80,
        offset + 1 == count
          || (bytes[offset + 1] < 0x80 && !(byte == 0x0D && bytes[offset + 1] == 0x0A))
      {
        starts.append(offset)
        classes.append(CharacterClass.ascii[Int(byte)])
        offset += 1
        continue
      }
      if let (length, kind) = singleScalarCharacter(bytes, at: offset) {
        starts.append(offset)
        classes.append(kind)
        offset += length
        continue
      }
      let utf8 = text.utf8
      let start = utf8.index(utf8.startIndex, offsetBy: offset)
      let end = text.index(after: start)
      starts.append(offset)
      classes.append(CharacterClass.of(text[start]))
      offset = utf8.distance(from: utf8.startIndex, to: end)
    }
    starts.append(count)
    return (starts, classes)
  }

  /// The length and class of a common non-ASCII character that ends where an ASCII byte
  /// (or the text) starts: a scalar of U+0080–U+05FF or U+2000–U+207F, none of which
  /// joins the following character into its grapheme cluster (no prepended mark, no CR),
  /// while no ASCII character joins the one before it.
  private static func singleScalarCharacter(
    _ bytes: UnsafeBufferPointer<UInt8>, at offset: Int
  ) -> (length: Int, kind: CharacterClass)? {
    let lead = bytes[offset]
    if lead >= 0xC2 && lead <= 0xD7, offset + 2 <= bytes.count,
      offset + 2 == bytes.count || bytes[offset + 2] < 0x80
    {
      let scalar = (Int(lead & 0x1F) << 6) | Int(bytes[offset + 1] & 0x3F)
      return (2, CharacterClass.twoByte[scalar - 0x80])
    }
    if lead == 0xE2, offset + 3 <= bytes.count,
      bytes[offset + 1] == 0x80 || bytes[offset + 1] == 0x81,
      offset + 3 == bytes.count || bytes[offset + 3] < 0x80
    {
      let scalar = 0x2000 | (Int(bytes[offset + 1] & 0x3F) << 6) | Int(bytes[offset + 2] & 0x3F)
      return (3, CharacterClass.punctuation[scalar - 0x2000])
    }
    return nil
  }

  /// The lower-case and folded forms of a word and its folded stem, memoised by surface.
  func forms(of surface: String, isASCII: Bool) -> WordForms {
    cache.value(for: surface) { surface in
      let lower = isASCII ? Self.asciiLowercased(surface) : surface.lowercased()
      let folded = isASCII ? lower : TextFolding.stripDiacritics(lower)
      let stem = folded.utf8.count <= 2 ? folded : TextFolding.stripDiacritics(stemmer.stem(lower))
      return WordForms(
        folded: folded, stem: stem, classes: FrenchLexicon.classes(of: folded),
        morphology: morphology?.morphology(of: lower).tags ?? [],
        expansion: ShorthandLexicon.indexByAbbreviation[folded] ?? -1)
    }
  }

  /// Lower case of an ASCII string, byte by byte.
  static func asciiLowercased(_ string: String) -> String {
    String(
      decoding: string.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
  }
}
