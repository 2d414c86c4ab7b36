import Foundation

/// Renders a recap document as JSON, schema `repere.recap/1` (`Documentation/repere.recap-1.schema.json`).
///
/// Keys come in the schema's order, always the same; every key is present (`null` when
/// there is no value), so a program reads a fixed shape. Text is kept exactly as typed
/// (JSON string escaping makes it safe); programs show it as they see fit.
public struct RecapJSONRenderer: Sendable {
  /// The schema identifier written in `schema`.
  public static let schema = "repere.recap/1"

  /// The time zone of the `date` field (a calendar day).
  public var timeZone: TimeZone

  public init(timeZone: TimeZone = TimeZone(identifier: "UTC")!) {
    self.timeZone = timeZone
  }

  /// The document as pretty-printed JSON (two-space indent), ending with a newline.
  public func render(_ document: RecapDocument) -> String {
    var output = ""
    write(value(document), indent: 0, to: &output)
    return output + "\n"
  }

  // MARK: - The document as a JSON value

  private func value(_ document: RecapDocument) -> JSON {
    let recap = document.recap
    let source = document.source
    var fields: [(String, JSON)] = [
      ("schema", .string(Self.schema)),
      (
        "dialogue",
        .object([
          ("id", .string(source.dialogueID)), ("version", .string(source.dialogueVersion)),
          ("sha256", .string(source.dialogueSHA256)),
        ])
      ),
      (
        "transcript",
        .object([
          ("file", .string(source.transcriptFileName)),
          ("last_line_sha256", .string(source.lastLineSHA256)),
          ("intact", .bool(document.integrityIssues.isEmpty)),
          ("warning", document.integrityWarning.map(JSON.string) ?? .null),
          ("issues", .array(document.integrityIssues.map { .string($0.description) })),
        ])
      ),
      ("candidate", person(recap.identity.candidate, withFunction: false)),
      (
        "intervenants",
        .array([
          person(recap.identity.intervenant1, withFunction: true),
          person(recap.identity.intervenant2, withFunction: true),
        ])
      ),
      ("date", .string(isoDay(recap.date))),
      ("complete", .bool(recap.complete)),
      (
        "pending",
        .array(
          recap.pending.map {
            .object([
              ("kind", .string($0.kind.rawValue)), ("id", .string($0.id)),
              ("label", .string($0.label)),
            ])
          })
      ),
      (
        "opening",
        .array(
          recap.opening.map {
            .object([
              ("id", .string($0.id)), ("question", .string($0.question)),
              ("text", .string($0.text)),
            ])
          })
      ),
      ("competences", .array(recap.competences.map(competence))),
      ("notes", .array(recap.generalNotes.map(JSON.string))),
      ("declaration", .string(recap.declaration)),
    ]
    // Only with --preparation: a recap without it keeps the shape it always had.
    if let preparation = document.preparation {
      fields.append(("preparation", self.preparation(preparation)))
    }
    return .object(fields)
  }

  private func preparation(_ appendix: PreparationAppendix) -> JSON {
    .object([
      ("file", .string(appendix.fileName)), ("sha256", .string(appendix.sha256)),
      ("date", .string(isoDay(appendix.date))),
      (
        "blocks",
        .array(
          appendix.blocks.map { block in
            .object([
              ("id", .string(block.block)), ("title", .string(block.title)),
              ("attempts", .number(block.attempts)),
              ("gate", block.gate.map(JSON.bool) ?? .null),
              ("criteria", .number(block.criteria)),
              (
                "illustrated",
                .array(
                  block.illustrated.map {
                    .object([
                      ("criterion", .string($0.criterion)), ("label", .string($0.label)),
                      ("found", .array($0.found.map(JSON.string))),
                    ])
                  })
              ),
              ("decided", block.decided.map { .string($0.rawValue) } ?? .null),
              ("reading", .string(block.reading.rawValue)),
            ])
          })
      ),
    ])
  }

  private func person(_ person: Person, withFunction: Bool) -> JSON {
    var fields: [(String, JSON)] = [
      ("nom", .string(person.nom)), ("prenom", .string(person.prenom)),
      ("entreprise", .string(person.entreprise)),
    ]
    if withFunction { fields.append(("fonction", .string(person.fonction))) }
    return .object(fields)
  }

  private func competence(_ competence: CompetenceRecap) -> JSON {
    .object([
      ("id", .string(competence.competence)), ("title", .string(competence.title)),
      ("status", .string(competence.status.rawValue)),
      ("means", competence.means.map { .array($0.map(JSON.string)) } ?? .null),
      (
        "training_needs",
        .array(
          competence.items.map { item in
            .object([
              ("item", .string(item.item)), ("label", .string(item.label)),
              ("needed", item.needed.map(JSON.bool) ?? .null),
              ("block", item.block.map(JSON.string) ?? .null),
              ("note", item.block == nil ? item.notes.first.map(JSON.string) ?? .null : .null),
            ])
          })
      ),
      ("blocks", .array(competence.blocks.map(block))),
      ("notes", .array(competence.notes.map(JSON.string))),
    ])
  }

  private func block(_ block: BlockRecap) -> JSON {
    .object([
      ("id", .string(block.block)), ("title", .string(block.title)),
      ("state", .string(block.state.rawValue)),
      ("gate", block.gate.map(JSON.bool) ?? .null),
      ("suggested", block.suggested.map { .string($0.rawValue) } ?? .null),
      ("suggestion_reason", block.suggestionReason.map(JSON.string) ?? .null),
      ("suggestion_confidence", block.suggestionConfidence.map { .string($0.rawValue) } ?? .null),
      ("uncertain_because", block.uncertainBecause.map(JSON.string) ?? .null),
      ("decided", block.decided.map { .string($0.rawValue) } ?? .null),
      ("overridden", .bool(block.overridden)),
      ("override_reason", block.overrideReason.map(JSON.string) ?? .null),
      ("notes", .array(block.notes.map(JSON.string))),
      (
        "answers",
        .array(
          block.answers.map {
            .object([
              ("question", .string($0.question)), ("text", .string($0.text)),
              ("probe", .bool($0.isProbe)),
            ])
          })
      ),
      (
        "evidence",
        .array(
          block.evidence.map {
            .object([
              ("criterion", .string($0.criterion)), ("label", .string($0.label)),
              ("covered", .bool($0.covered)), ("found", .array($0.found.map(JSON.string))),
              ("discounted", .array($0.discounted.map(JSON.string))),
            ])
          })
      ),
      ("time_spent_seconds", .number(Int(block.timeSpent.rounded()))),
    ])
  }

  func isoDay(_ date: Date) -> String {
    let day = RecapWording.date(date, timeZone: timeZone).split(separator: "/")
    return "\(day[2])-\(day[1])-\(day[0])"
  }

  // MARK: - Writing

  /// A JSON value whose objects keep their keys in the order given.
  indirect enum JSON {
    case string(String)
    case number(Int)
    case bool(Bool)
    case null
    case array([JSON])
    case object([(String, JSON)])
  }

  func write(_ value: JSON, indent: Int, to output: inout String) {
    let inner = String(repeating: "  ", count: indent + 1)
    switch value {
    case .string(let string): output += quote(string)
    case .number(let number): output += String(number)
    case .bool(let bool): output += bool ? "true" : "false"
    case .null: output += "null"
    case .array(let values):
      guard !values.isEmpty else {
        output += "[]"
        return
      }
      output += "[\n"
      for (index, element) in values.enumerated() {
        output += inner
        write(element, indent: indent + 1, to: &output)
        output += index + 1 < values.count ? ",\n" : "\n"
      }
      output += String(repeating: "  ", count: indent) + "]"
    case .object(let fields):
      guard !fields.isEmpty else {
        output += "{}"
        return
      }
      output += "{\n"
      for (index, (key, element)) in fields.enumerated() {
        output += inner + quote(key) + ": "
        write(element, indent: indent + 1, to: &output)
        output += index + 1 < fields.count ? ",\n" : "\n"
      }
      output += String(repeating: "  ", count: indent) + "}"
    }
  }

  /// A JSON string literal: quotes, backslashes and control characters escaped.
  private func quote(_ string: String) -> String {
    var result = "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || (0x2028...0x2029).contains(scalar.value) {
          let digits = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
