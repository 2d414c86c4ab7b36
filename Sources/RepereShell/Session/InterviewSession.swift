import Foundation
import RepereCore

/// The evaluator's interview session.
public typealias InterviewSession = ConversationSession<Interview>

/// Drives a ``Conversation`` (an ``Interview`` or the candidate's ``Preparation``) with a
/// ``Console`` and records everything in a ``TranscriptJournal``.
///
/// Each step: read a line, give it to the interview, record the `input` line and the
/// events on disk (synced), then show the events; the next question is shown only once
/// the step is on disk. End of input and signals stop the session cleanly: what was
/// answered is already recorded, and the session resumes from its transcript.
public final class ConversationSession<Session: Conversation> {
  private var interview: Session
  private let journal: TranscriptJournal
  private let console: any Console
  private let clock: () -> Date
  /// When set, the transcript was created with the default name and is renamed once the
  /// candidate's name is known (the date is the one of the name).
  private var pendingRename: Date?
  /// The evaluator's key, when one exists: the chain's head is signed at every stop.
  private let signer: TranscriptSigner?
  /// True for a new session until a first line is typed: stopping then removes the
  /// transcript, which holds nothing a person gave.
  private var untouched: Bool

  /// - Parameters:
  ///   - interview: the interview, started or resumed (its pending ask is next).
  ///   - journal: the transcript to append to.
  ///   - console: the conversation's shell.
  ///   - renameOnCandidate: the session's date if the transcript has the default name.
  ///   - signer: the evaluator's signing key, if any.
  ///   - isNew: whether the transcript was created for this session (it is removed if the
  ///     session stops before any line is typed).
  ///   - clock: the current time (tests pass a fixed one).
  public init(
    interview: Session, journal: TranscriptJournal, console: any Console,
    renameOnCandidate: Date? = nil, signer: TranscriptSigner? = nil, isNew: Bool = false,
    clock: @escaping () -> Date = { Date() }
  ) {
    self.signer = signer
    self.untouched = isNew
    self.interview = interview
    self.journal = journal
    self.console = console
    self.pendingRename = renameOnCandidate
    self.clock = clock
  }

  /// The path of the transcript (it may have been renamed).
  public var transcriptPath: String { journal.path }

  /// The interview as it stands.
  public var current: Session { interview }

  /// The time to use for one step: rounded as the transcript writes it.
  private func now() -> Date { TranscriptTime.rounded(clock()) }

  /// Records entries and shows the events among them.
  /// - Parameter sync: Whether the lines must be on the disk first (see
  ///   ``TranscriptJournal/record(_:at:sync:)``).
  /// - Throws: ``ShellError`` when the transcript cannot be written.
  public func record(_ entries: [TranscriptEntry], at date: Date, sync: Bool = true)
    throws(ShellError)
  {
    try journal.record(entries, at: date, sync: sync)
    let events = entries.compactMap { entry -> InterviewEvent? in
      if case .event(let event) = entry { return event }
      return nil
    }
    console.show(events)
  }

  /// Converses until the interview ends or the session stops, then signs the transcript
  /// when there is a key (unless it was removed because nothing was typed).
  /// - Returns: how the session ended.
  /// - Throws: ``ShellError`` when the transcript cannot be written: the session stops
  ///   rather than go on without a record.
  public func run() throws(ShellError) -> SessionOutcome {
    let outcome = try converse()
    // A session stopped before any line was typed has no transcript left to sign.
    if case .nothingTyped = outcome { return outcome }
    try sign()
    return outcome
  }

  /// Appends a `signature` line for every line written so far (nothing without a key).
  func sign() throws(ShellError) {
    guard let signer else { return }
    let head = journal.head
    try journal.record([.signature(signer.sign(lines: head.lines, head: head.hash))], at: now())
  }

  private func converse() throws(ShellError) -> SessionOutcome {
    while true {
      guard !interview.isFinished, let ask = interview.pendingAsk else { return .finished }
      switch console.read(ask) {
      case .line(let text, let repaired, let truncated):
        untouched = false
        if repaired { console.notify(.encodingRepaired) }
        if truncated > 0 { console.notify(.inputTruncated(bytes: truncated)) }
        let date = now()
        let events = interview.receive(text, at: date)
        let input = InputRecord(ask: ask.id, text: text, repairedEncoding: repaired ? true : nil)
        try record([.input(input)] + events.map(TranscriptEntry.event), at: date)
        console.remember(text, answering: ask)
        renameIfCandidateKnown()
        if events.contains(where: { if case .suspended = $0 { true } else { false } }) {
          return .suspended(reason: .quit)
        }
      case .endOfFile:
        return try stop(reason: .endOfInput, ask: ask)
      case .interrupted(let hadText):
        if hadText {
          console.notify(.lineCleared)
        } else if console.confirmQuit() {
          return try stop(reason: .interrupt, ask: ask)
        }
      case .stopped(let signal):
        let reason: StopReason =
          switch signal {
          case .terminate: .sigterm
          case .hangup: .sighup
          case .interrupt, .windowChange: .interrupt
          }
        return try stop(reason: reason, ask: ask)
      }
    }
  }

  private func stop(reason: StopReason, ask: Ask) throws(ShellError) -> SessionOutcome {
    if untouched, journal.journalFile.remove() { return .nothingTyped }
    try journal.record([.sessionStopped(SessionStop(reason: reason, ask: ask.id))], at: now())
    return .suspended(reason: reason)
  }

  /// Renames a default-named transcript once the candidate's name and first name are known.
  func renameIfCandidateKnown() {
    guard let date = pendingRename else { return }
    guard let candidate = interview.candidateName else { return }
    pendingRename = nil
    if TranscriptLocation.rename(
      journal.journalFile, date: date, candidate: "\(candidate.nom) \(candidate.prenom)",
      mode: Session.mode)
    {
      console.notify(.transcriptRenamed(path: journal.path))
    }
  }
}
