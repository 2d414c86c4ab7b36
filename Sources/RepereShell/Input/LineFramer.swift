/// Cuts a byte stream into lines: pure, fed with whatever `read()` returned.
///
/// A line ends with `\n`; a `\r` just before it belongs to the line ending, even when the
/// two arrive in different reads. A line longer than ``maximumLineBytes`` keeps its
/// beginning and counts the rest, so memory stays bounded whatever comes in. At the end of
/// the input, bytes after the last `\n` are a last line, as they are.
struct LineFramer {
  /// One line: its bytes without the line ending, and how many bytes were dropped from it.
  struct Line: Equatable {
    var bytes: [UInt8]
    var droppedBytes: Int
  }

  /// The longest line kept, in bytes.
  let maximumLineBytes: Int
  /// The bytes of the line being received (at most one more than the limit: a `\r` that
  /// may turn out to be part of the line ending).
  private var pending: [UInt8] = []
  private var dropped = 0
  /// Whether the last byte received for the pending line is `\r`.
  private var endsWithCarriageReturn = false
  /// Complete lines not yet taken, from `head` on.
  private var complete: [Line] = []
  private var head = 0

  init(maximumLineBytes: Int) {
    self.maximumLineBytes = maximumLineBytes
  }

  /// Adds the bytes of one read.
  mutating func append(_ bytes: some BidirectionalCollection<UInt8>) {
    var rest = bytes[...]
    while let newline = rest.firstIndex(of: 0x0A) {
      keep(rest[..<newline])
      complete.append(finishLine(stripCarriageReturn: true))
      rest = rest[rest.index(after: newline)...]
    }
    keep(rest)
  }

  /// The next complete line, if one has arrived.
  mutating func nextLine() -> Line? {
    guard head < complete.count else { return nil }
    let line = complete[head]
    head += 1
    if head == complete.count {
      complete.removeAll(keepingCapacity: true)
      head = 0
    }
    return line
  }

  /// Whether the line being received is already longer than ``maximumLineBytes``.
  var pendingLineIsTooLong: Bool { dropped > 0 }

  /// At the end of the input: the bytes after the last line ending, if any.
  mutating func finish() -> Line? {
    guard !pending.isEmpty || dropped > 0 else { return nil }
    return finishLine(stripCarriageReturn: false)
  }

  private mutating func keep(_ bytes: some BidirectionalCollection<UInt8>) {
    guard let last = bytes.last else { return }
    let room = max(0, maximumLineBytes + 1 - pending.count)
    pending += bytes.prefix(room)
    dropped += max(0, bytes.count - room)
    endsWithCarriageReturn = last == 0x0D
  }

  private mutating func finishLine(stripCarriageReturn: Bool) -> Line {
    if stripCarriageReturn, endsWithCarriageReturn {
      // The `\r` is the line ending: either dropped already, or the last byte kept.
      if dropped > 0 { dropped -= 1 } else { pending.removeLast() }
    }
    if pending.count > maximumLineBytes {
      dropped += pending.count - maximumLineBytes
      pending.removeSubrange(maximumLineBytes...)
    }
    let line = Line(bytes: pending, droppedBytes: dropped)
    pending.removeAll(keepingCapacity: true)
    dropped = 0
    endsWithCarriageReturn = false
    return line
  }
}
