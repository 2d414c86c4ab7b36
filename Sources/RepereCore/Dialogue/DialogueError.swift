/// The errors of loading a dialogue, with a readable French description.
public enum DialogueError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file is not a valid dialogue: every problem found, in file order.
  case invalid(file: String, diagnostics: [DialogueDiagnostic])

  public var description: String {
    switch self {
    case .invalid(let file, let diagnostics):
      let count = diagnostics.count
      let header =
        count == 1
        ? "\(file) n’est pas un guide de repérage valide (1 problème) :"
        : "\(file) n’est pas un guide de repérage valide (\(count) problèmes) :"
      return
        ([SafeDisplay.escaped(header)] + DialogueDiagnostic.printedLines(diagnostics, file: file))
        .joined(separator: "\n")
    }
  }

  /// The problems found, in file order.
  public var diagnostics: [DialogueDiagnostic] {
    switch self {
    case .invalid(_, let diagnostics): diagnostics
    }
  }
}
