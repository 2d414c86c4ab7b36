import Foundation

/// Files of the repository the tests read, located from this source file.
enum RepositoryFiles {
  /// The package root: three levels above `Tests/RepereCoreTests/Support/`.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Support
    .deletingLastPathComponent()  // RepereCoreTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  /// The bundled guide as it is on disk, `Dialogues/technico-commercial-industries-chimiques.yaml`.
  static var bundledGuideYAML: String {
    get throws { try text("Dialogues/technico-commercial-industries-chimiques.yaml") }
  }

  /// The copy of the official guide, `Dialogues/sources/guide-reperage-technico-commercial.txt`.
  static var guideText: String {
    get throws { try text("Dialogues/sources/guide-reperage-technico-commercial.txt") }
  }

  /// The index of block ids and counts, `Dialogues/sources/INDEX.md`.
  static var index: String {
    get throws { try text("Dialogues/sources/INDEX.md") }
  }

  /// The text of a file given relative to the package root.
  static func text(_ relativePath: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
  }
}

/// Helpers to edit a YAML text line by line and find where things are.
enum YAMLText {
  /// The 1-based number of the first line containing `marker` (after line `after`).
  static func line(of marker: String, in text: String, after: Int = 0) -> Int? {
    let lines = text.components(separatedBy: "\n")
    for index in after..<lines.count where lines[index].contains(marker) {
      return index + 1
    }
    return nil
  }

  /// The 1-based column where `marker` starts on its first line.
  static func column(of marker: String, in text: String) -> Int? {
    for line in text.components(separatedBy: "\n") {
      if let range = line.range(of: marker) {
        return line.unicodeScalars.distance(
          from: line.unicodeScalars.startIndex,
          to: range.lowerBound.samePosition(in: line.unicodeScalars)!)
          + 1
      }
    }
    return nil
  }

  /// The text with line `number` (1-based) replaced; `nil` removes it.
  static func replacingLine(_ number: Int, with replacement: String?, in text: String) -> String {
    var lines = text.components(separatedBy: "\n")
    if let replacement {
      lines[number - 1] = replacement
    } else {
      lines.remove(at: number - 1)
    }
    return lines.joined(separator: "\n")
  }

  /// The line `number` (1-based) of the text.
  static func lineText(_ number: Int, in text: String) -> String {
    text.components(separatedBy: "\n")[number - 1]
  }
}
