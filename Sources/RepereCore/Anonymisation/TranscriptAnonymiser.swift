import Foundation

/// Why a transcript cannot be anonymised.
public enum AnonymisationError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The first line is not the session's start.
  case missingStart
  /// A line is broken: the copy would certify a chain that was not intact.
  case integrity(TranscriptIssue)
  /// A line's text could not be rewritten (never left as it was: it may hold a name).
  case rewrite(line: Int)

  public var description: String {
    switch self {
    case .missingStart:
      "la première ligne n’est pas le début d’une session (session_started)"
    case .integrity(let issue):
      "\(issue.description) ; une transcription dont la chaîne est rompue n’est pas anonymisée"
    case .rewrite(let line):
      "ligne \(line) : son texte n’a pas pu être réécrit ; aucune copie n’est écrite"
    }
  }
}

/// Writes an anonymised copy of a transcript: names replaced everywhere by stable
/// pseudonyms, the evaluator's signatures removed, a new chain, and the start saying which
/// file it was made from.
///
/// Pure: takes the parsed transcript and the identity its interview recorded; returns the
/// copy's bytes and the correspondence table.
public enum TranscriptAnonymiser {
  /// The copy and its table.
  public struct Result: Sendable, Equatable {
    /// The copy, JSON Lines with a valid chain.
    public var text: String
    /// The names and their pseudonyms.
    public var table: PseudonymTable
    /// Lines of the original left out (signatures), by line number.
    public var droppedLines: [Int]
  }

  private static let decoder = JSONDecoder()
  private static let encoder = JSONEncoder()

  /// Anonymises `transcript`.
  ///
  /// - Parameters:
  ///   - transcript: the transcript, parsed; its chain must be intact (a torn last line is
  ///     left out).
  ///   - identity: the names the interview recorded (``TranscriptReading/record``).
  ///   - sourceSHA256: the SHA-256 of the original file, written in the copy's first line.
  /// - Throws: ``AnonymisationError``.
  public static func anonymise(
    _ transcript: ParsedTranscript, identity: Identity, sourceSHA256: String
  ) throws(AnonymisationError) -> Result {
    guard transcript.sessionStart != nil else { throw .missingStart }
    if let issue = transcript.issues.first { throw .integrity(issue) }
    let table = PseudonymTable(identity: identity)
    let replacer = NameReplacer(rules: table.rules)
    var chain = TranscriptChain()
    var text = ""
    var dropped: [Int] = []
    var date = transcript.records[0].date ?? Date(timeIntervalSince1970: 0)
    for record in transcript.records {
      date = record.date ?? date
      var entry: TranscriptEntry
      switch record.entry {
      case .signature:
        dropped.append(record.line)
        continue
      case .sessionStarted(var start):
        start.signingKey = nil
        start.anonymisedFrom = sourceSHA256
        entry = .sessionStarted(start)
      default:
        entry = record.entry
      }
      guard let rewritten = rewrite(entry, with: replacer) else {
        throw .rewrite(line: record.line)
      }
      entry = rewritten
      text += chain.seal(entry, at: date) + "\n"
    }
    return Result(text: text, table: table, droppedLines: dropped)
  }

  /// The entry with every string replaced, through its JSON form, so no field is missed;
  /// `nil` if it cannot be.
  private static func rewrite(_ entry: TranscriptEntry, with replacer: NameReplacer)
    -> TranscriptEntry?
  {
    guard let data = try? encoder.encode(entry),
      let value = try? decoder.decode(JSONValue.self, from: data),
      let rewritten = try? encoder.encode(value.mappingStrings(replacer.replace(in:))),
      let result = try? decoder.decode(TranscriptEntry.self, from: rewritten)
    else { return nil }
    return result
  }
}
