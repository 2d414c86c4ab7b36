import Foundation
import RepereCore

/// The conversation as JSON Lines, for programs (`--protocol jsonl`).
///
/// Every output line is one JSON object with a `type`: the interview's events as
/// ``InterviewEvent/jsonLine()`` writes them, and the session notices (`transcript`,
/// `warning`, `session_end`). Exactly one `ask` is written, and flushed, each time an
/// input line is awaited.
public final class JSONLinesConsole: Console {
  private let reader: PlainLineReader
  private let output: OutputWriter
  /// What the candidate prepared, by ask id (`--preparation`): a `prepared` line before the
  /// question's `ask`.
  public var prepared: [String: String] = [:]

  public init(reader: PlainLineReader, output: OutputWriter = .standardOutput) {
    self.reader = reader
    self.output = output
  }

  public func show(_ events: [InterviewEvent]) {
    var text = ""
    for event in events {
      if case .ask = event { continue }
      text += event.jsonLine() + "\n"
    }
    if !text.isEmpty { output.write(text) }
  }

  public func read(_ ask: Ask) -> LineResult {
    if let text = prepared[ask.id] {
      let object: [String: JSONScalar] = [
        "type": .string("prepared"), "id": .string(ask.id), "text": .string(text),
      ]
      output.write(Self.encode(object) + "\n")
    }
    output.write(InterviewEvent.ask(ask).jsonLine() + "\n")
    return reader.readLine()
  }

  public func notify(_ notice: SessionNotice) {
    guard let object = Self.object(for: notice) else { return }
    output.write(Self.encode(object) + "\n")
  }

  public func confirmQuit() -> Bool { true }

  public func remember(_ line: String, answering ask: Ask) {}

  /// The JSON object for a notice, `nil` for notices that only make sense on a terminal.
  static func object(for notice: SessionNotice) -> [String: JSONScalar]? {
    switch notice {
    case .transcript(let path, let resumed):
      return ["type": .string("transcript"), "path": .string(path), "resumed": .bool(resumed)]
    case .transcriptRenamed(let path):
      return ["type": .string("transcript_renamed"), "path": .string(path)]
    case .tornLineDropped, .integrityForced, .encodingRepaired, .inputTruncated, .stepCompleted,
      .madePrivate:
      return [
        "type": .string("warning"), "code": .string(warningCode(notice)),
        "text": .string(notice.frenchText),
      ]
    case .lineCleared, .header:
      return nil
    case .ended(let path, let outcome):
      var object: [String: JSONScalar] = ["type": .string("session_end"), "path": .string(path)]
      switch outcome {
      case .finished: object["status"] = .string("finished")
      case .suspended(let reason):
        object["status"] = .string("suspended")
        object["reason"] = .string(reason.rawValue)
      case .nothingTyped:
        object["status"] = .string("nothing_typed")
        object["path"] = nil
      }
      return object
    }
  }

  private static func warningCode(_ notice: SessionNotice) -> String {
    switch notice {
    case .tornLineDropped: "torn_line_dropped"
    case .integrityForced: "integrity_forced"
    case .encodingRepaired: "encoding_repaired"
    case .inputTruncated: "input_truncated"
    case .stepCompleted: "step_completed"
    case .madePrivate: "made_private"
    default: "warning"
    }
  }

  /// A JSON scalar for the shell's own objects.
  enum JSONScalar: Encodable {
    case string(String)
    case bool(Bool)

    func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      switch self {
      case .string(let value): try container.encode(value)
      case .bool(let value): try container.encode(value)
      }
    }
  }

  private static func encode(_ object: [String: JSONScalar]) -> String {
    let data = try! InterviewEvent.makeEncoder().encode(object)
    return JSONText.escaped(String(decoding: data, as: UTF8.self))
  }
}
