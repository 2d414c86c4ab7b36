import Foundation

/// A transcript cut into the steps a reviewer goes through, with the lists a reviewer asks
/// for: overrides, back-edits, a word's occurrences, time per block.
///
/// Built from the recorded lines only (what happened, not what today's engine would do:
/// that is ``EngineCheck``'s). Pure: takes a parsed transcript.
public struct ReplayScript: Sendable, Equatable {
  /// The steps, in order.
  public var steps: [ReplayStep]

  public init(steps: [ReplayStep]) { self.steps = steps }

  /// Cuts a parsed transcript into steps: one per input line, stop, resumption and
  /// signature, each with the events written after it.
  public init(_ transcript: ParsedTranscript) {
    var steps: [ReplayStep] = []
    var pendingAsk: Ask?
    var block: String?
    for record in transcript.records {
      switch record.entry {
      case .event(let event):
        if steps.isEmpty {
          // Events before any step (a transcript that does not begin with its start).
          steps.append(
            ReplayStep(
              line: record.line, date: record.date, block: block, kind: .resumed, events: []))
        }
        steps[steps.count - 1].events.append(event)
        switch event {
        case .ask(let ask): pendingAsk = ask
        case .blockStarted(let started): block = started.block
        default: break
        }
        continue
      case .sessionStarted(let start):
        steps.append(
          ReplayStep(
            line: record.line, date: record.date, block: block, kind: .opening(start), events: []))
      case .input(let input):
        let ask = pendingAsk?.id == input.ask ? pendingAsk : nil
        steps.append(
          ReplayStep(
            line: record.line, date: record.date, block: block,
            kind: .input(ask: ask, askID: input.ask, text: input.text), events: []))
      case .sessionStopped(let stop):
        steps.append(
          ReplayStep(
            line: record.line, date: record.date, block: block, kind: .stopped(stop.reason),
            events: []))
      case .sessionResumed:
        steps.append(
          ReplayStep(
            line: record.line, date: record.date, block: block, kind: .resumed, events: []))
      case .signature(let signature):
        steps.append(
          ReplayStep(
            line: record.line, date: record.date, block: block,
            kind: .signed(fingerprint: signature.key), events: []))
      }
    }
    self.steps = steps
  }

  /// The index of the first step of `block` (where it begins, or else the first step
  /// spent on it), `nil` when the session never reached it.
  public func firstStep(ofBlock block: String) -> Int? {
    let folded = block.caseAndAccentFolded
    return steps.firstIndex { $0.blocksStarted.contains { $0.caseAndAccentFolded == folded } }
      ?? steps.firstIndex { $0.block?.caseAndAccentFolded == folded }
  }

  /// Every decision that differs from the suggestion, with its step.
  public var overrides: [(step: Int, decision: InterviewEvent.Decision)] {
    events { if case .decision(let decision) = $0, decision.overridden { decision } else { nil } }
  }

  /// Every answer given again after `/retour`, with its step.
  public var backEdits: [(step: Int, edit: InterviewEvent.BackEdit)] {
    events { if case .backEdit(let edit) = $0 { edit } else { nil } }
  }

  /// The steps whose typed line, answers, notes or reasons hold `word` (case and accents
  /// ignored).
  public func steps(containing word: String) -> [Int] {
    let needle = word.caseAndAccentFolded
    guard !needle.isEmpty else { return [] }
    return steps.indices.filter { index in
      Self.searchableTexts(of: steps[index]).contains { $0.caseAndAccentFolded.contains(needle) }
    }
  }

  /// Seconds between each step and the next, counted to the block being assessed, from
  /// the recorded times; the pause between a stop and the resumption is not counted.
  /// Blocks in the order they were first worked on.
  public var timePerBlock: [(block: String, seconds: Double)] {
    var order: [String] = []
    var seconds: [String: Double] = [:]
    for (step, next) in zip(steps, steps.dropFirst()) {
      if case .stopped = step.kind { continue }
      if case .signed = step.kind { continue }
      guard let block = step.blocksStarted.last ?? step.block, let start = step.date,
        let end = next.date
      else { continue }
      if case .resumed = next.kind { continue }
      if seconds[block] == nil { order.append(block) }
      seconds[block, default: 0] += max(0, end.timeIntervalSince(start))
    }
    return order.map { ($0, seconds[$0] ?? 0) }
  }

  private func events<Value>(_ pick: (InterviewEvent) -> Value?) -> [(step: Int, Value)] {
    steps.indices.flatMap { index in
      steps[index].events.compactMap { event in pick(event).map { (index, $0) } }
    }
  }

  private static func searchableTexts(of step: ReplayStep) -> [String] {
    var texts: [String] = []
    if case .input(_, _, let text) = step.kind { texts.append(text) }
    for event in step.events {
      switch event {
      case .answer(let answer): texts.append(answer.text)
      case .note(let note): texts.append(note.text)
      case .decision(let decision): texts.append(decision.reason ?? "")
      case .backEdit(let edit): texts += [edit.old, edit.new]
      case .manualItem(let item): texts.append(item.note)
      default: break
      }
    }
    return texts
  }
}
