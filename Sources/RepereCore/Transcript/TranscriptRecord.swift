import Foundation

/// One line of a transcript as read back: its envelope and its entry.
public struct TranscriptRecord: Sendable, Equatable {
  /// 1-based line number in the file.
  public var line: Int
  public var sequence: Int
  /// The time as written (ISO 8601 UTC).
  public var time: String
  /// The time as a date, `nil` if the text is not a valid time.
  public var date: Date?
  public var entry: TranscriptEntry
  /// The line as written, without its newline (to compare with a replay).
  public var text: String

  public init(
    line: Int, sequence: Int, time: String, date: Date?, entry: TranscriptEntry,
    text: String = ""
  ) {
    self.line = line
    self.sequence = sequence
    self.time = time
    self.date = date
    self.entry = entry
    self.text = text
  }
}

/// An integrity problem of a transcript line.
public struct TranscriptIssue: Sendable, Equatable, CustomStringConvertible {
  /// What is wrong with the line.
  public enum Kind: Sendable, Equatable {
    /// The line is not a JSON transcript record (its reason in French).
    case unreadable(String)
    /// `prev` is not the hash of the previous line: edited, removed or reordered lines.
    case brokenChain
    /// `seq` does not follow the previous line's.
    case sequenceGap(expected: Int, found: Int)
    /// An object of the line gives this key twice: readers disagree on its value.
    case duplicateKey(String)
    /// The line differs from what replaying the inputs before it produces.
    case replayMismatch
  }

  /// 1-based line number.
  public var line: Int
  public var kind: Kind

  public init(line: Int, kind: Kind) {
    self.line = line
    self.kind = kind
  }

  public var description: String {
    switch kind {
    case .unreadable(let reason):
      "ligne \(line) illisible (\(reason))"
    case .brokenChain:
      line == 1
        ? "ligne 1 : la chaîne d’intégrité ne commence pas comme une transcription neuve"
        : "ligne \(line) : la chaîne d’intégrité est rompue (la ligne \(line - 1) a été "
          + "modifiée, ou des lignes ont été supprimées ou déplacées)"
    case .sequenceGap(let expected, let found):
      "ligne \(line) : numéro de séquence \(found) au lieu de \(expected)"
    case .duplicateKey(let key):
      "ligne \(line) : la clé « \(SafeDisplay.escaped(key)) » y figure deux fois"
    case .replayMismatch:
      "ligne \(line) : elle diffère de ce que donne la reprise des réponses qui la précèdent"
    }
  }
}

/// A last line without its newline: the program stopped while writing it.
public struct TornLine: Sendable, Equatable {
  /// 1-based line number.
  public var line: Int
  /// Bytes of the partial line.
  public var byteCount: Int
  /// Whether the line holds only zero bytes (a power cut rather than a stop mid-write).
  public var isZeroFilled: Bool

  public init(line: Int, byteCount: Int, isZeroFilled: Bool = false) {
    self.line = line
    self.byteCount = byteCount
    self.isZeroFilled = isZeroFilled
  }
}
