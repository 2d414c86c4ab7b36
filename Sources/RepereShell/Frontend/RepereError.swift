import RepereCore

/// Everything that makes a command fail (exit status 1), with its French message.
///
/// A command prints ``description`` on standard error and exits with `failure`; messages
/// name the file and say how to fix the problem.
public enum RepereError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A guide file cannot be read (missing, a directory, not UTF-8…).
  case guideFile(DialogueFileError)
  /// A guide file is read but is not a valid guide: every problem, `FILE:LINE:COL: …`.
  case invalidGuide(DialogueError)
  /// Another file (cases…) cannot be read: the path, what for, `errno`.
  case file(path: String, action: String, errno: Int32)
  /// A transcript, a terminal, a system call: see ``ShellError``.
  case shell(ShellError)
  /// The evidence engine cannot be built.
  case evidence(EvidenceError)
  /// `repere bilan`: the transcript at `path` is refused (broken chain, other guide…).
  case recapRefused(path: String, TranscriptRecapError)
  /// `repere bilan --modele`: the HTML template at `path` is not a Mustache template.
  case recapTemplate(path: String, RecapHTMLRenderer.TemplateError)
  /// `repere relecture`: the file at `path` cannot be replayed, and why (French).
  case replayRefused(path: String, reason: String)
  /// `repere anonymiser`: the transcript at `path` is not anonymised, and why.
  case anonymisationRefused(path: String, reason: String)
  /// `repere cle afficher` with no key yet.
  case noSigningKey(path: String)
  /// `repere entretien --preparation`: the preparation file at `path` is refused.
  case preparationRefused(path: String, PreparedAnswers.Refusal)

  public var description: String {
    switch self {
    case .guideFile(let error): error.description
    case .invalidGuide(.invalid(let file, let diagnostics)):
      // One `FILE:LINE:COLUMN: message` line per problem, as editors read them (the first
      // `DialogueDiagnostic.printedLimit`, then how many more), then a total.
      (DialogueDiagnostic.printedLines(diagnostics, file: file)
        + [
          "\(SafeDisplay.escaped(file)) : \(diagnostics.count) problème"
            + "\(diagnostics.count > 1 ? "s" : "") ; fichier non valide"
        ]).joined(separator: "\n")
    case .file(let path, let action, let code):
      ShellError.file(path: path, action: action, errno: code).description
    case .shell(let error): error.description
    case .evidence(let error): error.description
    case .recapRefused(let path, let error):
      "Transcription « \(SafeDisplay.escaped(path)) » refusée : \(error)"
    case .recapTemplate(let path, let error): "Modèle « \(path) » : \(error)"
    case .replayRefused(let path, let reason):
      "Relecture de « \(SafeDisplay.escaped(path)) » impossible : \(SafeDisplay.escaped(reason))"
    case .anonymisationRefused(let path, let reason):
      "Transcription « \(SafeDisplay.escaped(path)) » non anonymisée : "
        + SafeDisplay.escaped(reason)
    case .noSigningKey(let path):
      "Aucune clé de signature (\(SafeDisplay.escaped(path))) : créez-en une avec "
        + "« repere cle creer »."
    case .preparationRefused(let path, let error):
      "Préparation « \(SafeDisplay.escaped(path)) » refusée : \(error)"
    }
  }
}
