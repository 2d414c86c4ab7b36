/// Compiles the preparation sheet of a preparation's transcript, with the checks of
/// ``TranscriptRecap`` (integrity, guide). Pure: the file is read and parsed by the caller.
public enum TranscriptPreparationSheet {
  /// The sheet of a parsed preparation transcript.
  /// - Parameters:
  ///   - transcript: the transcript, parsed.
  ///   - fileName: its file name, printed in the footer.
  ///   - dialogue: the guide loaded, and `guide` what identifies its file.
  ///   - suggester: the evidence engine of the guide.
  ///   - force: accept a broken chain or another guide (the sheet then carries a warning).
  /// - Throws: ``TranscriptRecapError``.
  public static func compile(
    _ transcript: ParsedTranscript, fileName: String, dialogue: Dialogue,
    guide: GuideIdentity, suggester: any PositioningSuggester, force: Bool
  ) throws(TranscriptRecapError) -> PreparationSheet {
    if let first = transcript.issues.first, !force { throw .integrity(first) }
    if let (_, start) = transcript.sessionStart, start.dialogueSHA256 != guide.sha256, !force {
      throw .otherGuide(recorded: start, loaded: guide)
    }
    let reading: PreparationReading
    do {
      reading = try PreparationReading(transcript, dialogue: dialogue, suggester: suggester)
    } catch {
      throw .replay(error)
    }
    let source = RecapSource(
      dialogueID: reading.start.dialogue, dialogueVersion: reading.start.dialogueVersion,
      dialogueSHA256: reading.start.dialogueSHA256, transcriptFileName: fileName,
      lastLineSHA256: transcript.chain.previousHash)
    var sheet = PreparationSheet.compile(reading.record, dialogue: dialogue, source: source)
    sheet.integrityIssues = transcript.issues
    sheet.otherDialogue = reading.start.dialogueSHA256 != guide.sha256
    return sheet
  }
}
