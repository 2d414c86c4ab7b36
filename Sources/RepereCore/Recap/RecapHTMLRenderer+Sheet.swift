import Foundation

extension RecapHTMLRenderer {
  /// The preparation sheet's template built into the binary.
  public static var bundledSheetTemplate: String {
    String(decoding: PackageResources.preparation_html_mustache, as: UTF8.self)
  }

  /// A renderer of preparation sheets, with the built-in sheet template
  /// (`Resources/preparation.html.mustache`) or `template`.
  /// - Throws: ``TemplateError`` when the template does not parse.
  public static func sheet(timeZone: TimeZone, template: String? = nil) throws(TemplateError)
    -> RecapHTMLRenderer
  {
    try RecapHTMLRenderer(timeZone: timeZone, template: template ?? bundledSheetTemplate)
  }

  /// The preparation sheet as one self-contained HTML page, with the renderer's template
  /// (make it with ``sheet(timeZone:template:)``).
  public func render(_ sheet: PreparationSheet) -> String {
    template.render(values(sheet))
  }

  private func values(_ sheet: PreparationSheet) -> [String: Any] {
    let values: [String: Any?] = [
      "heading": PreparationSheetWording.heading, "title": sheet.title,
      "date": RecapWording.date(sheet.date, timeZone: timeZone),
      "warning": sheet.integrityWarning.map { SafeDisplay.escaped($0) },
      "candidate": ["name": SafeDisplay.escaped(RecapWording.name(sheet.candidate))],
      "intro": PreparationSheetWording.intro,
      "competences": sheet.competences.map { competence -> [String: Any] in
        [
          "heading": RecapWording.competenceHeading(competence.competence),
          "title": competence.title, "blocks": competence.blocks.map(sheetBlock),
        ]
      },
      "footer": SafeDisplay.escaped(PreparationSheetWording.footer(sheet, timeZone: timeZone)),
    ]
    return values.compactMapValues { $0 }
  }

  private func sheetBlock(_ block: SheetBlock) -> [String: Any] {
    let answers =
      [PreparationSheetWording.gate(block)]
      + block.questions.indices.map { number in
        block.answer(number).map { $0.isEmpty ? PreparationSheetWording.noAnswer : $0 }
      }
    let questions = zip([block.gate] + block.questions, answers).map {
      question, answer -> [String: Any] in
      var value: [String: Any] = ["text": question]
      if let answer { value["answer"] = SafeDisplay.escaped(answer) }
      return value
    }
    let tips = (block.latest?.feedback.tips ?? []).map(FeedbackWording.tip)
    let values: [String: Any?] = [
      "id": block.block, "title": block.title,
      "questionsHeading": PreparationSheetWording.questions(block), "questions": questions,
      "notPractised": block.latest == nil ? PreparationSheetWording.notPractised : nil,
      "illustratedHeading": PreparationSheetWording.illustratedHeading,
      "hasIllustrated": !block.illustrated.isEmpty,
      "illustrated": block.illustrated.map {
        SafeDisplay.escaped(PreparationSheetWording.illustrated($0))
      },
      "toPrepareHeading": PreparationSheetWording.toPrepareHeading,
      "hasToPrepare": !block.toPrepare.isEmpty,
      "toPrepare": block.toPrepare.map {
        SafeDisplay.escaped(PreparationSheetWording.toPrepare($0))
      },
      "allIllustrated": block.latest != nil && block.toPrepare.isEmpty
        ? PreparationSheetWording.allIllustrated : nil,
      "tipsHeading": PreparationSheetWording.tipsHeading, "hasTips": !tips.isEmpty, "tips": tips,
    ]
    return values.compactMapValues { $0 }
  }
}
