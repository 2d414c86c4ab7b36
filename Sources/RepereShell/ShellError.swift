#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What can go wrong in the shells: files, terminals, transcripts.
public enum ShellError: Error, Equatable, CustomStringConvertible {
  /// A system call failed: the call and `errno`.
  case system(String, Int32)
  /// A file could not be opened, written or read: the path, what was done, `errno`.
  case file(path: String, action: String, errno: Int32)
  /// The transcript to resume cannot be used: the path and why.
  case unusableTranscript(path: String, reason: String)
  /// The transcript to resume holds a finished interview: nothing to resume.
  case interviewFinished(path: String)

  public var description: String {
    switch self {
    case .system(let call, let code):
      return "Erreur système (\(call)) : \(String(cString: strerror(code)))."
    case .file(let path, let action, let code):
      return "Impossible \(action) « \(path) » : \(Self.explain(code))."
    case .unusableTranscript(let path, let reason):
      return "Transcription « \(path) » inutilisable : \(reason)"
    case .interviewFinished(let path):
      return "L’entretien enregistré dans « \(path) » est terminé : il n’y a rien à reprendre.\n"
        + "Son bilan est le dernier affiché de la session ; la transcription le garde "
        + "(événement « recap »). Pour un nouvel entretien : repere entretien."
    }
  }

  /// The usual file errors in French, with what to do; others as the system says them.
  private static func explain(_ code: Int32) -> String {
    switch code {
    case EEXIST:
      "le fichier existe déjà (pour continuer la session qu’il contient : --reprendre)"
    case ENOENT: "fichier ou dossier introuvable"
    case EACCES, EPERM: "permission refusée"
    case ENOSPC: "plus de place sur le disque"
    case EROFS: "système de fichiers en lecture seule"
    case EISDIR: "c’est un dossier"
    default: String(cString: strerror(code))
    }
  }
}
