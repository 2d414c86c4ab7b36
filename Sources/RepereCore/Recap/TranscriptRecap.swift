/// Why a transcript's recap cannot be compiled.
public enum TranscriptRecapError: Error, Equatable, CustomStringConvertible {
  /// The chain is broken and `--force` was not given: the first problem names the line.
  case integrity(TranscriptIssue)
  /// The session was conducted with another guide than the one loaded.
  case otherGuide(recorded: SessionStart, loaded: GuideIdentity)
  /// The transcript does not replay into the interview.
  case replay(TranscriptReplayError)
  /// `repere bilan --preparation` on a preparation's transcript (the appendix compares a
  /// preparation with an interview).
  case preparationNotInterview

  public var description: String {
    switch self {
    case .integrity(let issue):
      "\(issue.description). Elle a pu être modifiée après coup ; pour produire le bilan "
        + "quand même (avec un avertissement) : --force."
    case .otherGuide(let recorded, let loaded):
      "la session a été menée avec un autre guide (\(recorded.dialogue) "
        + "\(recorded.dialogueVersion), \(recorded.dialogueSource)) que celui chargé ("
        + "\(loaded.id) \(loaded.version), \(loaded.source)). Indiquez le même guide avec "
        + "--dialogue, ou forcez avec --force."
    case .replay(let error):
      error.description
    case .preparationNotInterview:
      "c’est la transcription d’une préparation ; --preparation s’emploie avec la "
        + "transcription de l’entretien : repere bilan ENTRETIEN.jsonl --preparation "
        + "PREPARATION.jsonl."
    }
  }
}

/// Compiles the recap document of a transcript.
///
/// The transcript is read back with ``TranscriptReading`` (its input lines replayed into a
/// fresh interview), and the recap is the interview's own, compiled by ``RecapCompiler``
/// as for `/bilan` and the final recap: one compiler, one truth. Pure: the file is read and
/// parsed by the caller.
public enum TranscriptRecap {
  /// The recap document of a parsed transcript.
  /// - Parameters:
  ///   - transcript: the transcript, parsed and checked.
  ///   - fileName: its file name, printed in the footer.
  ///   - dialogue: the guide loaded, and `guide` what identifies its file.
  ///   - suggester: the evidence engine of the guide.
  ///   - force: accept a broken chain or another guide (the document then carries a warning).
  /// - Returns: the recap, its source and the problems accepted.
  /// - Throws: ``TranscriptRecapError``.
  public static func compile(
    _ transcript: ParsedTranscript, fileName: String, dialogue: Dialogue,
    guide: GuideIdentity, suggester: any PositioningSuggester, force: Bool
  ) throws(TranscriptRecapError) -> RecapDocument {
    if let first = transcript.issues.first, !force { throw .integrity(first) }
    if let (_, start) = transcript.sessionStart, start.dialogueSHA256 != guide.sha256, !force {
      throw .otherGuide(recorded: start, loaded: guide)
    }
    let reading: TranscriptReading
    do {
      reading = try TranscriptReading(transcript, dialogue: dialogue, suggester: suggester)
    } catch {
      throw .replay(error)
    }
    let source = RecapSource(
      dialogueID: reading.start.dialogue, dialogueVersion: reading.start.dialogueVersion,
      dialogueSHA256: reading.start.dialogueSHA256, transcriptFileName: fileName,
      lastLineSHA256: transcript.chain.previousHash)
    return RecapDocument(
      recap: reading.recap, source: source, integrityIssues: transcript.issues,
      otherDialogue: reading.start.dialogueSHA256 != guide.sha256)
  }
}
