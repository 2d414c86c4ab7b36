import Foundation

/// Seals transcript entries into chained JSON lines: `seq`, `time`, the entry, `prev`.
///
/// `prev` is the SHA-256 of the previous line's bytes (without its newline), or
/// ``genesis`` for the first line, so an edited, removed or reordered line breaks the
/// chain at the next one. Pure: the time is given, the line is returned, nothing is written.
public struct TranscriptChain: Sendable, Equatable {
  /// The `prev` of the first line: 64 zeros.
  public static let genesis = String(repeating: "0", count: 64)

  /// The `seq` of the next line (1 for the first).
  public private(set) var nextSequence: Int
  /// The hash of the last line sealed (or read), ``genesis`` before any.
  public private(set) var previousHash: String

  /// A chain that continues after the line with this sequence number and hash.
  public init(nextSequence: Int = 1, previousHash: String = TranscriptChain.genesis) {
    self.nextSequence = nextSequence
    self.previousHash = previousHash
  }

  private static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  /// The entry's members as a line writes them (between the envelope's `time` and
  /// `prev`), with ``JSONText`` escapes.
  public static func members(of entry: TranscriptEntry) -> String {
    // Entries hold strings, numbers, booleans and arrays only: encoding cannot fail.
    let body = try! encoder.encode(entry)
    // `body` is `{…}` with at least `type`: the envelope is spliced around its members.
    return JSONText.escaped(String(decoding: body.dropFirst().dropLast(), as: UTF8.self))
  }

  /// The beginning of a line, up to its entry's members.
  public static func envelopeStart(sequence: Int, time: String) -> String {
    #"{"seq":\#(sequence),"time":"\#(time)","#
  }

  /// The length of a line's end: `,"prev":"` 64 hexadecimal digits `"}`.
  public static let envelopeEndLength = 75

  /// The line for `entry` at `date`, without a newline; advances the chain.
  public mutating func seal(_ entry: TranscriptEntry, at date: Date) -> String {
    var line = Self.envelopeStart(sequence: nextSequence, time: TranscriptTime.format(date))
    line += Self.members(of: entry)
    line += #","prev":"\#(previousHash)"}"#
    previousHash = ContentHash.sha256(Data(line.utf8))
    nextSequence += 1
    return line
  }
}
