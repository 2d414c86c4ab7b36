#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes text straight to a file descriptor, unbuffered: what is written is out at once,
/// before the program waits for input or is killed.
public struct OutputWriter: Sendable {
  public let descriptor: Int32

  /// Standard output.
  public static let standardOutput = OutputWriter(descriptor: 1)
  /// Standard error.
  public static let standardError = OutputWriter(descriptor: 2)

  public init(descriptor: Int32) { self.descriptor = descriptor }

  /// Writes the text's UTF-8 bytes; a closed pipe (EPIPE) is ignored.
  ///
  /// After SIGTERM or SIGHUP, output never blocks: what a full pipe cannot take at once is
  /// dropped (the transcript on disk has it all), so the process stops promptly.
  public func write(_ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      if SignalMonitor.stopRequested {
        var fds = [pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)]
        guard poll(&fds, 1, 0) > 0, fds[0].revents & Int16(POLLOUT) != 0 else { return }
      }
      let count = bytes.withUnsafeMutableBytes { buffer in
        #if canImport(Glibc)
          Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        #else
          Darwin.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        #endif
      }
      if count < 0 {
        // Interrupted by a signal: try again; after a stop signal, the poll above drops
        // what a full pipe cannot take.
        if errno == EINTR { continue }
        return
      }
      offset += count
    }
    bytes.removeAll()
  }
}
