import Foundation

extension RecapTextRenderer {
  /// The preparation sheet as plain text, ending with a newline.
  public func render(_ sheet: PreparationSheet) -> String {
    var lines: [String] = []
    if let warning = sheet.integrityWarning { lines += ["!!! \(warning)", ""] }
    lines.append("\(PreparationSheetWording.heading) — \(sheet.title)")
    lines.append(
      "Candidat : \(safe(RecapWording.name(sheet.candidate))) · "
        + RecapWording.date(sheet.date, timeZone: timeZone))
    lines.append(PreparationSheetWording.intro)
    for competence in sheet.competences {
      lines += [
        "",
        "\(RecapWording.competenceHeading(competence.competence)) — \(safe(competence.title))",
      ]
      for block in competence.blocks { lines += [""] + sheetBlock(block) }
    }
    lines += ["", "— " + safe(PreparationSheetWording.footer(sheet, timeZone: timeZone))]
    if let warning = sheet.integrityWarning { lines += ["!!! \(warning)"] }
    return lines.joined(separator: "\n") + "\n"
  }

  private func sheetBlock(_ block: SheetBlock) -> [String] {
    var lines = ["\(safe(block.block)) — \(safe(block.title))"]
    lines.append("  \(PreparationSheetWording.questions(block)) :")
    lines.append("    - \(safe(block.gate))")
    if let gate = PreparationSheetWording.gate(block) { lines.append("      › \(gate)") }
    for (number, question) in block.questions.enumerated() {
      lines.append("    - \(safe(question))")
      if let answer = block.answer(number) {
        lines.append(
          "      › " + (answer.isEmpty ? PreparationSheetWording.noAnswer : safe(answer)))
      }
    }
    guard let latest = block.latest else {
      return lines + ["  \(PreparationSheetWording.notPractised)"]
    }
    if !block.illustrated.isEmpty {
      lines.append("  \(PreparationSheetWording.illustratedHeading) :")
      lines += block.illustrated.map { "    ✓ " + safe(PreparationSheetWording.illustrated($0)) }
    }
    if block.toPrepare.isEmpty {
      lines.append("  \(PreparationSheetWording.allIllustrated)")
    } else {
      lines.append("  \(PreparationSheetWording.toPrepareHeading) :")
      lines += block.toPrepare.map { "    [ ] " + safe(PreparationSheetWording.toPrepare($0)) }
    }
    if !latest.feedback.tips.isEmpty {
      lines.append("  \(PreparationSheetWording.tipsHeading) :")
      lines += latest.feedback.tips.map { "    - " + FeedbackWording.tip($0) }
    }
    return lines
  }
}
