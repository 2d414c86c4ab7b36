import Foundation
import RepereCore

/// A way of holding the conversation: shows events and notices, asks, reads answers.
///
/// Three exist: ``TerminalConsole`` (readline, colours, wrapping), ``PlainConsole``
/// (pipes: plain deterministic text) and ``JSONLinesConsole`` (`--protocol jsonl`).
public protocol Console: AnyObject {
  /// Shows the events of one step (the trailing `ask` is shown by ``read(_:)``).
  func show(_ events: [InterviewEvent])
  /// Shows the question and waits for the answer.
  func read(_ ask: Ask) -> LineResult
  /// Tells the user something about the session itself (transcript, resumption, end).
  func notify(_ notice: SessionNotice)
  /// After Ctrl-C on an empty line: asks whether to stop. Consoles without a terminal
  /// never get there and may return true.
  func confirmQuit() -> Bool
  /// Keeps an accepted line in the in-session history, where there is one.
  func remember(_ line: String, answering ask: Ask)
}

/// What the shell tells the user about the session, beside the interview's own events.
public enum SessionNotice: Sendable, Equatable {
  /// The first screen: the guide conducted (title, version), how to get help and stop.
  case header(guide: String, version: String, resumed: Bool)
  /// The transcript is at this path (new or resumed).
  case transcript(path: String, resumed: Bool)
  /// The default-named transcript was renamed once the candidate was known.
  case transcriptRenamed(path: String)
  /// A torn last line (crash while writing) was dropped before resuming; `zeroFilled`
  /// when it held only zero bytes (a power cut).
  case tornLineDropped(line: Int, zeroFilled: Bool = false)
  /// The events of the last step, lost with a torn write, were written again.
  case stepCompleted(events: Int)
  /// The resumed transcript was readable by others (its former mode) and is now `0600`.
  case madePrivate(formerMode: Int)
  /// Integrity problems accepted with `--force`.
  case integrityForced([TranscriptIssue])
  /// Invalid UTF-8 bytes of the last line were replaced by U+FFFD.
  case encodingRepaired
  /// Bytes dropped from an enormous line.
  case inputTruncated(bytes: Int)
  /// Ctrl-C cleared the line being typed.
  case lineCleared
  /// The session ends: finished, or suspended (resumable) for a reason.
  case ended(path: String, outcome: SessionOutcome)
}

/// How a session ended.
public enum SessionOutcome: Sendable, Equatable {
  /// The interview is over.
  case finished
  /// Stopped before the end, resumable with `--reprendre`: why.
  case suspended(reason: StopReason)
  /// A new session stopped before anything was typed: its transcript was removed, there is
  /// nothing to resume.
  case nothingTyped
}

extension SessionNotice {
  /// The notice in French, one or more lines without the final newline.
  public var frenchText: String { frenchText(mode: .interview) }

  /// The notice in French for a session of this kind (interview or preparation).
  public func frenchText(mode: SessionMode) -> String {
    // Paths come from the user: shown safely (see `SafeDisplay`).
    SafeDisplay.escaped(unescapedFrenchText(mode: mode), keepingNewlines: true)
  }

  private func unescapedFrenchText(mode: SessionMode) -> String {
    switch self {
    case .header(let guide, let version, let resumed):
      // Who the two intervenants are matters before they are named, not on resumption.
      let intervenants =
        resumed
        ? []
        : [
          "Deux intervenants : l’un a la compétence technique du métier visé, l’autre "
            + "conduit l’entretien (intervenants 1 et 2, dans l’ordre de votre choix)."
        ]
      return
        ([
          (resumed ? "Reprise de l’entretien" : "Entretien") + " de repérage des compétences",
          "\(guide) (guide version \(version))",
        ] + intervenants + [
          "Aide : /aide. Arrêter : Ctrl-D ou /quitter ; l’entretien se reprend plus tard "
            + "avec repere entretien --reprendre."
        ]).joined(separator: "\n")
    case .transcript(let path, let resumed):
      return resumed ? "Reprise de la transcription : \(path)" : "Transcription : \(path)"
    case .transcriptRenamed(let path):
      return "Transcription renommée : \(path)"
    case .tornLineDropped(let line, false):
      return
        "La ligne \(line) de la transcription était incomplète (arrêt pendant l’écriture) : "
        + "elle est ignorée."
    case .tornLineDropped(let line, true):
      return
        "La ligne \(line) de la transcription ne contenait que des octets nuls (coupure de "
        + "courant pendant l’écriture) : elle est ignorée."
    case .stepCompleted(let count):
      return
        "La dernière réponse était enregistrée mais pas la suite (\(count) événement"
        + (count > 1 ? "s" : "") + ") : la suite a été réécrite."
    case .madePrivate(let mode):
      return
        "La transcription était lisible par d’autres (mode \(String(mode, radix: 8))) : "
        + "elle est désormais réservée à son propriétaire (mode 600)."
    case .integrityForced(let issues):
      return
        (["Transcription altérée, reprise forcée (--force) :"]
        + issues.map { "  \($0.description)" }).joined(separator: "\n")
    case .encodingRepaired:
      return "Attention : la ligne contenait des octets qui ne sont pas de l’UTF-8 valide ; "
        + "ils ont été remplacés par « \u{FFFD} »."
    case .inputTruncated(let bytes):
      return "Attention : ligne trop longue, \(bytes) octets ignorés à la fin."
    case .lineCleared:
      return "(ligne effacée ; Ctrl-C sur une ligne vide pour quitter)"
    case .ended(let path, .finished):
      return "Transcription enregistrée : \(path)"
    case .ended(_, .nothingTyped):
      return "Rien n’a été saisi : aucune transcription n’est gardée."
    case .ended(let path, .suspended) where mode == .preparation:
      return "Préparation suspendue, transcription enregistrée : \(path)\n"
        // The command on a line of its own, to be copied whole.
        + "Pour reprendre :\n  repere preparation --reprendre \(Self.shellQuoted(path))"
    case .ended(let path, .suspended):
      return "Entretien suspendu, transcription enregistrée : \(path)\n"
        // The command on a line of its own, to be copied whole.
        + "Pour reprendre :\n  repere entretien --reprendre \(Self.shellQuoted(path))"
    }
  }

  /// The path quoted for a POSIX shell when it needs it, and never read as an option:
  /// `-x.jsonl` becomes `./-x.jsonl`.
  static func shellQuoted(_ path: String) -> String {
    let path = path.hasPrefix("-") ? "./" + path : path
    let safe = path.unicodeScalars.allSatisfy {
      $0.properties.isAlphabetic || $0.properties.numericType != nil
        || "-_./".unicodeScalars.contains($0)
    }
    return safe ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
