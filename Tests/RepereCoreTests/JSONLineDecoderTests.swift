import Foundation
import Testing

@testable import RepereCore

/// ``JSONLineDecoder`` reads a line as `JSONDecoder` does or declines: checked on every line
/// of every transcript in `Tests/`, on seeded mutations of them, and on the lines it must
/// leave to `JSONDecoder`; and the parser's messages for malformed lines are `JSONDecoder`'s.
@Suite("Fast line decoding, equal to JSONDecoder's")
struct JSONLineDecoderTests {
  private typealias Line = TranscriptParser.Line

  /// The lines of every `.jsonl` file under `Tests/`.
  private static let goldenLines: [(file: String, line: [UInt8])] = {
    let tests = RepositoryFiles.root.appendingPathComponent("Tests")
    var lines: [(String, [UInt8])] = []
    let files = FileManager.default.enumerator(at: tests, includingPropertiesForKeys: nil)
    while let url = files?.nextObject() as? URL {
      guard url.pathExtension == "jsonl", let data = try? Data(contentsOf: url) else { continue }
      for line in data.split(separator: 0x0A) { lines.append((url.lastPathComponent, Array(line))) }
    }
    return lines
  }()

  private func fast(_ bytes: [UInt8]) -> Line? {
    bytes.withUnsafeBufferPointer { JSONLineDecoder.decode(Line.self, from: $0) }
  }

  private func foundation(_ bytes: [UInt8]) -> Line? {
    try? JSONDecoder().decode(Line.self, from: Data(bytes))
  }

  @Test("every transcript line in Tests/ decodes fast, to JSONDecoder's value")
  func goldenLines() {
    let lines = Self.goldenLines
    #expect(lines.count > 3000)
    var read = 0
    for (file, line) in lines {
      let expected = foundation(line)
      let decoded = fast(line)
      // Lines JSONDecoder cannot read as transcript lines (the evidence cases) are declined.
      #expect(decoded == expected, "\(file): \(String(decoding: line, as: UTF8.self))")
      if expected != nil { read += 1 }
    }
    #expect(read > 3000)
  }

  @Test("mutated lines: decoded as JSONDecoder decodes them, or declined")
  func mutations() {
    var generator = SplitMix64(seed: 14)
    let transcripts = Self.goldenLines.filter { foundation($0.line) != nil }
    var agreed = 0
    for _ in 0..<20_000 {
      var line = transcripts.randomElement(using: &generator)!.line
      for _ in 0..<Int.random(in: 1...3, using: &generator) {
        let index = Int.random(in: 0..<line.count, using: &generator)
        switch Int.random(in: 0..<4, using: &generator) {
        case 0: line.remove(at: index)
        case 1: line[index] = Self.noise.randomElement(using: &generator)!
        case 2: line.insert(Self.noise.randomElement(using: &generator)!, at: index)
        default: line.insert(contentsOf: line[index..<min(line.count, index + 8)], at: index)
        }
      }
      // Valid JSON (the decoder read it): the same repeated key as JSONDuplicateKeys.
      if let reading = line.withUnsafeBufferPointer({ JSONLineDecoder.read(Line.self, from: $0) }) {
        #expect(reading.duplicateKey == JSONDuplicateKeys.firstDuplicate(in: line))
      }
      guard let decoded = fast(line) else { continue }
      #expect(decoded == foundation(line), "\(String(decoding: line, as: UTF8.self))")
      agreed += 1
    }
    // Most mutations land inside a string and keep the line readable.
    #expect(agreed > 5000)
  }

  /// Bytes that make JSON go wrong in many ways.
  private static let noise =
    Array(#"{}[]:,"\\u0012.-+eE tfn9"#.utf8) + [0x00, 0x1F, 0x80, 0xC3, 0xFF]

  private static let base =
    #"{"seq":1,"time":"2026-03-08T09:00:00.000Z","ask":"q","text":"TEXT","type":"input","prev":"0"}"#

  private func line(_ text: String) -> [UInt8] {
    Array(Self.base.replacingOccurrences(of: "TEXT", with: text).utf8)
  }

  @Test(
    "escapes are decoded as JSONDecoder decodes them",
    arguments: [
      #"a\"b\\c\/d"#, #"\b\f\n\r\t"#, #"\u00e9\u0000\u2028"#, #"\ud83d\ude42"#, "é🙂", "",
    ])
  func escapes(_ text: String) throws {
    let bytes = line(text)
    let decoded = try #require(fast(bytes))
    #expect(decoded == foundation(bytes))
  }

  @Test(
    "what it is not sure to read as JSONDecoder does is declined",
    arguments: [
      // escaped key
      #"{"seq":1,"time":"t","a\u0073k":"q","text":"x","type":"input","prev":"0"}"#,
      // a non-ASCII key, even one no type reads
      #"{"seq":1,"time":"t","ask":"q","text":"x","type":"input","prev":"0","é":1}"#,
      // an escaped key, even one no type reads
      #"{"seq":1,"time":"t","ask":"q","text":"x","type":"input","prev":"0","é":1}"#,
      // fraction for Int
      #"{"seq":1.0,"time":"t","ask":"q","text":"x","type":"input","prev":"0"}"#,
      // exponent for Int
      #"{"seq":1e0,"time":"t","ask":"q","text":"x","type":"input","prev":"0"}"#,
      #"{"seq":99999999999999999999,"time":"t","ask":"q","text":"x","type":"input","prev":"0"}"#,
      // lone surrogate
      #"{"seq":1,"time":"t","ask":"q","text":"\ud83d","type":"input","prev":"0"}"#,
      #"{"seq":1,"time":"t","ask":"q","text":"\ude42x","type":"input","prev":"0"}"#,
      // trailing bytes
      #"{"seq":1,"time":"t","ask":"q","text":"x","type":"input","prev":"0"} x"#,
      // leading zero
      #"{"seq":01,"time":"t","ask":"q","text":"x","type":"input","prev":"0"}"#,
      // trailing comma
      #"{"seq":1,"time":"t","ask":"q","text":"x","type":"input","prev":"0",}"#,
      // prev missing
      #"{"seq":1,"time":"t","ask":"q","text":"x","type":"input"}"#,
      // unknown type
      #"{"seq":1,"time":"t","ask":"q","text":"x","type":"nouveau","prev":"0"}"#,
      // seq as text
      #"{"seq":"1","time":"t","ask":"q","text":"x","type":"input","prev":"0"}"#,
      #"[1,2]"#, "", " ", "nul",
    ])
  func declined(_ text: String) {
    #expect(fast(Array(text.utf8)) == nil)
  }

  @Test("a line with a control character or invalid UTF-8 in a string is declined")
  func rawBytes() {
    for byte: UInt8 in [0x00, 0x09, 0x1F, 0x80, 0xFF] {
      var bytes = line("ab")
      let index = bytes.firstIndex(of: UInt8(ascii: "a"))!
      bytes[index] = byte
      #expect(fast(bytes) == nil)
    }
  }

  @Test(
    "each message for a malformed line is JSONDecoder's, word for word",
    arguments: [
      (#"{"time":"2026-03-08T09:00:00.000Z","type":"input","prev":"0"}"#, "champ « seq » absent"),
      (#"{"seq":1,"time":"2026-03-08T09:00:00.000Z","prev":"0"}"#, "champ « type » absent"),
      (
        #"{"seq":1,"time":"2026-03-08T09:00:00.000Z","text":"x","type":"input","prev":"0"}"#,
        "champ « ask » absent"
      ),
      (
        #"{"seq":"1","time":"2026-03-08T09:00:00.000Z","type":"input","prev":"0"}"#,
        "champ « seq » invalide"
      ),
      (
        #"{"seq":1,"time":"2026-03-08T09:00:00.000Z","ask":"q","text":7,"type":"input","prev":"0"}"#,
        "champ « text » invalide"
      ),
      (
        #"{"seq":1,"time":"2026-03-08T09:00:00.000Z","type":"nouveau","prev":"0"}"#,
        "champ « type » invalide"
      ),
      (#"{"seq":1,"time":"2026-03-08T09:00:00.000Z","ask":"q""#, "JSON invalide"),
      (
        #"{"seq":0,"time":"2026-03-08T09:00:00.000Z","type":"finished","complete":true,"prev":"0"}"#,
        "champ « seq » invalide"
      ),
      (
        #"{"seq":1,"time":"hier","type":"finished","complete":true,"prev":"0"}"#,
        "champ « time » invalide"
      ),
    ])
  func messages(_ line: String, _ reason: String) {
    let parsed = TranscriptParser.parse(Data((line + "\n").utf8))
    #expect(parsed.issues.contains(TranscriptIssue(line: 1, kind: .unreadable(reason))))
  }

  @Test(
    "the first key repeated in one object is the one JSONDuplicateKeys finds",
    arguments: [
      (#"{"a":1,"b":{"c":1,"c":2},"a":3}"#, "c"), (#"{"a":[{"b":1},{"b":2}],"b":3}"#, nil),
      (#"{"a":{"b":1,"b":2},"c":1,"c":2}"#, "b"), (#"{"a":"\"b\":1,\"b\":2"}"#, nil),
      (#"{"x":1,"y":2,"x":3}"#, "x"),
    ])
  func repeatedKeys(_ text: String, _ expected: String?) throws {
    let bytes = Array(text.utf8)
    let reading = try #require(
      bytes.withUnsafeBufferPointer { JSONLineDecoder.read(Line.self, from: $0) })
    #expect(reading.duplicateKey == expected)
    #expect(JSONDuplicateKeys.firstDuplicate(in: bytes) == expected)
    // With a repeated key, the value is JSONDecoder's to choose.
    if reading.duplicateKey != nil { #expect(reading.value == nil) }
  }

  @Test("a line repeating a key is decoded by JSONDecoder and reported")
  func duplicateKey() {
    let text =
      #"{"seq":1,"time":"2026-03-08T09:00:00.000Z","ask":"q","text":"a","text":"b","type":"input","prev":"0"}"#
    let parsed = TranscriptParser.parse(Data((text + "\n").utf8))
    #expect(parsed.issues.contains(TranscriptIssue(line: 1, kind: .duplicateKey("text"))))
    #expect(parsed.records.map(\.entry) == foundation(Array(text.utf8)).map { [$0.entry] })
  }
}
