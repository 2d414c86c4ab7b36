import Foundation

/// Why a transcript cannot be replayed into an interview.
public enum TranscriptReplayError: Error, Equatable, CustomStringConvertible {
  /// The first line is not `session_started`.
  case missingStart
  /// A line's time cannot be read.
  case invalidTime(line: Int)
  /// The input of a line answered another question than the one the interview awaits:
  /// the dialogue or the program changed since the session was recorded.
  case divergence(line: Int, expected: String?, recorded: String)

  public var description: String {
    switch self {
    case .missingStart:
      return "la première ligne n’est pas le début d’une session (session_started)"
    case .invalidTime(let line):
      return "ligne \(line) : horodatage illisible"
    case .divergence(let line, let expected, let recorded):
      let awaited = expected.map { "« \($0) »" } ?? "aucune question (entretien terminé)"
      return
        "ligne \(line) : la réponse enregistrée porte sur « \(recorded) » mais l’entretien "
        + "attend \(awaited) ; le guide ou le programme a changé depuis la session"
    }
  }
}

/// Rebuilds an interview from a transcript by re-feeding its input lines.
///
/// The interview is deterministic, so starting it at the recorded start time and giving it
/// each recorded line at its recorded time brings it back exactly where the session
/// stopped; the events it returns on the way are already in the transcript and are dropped.
public enum TranscriptReplay {
  /// Replays `transcript` into `interview` (fresh, not started).
  ///
  /// - Returns: the interview after the last input, not yet resumed, and the number of
  ///   input lines replayed.
  /// - Throws: ``TranscriptReplayError`` when the transcript does not fit the interview.
  public static func replay(_ transcript: ParsedTranscript, into interview: Interview)
    throws(TranscriptReplayError) -> (interview: Interview, inputs: Int)
  {
    guard let (startRecord, _) = transcript.sessionStart else { throw .missingStart }
    guard let startDate = startRecord.date else { throw .invalidTime(line: startRecord.line) }
    var interview = interview
    _ = interview.start(at: startDate)
    var count = 0
    for record in transcript.records {
      if case .sessionResumed = record.entry, let date = record.date {
        // As the live session did: the pause before a resumption is not time spent.
        _ = interview.resume(at: date)
        continue
      }
      guard case .input(let input) = record.entry else { continue }
      guard let date = record.date else { throw .invalidTime(line: record.line) }
      let expected = interview.isFinished ? nil : interview.pendingAsk?.id
      guard expected == input.ask else {
        throw .divergence(line: record.line, expected: expected, recorded: input.ask)
      }
      _ = interview.receive(input.text, at: date)
      count += 1
    }
    return (interview, count)
  }
}
