import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An append-only file on disk, private to its owner (mode `0600`), synced on demand.
///
/// Opened with `O_APPEND`, so every write lands at the end even if something else
/// appended; ``sync()`` returns only once the bytes are on the disk (`fsync`).
public final class JournalFile {
  /// The path of the file (changes with ``move(to:)``).
  public private(set) var path: String
  private let descriptor: Int32

  private init(path: String, descriptor: Int32) {
    self.path = path
    self.descriptor = descriptor
  }

  deinit { close(descriptor) }

  /// Creates a new file; fails if it exists.
  ///
  /// The mode is set to `0600` explicitly after creation, whatever the umask.
  /// - Throws: ``ShellError/file(path:action:errno:)``; `EEXIST` if the file exists.
  public static func create(at path: String) throws(ShellError) -> JournalFile {
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw .file(path: path, action: "de créer la transcription", errno: errno)
    }
    let file = JournalFile(path: path, descriptor: descriptor)
    guard fchmod(descriptor, 0o600) == 0 else {
      throw .file(path: path, action: "de protéger la transcription", errno: errno)
    }
    // The new directory entry must survive a power cut too.
    syncDirectory(of: path)
    return file
  }

  /// Opens an existing file for appending, and makes it private (`0600`).
  /// - Throws: ``ShellError/file(path:action:errno:)``.
  public static func openForAppending(at path: String) throws(ShellError) -> JournalFile {
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw .file(path: path, action: "d’ouvrir la transcription", errno: errno)
    }
    let file = JournalFile(path: path, descriptor: descriptor)
    _ = fchmod(descriptor, 0o600)
    return file
  }

  /// Appends the bytes, retrying partial writes and interruptions.
  /// - Throws: ``ShellError/file(path:action:errno:)``.
  public func append(_ bytes: [UInt8]) throws(ShellError) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer in
        write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw .file(path: path, action: "d’écrire dans la transcription", errno: errno)
      }
      offset += written
    }
  }

  /// Waits until everything written is on the disk.
  /// - Throws: ``ShellError/file(path:action:errno:)``.
  public func sync() throws(ShellError) {
    while fsync(descriptor) != 0 {
      if errno == EINTR { continue }
      throw .file(path: path, action: "d’enregistrer sur le disque la transcription", errno: errno)
    }
  }

  /// Cuts the file to `length` bytes (drops a torn last line), and syncs.
  /// - Throws: ``ShellError/file(path:action:errno:)``.
  public func truncate(to length: Int) throws(ShellError) {
    guard ftruncate(descriptor, off_t(length)) == 0 else {
      throw .file(path: path, action: "de tronquer la transcription", errno: errno)
    }
    try sync()
  }

  /// Gives the file a new name, never replacing an existing file.
  ///
  /// - Returns: false when `newPath` exists or the file cannot be linked there.
  public func move(to newPath: String) -> Bool {
    guard link(path, newPath) == 0 else { return false }
    unlink(path)
    path = newPath
    JournalFile.syncDirectory(of: newPath)
    return true
  }

  /// Removes the file's name from its directory (the open descriptor stays usable).
  /// - Returns: false when the name could not be removed.
  @discardableResult
  public func remove() -> Bool {
    guard unlink(path) == 0 else { return false }
    JournalFile.syncDirectory(of: path)
    return true
  }

  private static func syncDirectory(of path: String) {
    let directory = (path as NSString).deletingLastPathComponent
    let descriptor = open(directory.isEmpty ? "." : directory, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    close(descriptor)
  }
}
