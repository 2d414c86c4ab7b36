/// What one read of an input line ended with.
public enum LineResult: Sendable, Equatable {
  /// A line, without its newline. `repairedEncoding` is true when invalid UTF-8 bytes
  /// were replaced by U+FFFD; `truncatedBytes` counts the bytes dropped from an enormous line.
  case line(String, repairedEncoding: Bool = false, truncatedBytes: Int = 0)
  /// The input ended (Ctrl-D on an empty line, or the end of a pipe).
  case endOfFile
  /// Ctrl-C: the line being typed was discarded; `hadText` tells whether it was empty.
  case interrupted(hadText: Bool)
  /// SIGTERM or SIGHUP arrived while waiting.
  case stopped(ShellSignal)
}

extension LineResult {
  /// Decodes bytes as UTF-8, replacing invalid sequences with U+FFFD.
  ///
  /// - Returns: the text and whether a replacement was made.
  static func decode(_ bytes: some Collection<UInt8>) -> (String, Bool) {
    var repaired = false
    var text = ""
    text.reserveCapacity(bytes.count)
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): text.unicodeScalars.append(scalar)
      case .emptyInput: break loop
      case .error:
        repaired = true
        text.unicodeScalars.append("\u{FFFD}")
      }
    }
    return (text, repaired)
  }
}
