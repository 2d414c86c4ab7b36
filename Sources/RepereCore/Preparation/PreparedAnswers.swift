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
    /// `repere bilan --preparation`: the interview was conducted without a preparation.
    case notRecorded
    /// `repere bilan --preparation`: not the file the interview recorded (its hash differs).
    case notTheOneBrought(recorded: String, actual: String)

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
      case .notRecorded:
        "l’entretien n’a enregistré aucune préparation (il a été commencé sans --preparation) : "
          + "retirez --preparation."
      case .notTheOneBrought(let recorded, let actual):
        "ce n’est pas le fichier apporté à l’entretien : son SHA-256 est \(actual), "
          + "l’entretien a enregistré \(recorded). Indiquez la préparation telle que le "
          + "candidat l’a remise à l’entretien."
      }
    }
  }

  /// Reads a preparation file's bytes.
  /// - Parameters:
  ///   - bytes: The file, as read.
  ///   - dialogue: The interview's guide, and `sha256` its file's hash.
  ///   - suggester: Today's evidence engine, for what the transcript does not record (the
  ///     replay reads the recorded feedback: ``TranscriptSuggester``).
  /// - Throws: ``Refusal``.
  public static func read(
    _ bytes: [UInt8], dialogue: Dialogue, sha256: String, suggester: any PositioningSuggester
  ) throws(Refusal) -> PreparedAnswers {
    let reading = try replay(bytes, dialogue: dialogue, sha256: sha256, suggester: suggester)
    var answers: [String: String] = [:]
    for (block, attempts) in reading.record.attempts {
      guard let latest = attempts.last, latest.gate else { continue }
      for (number, answer) in latest.answers.enumerated() where !answer.isEmpty {
        answers["\(block).q\(number + 1)"] = answer
      }
    }
    return PreparedAnswers(sha256: ContentHash.sha256(bytes), answers: answers)
  }

  /// Checks that this is the preparation an interview recorded (`--reprendre` with
  /// `--preparation`): the hash in its `session_started`.
  /// - Throws: ``Refusal/notRecorded`` or ``Refusal/notTheOneBrought(recorded:actual:)``.
  public func check(recordedIn interview: SessionStart) throws(Refusal) {
    guard let recorded = interview.preparationSHA256 else { throw .notRecorded }
    guard recorded == sha256 else { throw .notTheOneBrought(recorded: recorded, actual: sha256) }
  }

  /// Checks a preparation file (its chain, that it is a preparation, its guide) and
  /// replays it: what `repere entretien --preparation` shows and `repere bilan
  /// --preparation` compares.
  /// - Parameters:
  ///   - bytes: The file, as read.
  ///   - dialogue: The guide, and `sha256` its file's hash.
  ///   - suggester: Today's evidence engine, for what the transcript does not record (the
  ///     replay reads the recorded feedback: ``TranscriptSuggester``).
  /// - Returns: The preparation as it stood after its last input.
  /// - Throws: ``Refusal``.
  public static func replay(
    _ bytes: [UInt8], dialogue: Dialogue, sha256: String, suggester: any PositioningSuggester
  ) throws(Refusal) -> PreparationReading {
    let transcript = TranscriptParser.parse(Data(bytes))
    if let issue = transcript.issues.first { throw .integrity(issue) }
    if let torn = transcript.tornLine {
      throw .integrity(TranscriptIssue(line: torn.line, kind: .unreadable("ligne incomplète")))
    }
    guard let (_, start) = transcript.sessionStart, start.sessionMode == .preparation else {
      throw .notAPreparation
    }
    guard start.dialogueSHA256 == sha256 else { throw .otherGuide(recorded: start) }
    do {
      return try PreparationReading(transcript, dialogue: dialogue, suggester: suggester)
    } catch {
      throw .replay(error)
    }
  }
}
