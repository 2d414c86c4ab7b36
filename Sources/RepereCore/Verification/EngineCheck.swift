/// Replays a transcript's inputs through today's engine and compares what it finds with
/// what was recorded: evidence and suggestion per block (engine drift), every line, the
/// final recap.
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
    let before = BlockOutcomes(recorded)
    let now = BlockOutcomes(replayed.produced)
    for block in dialogue.competences.flatMap(\.blocks).map(\.id) {
      let evidence = before.evidence[block] != now.evidence[block]
      let suggestion = before.suggestion[block] != now.suggestion[block]
      if evidence || suggestion {
        problems.append(.engineDrift(block: block, evidence: evidence, suggestion: suggestion))
      }
    }
    if let line = replayed.firstMismatch { problems.append(.replayMismatch(line: line)) }
    // Compared as written: a decoded date may differ from the computed one in its last
    // bits while both write the same millisecond.
    if before.finalRecap.map(Self.written) != now.finalRecap.map(Self.written) {
      problems.append(.recapDiffers)
    }
    return problems
  }

  private static func written(_ recap: CompiledRecap) -> String {
    TranscriptChain.members(
      of: .event(.recap(InterviewEvent.RecapShown(final: true, recap: recap))))
  }

  /// The last evidence and suggestion of each block, and the final recap, in a stream of
  /// events.
  private struct BlockOutcomes {
    var evidence: [String: InterviewEvent.Evidence] = [:]
    var suggestion: [String: InterviewEvent.Suggestion] = [:]
    var finalRecap: CompiledRecap?

    init(_ events: [InterviewEvent]) {
      for event in events {
        switch event {
        case .evidence(let found): evidence[found.block] = found
        case .suggestion(let suggested): suggestion[suggested.block] = suggested
        case .recap(let shown) where shown.final: finalRecap = shown.recap
        default: break
        }
      }
    }
  }
}
