/// What one `Character` of an answer is, as far as tokenising is concerned.
///
/// The normaliser classifies each character once, then works on these small values instead
/// of comparing `Character`s again and again. ASCII characters are classified by a table
/// built from ``of(_:)`` itself, so the fast path and the general path always agree.
enum CharacterClass: UInt8, Sendable {
  /// A lower-case or uncased letter (`Character.isLetter`).
  case letter
  /// An upper-case letter (ASCII `A`–`Z`, or `Character.isUppercase`).
  case capitalLetter
  /// An ASCII digit.
  case digit
  /// An ASCII or typographic apostrophe (' ’ ʼ ‘ ` ´).
  case apostrophe
  /// The space character, never a break.
  case space
  /// Other white space that is not a line end (tab, no-break space…).
  case whitespace
  /// A line end (`\n`, `\r`, `\r\n`): a sentence break, and white space.
  case lineEnd
  /// « ! », « ? », « … », « • »: a sentence break.
  case sentenceMark
  /// « . »: a full stop, unless a letter or digit follows.
  case dot
  /// « , »: a clause break, or a decimal separator between digits.
  case comma
  /// « : », « ; », parentheses, brackets, arrows, « = »: a clause break.
  case clauseMark
  /// « - »: a hyphen, a dash between spaces, or the start of an arrow « -> ».
  case hyphen
  /// « – », « — »: a dash between spaces, or a hyphen.
  case dash
  /// « > ».
  case greaterThan
  /// Anything else (quotes, symbols, emoji…).
  case other

  /// The class of any character.
  static func of(_ character: Character) -> CharacterClass {
    if let ascii = character.asciiValue, character != "\r\n" {
      if ascii >= 65 && ascii <= 90 { return .capitalLetter }
      if ascii >= 97 && ascii <= 122 { return .letter }
      if ascii >= 48 && ascii <= 57 { return .digit }
    } else if character.isLetter {
      return character.isUppercase ? .capitalLetter : .letter
    }
    switch character {
    case "'", "’", "ʼ", "‘", "`", "´": return .apostrophe
    case " ": return .space
    case "\n", "\r", "\r\n": return .lineEnd
    case "!", "?", "…", "•": return .sentenceMark
    case ".": return .dot
    case ",": return .comma
    case ":", ";", "(", ")", "[", "]", "→", "⇒", "=": return .clauseMark
    case "-": return .hyphen
    case "–", "—": return .dash
    case ">": return .greaterThan
    default: return character.isWhitespace ? .whitespace : .other
    }
  }

  /// The class of each ASCII byte as a one-byte character.
  static let ascii: [CharacterClass] = (0..<128).map {
    of(Character(Unicode.Scalar(UInt8($0))))
  }

  /// The class of each scalar of U+0080–U+05FF (Latin-1, Latin Extended, Greek, Cyrillic…)
  /// as a character of its own, by scalar value minus 0x80.
  static let twoByte: [CharacterClass] = (0x80..<0x600).map {
    of(Character(Unicode.Scalar(UInt32($0))!))
  }

  /// The class of each scalar of U+2000–U+207F (general punctuation: ’ … • – —) as a
  /// character of its own, by scalar value minus 0x2000.
  static let punctuation: [CharacterClass] = (0x2000..<0x2080).map {
    of(Character(Unicode.Scalar(UInt32($0))!))
  }

  /// Whether the character is a letter.
  var isLetter: Bool { self == .letter || self == .capitalLetter }

  /// Whether the character is white space (`Character.isWhitespace`).
  var isWhitespace: Bool { self == .space || self == .whitespace || self == .lineEnd }
}
