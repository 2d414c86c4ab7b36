import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a document holding personal data (a recap) to a file private to its owner.
///
/// The file is created with mode `0600` whatever the umask, written, synced, then given its
/// name: with `overwrite` false it is linked to the name (`link` fails on an existing file,
/// so nothing is ever replaced); with `overwrite` true it is renamed over the name (atomic:
/// the old file stays whole until the new one is complete).
public enum PrivateOutputFile {
  /// Writes `text` to `path`.
  /// - Throws: ``ShellError/outputExists(path:)`` when the file exists and `overwrite` is
  ///   false; ``ShellError/file(path:action:errno:)``.
  public static func save(_ text: String, to path: String, overwrite: Bool) throws(ShellError) {
    if !overwrite, access(path, F_OK) == 0 { throw .outputExists(path: path) }
    let directory = (path as NSString).deletingLastPathComponent
    let temporary =
      (directory.isEmpty ? "." : directory)
      + "/.repere-bilan-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw .file(path: path, action: "de créer le fichier du bilan", errno: errno)
    }
    defer { unlink(temporary) }
    let failure = writeAll(Array(text.utf8), to: descriptor)
    close(descriptor)
    if let (action, code) = failure { throw .file(path: path, action: action, errno: code) }
    let named = overwrite ? rename(temporary, path) : link(temporary, path)
    guard named == 0 else {
      if errno == EEXIST, !overwrite { throw .outputExists(path: path) }
      throw .file(path: path, action: "d’écrire le bilan dans", errno: errno)
    }
  }

  /// Makes the file private, writes the bytes and syncs; what failed and `errno`, or `nil`.
  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> (String, Int32)? {
    guard fchmod(descriptor, 0o600) == 0 else { return ("de protéger le fichier du bilan", errno) }
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer in
        write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        return ("d’écrire le bilan dans", errno)
      }
      offset += written
    }
    guard fsync(descriptor) == 0 else { return ("d’enregistrer le bilan dans", errno) }
    return nil
  }
}
