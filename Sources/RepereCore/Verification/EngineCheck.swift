/// Replays a transcript and compares it with itself and with today's engine: every line and
/// the final recap as the replay writes them (integrity), and, per block, the evidence and
/// suggestion today's engine finds in the same answers (engine drift, for information).
///
/// The replay answers from the transcript (``TranscriptSuggester``), so a session recorded
/// by an older engine replays as it was; today's engine is asked apart, on each block's
/// final answers.
public enum EngineCheck {
  /// The problems found.
  ///
  /// - Parameters:
  ///   - transcript: the transcript, parsed.
  ///   - dialogue: the guide given for it, and `guide` what identifies its file.
  ///   - suggester: today's evidence engine for that guide.
  public static func check(
    _ transcript: ParsedTranscript, dialogue: Dialogue, guide: GuideIdentity,
    suggester: any PositioningSuggester
  ) -> [VerificationProblem] {
    guard let (_, start) = transcript.sessionStart else {
      return [.replay(.missingStart)]
    }
    if start.dialogueSHA256 != guide.sha256 {
      return [.otherDialogue(recorded: start.dialogueSHA256, given: guide.sha256)]
    }
    let replayed: ReplayedTranscript
    do {
      replayed = try TranscriptReplay.replay(
        transcript, into: Interview(dialogue: dialogue, suggester: suggester))
    } catch {
      return [.replay(error)]
    }
    let recorded = transcript.records.compactMap { record -> InterviewEvent? in
      if case .event(let event) = record.entry { return event }
      return nil
    }
    var problems: [VerificationProblem] = []
    let record = replayed.interview.record
    let blocks = Dictionary(dialogue.blocks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for id in dialogue.competences.flatMap(\.blocks).map(\.id) {
      guard let block = blocks[id] else { continue }
      let drift: Drift
      if let decided = record.blocks[id] {
        drift = Drift(
          block, gate: decided.gate, answers: decided.answers, recorded: decided.assessment,
          suggested: decided.confidence, engine: suggester)
      } else if let unfinished = record.unfinished[id], let assessment = unfinished.assessment {
        drift = Drift(
          block, gate: unfinished.gate ?? true, answers: unfinished.answers,
          recorded: assessment, suggested: nil, engine: suggester)
      } else {
        continue
      }
      if drift.evidence || drift.suggestion {
        problems.append(
          .engineDrift(block: id, evidence: drift.evidence, suggestion: drift.suggestion))
      }
    }
    if let line = replayed.firstMismatch { problems.append(.replayMismatch(line: line)) }
    // Compared as written: a decoded date may differ from the computed one in its last
    // bits while both write the same millisecond.
    if finalRecap(recorded).map(Self.written)
      != finalRecap(replayed.produced).map(Self.written)
    {
      problems.append(.recapDiffers)
    }
    return problems
  }

  /// Whether today's engine, on a block's answers, shows other evidence or suggests
  /// otherwise than the transcript recorded.
  private struct Drift {
    var evidence: Bool
    var suggestion: Bool

    /// - Parameter suggested: the recorded confidence of the suggestion shown, `nil` when
    ///   none was (only the evidence is compared).
    init(
      _ block: Block, gate: Bool, answers: [String], recorded: BlockAssessment,
      suggested: SuggestionConfidence?, engine: any PositioningSuggester
    ) {
      var live = engine.assess(block: block, gate: gate, answers: answers)
      if !gate { live = Interview.answeredNo(live) }
      evidence =
        gate
        && InterviewEvent.Evidence(block: block, assessment: recorded)
          != InterviewEvent.Evidence(block: block, assessment: live)
      guard let suggested else {
        suggestion = false
        return
      }
      let confidence = engine.confidence(of: live, block: block, gate: gate, answers: answers)
      suggestion =
        live.level != recorded.level || live.reason != recorded.reason
        || confidence != suggested
    }
  }

  /// The last final recap in a stream of events.
  private static func finalRecap(_ events: [InterviewEvent]) -> CompiledRecap? {
    events.reversed().lazy.compactMap { event -> CompiledRecap? in
      if case .recap(let shown) = event, shown.final { return shown.recap }
      return nil
    }.first
  }

  private static func written(_ recap: CompiledRecap) -> String {
    TranscriptChain.members(
      of: .event(.recap(InterviewEvent.RecapShown(final: true, recap: recap))))
  }
}
