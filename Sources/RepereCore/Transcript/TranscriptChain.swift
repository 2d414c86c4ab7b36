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

  /// The line for `entry` at `date`, without a newline; advances the chain.
  public mutating func seal(_ entry: TranscriptEntry, at date: Date) -> String {
    // Entries hold strings, numbers, booleans and arrays only: encoding cannot fail.
    let body = try! Self.encoder.encode(entry)
    // `body` is `{…}` with at least `type`: splice the envelope around its members.
    let members = body.dropFirst().dropLast()
    var line = #"{"seq":\#(nextSequence),"time":"\#(TranscriptTime.format(date))","#
    line += String(decoding: members, as: UTF8.self)
    line += #","prev":"\#(previousHash)"}"#
    previousHash = ContentHash.sha256(Data(line.utf8))
    nextSequence += 1
    return line
  }
}
