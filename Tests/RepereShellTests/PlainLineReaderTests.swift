import Foundation
import Testing

@testable import RepereShell

@Suite("Plain line reader")
struct PlainLineReaderTests {
  /// Reads every line of `bytes` fed through a pipe.
  private func lines(_ bytes: [UInt8], limit: Int = 1 << 20) -> [LineResult] {
    var ends: [Int32] = [-1, -1]
    _ = pipe(&ends)
    let (readEnd, writeEnd) = (ends[0], ends[1])
    let writer = Thread {
      var offset = 0
      while offset < bytes.count {
        let count = bytes.withUnsafeBytes {
          write(writeEnd, $0.baseAddress! + offset, min(65_536, bytes.count - offset))
        }
        if count <= 0 { break }
        offset += count
      }
      close(writeEnd)
    }
    writer.start()
    defer { close(readEnd) }
    let reader = PlainLineReader(descriptor: readEnd, signals: nil, maximumLineBytes: limit)
    var results: [LineResult] = []
    while true {
      let result = reader.readLine()
      results.append(result)
      if result == .endOfFile || results.count > 10 { break }
    }
    return results
  }

  @Test("lines end with LF or CRLF; an empty line is an answer; the last may lack its LF")
  func lineEndings() {
    #expect(
      lines(Array("oui\r\n\nnon\nfin".utf8)) == [
        .line("oui"), .line(""), .line("non"), .line("fin"), .endOfFile,
      ])
  }

  @Test("invalid UTF-8 is replaced, the line is kept and flagged")
  func invalidUTF8() {
    let bytes: [UInt8] = Array("caf".utf8) + [0xE9, 0xFF] + Array(" ok\n".utf8)
    #expect(
      lines(bytes) == [.line("caf\u{FFFD}\u{FFFD} ok", repairedEncoding: true), .endOfFile])
  }

  @Test("an enormous line keeps its beginning; the next line is intact")
  func enormousLine() {
    let long = [UInt8](repeating: UInt8(ascii: "a"), count: 300_000)
    let results = lines(long + Array("\nsuite\n".utf8), limit: 100_000)
    #expect(results.count == 3)
    guard case .line(let text, false, let dropped) = results[0] else {
      Issue.record("expected a line, got \(results[0])")
      return
    }
    #expect(text.utf8.count == 100_000)
    #expect(dropped == 200_000)
    #expect(results[1] == .line("suite"))
  }

  @Test("an empty input is the end of file at once")
  func emptyInput() {
    #expect(lines([]) == [.endOfFile])
  }
}
