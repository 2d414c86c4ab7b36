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
  /// The directory entry of a new file is not on the disk yet: the next ``sync()`` syncs it.
  private var directoryEntryPending = false

  private init(path: String, descriptor: Int32) {
    self.path = path
    self.descriptor = descriptor
  }

  deinit { close(descriptor) }

  /// Creates a new file; fails if it exists. The file is locked (see ``lock()``).
  ///
  /// The mode is set to `0600` explicitly after creation, whatever the umask.
  /// - Parameter deferDirectorySync: Sync the new directory entry with the first ``sync()``
  ///   rather than now (nothing is in the file yet that a power cut could lose).
  /// - Throws: ``ShellError/file(path:action:errno:)``; `EEXIST` if the file exists
  ///   (``ShellError/symbolicLink(path:)`` when a symbolic link is there).
  public static func create(at path: String, deferDirectorySync: Bool = false)
    throws(ShellError) -> JournalFile
  {
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      let code = errno
      if code == EEXIST, isSymbolicLink(path) { throw .symbolicLink(path: path) }
      throw .file(path: path, action: "de créer la transcription", errno: code)
    }
    let file = JournalFile(path: path, descriptor: descriptor)
    try file.lock()
    guard fchmod(descriptor, 0o600) == 0 else {
      throw .file(path: path, action: "de protéger la transcription", errno: errno)
    }
    // The new directory entry must survive a power cut too.
    if deferDirectorySync {
      file.directoryEntryPending = true
    } else {
      syncDirectory(of: path)
    }
    return file
  }

  /// Opens an existing transcript to resume it: never through a symbolic link, only a
  /// regular file, locked (see ``lock()``) before anything is read.
  /// - Throws: ``ShellError``: a symbolic link, not a regular file, locked by another
  ///   process, or a file error.
  public static func openForResuming(at path: String) throws(ShellError) -> JournalFile {
    // O_NONBLOCK: a FIFO must not block the open; it is refused just below.
    let descriptor = open(path, O_RDWR | O_APPEND | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      let code = errno
      if code == ELOOP || isSymbolicLink(path) { throw .symbolicLink(path: path) }
      throw .file(path: path, action: "d’ouvrir la transcription", errno: code)
    }
    let file = JournalFile(path: path, descriptor: descriptor)
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw .file(path: path, action: "d’examiner la transcription", errno: errno)
    }
    guard status.st_mode & S_IFMT == S_IFREG else {
      throw .notRegularFile(path: path)
    }
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    try file.lock()
    file.originalMode = status.st_mode & 0o777
    return file
  }

  /// The permission bits the file had when opened for resuming.
  public private(set) var originalMode: mode_t = 0o600

  /// Gives the file mode `0600`.
  /// - Returns: whether the mode was another one and changed.
  @discardableResult
  public func makePrivate() -> Bool {
    guard originalMode != 0o600 else { return false }
    return fchmod(descriptor, 0o600) == 0
  }

  /// The whole file's bytes, read through the open descriptor (under the lock).
  /// - Throws: ``ShellError/file(path:action:errno:)``.
  public func readAll() throws(ShellError) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = pread(descriptor, &chunk, chunk.count, off_t(bytes.count))
      if count < 0 {
        if errno == EINTR { continue }
        throw .file(path: path, action: "de lire la transcription", errno: errno)
      }
      if count == 0 { return bytes }
      bytes += chunk[..<count]
    }
  }

  /// Takes an exclusive lock on the file for as long as it stays open (`flock`), so that
  /// two processes never append to one transcript.
  /// - Throws: ``ShellError/transcriptLocked(path:holder:)`` at once when another process
  ///   holds it.
  func lock() throws(ShellError) {
    while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      if errno == EINTR { continue }
      if errno == EWOULDBLOCK {
        throw .transcriptLocked(path: path, holder: LockHolder.find(descriptor: descriptor))
      }
      throw .file(path: path, action: "de verrouiller la transcription", errno: errno)
    }
  }

  private static func isSymbolicLink(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
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
    if directoryEntryPending {
      directoryEntryPending = false
      JournalFile.syncDirectory(of: path)
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
