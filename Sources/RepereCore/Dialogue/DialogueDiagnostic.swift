/// A position in a dialogue file: line and column, both counted from 1.
public struct SourcePosition: Sendable, Hashable, Comparable {
  /// Line number, from 1.
  public var line: Int
  /// Column number, from 1, counted in Unicode scalars.
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}

/// One problem found in a dialogue file, at a position, explained in French.
public struct DialogueDiagnostic: Sendable, Hashable, CustomStringConvertible {
  /// Line of the problem, from 1.
  public var line: Int
  /// Column of the problem, from 1.
  public var column: Int
  /// What is wrong and, when possible, how to fix it, in French.
  public var message: String

  public init(line: Int, column: Int, message: String) {
    self.line = line
    self.column = column
    self.message = message
  }

  init(at position: SourcePosition, _ message: String) {
    self.init(line: position.line, column: position.column, message: message)
  }

  /// Where the problem is.
  public var position: SourcePosition { SourcePosition(line: line, column: column) }

  /// The diagnostic in the usual compiler form `FILE:LINE:COL: message`.
  ///
  /// - Parameter file: The file name to show, as the user knows it.
  /// - Returns: One line, without a trailing newline.
  public func formatted(file: String) -> String {
    // The message quotes the file's text: shown safely (see `SafeDisplay`).
    SafeDisplay.escaped("\(file):\(line):\(column): \(message)")
  }

  /// The most problems printed for one file; the rest are counted.
  public static let printedLimit = 50

  /// The lines to print for a file's problems: the first ``printedLimit``, then how many
  /// more were found.
  public static func printedLines(_ diagnostics: [DialogueDiagnostic], file: String) -> [String] {
    var lines = diagnostics.prefix(printedLimit).map { $0.formatted(file: file) }
    let rest = diagnostics.count - printedLimit
    if rest > 0 {
      lines.append(
        "\(SafeDisplay.escaped(file)) : … et \(rest) autre\(rest > 1 ? "s" : "") problème"
          + "\(rest > 1 ? "s" : "") non affiché\(rest > 1 ? "s" : "")")
    }
    return lines
  }

  public var description: String { "\(line):\(column): \(message)" }
}
