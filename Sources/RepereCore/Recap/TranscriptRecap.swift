/// Why a transcript's recap cannot be compiled.
public enum TranscriptRecapError: Error, Equatable, CustomStringConvertible {
  /// The chain is broken and `--force` was not given: the first problem names the line.
  case integrity(TranscriptIssue)
  /// The session was conducted with another guide than the one loaded.
  case otherDialogue(recorded: SessionStart, loadedID: String, loadedVersion: String)
  /// The transcript does not replay into the interview.
  case replay(TranscriptReplayError)

  public var description: String {
    switch self {
    case .integrity(let issue):
      return "\(issue.description). Elle a pu être modifiée après coup ; pour produire le "
        + "bilan quand même (avec un avertissement) : --force."
    case .otherDialogue(let recorded, let id, let version):
      return "la session a été menée avec un autre guide (\(recorded.dialogue) "
        + "\(recorded.dialogueVersion), \(recorded.dialogueSource)) que celui chargé (\(id) "
        + "\(version)). Indiquez le même guide avec --dialogue, ou forcez avec --force."
    case .replay(let error):
      return error.description
    }
  }
}

/// Compiles the recap of a transcript through the interview itself: the recorded lines are
/// replayed into a fresh ``Interview`` and its record goes through ``RecapCompiler``, the
/// compiler the interview uses for `/bilan` and its final recap (one compiler, one truth).
public enum TranscriptRecap {
  /// The recap document of a parsed transcript.
  /// - Parameters:
  ///   - transcript: the transcript, parsed and checked.
  ///   - fileName: its file name, printed in the footer.
  ///   - interview: a fresh interview on the guide loaded.
  ///   - dialogueSHA256: the SHA-256 of the guide loaded.
  ///   - force: accept a broken chain or another guide (the document then carries a warning).
  /// - Returns: the recap, its source and the integrity problems accepted.
  /// - Throws: ``TranscriptRecapError``.
  public static func compile(
    _ transcript: ParsedTranscript, fileName: String, interview: Interview,
    dialogueSHA256: String, force: Bool
  ) throws(TranscriptRecapError) -> RecapDocument {
    if let first = transcript.issues.first, !force { throw .integrity(first) }
    guard let (_, start) = transcript.sessionStart else { throw .replay(.missingStart) }
    if start.dialogueSHA256 != dialogueSHA256, !force {
      throw .otherDialogue(
        recorded: start, loadedID: interview.dialogue.id,
        loadedVersion: interview.dialogue.version)
    }
    let replayed: Interview
    do {
      replayed = try TranscriptReplay.replay(transcript, into: interview).interview
    } catch {
      throw .replay(error)
    }
    let source = RecapSource(
      dialogueID: start.dialogue, dialogueVersion: start.dialogueVersion,
      dialogueSHA256: start.dialogueSHA256, transcriptFileName: fileName,
      lastLineSHA256: transcript.chain.previousHash)
    return RecapDocument(
      recap: replayed.recap, source: source, integrityIssues: transcript.issues,
      otherDialogue: start.dialogueSHA256 != dialogueSHA256)
  }
}
