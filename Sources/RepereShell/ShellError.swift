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

  public var description: String {
    switch self {
    case .system(let call, let code):
      return "Erreur système (\(call)) : \(String(cString: strerror(code)))."
    case .file(let path, let action, let code):
      return "Impossible \(action) « \(path) » : \(String(cString: strerror(code)))."
    case .unusableTranscript(let path, let reason):
      return "Transcription « \(path) » inutilisable : \(reason)"
    }
  }
}
