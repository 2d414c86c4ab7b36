import RepereCore

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
  /// Another process has the transcript open (and locked).
  case transcriptLocked(path: String, holder: LockHolder?)
  /// The path is a symbolic link, which a transcript is never written through.
  case symbolicLink(path: String)
  /// The path is a device, a FIFO or a socket, not a regular file.
  case notRegularFile(path: String)
  /// A document would replace an existing file without `--ecraser`.
  case outputExists(path: String)
  /// A signing key (private or public) cannot be used: the path and why.
  case signingKey(path: String, reason: String)

  public var description: String {
    // Paths come from the user: shown safely (see `SafeDisplay`).
    SafeDisplay.escaped(unescapedDescription, keepingNewlines: true)
  }

  private var unescapedDescription: String {
    switch self {
    case .system(let call, let code):
      return "Erreur système (\(call)) : \(String(cString: strerror(code)))."
    case .file(let path, let action, let code):
      return "Impossible \(action) « \(path) » : \(Self.explain(code))."
    case .unusableTranscript(let path, let reason):
      return "Transcription « \(path) » inutilisable : \(reason)"
    case .transcriptLocked(let path, let holder):
      let who =
        holder.map { "le processus \($0.pid)" + ($0.command.map { " (\($0))" } ?? "") }
        ?? "un autre processus"
      return "La transcription « \(path) » est déjà ouverte par \(who) : une seule session "
        + "à la fois peut l’écrire. Terminez l’autre session, puis reprenez celle-ci."
    case .symbolicLink(let path):
      return "« \(path) » est un lien symbolique : la transcription n’est jamais écrite à "
        + "travers un lien ; donnez le chemin du fichier lui-même, ou un autre nom."
    case .notRegularFile(let path):
      return "« \(path) » n’est pas un fichier ordinaire (périphérique, tube ou socket) : "
        + "donnez le chemin d’une transcription .jsonl."
    case .outputExists(let path):
      return "Le fichier « \(path) » existe déjà : il n’est pas remplacé (pour le remplacer : "
        + "--ecraser)."
    case .signingKey(let path, let reason):
      return "Clé « \(path) » inutilisable : \(reason)."
    case .interviewFinished(let path):
      return "L’entretien enregistré dans « \(path) » est terminé : il n’y a rien à reprendre.\n"
        + "Son bilan : repere bilan \(SessionNotice.shellQuoted(path)) (--format markdown, html ou json pour "
        + "l’imprimer ou l’archiver). Pour un nouvel entretien : repere entretien."
    }
  }

  /// The French reason for an `errno`, as the messages of file errors give it.
  public static func frenchReason(_ code: Int32) -> String { explain(code) }

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
