import Foundation

extension InterviewEvent {
  /// The kinds of event, each with its JSON `type` string: the one place where it is written.
  public enum Kind: String, Sendable, CaseIterable {
    case started
    case ask
    case presentation
    case reminder
    case info
    case competenceStarted = "competence_started"
    case blockStarted = "block_started"
    case defectNote = "defect_note"
    case answer
    case evidence
    case probeAsked = "probe_asked"
    case probeSkipped = "probe_skipped"
    case suggestion
    case decision
    case note
    case back
    case backEdit = "back_edit"
    case skip
    case goto
    case invalidInput = "invalid_input"
    case unknownCommand = "unknown_command"
    case inputTruncated = "input_truncated"
    case inputCleaned = "input_cleaned"
    case help
    case status
    case criteria
    case competenceSummary = "competence_summary"
    case manualItem = "manual_item"
    case means
    case recap
    case suspended
    case resumed
    case finished
    case feedback
    case retry
  }
}

extension InterviewEvent: Codable {
  private enum TypeKey: String, CodingKey { case type }

  /// The `type` string of this event in JSON, e.g. `block_started`.
  public var type: String { kind.rawValue }

  /// Which case this event is, as its `type` names it.
  public var kind: Kind {
    switch self {
    case .started: .started
    case .ask: .ask
    case .presentation: .presentation
    case .reminder: .reminder
    case .info: .info
    case .competenceStarted: .competenceStarted
    case .blockStarted: .blockStarted
    case .defectNote: .defectNote
    case .answer: .answer
    case .evidence: .evidence
    case .probeAsked: .probeAsked
    case .probeSkipped: .probeSkipped
    case .suggestion: .suggestion
    case .decision: .decision
    case .note: .note
    case .back: .back
    case .backEdit: .backEdit
    case .skip: .skip
    case .goto: .goto
    case .invalidInput: .invalidInput
    case .unknownCommand: .unknownCommand
    case .inputTruncated: .inputTruncated
    case .inputCleaned: .inputCleaned
    case .help: .help
    case .status: .status
    case .criteria: .criteria
    case .competenceSummary: .competenceSummary
    case .manualItem: .manualItem
    case .means: .means
    case .recap: .recap
    case .suspended: .suspended
    case .resumed: .resumed
    case .finished: .finished
    case .feedback: .feedback
    case .retry: .retry
    }
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: TypeKey.self)
    let type = try container.decode(String.self, forKey: .type)
    guard let kind = Kind(rawValue: type) else {
      throw DecodingError.dataCorruptedError(
        forKey: .type, in: container, debugDescription: "Unknown event type \(type)")
    }
    switch kind {
    case .started: self = .started(try Started(from: decoder))
    case .ask: self = .ask(try Ask(from: decoder))
    case .presentation: self = .presentation(try Presentation(from: decoder))
    case .reminder: self = .reminder(try Message(from: decoder))
    case .info: self = .info(try Message(from: decoder))
    case .competenceStarted: self = .competenceStarted(try CompetenceHeading(from: decoder))
    case .blockStarted: self = .blockStarted(try BlockStarted(from: decoder))
    case .defectNote: self = .defectNote(try BlockMessage(from: decoder))
    case .answer: self = .answer(try Answer(from: decoder))
    case .evidence: self = .evidence(try Evidence(from: decoder))
    case .probeAsked: self = .probeAsked(try Probe(from: decoder))
    case .probeSkipped: self = .probeSkipped(try Probe(from: decoder))
    case .suggestion: self = .suggestion(try Suggestion(from: decoder))
    case .decision: self = .decision(try Decision(from: decoder))
    case .note: self = .note(try Note(from: decoder))
    case .back: self = .back(try AskReference(from: decoder))
    case .backEdit: self = .backEdit(try BackEdit(from: decoder))
    case .skip: self = .skip(try Skip(from: decoder))
    case .goto: self = .goto(try Goto(from: decoder))
    case .invalidInput: self = .invalidInput(try InvalidInput(from: decoder))
    case .unknownCommand: self = .unknownCommand(try InvalidInput(from: decoder))
    case .inputTruncated: self = .inputTruncated(try InputTruncated(from: decoder))
    case .inputCleaned: self = .inputCleaned(try InputCleaned(from: decoder))
    case .help: self = .help(try Help(from: decoder))
    case .status: self = .status(try Status(from: decoder))
    case .criteria: self = .criteria(try BlockCriteria(from: decoder))
    case .competenceSummary: self = .competenceSummary(try CompetenceSummary(from: decoder))
    case .manualItem: self = .manualItem(try ManualItem(from: decoder))
    case .means: self = .means(try MeansChoice(from: decoder))
    case .recap: self = .recap(try RecapShown(from: decoder))
    case .suspended: self = .suspended(try AskReference(from: decoder))
    case .resumed: self = .resumed(try AskReference(from: decoder))
    case .finished: self = .finished(try Finished(from: decoder))
    case .feedback: self = .feedback(try PreparationFeedback(from: decoder))
    case .retry: self = .retry(try Retry(from: decoder))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: TypeKey.self)
    try container.encode(type, forKey: .type)
    switch self {
    case .started(let payload): try payload.encode(to: encoder)
    case .ask(let payload): try payload.encode(to: encoder)
    case .presentation(let payload): try payload.encode(to: encoder)
    case .reminder(let payload): try payload.encode(to: encoder)
    case .info(let payload): try payload.encode(to: encoder)
    case .competenceStarted(let payload): try payload.encode(to: encoder)
    case .blockStarted(let payload): try payload.encode(to: encoder)
    case .defectNote(let payload): try payload.encode(to: encoder)
    case .answer(let payload): try payload.encode(to: encoder)
    case .evidence(let payload): try payload.encode(to: encoder)
    case .probeAsked(let payload): try payload.encode(to: encoder)
    case .probeSkipped(let payload): try payload.encode(to: encoder)
    case .suggestion(let payload): try payload.encode(to: encoder)
    case .decision(let payload): try payload.encode(to: encoder)
    case .note(let payload): try payload.encode(to: encoder)
    case .back(let payload): try payload.encode(to: encoder)
    case .backEdit(let payload): try payload.encode(to: encoder)
    case .skip(let payload): try payload.encode(to: encoder)
    case .goto(let payload): try payload.encode(to: encoder)
    case .invalidInput(let payload): try payload.encode(to: encoder)
    case .unknownCommand(let payload): try payload.encode(to: encoder)
    case .inputTruncated(let payload): try payload.encode(to: encoder)
    case .inputCleaned(let payload): try payload.encode(to: encoder)
    case .help(let payload): try payload.encode(to: encoder)
    case .status(let payload): try payload.encode(to: encoder)
    case .criteria(let payload): try payload.encode(to: encoder)
    case .competenceSummary(let payload): try payload.encode(to: encoder)
    case .manualItem(let payload): try payload.encode(to: encoder)
    case .means(let payload): try payload.encode(to: encoder)
    case .recap(let payload): try payload.encode(to: encoder)
    case .suspended(let payload): try payload.encode(to: encoder)
    case .resumed(let payload): try payload.encode(to: encoder)
    case .finished(let payload): try payload.encode(to: encoder)
    case .feedback(let payload): try payload.encode(to: encoder)
    case .retry(let payload): try payload.encode(to: encoder)
    }
  }
}

extension InterviewEvent {
  /// A JSON encoder giving the stable form of events: sorted keys, no escaped slashes.
  public static func makeEncoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  /// This event as one line of JSON (no newline), in the stable form.
  public func jsonLine() -> String {
    // Encoding plain strings, numbers and arrays cannot fail.
    let data = try! InterviewEvent.makeEncoder().encode(self)
    return JSONText.escaped(String(decoding: data, as: UTF8.self))
  }
}
