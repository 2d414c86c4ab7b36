import Foundation

/// A transcript read back and checked: its records, its integrity problems, its torn tail.
public struct ParsedTranscript: Sendable, Equatable {
  /// The readable records, in file order.
  public var records: [TranscriptRecord]
  /// Integrity problems, in file order; empty for an intact transcript.
  public var issues: [TranscriptIssue]
  /// The partial last line, dropped, if the file does not end with a newline.
  public var tornLine: TornLine?
  /// Bytes up to the end of the last complete line (where appending resumes).
  public var completeByteCount: Int
  /// The chain to continue with: after the last complete line.
  public var chain: TranscriptChain

  /// The session's start record, if the first line is one.
  public var sessionStart: (record: TranscriptRecord, start: SessionStart)? {
    guard let first = records.first, first.line == 1,
      case .sessionStarted(let start) = first.entry
    else { return nil }
    return (first, start)
  }

  /// The input records, in order.
  public var inputs: [(record: TranscriptRecord, input: InputRecord)] {
    records.compactMap { record in
      guard case .input(let input) = record.entry else { return nil }
      return (record, input)
    }
  }
}

/// Reads transcript bytes into records and checks every line's chaining.
///
/// Pure: takes the file's bytes. Never throws: every problem is reported in the result,
/// and the caller decides (refuse, or go on with `--force`).
public enum TranscriptParser {
  /// The largest `seq` read: far beyond any session, far below `Int.max`.
  static let maximumSequence = 1 << 48

  /// A line decoded in one pass: its envelope, then its entry.
  struct Line: Decodable, Equatable {
    var seq: Int
    var time: String
    var prev: String
    var entry: TranscriptEntry

    private enum CodingKeys: String, CodingKey { case seq, time, prev }

    init(from decoder: any Decoder) throws {
      // The envelope first, in this order: a line missing both `seq` and `type` reports `seq`.
      let container = try decoder.container(keyedBy: CodingKeys.self)
      seq = try container.decode(Int.self, forKey: .seq)
      time = try container.decode(String.self, forKey: .time)
      prev = try container.decode(String.self, forKey: .prev)
      entry = try TranscriptEntry(from: decoder)
    }
  }

  /// Parses and checks a transcript.
  public static func parse(_ data: Data) -> ParsedTranscript {
    let bytes = [UInt8](data)
    var records: [TranscriptRecord] = []
    var issues: [TranscriptIssue] = []
    var chain = TranscriptChain()
    var lineStart = 0
    var lineNumber = 0
    var expectedSequence = 1
    var expectedPrevious = TranscriptChain.genesis
    let decoder = JSONDecoder()
    var zeroFilled: TornLine?

    while let newline = bytes[lineStart...].firstIndex(of: 0x0A) {
      lineNumber += 1
      let lineBytes = bytes[lineStart..<newline]
      if !lineBytes.isEmpty, newline + 1 == bytes.count, lineBytes.allSatisfy({ $0 == 0 }) {
        // Zeros where the last line should be: what a power cut leaves when the file's
        // size reached the disk and its bytes did not. Dropped like a torn line.
        zeroFilled = TornLine(line: lineNumber, byteCount: lineBytes.count + 1, isZeroFilled: true)
        break
      }
      lineStart = newline + 1
      let hash = ContentHash.sha256(lineBytes)
      defer {
        expectedPrevious = hash
        chain = TranscriptChain(nextSequence: expectedSequence, previousHash: hash)
      }
      // One pass of the fast decoder reads the line and its repeated keys; what it declines
      // goes to JSONDuplicateKeys and JSONDecoder, which also give every error.
      let fast = lineBytes.withUnsafeBufferPointer { JSONLineDecoder.read(Line.self, from: $0) }
      let duplicate = fast.map(\.duplicateKey) ?? JSONDuplicateKeys.firstDuplicate(in: lineBytes)
      let decoded: Line
      do {
        decoded = try fast?.value ?? decoder.decode(Line.self, from: Data(lineBytes))
      } catch {
        issues.append(TranscriptIssue(line: lineNumber, kind: .unreadable(reason(error))))
        expectedSequence += 1
        continue
      }
      if let key = duplicate {
        issues.append(TranscriptIssue(line: lineNumber, kind: .duplicateKey(key)))
      }
      // Bounded so that `seq + 1` cannot overflow, whatever a line says.
      guard (1...Self.maximumSequence).contains(decoded.seq) else {
        issues.append(
          TranscriptIssue(line: lineNumber, kind: .unreadable("champ « seq » invalide")))
        expectedSequence += 1
        continue
      }
      if decoded.prev != expectedPrevious {
        issues.append(TranscriptIssue(line: lineNumber, kind: .brokenChain))
      }
      if decoded.seq != expectedSequence {
        issues.append(
          TranscriptIssue(
            line: lineNumber, kind: .sequenceGap(expected: expectedSequence, found: decoded.seq)))
      }
      let date = TranscriptTime.parse(decoded.time)
      if date == nil {
        issues.append(
          TranscriptIssue(line: lineNumber, kind: .unreadable("champ « time » invalide")))
      }
      expectedSequence = decoded.seq + 1
      records.append(
        TranscriptRecord(
          line: lineNumber, sequence: decoded.seq, time: decoded.time,
          date: date, entry: decoded.entry,
          text: String(decoding: lineBytes, as: UTF8.self)))
    }
    var torn = zeroFilled
    if torn == nil, lineStart < bytes.count {
      let tail = bytes[lineStart...]
      torn = TornLine(
        line: lineNumber + 1, byteCount: tail.count, isZeroFilled: tail.allSatisfy { $0 == 0 })
    }
    return ParsedTranscript(
      records: records, issues: issues, tornLine: torn, completeByteCount: lineStart,
      chain: chain)
  }

  private static func reason(_ error: any Error) -> String {
    switch error {
    case DecodingError.keyNotFound(let key, _): "champ « \(key.stringValue) » absent"
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      "champ « \(context.codingPath.map(\.stringValue).joined(separator: ".")) » invalide"
    case DecodingError.dataCorrupted(let context):
      context.codingPath.isEmpty
        ? "JSON invalide"
        : "champ « \(context.codingPath.map(\.stringValue).joined(separator: ".")) » invalide"
    default: "JSON invalide"
    }
  }
}
