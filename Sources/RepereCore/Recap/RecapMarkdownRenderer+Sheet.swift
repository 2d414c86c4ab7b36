import Foundation

extension RecapMarkdownRenderer {
  /// The preparation sheet as Markdown, the examples to prepare as a task list.
  public func render(_ sheet: PreparationSheet) -> String {
    var lines = ["# \(PreparationSheetWording.heading) — \(text(sheet.title))", ""]
    if let warning = sheet.integrityWarning { lines += ["> **\(text(warning))**", ""] }
    lines += [
      "| Candidat | |", "|---|---|", "| Nom | \(cell(sheet.candidate.nom)) |",
      "| Prénom | \(cell(sheet.candidate.prenom)) |",
      "| Date | \(RecapWording.date(sheet.date, timeZone: timeZone)) |", "",
      text(PreparationSheetWording.intro), "",
    ]
    for competence in sheet.competences {
      lines += [
        "## \(RecapWording.competenceHeading(competence.competence)) — \(text(competence.title))",
        "",
      ]
      for block in competence.blocks { lines += sheetBlock(block) }
    }
    lines += ["---", "", text(PreparationSheetWording.footer(sheet, timeZone: timeZone))]
    return lines.joined(separator: "\n") + "\n"
  }

  private func sheetBlock(_ block: SheetBlock) -> [String] {
    var lines = ["### \(text(block.block)) — \(text(block.title))", ""]
    lines += ["**\(PreparationSheetWording.questions(block))**", ""]
    lines.append("- \(text(block.gate))")
    if let gate = PreparationSheetWording.gate(block) { lines.append("  > \(gate)") }
    for (number, question) in block.questions.enumerated() {
      lines.append("- \(text(question))")
      if let answer = block.answer(number) {
        lines.append(
          "  > " + (answer.isEmpty ? text(PreparationSheetWording.noAnswer) : cell(answer)))
      }
    }
    lines.append("")
    guard let latest = block.latest else {
      return lines + ["*\(text(PreparationSheetWording.notPractised))*", ""]
    }
    if !block.illustrated.isEmpty {
      lines += ["**\(PreparationSheetWording.illustratedHeading)**", ""]
      lines += block.illustrated.map { "- ✓ " + text(PreparationSheetWording.illustrated($0)) }
      lines.append("")
    }
    if block.toPrepare.isEmpty {
      lines += [PreparationSheetWording.allIllustrated, ""]
    } else {
      lines += ["**\(PreparationSheetWording.toPrepareHeading)**", ""]
      lines += block.toPrepare.map {
        "- \(box(false)) " + text(PreparationSheetWording.toPrepare($0))
      }
      lines.append("")
    }
    if !latest.feedback.tips.isEmpty {
      lines += ["**\(PreparationSheetWording.tipsHeading)**", ""]
      lines += latest.feedback.tips.map { "- " + text(FeedbackWording.tip($0)) }
      lines.append("")
    }
    return lines
  }
}
