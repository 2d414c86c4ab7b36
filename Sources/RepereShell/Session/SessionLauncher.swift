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
  /// The chain is checked; a torn last line is reported and cut off; a broken chain or a
  /// different dialogue is refused unless `force`. The recorded lines are replayed into a
  /// fresh interview, a `session_resumed` line and the interview's `resumed` event are
  /// appended, and the pending question comes next.
  /// - Throws: ``ShellError/unusableTranscript(path:reason:)`` and file errors.
  public func resume(path: String, force: Bool, console: any Console) throws(ShellError)
    -> InterviewSession
  {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .file(path: path, action: "de lire la transcription", errno: ENOENT)
    }
    guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
      throw .file(
        path: path, action: "de lire la transcription",
        errno: isDirectory.boolValue ? EISDIR : EACCES)
    }
    let parsed = TranscriptParser.parse(data)
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
    let replayed: (interview: Interview, inputs: Int)
    do {
      replayed = try TranscriptReplay.replay(
        parsed, into: Interview(dialogue: dialogue, suggester: suggester))
    } catch {
      throw .unusableTranscript(path: path, reason: error.description)
    }
    var interview = replayed.interview
    if interview.isFinished {
      throw .unusableTranscript(path: path, reason: "l’entretien est déjà terminé.")
    }
    let file = try JournalFile.openForAppending(at: path)
    if let torn = parsed.tornLine {
      try file.truncate(to: parsed.completeByteCount)
      console.notify(.tornLineDropped(line: torn.line))
    }
    if force, !parsed.issues.isEmpty { console.notify(.integrityForced(parsed.issues)) }
    console.notify(.transcript(path: path, resumed: true))
    let journal = TranscriptJournal(file: file, chain: parsed.chain)
    let date = TranscriptTime.rounded(clock())
    let resume = SessionResume(
      programVersion: programVersion, inputs: replayed.inputs,
      droppedTornLine: parsed.tornLine?.line,
      forcedLines: force && !parsed.issues.isEmpty ? parsed.issues.map(\.line) : nil)
    let events = interview.resume(at: date)
    let session = InterviewSession(
      interview: interview, journal: journal, console: console, clock: clock)
    try session.record([.sessionResumed(resume)] + events.map(TranscriptEntry.event), at: date)
    return session
  }
}
