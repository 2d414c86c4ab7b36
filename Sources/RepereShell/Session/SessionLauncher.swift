import Foundation
import RepereCore

/// Opens a session: a new one with a new transcript, or one resumed from its transcript.
public struct SessionLauncher {
  /// The dialogue and where it came from.
  public var dialogue: Dialogue
  /// The dialogue file's text (its SHA-256 goes into `session_started`).
  public var dialogueText: String
  /// `(intégré)` or the path of the dialogue file.
  public var dialogueSource: String
  public var suggester: any PositioningSuggester
  public var programVersion: String
  public var clock: () -> Date

  public init(
    dialogue: Dialogue, dialogueText: String, dialogueSource: String,
    suggester: any PositioningSuggester, programVersion: String,
    clock: @escaping () -> Date = { Date() }
  ) {
    self.dialogue = dialogue
    self.dialogueText = dialogueText
    self.dialogueSource = dialogueSource
    self.suggester = suggester
    self.programVersion = programVersion
    self.clock = clock
  }

  /// Starts a new interview, its transcript at `transcriptPath` or at the default name in
  /// the current directory (renamed once the candidate is known).
  /// - Throws: ``ShellError`` when the transcript cannot be created.
  public func startNew(transcriptPath: String?, console: any Console) throws(ShellError)
    -> InterviewSession
  {
    let date = TranscriptTime.rounded(clock())
    let file: JournalFile
    if let transcriptPath {
      file = try JournalFile.create(at: transcriptPath)
    } else {
      file = try TranscriptLocation.createDefault(in: ".", date: date, candidate: nil)
    }
    let journal = TranscriptJournal(file: file)
    console.notify(.transcript(path: file.path, resumed: false))
    var interview = Interview(dialogue: dialogue, suggester: suggester)
    let start = SessionStart(
      programVersion: programVersion, dialogue: dialogue.id, dialogueVersion: dialogue.version,
      dialogueSHA256: ContentHash.sha256(dialogueText), dialogueSource: dialogueSource)
    let events = interview.start(at: date)
    let session = InterviewSession(
      interview: interview, journal: journal, console: console,
      renameOnCandidate: transcriptPath == nil ? date : nil, clock: clock)
    try session.record([.sessionStarted(start)] + events.map(TranscriptEntry.event), at: date)
    return session
  }

  /// Resumes the interview recorded in the transcript at `path`.
  ///
  /// The file is opened without following a symbolic link and locked before it is read,
  /// so a second process is refused at once. The chain is checked; a torn (or
  /// zero-filled) last line is reported and cut off; a broken chain, a different dialogue
  /// or a line that differs from the replay is refused unless `force`. The recorded lines
  /// are replayed into a fresh interview, the events of a torn last step are written
  /// again, a `session_resumed` line and the interview's `resumed` event are appended, and
  /// the pending question comes next.
  /// - Throws: ``ShellError/unusableTranscript(path:reason:)`` and file errors.
  public func resume(path: String, force: Bool, console: any Console) throws(ShellError)
    -> InterviewSession
  {
    let file = try JournalFile.openForResuming(at: path)
    let parsed = TranscriptParser.parse(Data(try file.readAll()))
    if !parsed.issues.isEmpty, !force {
      let first = parsed.issues[0]
      throw .unusableTranscript(
        path: path,
        reason: "\(first.description).\n"
          + "Elle a pu être modifiée après coup. Pour la reprendre quand même : --force.")
    }
    guard let (_, start) = parsed.sessionStart else {
      throw .unusableTranscript(path: path, reason: TranscriptReplayError.missingStart.description)
    }
    let hash = ContentHash.sha256(dialogueText)
    if start.dialogueSHA256 != hash, !force {
      throw .unusableTranscript(
        path: path,
        reason: "la session a été menée avec un autre guide (\(start.dialogue) "
          + "\(start.dialogueVersion), \(start.dialogueSource)) que celui chargé ("
          + "\(dialogue.id) \(dialogue.version), \(dialogueSource)). Indiquez le même guide "
          + "avec --dialogue, ou forcez avec --force.")
    }
    let replayed: ReplayedTranscript
    do {
      replayed = try TranscriptReplay.replay(
        parsed, into: Interview(dialogue: dialogue, suggester: suggester))
    } catch {
      throw .unusableTranscript(path: path, reason: error.description)
    }
    var issues = parsed.issues
    if let line = replayed.firstMismatch {
      let issue = TranscriptIssue(line: line, kind: .replayMismatch)
      guard force else {
        throw .unusableTranscript(
          path: path,
          reason: "\(issue.description).\n"
            + "Elle a pu être modifiée après coup. Pour la reprendre quand même : --force.")
      }
      issues.append(issue)
    }
    var interview = replayed.interview
    if interview.isFinished {
      throw .unusableTranscript(path: path, reason: "l’entretien est déjà terminé.")
    }
    if let torn = parsed.tornLine {
      try file.truncate(to: parsed.completeByteCount)
      console.notify(.tornLineDropped(line: torn.line, zeroFilled: torn.isZeroFilled))
    }
    if force, !issues.isEmpty { console.notify(.integrityForced(issues)) }
    if file.makePrivate() { console.notify(.madePrivate(formerMode: Int(file.originalMode))) }
    console.notify(.transcript(path: path, resumed: true))
    let journal = TranscriptJournal(file: file, chain: parsed.chain)
    if let date = replayed.missingEventsDate, !replayed.missingEvents.isEmpty {
      // The last step's input reached the disk, its events did not (disk full, crash):
      // they are written again, at the step's time, as the replay produced them.
      try journal.record(replayed.missingEvents.map(TranscriptEntry.event), at: date)
      console.notify(.stepCompleted(events: replayed.missingEvents.count))
    }
    let date = TranscriptTime.rounded(clock())
    let resume = SessionResume(
      programVersion: programVersion, inputs: replayed.inputs,
      droppedTornLine: parsed.tornLine?.line,
      forcedLines: force && !issues.isEmpty ? issues.map(\.line) : nil)
    let events = interview.resume(at: date)
    let session = InterviewSession(
      interview: interview, journal: journal, console: console,
      renameOnCandidate: TranscriptLocation.hasDefaultNameWithoutCandidate(path)
        ? parsed.sessionStart?.record.date : nil,
      clock: clock)
    try session.record([.sessionResumed(resume)] + events.map(TranscriptEntry.event), at: date)
    session.renameIfCandidateKnown()
    return session
  }
}
