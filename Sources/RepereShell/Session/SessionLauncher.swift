import Foundation
import RepereCore

/// Opens a session: a new one with a new transcript, or one resumed from its transcript.
public struct SessionLauncher {
  /// The guide and the facts about its file (SHA-256 and source go into `session_started`).
  public var guide: LoadedGuide
  public var suggester: any PositioningSuggester
  public var programVersion: String
  public var clock: () -> Date
  /// The evaluator's signing key, if one exists.
  public var signer: TranscriptSigner?

  /// The dialogue the interview runs on.
  public var dialogue: Dialogue { guide.dialogue }

  public init(
    guide: LoadedGuide, suggester: any PositioningSuggester, programVersion: String,
    signer: TranscriptSigner? = nil, clock: @escaping () -> Date = { Date() }
  ) {
    self.signer = signer
    self.guide = guide
    self.suggester = suggester
    self.programVersion = programVersion
    self.clock = clock
  }

  /// Starts a new interview, its transcript at `transcriptPath` or at the default name in
  /// `directory` (renamed once the candidate is known).
  /// - Throws: ``ShellError`` when the transcript cannot be created.
  /// - Parameter preparationSHA256: the hash of the preparation the candidate brought.
  public func startNew(
    transcriptPath: String?, directory: String = ".", preparationSHA256: String? = nil,
    console: any Console
  ) throws(ShellError) -> InterviewSession {
    try startNew(
      Interview(dialogue: dialogue, suggester: suggester), transcriptPath: transcriptPath,
      directory: directory, preparationSHA256: preparationSHA256, console: console)
  }

  /// Starts a new conversation (an interview or a preparation), its transcript at
  /// `transcriptPath` or at the default name of its kind in `directory` (renamed once the
  /// candidate is known).
  /// - Throws: ``ShellError`` when the transcript cannot be created.
  /// - Parameter blocks: the blocks a preparation practises, recorded in `session_started`.
  public func startNew<Session: Conversation>(
    _ fresh: Session, transcriptPath: String?, directory: String = ".", blocks: [String]? = nil,
    preparationSHA256: String? = nil, console: any Console
  ) throws(ShellError) -> ConversationSession<Session> {
    let date = TranscriptTime.rounded(clock())
    let file: JournalFile
    if let transcriptPath {
      file = try JournalFile.create(at: transcriptPath, deferDirectorySync: true)
    } else {
      file = try TranscriptLocation.createDefault(
        in: directory, date: date, candidate: nil, deferDirectorySync: true, mode: Session.mode)
    }
    let journal = TranscriptJournal(file: file)
    if let header = header(Session.self, resumed: false) { console.notify(header) }
    console.notify(.transcript(path: file.path, resumed: false))
    var interview = fresh
    let start = SessionStart(
      programVersion: programVersion, dialogue: guide.identity.id,
      dialogueVersion: guide.identity.version, dialogueSHA256: guide.identity.sha256,
      dialogueSource: guide.identity.source, signingKey: signer?.publicKey.fingerprint,
      mode: Session.mode == .interview ? nil : Session.mode, blocks: blocks,
      preparationSHA256: preparationSHA256)
    let events = interview.start(at: date)
    let session = ConversationSession(
      interview: interview, journal: journal, console: console,
      renameOnCandidate: transcriptPath == nil ? date : nil, signer: signer,
      isNew: true, clock: clock)
    // Not synced: the first question comes sooner, and until it is answered nothing typed
    // can be lost; the first answer's sync writes these lines with it.
    try session.record(
      [.sessionStarted(start)] + events.map(TranscriptEntry.event), at: date, sync: false)
    return session
  }

  /// Resumes the interview recorded in the transcript at `path`.
  ///
  /// The file is opened without following a symbolic link and locked before it is read,
  /// so a second process is refused at once. The core decides (``ResumePreparation``):
  /// a torn (or zero-filled) last line is reported and cut off; a broken chain, a line
  /// that differs from the replay or a different dialogue is refused unless `force`. The
  /// events of a torn last step are written again, a `session_resumed` line and the
  /// interview's `resumed` event are appended, a default-named transcript gets the
  /// candidate's name, and the pending question comes next.
  /// - Throws: ``ShellError/unusableTranscript(path:reason:)`` and file errors.
  public func resume(path: String, force: Bool, console: any Console) throws(ShellError)
    -> InterviewSession
  {
    try resume(path: path, force: force, console: console) { _ in
      Interview(dialogue: dialogue, suggester: suggester)
    }
  }

  /// Resumes the conversation recorded at `path`, as ``resume(path:force:console:)`` does
  /// for an interview.
  /// - Parameter fresh: the conversation to replay into (not started), made from the
  ///   transcript's first line (a preparation's chosen blocks are recorded there).
  /// - Throws: ``ShellError/unusableTranscript(path:reason:)`` and file errors.
  public func resume<Session: Conversation>(
    path: String, force: Bool, console: any Console,
    fresh: (SessionStart) throws(ShellError) -> Session
  ) throws(ShellError) -> ConversationSession<Session> {
    let file = try JournalFile.openForResuming(at: path)
    let parsed = TranscriptParser.parse(Data(try file.readAll()))
    guard let (_, start) = parsed.sessionStart else {
      throw .unusableTranscript(path: path, reason: TranscriptReplayError.missingStart.description)
    }
    let replayInto = try fresh(start)
    let plan: ConversationResumePlan<Session>
    do {
      plan = try ResumePreparation.prepare(
        parsed, on: replayInto, guide: guide.identity, force: force)
    } catch .alreadyFinished {
      throw .interviewFinished(path: path)
    } catch {
      throw .unusableTranscript(path: path, reason: error.description)
    }
    if let torn = plan.tornLine {
      try file.truncate(to: plan.completeByteCount)
      console.notify(.tornLineDropped(line: torn, zeroFilled: plan.tornLineIsZeroFilled))
    }
    if !plan.forcedIssues.isEmpty { console.notify(.integrityForced(plan.forcedIssues)) }
    if file.makePrivate() { console.notify(.madePrivate(formerMode: Int(file.originalMode))) }
    if let header = header(Session.self, resumed: true) { console.notify(header) }
    console.notify(.transcript(path: path, resumed: true))
    let journal = TranscriptJournal(file: file, chain: plan.chain)
    if let date = plan.missingEventsDate, !plan.missingEvents.isEmpty {
      // The last step's input reached the disk, its events did not (disk full, crash):
      // they are written again, at the step's time, as the replay produced them.
      try journal.record(plan.missingEvents.map(TranscriptEntry.event), at: date)
      console.notify(.stepCompleted(events: plan.missingEvents.count))
    }
    let date = TranscriptTime.rounded(clock())
    var interview = plan.interview
    let events = interview.resume(at: date)
    let session = ConversationSession(
      interview: interview, journal: journal, console: console,
      renameOnCandidate: TranscriptLocation.hasDefaultNameWithoutCandidate(
        path, mode: Session.mode)
        ? parsed.sessionStart?.record.date : nil,
      signer: signer, clock: clock)
    try session.record(
      [.sessionResumed(plan.record(programVersion: programVersion))]
        + events.map(TranscriptEntry.event), at: date)
    session.renameIfCandidateKnown()
    return session
  }

  /// The interview's opening header; none for a preparation, whose own opening (an event)
  /// presents it to the candidate.
  private func header<Session: Conversation>(_: Session.Type, resumed: Bool) -> SessionNotice? {
    guard Session.mode == .interview else { return nil }
    return .header(guide: dialogue.title, version: dialogue.version, resumed: resumed)
  }
}
