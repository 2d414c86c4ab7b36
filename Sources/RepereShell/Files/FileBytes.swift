#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads whole files, reporting the system's own `errno` when it fails.
public enum FileBytes {
  /// Why a file could not be read: the `errno` of the call that failed.
  public struct Failure: Error, Sendable, Equatable {
    public var errno: Int32
  }

  /// Reads the whole file at `path`.
  ///
  /// - Returns: The file's bytes.
  /// - Throws: ``Failure`` with `ENOENT`, `EACCES`, `EISDIR` (a directory)… as the system
  ///   reported it.
  public static func contents(atPath path: String) throws(Failure) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw Failure(errno: errno) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw Failure(errno: errno) }
    if (status.st_mode & S_IFMT) == S_IFDIR { throw Failure(errno: EISDIR) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(status.st_size))
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count == 0 { return bytes }
      if count < 0 {
        if errno == EINTR { continue }
        throw Failure(errno: errno)
      }
      bytes += buffer[0..<count]
    }
  }
}
