import Foundation

/// The normalisation under which every verbatim text of a dialogue must appear in the guide.
///
/// The rule of `Dialogues/README.md` (« Vérification du verbatim »): in the guide, HTML
/// tags and the characters « • » and « ☞ » become a space and `**` is removed; on both
/// sides, runs of white space become one space, trimmed at both ends.
enum GuideTextNormaliser {
  /// The guide's text as it is searched.
  static func guide(_ text: String) -> String {
    var text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
    text = text.replacingOccurrences(of: "**", with: "")
    text = text.replacingOccurrences(of: "•", with: " ").replacingOccurrences(of: "☞", with: " ")
    return whitespace(text)
  }

  /// Runs of white space to one space, trimmed.
  static func whitespace(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// The paragraphs of a text (split at blank lines), each normalised.
  static func paragraphs(_ text: String) -> [String] {
    text.components(separatedBy: "\n\n").map(whitespace).filter { !$0.isEmpty }
  }
}
