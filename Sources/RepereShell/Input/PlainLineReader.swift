#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads lines from a file descriptor that is not a terminal (a pipe, a file).
///
/// The bytes read are cut into lines by a ``LineFramer`` (`\n` or `\r\n`, the last line may
/// lack it, a line longer than ``maximumLineBytes`` keeps its beginning only) and decoded
/// as UTF-8 with invalid sequences replaced. SIGTERM, SIGHUP and SIGINT stop the wait.
public final class PlainLineReader {
  private let descriptor: Int32
  private let signals: SignalMonitor?
  /// The longest line kept, in bytes; the rest of a longer line is counted and dropped.
  public var maximumLineBytes: Int { framer.maximumLineBytes }
  /// Whether a line longer than ``maximumLineBytes`` is returned as soon as it is known
  /// to be too long (its beginning, with a non-zero `truncatedBytes`), and the reading
  /// ends there: a reader that refuses such lines never reads `/dev/zero` forever.
  public let stopsAtLongLine: Bool
  private var framer: LineFramer
  private var atEnd = false

  /// A reader of `descriptor` (standard input by default).
  public init(
    descriptor: Int32 = 0, signals: SignalMonitor?, maximumLineBytes: Int = 1 << 20,
    stopsAtLongLine: Bool = false
  ) {
    self.descriptor = descriptor
    self.signals = signals
    self.stopsAtLongLine = stopsAtLongLine
    self.framer = LineFramer(maximumLineBytes: maximumLineBytes)
  }

  /// Reads the next line.
  public func readLine() -> LineResult {
    // Checked before every line, not only before a read that would wait: thousands of
    // buffered lines must not delay a SIGTERM.
    if let signals, let signal = signals.takeStopSignal() { return .stopped(signal) }
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      if let line = framer.nextLine() { return decoded(line) }
      if atEnd { return framer.finish().map(decoded) ?? .endOfFile }
      if stopsAtLongLine, framer.pendingLineIsTooLong {
        // No complete line is left (taken above): the long one ends the reading.
        atEnd = true
        return framer.finish().map(decoded) ?? .endOfFile
      }
      if let signals, case .signal(let signal) = signals.wait(for: descriptor),
        signal != .windowChange
      {
        return .stopped(signal)
      }
      let count = read(descriptor, &chunk, chunk.count)
      if count < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        atEnd = true
      } else if count == 0 {
        atEnd = true
      } else {
        framer.append(chunk[..<count])
      }
    }
  }

  private func decoded(_ line: LineFramer.Line) -> LineResult {
    let (text, repaired) = LineResult.decode(line.bytes)
    return .line(text, repairedEncoding: repaired, truncatedBytes: line.droppedBytes)
  }
}
