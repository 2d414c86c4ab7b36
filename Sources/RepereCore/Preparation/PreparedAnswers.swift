import Foundation

/// What a candidate prepared, brought to the interview (`repere entretien --preparation`):
/// the latest answer of each open question, by ask id, and the preparation file's hash.
///
/// Pure: the file is read by the shell; its chain, its kind and its guide are checked here.
public struct PreparedAnswers: Sendable, Equatable {
  /// SHA-256 of the preparation file's bytes, recorded in the interview's `session_started`.
  public var sha256: String
  /// The latest prepared answer to each open question (`C1.1.q1`), non-empty ones only.
  public var answers: [String: String]

  public init(sha256: String, answers: [String: String]) {
    self.sha256 = sha256
    self.answers = answers
  }

  /// Why a preparation file is refused, in French.
  public enum Refusal: Error, Sendable, Equatable, CustomStringConvertible {
    /// The chain is broken (the first problem).
    case integrity(TranscriptIssue)
    /// The file is not a preparation's transcript.
    case notAPreparation
    /// The preparation was made with another guide (the one recorded).
    case otherGuide(recorded: SessionStart)
    /// The file does not replay into a preparation.
    case replay(TranscriptReplayError)

    public var description: String {
      switch self {
      case .integrity(let issue):
        "\(issue.description). Elle a pu être modifiée après coup : demandez au candidat "
          + "le fichier tel que repere preparation l’a écrit."
      case .notAPreparation:
        "ce n’est pas la transcription d’une préparation (repere preparation)."
      case .otherGuide(let recorded):
        "elle a été faite avec un autre guide (\(recorded.dialogue) "
          + "\(recorded.dialogueVersion)) que celui de l’entretien."
      case .replay(let error):
        error.description
      }
    }
  }

  /// Reads a preparation file's bytes.
  /// - Parameters:
  ///   - bytes: The file, as read.
  ///   - dialogue: The interview's guide, and `sha256` its file's hash.
  ///   - suggester: The evidence engine (the preparation replays deterministically with it).
  /// - Throws: ``Refusal``.
  public static func read(
    _ bytes: [UInt8], dialogue: Dialogue, sha256: String, suggester: any PositioningSuggester
  ) throws(Refusal) -> PreparedAnswers {
    let transcript = TranscriptParser.parse(Data(bytes))
    if let issue = transcript.issues.first { throw .integrity(issue) }
    if let torn = transcript.tornLine {
      throw .integrity(TranscriptIssue(line: torn.line, kind: .unreadable("ligne incomplète")))
    }
    guard let (_, start) = transcript.sessionStart, start.sessionMode == .preparation else {
      throw .notAPreparation
    }
    guard start.dialogueSHA256 == sha256 else { throw .otherGuide(recorded: start) }
    let reading: PreparationReading
    do {
      reading = try PreparationReading(transcript, dialogue: dialogue, suggester: suggester)
    } catch {
      throw .replay(error)
    }
    var answers: [String: String] = [:]
    for (block, attempts) in reading.record.attempts {
      guard let latest = attempts.last, latest.gate else { continue }
      for (number, answer) in latest.answers.enumerated() where !answer.isEmpty {
        answers["\(block).q\(number + 1)"] = answer
      }
    }
    return PreparedAnswers(sha256: ContentHash.sha256(bytes), answers: answers)
  }
}
