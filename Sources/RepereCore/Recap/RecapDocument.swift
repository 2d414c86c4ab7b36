/// A recap as a document: the compiled « Bilan » and the record it was compiled from.
///
/// What every renderer of `repere bilan` prints: the recap itself, and what ties a printed
/// page to its transcript (file name, SHA-256 of its last line), with the integrity
/// problems accepted with `--force`.
public struct RecapDocument: Sendable, Equatable {
  public var recap: CompiledRecap
  public var source: RecapSource
  /// Integrity problems of the transcript, accepted with `--force`; shown in every format.
  public var integrityIssues: [TranscriptIssue]
  /// Whether the session was made with another guide than the one loaded (`--force`).
  public var otherDialogue: Bool
  /// The candidate's preparation compared with the interview (`--preparation`), if given.
  public var preparation: PreparationAppendix?

  public init(
    recap: CompiledRecap, source: RecapSource, integrityIssues: [TranscriptIssue] = [],
    otherDialogue: Bool = false, preparation: PreparationAppendix? = nil
  ) {
    self.recap = recap
    self.source = source
    self.integrityIssues = integrityIssues
    self.otherDialogue = otherDialogue
    self.preparation = preparation
  }

  /// The French warning printed when the recap was forced, `nil` otherwise.
  public var integrityWarning: String? {
    Self.warning(
      integrityIssues: integrityIssues, otherDialogue: otherDialogue,
      forced: "Ce bilan a été produit avec --force et ne fait pas foi.")
  }

  /// The warning of a document produced with `--force` (recap or preparation sheet).
  static func warning(integrityIssues: [TranscriptIssue], otherDialogue: Bool, forced: String)
    -> String?
  {
    var problems: [String] = []
    if !integrityIssues.isEmpty {
      problems.append(
        "transcription modifiée après coup, contrôle d’intégrité en échec ("
          + integrityIssues.map(\.description).joined(separator: " ; ") + ")")
    }
    if otherDialogue {
      problems.append("session menée avec un autre guide que celui utilisé pour ce bilan")
    }
    guard !problems.isEmpty else { return nil }
    return "Attention : " + problems.joined(separator: " ; ")
      + ". " + forced
  }
}

/// Where a recap comes from: the guide and the transcript.
public struct RecapSource: Sendable, Equatable {
  /// The guide's id, version and SHA-256, as recorded in `session_started`.
  public var dialogueID: String
  public var dialogueVersion: String
  public var dialogueSHA256: String
  /// The transcript's file name (without its directory).
  public var transcriptFileName: String
  /// SHA-256 (hex) of the transcript's last complete line: it identifies the record.
  public var lastLineSHA256: String

  public init(
    dialogueID: String, dialogueVersion: String, dialogueSHA256: String,
    transcriptFileName: String, lastLineSHA256: String
  ) {
    self.dialogueID = dialogueID
    self.dialogueVersion = dialogueVersion
    self.dialogueSHA256 = dialogueSHA256
    self.transcriptFileName = transcriptFileName
    self.lastLineSHA256 = lastLineSHA256
  }
}
