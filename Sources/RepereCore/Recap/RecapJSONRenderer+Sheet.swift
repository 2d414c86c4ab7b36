import Foundation

extension RecapJSONRenderer {
  /// The schema identifier of the preparation sheet.
  public static let sheetSchema = "repere.preparation/1"

  /// The preparation sheet as pretty-printed JSON, keys always in the same order, ending
  /// with a newline.
  public func render(_ sheet: PreparationSheet) -> String {
    var output = ""
    write(value(sheet), indent: 0, to: &output)
    return output + "\n"
  }

  private func value(_ sheet: PreparationSheet) -> JSON {
    let source = sheet.source
    return .object([
      ("schema", .string(Self.sheetSchema)),
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
        ])
      ),
      ("integrity_warning", sheet.integrityWarning.map(JSON.string) ?? .null),
      ("title", .string(sheet.title)),
      (
        "candidate",
        .object([
          ("nom", .string(sheet.candidate.nom)), ("prenom", .string(sheet.candidate.prenom)),
        ])
      ),
      ("date", .string(isoDay(sheet.date))),
      (
        "competences",
        .array(
          sheet.competences.map { competence in
            .object([
              ("id", .string(competence.competence)), ("title", .string(competence.title)),
              ("blocks", .array(competence.blocks.map(sheetBlock))),
            ])
          })
      ),
    ])
  }

  private func sheetBlock(_ block: SheetBlock) -> JSON {
    let questions: [JSON] =
      [
        .object([
          ("text", .string(block.gate)),
          ("answer", PreparationSheetWording.gate(block).map(JSON.string) ?? .null),
        ])
      ]
      + block.questions.enumerated().map { number, question in
        .object([
          ("text", .string(question)), ("answer", block.answer(number).map(JSON.string) ?? .null),
        ])
      }
    return .object([
      ("id", .string(block.block)), ("title", .string(block.title)),
      ("attempts", .number(block.attempts)),
      ("questions", .array(questions)),
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
      (
        "to_prepare",
        .array(
          block.toPrepare.map {
            .object([
              ("criterion", .string($0.criterion)), ("label", .string($0.label)),
              ("status", .string($0.status.rawValue)),
              ("quote", $0.quote.map(JSON.string) ?? .null),
              ("prompt", .string($0.prompt)),
            ])
          })
      ),
      ("tips", .array((block.latest?.feedback.tips ?? []).map { .string($0.rawValue) })),
    ])
  }
}
