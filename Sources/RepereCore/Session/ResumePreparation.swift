import Foundation

/// What resuming an interview's transcript will do.
public typealias ResumePlan = ConversationResumePlan<Interview>

/// What resuming a transcript will do, decided before anything is written.
public struct ConversationResumePlan<Session: Conversation>: Sendable {
  /// The conversation replayed up to the last recorded input, not yet resumed.
  public var interview: Session
  /// Number of input lines replayed.
  public var inputs: Int
  /// The torn last line to cut off (its 1-based number), if the file has one.
  public var tornLine: Int?
  /// Whether the torn last line holds only zero bytes (a power cut).
  public var tornLineIsZeroFilled: Bool
  /// The events of the last step that the transcript lacks (its write was torn), to
  /// write again, at ``missingEventsDate``, before resuming.
  public var missingEvents: [InterviewEvent]
  /// The time of the step whose events are missing.
  public var missingEventsDate: Date?
  /// Bytes to keep in the file: up to the end of its last complete line.
  public var completeByteCount: Int
  /// Integrity problems accepted with `--force` (empty otherwise).
  public var forcedIssues: [TranscriptIssue]
  /// The chain to continue the transcript with.
  public var chain: TranscriptChain

  /// The `session_resumed` record that goes on the transcript.
  public func record(programVersion: String) -> SessionResume {
    SessionResume(
      programVersion: programVersion, inputs: inputs, droppedTornLine: tornLine,
      forcedLines: forcedIssues.isEmpty ? nil : forcedIssues.map(\.line))
  }
}

/// Why a transcript cannot be resumed, in French.
public enum ResumeRefusal: Error, Sendable, Equatable, CustomStringConvertible {
  /// An integrity problem (the first one), without `--force`.
  case integrity(TranscriptIssue)
  /// The session was conducted with another guide (the one recorded; the one loaded),
  /// without `--force`.
  case otherGuide(recorded: SessionStart, loaded: GuideIdentity)
  /// The transcript cannot be replayed into the interview.
  case replay(TranscriptReplayError)
  /// The interview recorded is already finished.
  case alreadyFinished
  /// The transcript records another kind of session (a preparation given to
  /// `repere entretien`, or the reverse).
  case otherMode(recorded: SessionMode)

  public var description: String {
    switch self {
    case .integrity(let issue):
      "\(issue.description).\n"
        + "Elle a pu être modifiée après coup. Pour la reprendre quand même : --force."
    case .otherGuide(let recorded, let loaded):
      "la session a été menée avec un autre guide (\(recorded.dialogue) "
        + "\(recorded.dialogueVersion), \(recorded.dialogueSource)) que celui chargé ("
        + "\(loaded.id) \(loaded.version), \(loaded.source)). Indiquez le même guide "
        + "avec --dialogue, ou forcez avec --force."
    case .replay(let error):
      error.description
    case .alreadyFinished:
      "l’entretien est déjà terminé."
    case .otherMode(.preparation):
      "il s’agit d’une préparation, qui se reprend avec repere preparation --reprendre."
    case .otherMode(.interview):
      "il s’agit d’un entretien, qui se reprend avec repere entretien --reprendre."
    }
  }
}

/// The guide an interview runs on, as a transcript names it.
public struct GuideIdentity: Sendable, Equatable {
  /// The dialogue's id and version.
  public var id: String
  public var version: String
  /// SHA-256 (hex) of the guide file's bytes.
  public var sha256: String
  /// The path of the file, or `(intégré)` for the bundled guide.
  public var source: String

  public init(id: String, version: String, sha256: String, source: String) {
    self.id = id
    self.version = version
    self.sha256 = sha256
    self.source = source
  }
}

/// Decides whether and how a transcript is resumed: pure, the file already read and parsed.
///
/// The rules: an integrity problem refuses the transcript unless `force` (a line that
/// differs from the replay is one); a transcript made with another guide (different
/// SHA-256) too; one that cannot be replayed, or whose interview is finished, is always
/// refused. The events of a torn last step are given back to be written again.
public enum ResumePreparation {
  /// Prepares the resumption of `transcript` on `fresh` (an interview not yet started).
  ///
  /// - Parameters:
  ///   - transcript: The transcript, parsed.
  ///   - fresh: The interview to replay into, on the loaded guide.
  ///   - guide: The loaded guide.
  ///   - force: Accept a broken chain or another guide (`--force`).
  /// - Returns: The plan to carry out.
  /// - Throws: ``ResumeRefusal`` saying why the transcript is refused.
  public static func prepare<Session: Conversation>(
    _ transcript: ParsedTranscript, on fresh: Session, guide: GuideIdentity, force: Bool
  ) throws(ResumeRefusal) -> ConversationResumePlan<Session> {
    if let first = transcript.issues.first, !force { throw .integrity(first) }
    guard let (_, start) = transcript.sessionStart else { throw .replay(.missingStart) }
    if start.sessionMode != Session.mode { throw .otherMode(recorded: start.sessionMode) }
    if start.dialogueSHA256 != guide.sha256, !force {
      throw .otherGuide(recorded: start, loaded: guide)
    }
    let replayed: ReplayedConversation<Session>
    do {
      replayed = try TranscriptReplay.replay(transcript, into: fresh)
    } catch {
      throw .replay(error)
    }
    var issues = transcript.issues
    if let line = replayed.firstMismatch {
      // A line that differs from the replay: edited events, even with the chain recomputed.
      let issue = TranscriptIssue(line: line, kind: .replayMismatch)
      if !force { throw .integrity(issue) }
      issues.append(issue)
    }
    if replayed.interview.isFinished { throw .alreadyFinished }
    return ConversationResumePlan(
      interview: replayed.interview, inputs: replayed.inputs,
      tornLine: transcript.tornLine?.line,
      tornLineIsZeroFilled: transcript.tornLine?.isZeroFilled ?? false,
      missingEvents: replayed.missingEvents, missingEventsDate: replayed.missingEventsDate,
      completeByteCount: transcript.completeByteCount,
      forcedIssues: force ? issues : [], chain: transcript.chain)
  }
}
