import Foundation

/// The candidate's practice session (`repere preparation`) as a pure state machine: input
/// lines in, events out, like ``Interview``.
///
/// The candidate gives his name, then answers the guide's questions, verbatim, block by
/// block (the blocks chosen, ``selection``). After each block, no positioning: a
/// ``PreparationFeedback``. `/recommencer` practises a block again and the feedback then
/// shows the progress since the previous attempt. Every attempt is kept: the preparation
/// sheet takes the latest of each block.
public struct Preparation: Sendable {
  public let dialogue: Dialogue
  /// The evidence engine; a transcript's replay answers from what the transcript recorded
  /// (``TranscriptSuggester``).
  public internal(set) var suggester: any PositioningSuggester
  /// The indices (in `dialogue.blocks`) of the blocks to practise, in the guide's order.
  public let selection: [Int]

  /// A question of the preparation, with what answering it works on.
  enum Step: Sendable, Equatable {
    /// The candidate's name.
    case name
    /// The candidate's first name.
    case firstName
    /// The yes/no question of a block (index in `dialogue.blocks`).
    case gate(block: Int)
    /// An open question of the block being answered (its gate answered yes), with the
    /// answers so far.
    case question(Draft, number: Int)
    /// Every chosen block practised or passed: finish, or `/recommencer` one.
    case end

    /// The block the step belongs to, if any.
    var block: Int? {
      switch self {
      case .gate(let block): block
      case .question(let draft, _): draft.block
      case .name, .firstName, .end: nil
      }
    }

    /// Whether the step asks the candidate's name or first name.
    var isIdentity: Bool {
      switch self {
      case .name, .firstName: true
      case .gate, .question, .end: false
      }
    }
  }

  /// Where the preparation is. The block being answered lives in its step
  /// (``Step/question(_:number:)``); the pending ask is derived from the state.
  enum State: Sendable, Equatable {
    /// Created; ``start(at:)`` not called yet.
    case idle
    /// Waiting for the answer to a step's question.
    case waiting(Step)
    /// Over.
    case finished
  }

  /// A block being answered (its gate answered yes): its open answers so far.
  struct Draft: Sendable, Equatable {
    var block: Int
    var answers: [String] = []
  }

  var state = State.idle
  var candidate = Person()
  /// Every attempt at each block (by block id), in order.
  var attempts: [String: [BlockAttempt]] = [:]
  /// Blocks left with `/passer`, not asked again unless the candidate goes back to them.
  var passed: Set<Int> = []
  /// The block whose feedback was shown last, what `/recommencer` retries by default.
  var lastPractised: Int?
  /// The competence whose heading was shown last.
  var shownCompetence: String?
  var lastInput = Date(timeIntervalSince1970: 0)

  /// Creates a preparation; nothing happens until ``start(at:)``.
  /// - Parameter selection: The blocks to practise (indices in `dialogue.blocks`), every
  ///   block when `nil`; see ``PreparationSelection``.
  public init(dialogue: Dialogue, suggester: any PositioningSuggester, selection: [Int]? = nil) {
    self.dialogue = dialogue
    self.suggester = suggester
    self.selection = selection ?? Array(dialogue.blocks.indices)
  }

  /// Begins: `started`, the presentation addressed to the candidate, the first question;
  /// nothing if already started.
  public mutating func start(at date: Date) -> [InterviewEvent] {
    guard state == .idle else { return [] }
    lastInput = date
    var events: [InterviewEvent] = [
      .started(
        .init(
          dialogue: dialogue.id, version: dialogue.version, title: dialogue.title,
          blocks: selection.count)),
      .presentation(
        .init(
          title: PreparationWording.title(dialogue), text: PreparationWording.opening,
          competences: chosenCompetences)),
    ]
    go(to: .name, &events)
    return events
  }

  /// Handles one input line (an answer or a `/command`).
  public mutating func receive(_ line: String, at date: Date) -> [InterviewEvent] {
    let step: Step?
    switch state {
    case .idle: preconditionFailure("receive(_:at:) called before start(at:)")
    case .waiting(let waiting): step = waiting
    case .finished: step = nil
    }
    lastInput = date
    var events: [InterviewEvent] = []
    let (text, originalLength, removed) = InputLine.clean(line)
    if removed > 0 { events.append(.inputCleaned(.init(removed: removed))) }
    if let originalLength {
      events.append(.inputTruncated(.init(length: originalLength, kept: text.count)))
    }
    if text.hasPrefix("/") && !text.hasPrefix("//") {
      handleCommand(text, &events)
    } else if let step {
      answer(step, with: text.hasPrefix("//") ? String(text.dropFirst()) : text, &events)
    } else {
      events.append(.info(.init(text: "La préparation est terminée.")))
    }
    return events
  }

  /// After re-feeding a suspended session's lines: `resumed`, the block's heading again and
  /// the pending question; nothing once finished.
  public mutating func resume(at date: Date) -> [InterviewEvent] {
    lastInput = date
    switch state {
    case .idle:
      preconditionFailure("resume(at:) called before start(at:)")
    case .finished:
      return []
    case .waiting(let step):
      let ask = makeAsk(step)
      var events: [InterviewEvent] = [.resumed(.init(id: ask.id))]
      if let index = step.block {
        events.append(.blockStarted(blockStarted(index)))
      }
      return events + [.ask(ask)]
    }
  }

  /// The question awaiting an answer, `nil` before ``start(at:)`` and once finished: the
  /// ask of the step the state waits on.
  public var pendingAsk: Ask? {
    guard case .waiting(let step) = state else { return nil }
    return makeAsk(step)
  }

  /// Whether the preparation is over.
  public var isFinished: Bool { state == .finished }

  /// What the preparation holds so far: the candidate and every attempt.
  public var record: PreparationRecord {
    PreparationRecord(
      candidate: candidate, selection: selection.map { dialogue.blocks[$0].id },
      attempts: attempts, date: lastInput)
  }

  /// The competences the chosen blocks belong to, in order.
  var chosenCompetences: [InterviewEvent.CompetenceHeading] {
    let chosen = Set(selection.map { dialogue.blocks[$0].id })
    return dialogue.competences.filter { $0.blocks.contains { chosen.contains($0.id) } }.map {
      .init(competence: $0.id, title: $0.title.display)
    }
  }
}

extension Preparation: Conversation {
  public static var mode: SessionMode { .preparation }

  public var candidateName: (nom: String, prenom: String)? {
    guard !candidate.nom.isEmpty, !candidate.prenom.isEmpty else { return nil }
    return (candidate.nom, candidate.prenom)
  }

  public func assessing(with suggester: any PositioningSuggester) -> Preparation {
    var copy = self
    copy.suggester = suggester
    return copy
  }
}

/// One attempt at a block: what the candidate answered and the feedback he got.
public struct BlockAttempt: Sendable, Equatable {
  /// The answer to the yes/no question.
  public var gate: Bool
  /// The answers to the open questions, in order (none when the gate is « non »).
  public var answers: [String]
  public var feedback: PreparationFeedback

  public init(gate: Bool, answers: [String], feedback: PreparationFeedback) {
    self.gate = gate
    self.answers = answers
    self.feedback = feedback
  }
}
