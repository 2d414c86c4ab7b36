import Testing

@testable import RepereShell

/// Line framing without a pipe, fed as `read()` could return it (after swift-nio-extras'
/// `LineBasedFrameDecoderTest`).
@Suite("Line framer")
struct LineFramerTests {
  /// Every line of `input` fed in pieces of `size` bytes, then the end of the input.
  private func lines(_ input: String, piecesOf size: Int, limit: Int = 100) -> [LineFramer.Line] {
    let bytes = Array(input.utf8)
    var framer = LineFramer(maximumLineBytes: limit)
    var lines: [LineFramer.Line] = []
    var offset = 0
    while offset < bytes.count {
      framer.append(bytes[offset..<min(offset + size, bytes.count)])
      while let line = framer.nextLine() { lines.append(line) }
      offset += size
    }
    if let last = framer.finish() { lines.append(last) }
    return lines
  }

  private func line(_ text: String, dropped: Int = 0) -> LineFramer.Line {
    LineFramer.Line(bytes: Array(text.utf8), droppedBytes: dropped)
  }

  @Test("one byte at a time gives the same lines as one read", arguments: [1, 2, 3, 7, 1000])
  func byteAtATime(size: Int) {
    let input = "oui\r\n\nnon\nCRM et relance\r\nfin"
    #expect(
      lines(input, piecesOf: size) == [
        line("oui"), line(""), line("non"), line("CRM et relance"), line("fin"),
      ])
  }

  @Test("\\r\\n split across two reads is one line ending")
  func carriageReturnSplit() {
    var framer = LineFramer(maximumLineBytes: 100)
    framer.append(Array("oui\r".utf8))
    #expect(framer.nextLine() == nil)
    framer.append(Array("\nnon\n".utf8))
    #expect(framer.nextLine() == line("oui"))
    #expect(framer.nextLine() == line("non"))
    #expect(framer.nextLine() == nil)
    #expect(framer.finish() == nil)
  }

  @Test("a lone \\r inside a line is kept")
  func loneCarriageReturn() {
    #expect(lines("a\rb\n", piecesOf: 1) == [line("a\rb")])
  }

  @Test("an empty line is a line; an empty input has none")
  func emptyLines() {
    #expect(lines("\n", piecesOf: 1) == [line("")])
    #expect(lines("\r\n\r\n", piecesOf: 1) == [line(""), line("")])
    #expect(lines("", piecesOf: 1) == [])
  }

  @Test("bytes left at the end of the input are a last line, as they are")
  func leftoverAtEnd() {
    #expect(lines("oui\nfin", piecesOf: 2) == [line("oui"), line("fin")])
    #expect(lines("oui\nfin\r", piecesOf: 2) == [line("oui"), line("fin\r")])
    var framer = LineFramer(maximumLineBytes: 100)
    framer.append(Array("abc".utf8))
    #expect(framer.nextLine() == nil)
    #expect(framer.finish() == line("abc"))
    #expect(framer.finish() == nil)
  }

  @Test("a long line keeps its beginning and counts the rest, whatever the reads")
  func longLine() {
    for size in [1, 4, 64] {
      #expect(
        lines("abcdefghij\r\nok\n", piecesOf: size, limit: 4) == [
          line("abcd", dropped: 6), line("ok"),
        ], "pieces of \(size)")
      // The limit exactly: nothing dropped, the \r still a line ending.
      #expect(lines("abcd\r\nok\n", piecesOf: size, limit: 4) == [line("abcd"), line("ok")])
      #expect(lines("abcde", piecesOf: size, limit: 4) == [line("abcd", dropped: 1)])
    }
  }
}
