/// One reason a transcript cannot be trusted as the record the evaluator made, or, for
/// ``isInformational`` ones, something a reviewer should know about a sound transcript.
public enum VerificationProblem: Sendable, Equatable, CustomStringConvertible {
  /// The file holds no line at all.
  case empty
  /// A line's chain, sequence number or JSON is wrong (edited, removed, moved lines).
  case integrity(TranscriptIssue)
  /// The last line is incomplete (the program stopped while writing it).
  case tornLine(TornLine)
  /// The transcript has no signature, though keys were given or its start names one.
  case unsigned(namedKey: String?)
  /// Lines after the last signature: added or kept unsigned.
  case unsignedTail(firstLine: Int, count: Int)
  /// A `signature` line that does not verify: the lines before it changed since.
  case badSignature(line: Int)
  /// A signature that verifies, made with a key that is not among the trusted ones.
  case untrustedKey(line: Int, fingerprint: String)
  /// A signature by another key than the one the session's start names.
  case otherKey(line: Int, fingerprint: String, named: String)
  /// The session was recorded with another guide than the one given.
  case otherDialogue(recorded: String, given: String)
  /// The transcript does not replay into today's program (the guide's questions changed).
  case replay(TranscriptReplayError)
  /// Today's engine finds other evidence or another suggestion for this block than the one
  /// the transcript recorded (the engine changed since the session): for information, the
  /// transcript is read as recorded.
  case engineDrift(block: String, evidence: Bool, suggestion: Bool)
  /// A line differs from what the program writes when it replays the recorded inputs with
  /// the recorded evidence and suggestions.
  case replayMismatch(line: Int)
  /// The recap recompiled from the inputs differs from the one recorded.
  case recapDiffers

  public var description: String {
    switch self {
    case .empty:
      return "le fichier est vide : ce n’est pas une transcription"
    case .integrity(let issue):
      return issue.description
    case .tornLine(let torn):
      return "ligne \(torn.line) incomplète (\(torn.byteCount) octets sans fin de ligne) : "
        + "le programme s’est arrêté en l’écrivant"
    case .unsigned(let named):
      if let named {
        return "aucune signature, alors que le début de la session nomme la clé \(named) : "
          + "les signatures ont été retirées"
      }
      return "la transcription n’est pas signée"
    case .unsignedTail(let first, let count):
      return "\(count) ligne\(count > 1 ? "s" : "") après la dernière signature (à partir de "
        + "la ligne \(first)) : elles ne sont pas signées"
    case .badSignature(let line):
      return "ligne \(line) : la signature ne correspond pas aux lignes qui la précèdent "
        + "(elles ont été modifiées après la signature)"
    case .untrustedKey(let line, let fingerprint):
      return "ligne \(line) : signée par la clé \(SafeDisplay.escaped(fingerprint)), "
        + "qui n’est pas parmi les clés de confiance"
    case .otherKey(let line, let fingerprint, let named):
      return "ligne \(line) : signée par la clé \(SafeDisplay.escaped(fingerprint)) au lieu "
        + "de la clé \(SafeDisplay.escaped(named)) nommée au début de la session"
    case .otherDialogue(let recorded, let given):
      return "le guide de la session (SHA-256 \(SafeDisplay.escaped(recorded))) n’est pas "
        + "celui fourni (SHA-256 \(given)) : donnez le bon fichier avec --dialogue"
    case .replay(let error):
      return "rejeu impossible : \(SafeDisplay.escaped(error.description))"
    case .engineDrift(let block, let evidence, let suggestion):
      let what =
        switch (evidence, suggestion) {
        case (true, true): "les éléments trouvés et la suggestion diffèrent"
        case (true, false): "les éléments trouvés diffèrent"
        default: "la suggestion diffère"
        }
      return "bloc \(SafeDisplay.escaped(block)) : \(what) de ceux du moteur actuel "
        + "(le moteur a changé depuis la session ; la transcription est lue telle qu’enregistrée)"
    case .replayMismatch(let line):
      return "ligne \(line) : elle diffère de ce que le programme actuel écrit pour les "
        + "mêmes réponses et les mêmes suggestions enregistrées"
    case .recapDiffers:
      return "le bilan recompilé à partir des réponses diffère du bilan enregistré"
    }
  }

  /// Whether the problem only informs: the transcript is still the intact record.
  public var isInformational: Bool {
    if case .engineDrift = self { return true }
    return false
  }

  /// A short stable code for scripts (`--format json`).
  public var code: String {
    switch self {
    case .empty: "empty"
    case .integrity: "integrity"
    case .tornLine: "torn_line"
    case .unsigned: "unsigned"
    case .unsignedTail: "unsigned_tail"
    case .badSignature: "bad_signature"
    case .untrustedKey: "untrusted_key"
    case .otherKey: "other_key"
    case .otherDialogue: "other_dialogue"
    case .replay: "replay"
    case .engineDrift: "engine_drift"
    case .replayMismatch: "replay_mismatch"
    case .recapDiffers: "recap_differs"
    }
  }

  /// The line the problem is on, when it is one line's.
  public var line: Int? {
    switch self {
    case .integrity(let issue): issue.line
    case .tornLine(let torn): torn.line
    case .unsignedTail(let first, _): first
    case .badSignature(let line), .untrustedKey(let line, _), .otherKey(let line, _, _),
      .replayMismatch(let line):
      line
    default: nil
    }
  }
}
