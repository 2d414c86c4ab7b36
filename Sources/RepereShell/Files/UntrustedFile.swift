#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file that may come from anywhere (a transcript sent by another machine, a key):
/// only a regular file, never blocking on a FIFO or a device, at most a size cap.
public enum UntrustedFile {
  /// The largest file read: far beyond any session's transcript.
  public static let maximumBytes = 256 << 20

  /// The file's bytes.
  /// - Throws: ``ShellError/notRegularFile(path:)`` for a FIFO, a device or a socket;
  ///   ``ShellError/file(path:action:errno:)`` otherwise (`EISDIR` for a directory,
  ///   `EFBIG` beyond ``maximumBytes``).
  public static func contents(atPath path: String, what: String) throws(ShellError) -> [UInt8] {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below.
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw .file(path: path, action: "de lire \(what)", errno: errno)
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw .file(path: path, action: "de lire \(what)", errno: errno)
    }
    switch status.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw .file(path: path, action: "de lire \(what)", errno: EISDIR)
    default: throw .notRegularFile(path: path)
    }
    guard Int(status.st_size) <= maximumBytes else {
      throw .file(path: path, action: "de lire \(what)", errno: EFBIG)
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(status.st_size))
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while bytes.count <= maximumBytes {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count == 0 { return bytes }
      if count < 0 {
        if errno == EINTR { continue }
        throw .file(path: path, action: "de lire \(what)", errno: errno)
      }
      bytes += buffer[0..<count]
    }
    throw .file(path: path, action: "de lire \(what)", errno: EFBIG)
  }
}
