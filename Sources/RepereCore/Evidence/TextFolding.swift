/// Case and diacritic folding for French text: « Œuvre Vérifiée » → `oeuvre verifiee`.
enum TextFolding {
  /// Lower-cases `text` and removes its diacritics (combining marks, accented Latin
  /// letters, ligatures œ and æ).
  static func fold(_ text: some StringProtocol) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.lowercased().unicodeScalars {
      appendFolded(scalar, to: &result)
    }
    return String(result)
  }

  /// Removes diacritics from already lower-case text.
  static func stripDiacritics(_ text: some StringProtocol) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      appendFolded(scalar, to: &result)
    }
    return String(result)
  }

  /// Whether `scalar` is a combining diacritical mark (U+0300–U+036F).
  static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
    (0x300...0x36F).contains(scalar.value)
  }

  private static func appendFolded(
    _ scalar: Unicode.Scalar, to result: inout String.UnicodeScalarView
  ) {
    if scalar.isASCII {
      result.append(scalar)
      return
    }
    if isCombiningMark(scalar) { return }
    switch scalar {
    case "à", "á", "â", "ã", "ä", "å": result.append("a")
    case "ç": result.append("c")
    case "è", "é", "ê", "ë": result.append("e")
    case "ì", "í", "î", "ï": result.append("i")
    case "ñ": result.append("n")
    case "ò", "ó", "ô", "õ", "ö", "ø": result.append("o")
    case "ù", "ú", "û", "ü": result.append("u")
    case "ý", "ÿ": result.append("y")
    case "œ":
      result.append("o")
      result.append("e")
    case "æ":
      result.append("a")
      result.append("e")
    case "ß":
      result.append("s")
      result.append("s")
    default: result.append(scalar)
    }
  }
}
