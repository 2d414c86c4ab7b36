#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads lines from a file descriptor that is not a terminal (a pipe, a file).
///
/// A line ends with `\n` (a `\r` before it is dropped); the last line may lack it. Bytes
/// are decoded as UTF-8 with invalid sequences replaced, and a line longer than
/// ``maximumLineBytes`` keeps its beginning only: memory stays bounded whatever comes in.
/// SIGTERM, SIGHUP and SIGINT stop the wait.
public final class PlainLineReader {
  private let descriptor: Int32
  private let signals: SignalMonitor?
  /// The longest line kept, in bytes; the rest of a longer line is counted and dropped.
  public let maximumLineBytes: Int
  /// Whether a line longer than ``maximumLineBytes`` is returned as soon as it is known
  /// to be too long (its beginning, with a non-zero `truncatedBytes`), rather than read
  /// to its end: a reader that refuses such lines never reads `/dev/zero` forever.
  public let stopsAtLongLine: Bool
  private var buffer: [UInt8] = []
  private var atEnd = false

  /// A reader of `descriptor` (standard input by default).
  public init(
    descriptor: Int32 = 0, signals: SignalMonitor?, maximumLineBytes: Int = 1 << 20,
    stopsAtLongLine: Bool = false
  ) {
    self.descriptor = descriptor
    self.signals = signals
    self.maximumLineBytes = maximumLineBytes
    self.stopsAtLongLine = stopsAtLongLine
  }

  /// Reads the next line.
  public func readLine() -> LineResult {
    // Checked before every line, not only before a read that would wait: thousands of
    // buffered lines must not delay a SIGTERM.
    if let signals, let signal = signals.takeStopSignal() { return .stopped(signal) }
    var dropped = 0
    var searchFrom = 0
    while true {
      if let newline = buffer[searchFrom...].firstIndex(of: 0x0A) {
        var line = Array(buffer[..<newline])
        buffer.removeSubrange(...newline)
        if line.last == 0x0D { line.removeLast() }
        return decoded(line, dropped: dropped)
      }
      if buffer.count > maximumLineBytes {
        // Keep the beginning; the end of the line is counted, not stored.
        dropped += buffer.count - maximumLineBytes
        buffer.removeSubrange(maximumLineBytes...)
      }
      if stopsAtLongLine, dropped > 0 {
        let line = buffer
        buffer.removeAll()
        atEnd = true
        return decoded(line, dropped: dropped)
      }
      searchFrom = buffer.count
      if atEnd {
        guard !buffer.isEmpty || dropped > 0 else { return .endOfFile }
        let line = buffer
        buffer.removeAll()
        return decoded(line, dropped: dropped)
      }
      if let signals, case .signal(let signal) = signals.wait(for: descriptor),
        signal != .windowChange
      {
        return .stopped(signal)
      }
      var chunk = [UInt8](repeating: 0, count: 65_536)
      let count = read(descriptor, &chunk, chunk.count)
      if count < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        atEnd = true
      } else if count == 0 {
        atEnd = true
      } else {
        if buffer.count + count > maximumLineBytes + 1, !chunk[..<count].contains(0x0A) {
          // Nothing to split in this chunk: count the overflow without storing it.
          let room = max(0, maximumLineBytes + 1 - buffer.count)
          buffer += chunk[..<room]
          dropped += count - room
        } else {
          buffer += chunk[..<count]
        }
      }
    }
  }

  private func decoded(_ bytes: [UInt8], dropped: Int) -> LineResult {
    var bytes = bytes
    var dropped = dropped
    if bytes.count > maximumLineBytes {
      dropped += bytes.count - maximumLineBytes
      bytes.removeSubrange(maximumLineBytes...)
    }
    let (text, repaired) = LineResult.decode(bytes)
    return .line(text, repairedEncoding: repaired, truncatedBytes: dropped)
  }
}
