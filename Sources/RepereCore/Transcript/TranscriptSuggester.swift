import Foundation

/// The evidence engine as a transcript recorded it: what was shown at each point of the
/// session, whatever today's engine would say.
///
/// ``TranscriptReplay`` replays every transcript with it, so that reading a session (its
/// recap, its replay, its statistics, its anonymised copy, its resumption) shows the
/// evidence, probes and suggestions the evaluator saw, even when the lexicon, the rubric or
/// the confidence changed since: the replay no longer diverges from the recorded inputs.
///
/// While the replay re-feeds a step (the start, an input line, a resumption), each call
/// is answered from that step's recorded events, in order:
/// - an assessment of answers (« oui » to the block's question) by the block's next event
///   in the step: its `evidence` (the criteria: which have evidence, hence the probes), or
///   its `suggestion` (level, reason, confidence) when the interview assesses again before
///   suggesting, or its `feedback` in a preparation;
/// - the assessment of a « non » by the step's `suggestion` for the block (or `feedback`);
/// - whether an answer denies the practice by whether the step shows the interview's notice.
///
/// Once the replay is over (a resumed session goes on), an assessment of answers the
/// transcript suggested on is the recorded one; anything else goes to `fallback`, today's
/// engine, as does the level of an assessment whose suggestion the transcript never showed
/// (a session stopped during the probes: its recorded evidence is kept). Nothing of
/// `fallback` runs for what the transcript records: it may compile lazily.
///
/// What it cannot give back is what no event shows: the engine's hits (offsets, terms,
/// readings) and block signals beyond the words and explanations shown
/// (``RecordedAssessment``).
public final class TranscriptSuggester: PositioningSuggester, @unchecked Sendable {
  /// The engine for what the transcript does not record.
  public let fallback: any PositioningSuggester
  /// The recorded events, in order.
  private let events: [InterviewEvent]
  /// For each record that begins a step (by its index in the transcript's records), the
  /// indices in ``events`` of the events that follow it.
  private let steps: [Int: Range<Int>]

  // Everything below is read and written only with `lock` held.
  private let lock = NSLock()
  /// The events of the step being replayed still to answer calls; `nil` once the replay
  /// is over.
  private var step: Range<Int>?
  /// The assessments recorded so far, by block, yes/no answer and answers.
  private var recorded: [Key: Recorded] = [:]

  private struct Key: Hashable {
    var block: String
    var gate: Bool
    var answers: [String]
  }

  private struct Recorded {
    var assessment: BlockAssessment
    /// `nil` when the transcript does not show it (then `fallback` says).
    var confidence: SuggestionConfidence?
  }

  /// Reads the recorded events of `transcript`.
  /// - Parameter fallback: today's engine, for what the transcript does not record.
  public init(_ transcript: ParsedTranscript, fallback: any PositioningSuggester) {
    self.fallback = fallback
    var events: [InterviewEvent] = []
    var steps: [Int: Range<Int>] = [:]
    var begun: Int?
    for (index, record) in transcript.records.enumerated() {
      if case .event(let event) = record.entry {
        events.append(event)
        continue
      }
      if let begun { steps[begun] = steps[begun].map { $0.lowerBound..<events.count } }
      begun = index
      steps[index] = events.count..<events.count
    }
    if let begun { steps[begun] = steps[begun].map { $0.lowerBound..<events.count } }
    self.events = events
    self.steps = steps
  }

  /// The replay re-feeds the step that the record at `index` (in the transcript's records)
  /// begins: the session's start, an input line or a resumption.
  func replaying(stepAt index: Int) {
    lock.withLock { step = steps[index] ?? events.endIndex..<events.endIndex }
  }

  /// The replay is over: what comes next is new.
  func replayEnded() {
    lock.withLock { step = nil }
  }

  public func assess(block: Block, gate: Bool, answers: [String]) -> BlockAssessment {
    let key = Key(block: block.id, gate: gate, answers: answers)
    let found: Recorded? = lock.withLock {
      if let shown = shownInStep(key) { return shown }
      return recorded[key].flatMap { $0.confidence == nil ? nil : $0 }
    }
    if let found { return found.assessment }
    var live = fallback.assess(block: block, gate: gate, answers: answers)
    if let evidence = lock.withLock({ recorded[key] }) {
      // Assessed but never suggested: the evidence recorded, the level today's engine's.
      live.criteria = evidence.assessment.criteria
    }
    let confidence = fallback.confidence(of: live, block: block, gate: gate, answers: answers)
    lock.withLock {
      if recorded[key] != nil { recorded[key] = Recorded(assessment: live, confidence: confidence) }
    }
    return live
  }

  public func confidence(
    of assessment: BlockAssessment, block: Block, gate: Bool, answers: [String]
  ) -> SuggestionConfidence {
    let key = Key(block: block.id, gate: gate, answers: answers)
    let known: SuggestionConfidence? = lock.withLock {
      guard let entry = recorded[key] else { return nil }
      // During the replay, the confidence of an assessment comes with its suggestion (the
      // interview assesses again before suggesting); until then nothing reads it.
      return entry.confidence ?? (step == nil ? nil : Self.unshown)
    }
    return known ?? fallback.confidence(of: assessment, block: block, gate: gate, answers: answers)
  }

  /// What stands for a confidence the transcript shows later, with the suggestion.
  private static let unshown = SuggestionConfidence(level: .high, score: 1)

  public func deniesPractice(block: Block, answer: String) -> Bool {
    let shown: Bool? = lock.withLock {
      guard let step else { return nil }
      // Most steps show no notice at all: the notice's text is only built when one does.
      guard events[step].contains(where: { if case .info = $0 { true } else { false } }) else {
        return false
      }
      return events[step].contains(.info(Interview.denialNotice(quoting: answer)))
    }
    return shown ?? fallback.deniesPractice(block: block, answer: answer)
  }

  /// The assessment the step being replayed shows next for `key`, its events consumed up to
  /// it, and kept in ``recorded``; `nil` when the replay is over or the step shows none.
  ///
  /// The interview assesses a block's answers, then shows the evidence; it assesses them
  /// again just before suggesting, then shows the suggestion: the block's next event in the
  /// step is the one the call is for. Evidence alone gives the criteria (the level stands
  /// for the one to come: nothing reads it before the suggestion); the suggestion gives the
  /// level, reason and confidence, on the criteria of the same answers.
  private func shownInStep(_ key: Key) -> Recorded? {
    guard let current = step else { return nil }
    for index in current {
      let shown: Recorded
      switch events[index] {
      case .evidence(let evidence) where evidence.block == key.block && key.gate:
        shown = Recorded(
          assessment: BlockAssessment(
            block: key.block, level: .pasDuTout,
            criteria: RecordedAssessment.criteria(of: evidence),
            reason: "", signals: []),
          confidence: nil)
      case .suggestion(let suggestion) where suggestion.block == key.block:
        let criteria = key.gate ? recorded[key]?.assessment.criteria ?? [] : []
        shown = Recorded(
          assessment: RecordedAssessment.assessment(suggestion, criteria: criteria),
          confidence: RecordedAssessment.confidence(of: suggestion))
      case .feedback(let feedback) where feedback.block == key.block:
        // A preparation shows no suggestion: its feedback is all the engine said.
        shown = Recorded(
          assessment: RecordedAssessment.assessment(feedback),
          confidence: SuggestionConfidence(level: .high, score: 1))
      default:
        continue
      }
      step = (index + 1)..<current.upperBound
      recorded[key] = shown
      return shown
    }
    return nil
  }
}
