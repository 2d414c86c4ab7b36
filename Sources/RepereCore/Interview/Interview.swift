import Foundation

/// The guided interview as a pure state machine: input lines in, events out.
///
/// The owner (a shell) calls ``start(at:)`` once, then ``receive(_:at:)`` with each line
/// the evaluator types, and performs the returned events (show, record). Nothing here
/// touches a terminal, a file or the clock: the same dialogue, suggester, lines and times
/// always give the same events, so a session resumes by re-feeding its recorded lines.
///
/// `/retour` works on an explicit history: before each accepted answer the whole
/// ``Progression`` (a value) is pushed, and going back restores it, so everything
/// downstream (evidence, suggestion, competence closure) is recomputed as the
/// conversation moves forward again.
public struct Interview: Sendable {
  public let dialogue: Dialogue
  /// The evidence engine; a transcript's replay answers from what the transcript recorded
  /// (``TranscriptSuggester``).
  public internal(set) var suggester: any PositioningSuggester
  /// The guide's positioning levels as typed answers match them (built once: every
  /// positioning reads them, and building them folds every label).
  let levelChoices: ChoiceMatcher
  /// The guide's means, likewise.
  let meansChoices: ChoiceMatcher

  /// Where the conversation is.
  ///
  /// What a step works on lives in its case (``Step``): the block in progress in
  /// ``Step/block(_:_:)``, the competence closure in progress in ``Step/closure(_:_:)``.
  /// The pending ask is derived from the state (``pendingAsk``), never stored beside it.
  enum State: Sendable, Equatable {
    /// Created; ``start(at:)`` not called yet.
    case idle
    /// Waiting for the answer to the question of this step. `prefill` is the previous
    /// answer when the question is asked again after `/retour` (`nil` otherwise): the ask
    /// offers it, and an empty line keeps it.
    case waiting(Step, prefill: String?)
    /// Over: the final recap was emitted. `/retour` and `/bilan` still work.
    case finished
  }

  /// Everything `/retour` restores: the state and what was recorded with it.
  struct Progression: Sendable {
    var state: State = .idle
    var identity = Identity()
    var opening: [OpeningNote] = []
    var blocks: [String: BlockRecord] = [:]
    var closures: [String: CompetenceClosure] = [:]
    /// Blocks left with `/passer` or `/aller` after some answers, by block index:
    /// restored (with the question they were at) when the block is begun again.
    var parked: [Int: ParkedBlock] = [:]
    /// Competences whose closure was skipped with `/passer` (left for the end).
    var skippedClosures: Set<String> = []
    /// The competence whose `competence_started` was shown last.
    var shownCompetence: String?
  }

  /// An answer and the progression before it, for `/retour`.
  struct HistoryEntry: Sendable {
    var before: Progression
    /// The ask answered.
    var id: String
    /// The answer as it would be pre-filled (`nil` for a skip or a jump).
    var value: String?
  }

  /// The answer being corrected after `/retour`: logged as `back_edit` once given.
  struct PendingEdit: Sendable {
    var id: String
    var old: String
  }

  var progression = Progression()
  var history: [HistoryEntry] = []
  /// Notes survive `/retour`: they are not answers.
  var notes: [InterviewEvent.Note] = []
  var pendingEdit: PendingEdit?
  var lastInput = Date(timeIntervalSince1970: 0)
  /// Seconds spent on each block's questions; real time, so `/retour` keeps it.
  var timeSpent: [String: Double] = [:]

  /// Creates an interview; nothing happens until ``start(at:)``.
  public init(dialogue: Dialogue, suggester: any PositioningSuggester) {
    self.dialogue = dialogue
    self.suggester = suggester
    self.levelChoices = ChoiceMatcher.levels(dialogue.levels)
    self.meansChoices = ChoiceMatcher.means(dialogue.means)
  }

  /// Begins the interview.
  /// - Parameter date: the time of the start (used as the recap date until an answer comes).
  /// - Returns: `started` and the first `ask`; nothing if already started (a second call
  ///   is tolerated, as ``Conversation`` says).
  public mutating func start(at date: Date) -> [InterviewEvent] {
    guard progression.state == .idle else { return [] }
    lastInput = date
    var events: [InterviewEvent] = [
      .started(
        .init(
          dialogue: dialogue.id, version: dialogue.version, title: dialogue.title,
          blocks: dialogue.blocks.count))
    ]
    go(to: .identity(0), &events)
    return events
  }

  /// Handles one input line (an answer or a `/command`).
  /// - Parameters:
  ///   - line: the line as typed, without its newline.
  ///   - date: when it was typed.
  /// - Returns: the events, ending with the next `ask` unless the interview finished or
  ///   was suspended.
  public mutating func receive(_ line: String, at date: Date) -> [InterviewEvent] {
    let step: Step?
    let prefill: String?
    switch progression.state {
    case .idle: preconditionFailure("receive(_:at:) called before start(at:)")
    case .waiting(let waiting, let previous): (step, prefill) = (waiting, previous)
    case .finished: (step, prefill) = (nil, nil)
    }
    if let block = step?.block {
      timeSpent[dialogue.blocks[block].id, default: 0] += max(
        0, date.timeIntervalSince(lastInput))
    }
    lastInput = date
    var events: [InterviewEvent] = []
    let (text, originalLength, removed) = InputLine.clean(line)
    if removed > 0 {
      events.append(.inputCleaned(.init(removed: removed)))
    }
    if let originalLength {
      events.append(.inputTruncated(.init(length: originalLength, kept: text.count)))
    }
    if text.hasPrefix("/") && !text.hasPrefix("//") {
      handleCommand(text, &events)
    } else if let step {
      var answer = text.hasPrefix("//") ? String(text.dropFirst()) : text
      if answer.isEmpty, let prefill, !prefill.isEmpty {
        answer = prefill  // after `/retour`, an empty line keeps the previous answer
      }
      answerStep(step, with: answer, &events)
    } else {
      events.append(.info(.init(text: "L’entretien est terminé.")))
    }
    return events
  }

  /// After re-feeding a suspended session's lines: the `resumed` event and the pending ask.
  /// - Returns: `resumed`, the current block's `block_started` again when the pending
  ///   question belongs to a block, and the pending `ask`; nothing once finished.
  public mutating func resume(at date: Date) -> [InterviewEvent] {
    lastInput = date
    switch progression.state {
    case .idle:
      preconditionFailure("resume(at:) called before start(at:)")
    case .finished:
      return []
    case .waiting(let step, let prefill):
      let ask = ask(for: step, prefill: prefill)
      var events: [InterviewEvent] = [.resumed(.init(id: ask.id))]
      if let index = step.block {
        // The block's title again, so the pending question has its context.
        let block = dialogue.blocks[index]
        events.append(
          .blockStarted(
            .init(
              block: block.id, title: block.title.display, index: index + 1,
              total: dialogue.blocks.count)))
      }
      return events + [.ask(ask)]
    }
  }

  /// The question awaiting an answer, `nil` before ``start(at:)`` and once finished:
  /// the ask of the step the state waits on.
  public var pendingAsk: Ask? {
    guard case .waiting(let step, let prefill) = progression.state else { return nil }
    return ask(for: step, prefill: prefill)
  }

  /// Whether the interview is over.
  public var isFinished: Bool { progression.state == .finished }

  /// What has been recorded so far.
  public var record: InterviewRecord {
    var unfinished: [String: UnfinishedBlock] = [:]
    var drafts = progression.parked.values.map { ($0.draft, true) }
    if case .waiting(.block(let draft, _), _) = progression.state {
      drafts.append((draft, false))
    }
    for (draft, parked) in drafts where progression.blocks[dialogue.blocks[draft.block].id] == nil {
      unfinished[dialogue.blocks[draft.block].id] = UnfinishedBlock(
        parked: parked, gate: draft.gate, answers: draft.answers, probed: draft.probed,
        assessment: draft.assessment)
    }
    return InterviewRecord(
      identity: progression.identity, opening: progression.opening,
      blocks: progression.blocks, closures: progression.closures, notes: notes,
      unfinished: unfinished, timeSpent: timeSpent)
  }

  /// The recap of what has been decided so far, dated with the last input's time.
  public var recap: CompiledRecap {
    RecapCompiler.compile(dialogue: dialogue, record: record, date: lastInput)
  }
}
