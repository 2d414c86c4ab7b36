import Foundation

/// One line of a transcript, without its envelope (`seq`, `time`, `prev`).
///
/// A transcript records every interview event and, beside them, what only the shell knows:
/// the session's start (program and dialogue), every input line with the question it
/// answered, stops that are not `/quitter` (end of input, signals) and resumptions. Each
/// entry encodes to one flat JSON object whose `type` names it.
public enum TranscriptEntry: Sendable, Equatable {
  /// The first line: program version and dialogue (id, version, content hash).
  case sessionStarted(SessionStart)
  /// A line typed by the evaluator, exactly as received, and the question it answered.
  case input(InputRecord)
  /// The shell stopped without `/quitter` (end of input, SIGTERM, SIGHUP): resumable.
  case sessionStopped(SessionStop)
  /// The session was resumed from this transcript.
  case sessionResumed(SessionResume)
  /// The evaluator's signature of every line before it (see ``TranscriptSignature``).
  case signature(TranscriptSignature)
  /// An event of the interview.
  case event(InterviewEvent)

  /// The `type` of the entry in JSON.
  public var type: String {
    switch self {
    case .sessionStarted: "session_started"
    case .input: "input"
    case .sessionStopped: "session_stopped"
    case .sessionResumed: "session_resumed"
    case .signature: "signature"
    case .event(let event): event.type
    }
  }
}

/// Payload of `session_started`.
public struct SessionStart: Sendable, Equatable, Codable {
  /// Always `repere`.
  public var program: String
  public var programVersion: String
  /// The dialogue id (`cqp-technico-commercial-industries-chimiques`).
  public var dialogue: String
  public var dialogueVersion: String
  /// SHA-256 (hex) of the dialogue file's bytes.
  public var dialogueSHA256: String
  /// Where the dialogue came from: a path, or `(intégré)` for the bundled guide.
  public var dialogueSource: String
  /// The fingerprint of the evaluator's signing key, when the session is signed
  /// (``SigningPublicKey/fingerprint``); absent otherwise.
  public var signingKey: String?
  /// The SHA-256 of the transcript this one is an anonymised copy of; absent otherwise.
  public var anonymisedFrom: String?
  /// `preparation` for a candidate's preparation; absent for an interview.
  public var mode: SessionMode?
  /// The blocks a preparation practises (`--competence`, `--bloc`); absent for every block.
  public var blocks: [String]?
  /// SHA-256 of the preparation file the candidate brought (`--preparation`), if any.
  public var preparationSHA256: String?

  public init(
    program: String = "repere", programVersion: String, dialogue: String,
    dialogueVersion: String, dialogueSHA256: String, dialogueSource: String,
    signingKey: String? = nil, anonymisedFrom: String? = nil, mode: SessionMode? = nil,
    blocks: [String]? = nil, preparationSHA256: String? = nil
  ) {
    self.program = program
    self.programVersion = programVersion
    self.dialogue = dialogue
    self.dialogueVersion = dialogueVersion
    self.dialogueSHA256 = dialogueSHA256
    self.dialogueSource = dialogueSource
    self.signingKey = signingKey
    self.anonymisedFrom = anonymisedFrom
    self.mode = mode
    self.blocks = blocks
    self.preparationSHA256 = preparationSHA256
  }

  /// The kind of session (an interview when the line names none).
  public var sessionMode: SessionMode { mode ?? .interview }

  enum CodingKeys: String, CodingKey {
    case program, dialogue, mode, blocks
    case programVersion = "program_version"
    case dialogueVersion = "dialogue_version"
    case dialogueSHA256 = "dialogue_sha256"
    case dialogueSource = "dialogue_source"
    case signingKey = "signing_key"
    case anonymisedFrom = "anonymised_from"
    case preparationSHA256 = "preparation_sha256"
  }
}

/// Payload of `input`: one line typed, as the interview received it.
public struct InputRecord: Sendable, Equatable, Codable {
  /// The id of the question pending when the line was typed (`C1.1.gate`).
  public var ask: String
  /// The line, decoded from UTF-8 (invalid bytes replaced by U+FFFD).
  public var text: String
  /// True when invalid UTF-8 bytes were replaced.
  public var repairedEncoding: Bool?

  public init(ask: String, text: String, repairedEncoding: Bool? = nil) {
    self.ask = ask
    self.text = text
    self.repairedEncoding = repairedEncoding
  }

  enum CodingKeys: String, CodingKey {
    case ask, text
    case repairedEncoding = "repaired_encoding"
  }
}

/// Payload of `session_stopped`.
public struct SessionStop: Sendable, Equatable, Codable {
  /// Why: end of input (Ctrl-D, end of a pipe), a signal, Ctrl-C confirmed.
  public var reason: StopReason
  /// The question pending, to be asked again on resumption.
  public var ask: String?

  public init(reason: StopReason, ask: String?) {
    self.reason = reason
    self.ask = ask
  }
}

/// Payload of `session_resumed`.
public struct SessionResume: Sendable, Equatable, Codable {
  public var programVersion: String
  /// Number of input lines replayed.
  public var inputs: Int
  /// The torn last line dropped before resuming, if any (its 1-based line number).
  public var droppedTornLine: Int?
  /// Lines whose integrity check failed and were accepted with `--force`.
  public var forcedLines: [Int]?

  public init(
    programVersion: String, inputs: Int, droppedTornLine: Int? = nil, forcedLines: [Int]? = nil
  ) {
    self.programVersion = programVersion
    self.inputs = inputs
    self.droppedTornLine = droppedTornLine
    self.forcedLines = forcedLines
  }

  enum CodingKeys: String, CodingKey {
    case inputs
    case programVersion = "program_version"
    case droppedTornLine = "dropped_torn_line"
    case forcedLines = "forced_lines"
  }
}

extension TranscriptEntry: Codable {
  private enum TypeKey: String, CodingKey { case type }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: TypeKey.self)
    switch try container.decode(String.self, forKey: .type) {
    case "session_started": self = .sessionStarted(try SessionStart(from: decoder))
    case "input": self = .input(try InputRecord(from: decoder))
    case "session_stopped": self = .sessionStopped(try SessionStop(from: decoder))
    case "session_resumed": self = .sessionResumed(try SessionResume(from: decoder))
    case "signature": self = .signature(try TranscriptSignature(from: decoder))
    default: self = .event(try InterviewEvent(from: decoder))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    switch self {
    case .event(let event):
      try event.encode(to: encoder)
      return
    case .sessionStarted(let payload): try payload.encode(to: encoder)
    case .input(let payload): try payload.encode(to: encoder)
    case .sessionStopped(let payload): try payload.encode(to: encoder)
    case .sessionResumed(let payload): try payload.encode(to: encoder)
    case .signature(let payload): try payload.encode(to: encoder)
    }
    var container = encoder.container(keyedBy: TypeKey.self)
    try container.encode(type, forKey: .type)
  }
}
