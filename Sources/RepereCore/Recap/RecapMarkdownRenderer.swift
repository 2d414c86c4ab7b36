import Foundation

/// Renders a recap document as Markdown (CommonMark with GitHub tables and task lists).
///
/// Person-written text is made visible (``SafeDisplay``) then escaped for Markdown: the
/// characters that would start emphasis, code, links, HTML or entities, or end a table
/// cell, get a backslash, so `<script>` or `a | b` show as typed.
public struct RecapMarkdownRenderer: Sendable {
  public var timeZone: TimeZone

  public init(timeZone: TimeZone = TimeZone(identifier: "UTC")!) {
    self.timeZone = timeZone
  }

  /// The document as Markdown, ending with a newline.
  public func render(_ document: RecapDocument) -> String {
    let recap = document.recap
    var lines: [String] = ["# \(RecapWording.heading) — \(text(recap.title))", ""]
    if let warning = document.integrityWarning {
      lines += ["> **\(text(warning))**", ""]
    }
    if !recap.complete {
      lines += ["**\(RecapWording.unfinished)**", ""]
      if !recap.pending.isEmpty {
        lines.append(RecapWording.missingHeading)
        lines += recap.pending.map { "- \(text(RecapWording.pending($0)))" }
        lines.append("")
      }
    }
    let candidate = recap.identity.candidate
    lines += [
      "| Candidat | |", "|---|---|", "| Nom | \(cell(candidate.nom)) |",
      "| Prénom | \(cell(candidate.prenom)) |", "| Entreprise | \(cell(candidate.entreprise)) |",
      "| Date | \(RecapWording.date(recap.date, timeZone: timeZone)) |", "",
    ]
    if !recap.opening.isEmpty {
      lines += ["## \(RecapWording.openingHeading)", ""]
      for note in recap.opening {
        lines.append(
          "- **\(text(RecapWording.opening(note)))** : "
            + (note.text.isEmpty ? "—" : text(note.text)))
      }
      lines.append("")
    }
    lines += ["## \(RecapWording.heading)", "", text(RecapWording.rule), ""]
    for competence in recap.competences {
      lines += self.competence(competence, means: recap.meansOptions)
    }
    if !recap.generalNotes.isEmpty {
      lines += ["## \(RecapWording.notesHeading)", ""]
      lines += recap.generalNotes.map { "- \(text($0))" }
      lines.append("")
    }
    lines += signatures(recap)
    lines += ["## \(RecapWording.appendixHeading)", ""]
    for competence in recap.competences {
      for block in competence.blocks { lines += appendix(block) }
    }
    if let preparation = document.preparation { lines += self.preparation(preparation) }
    lines += ["---", "", text(RecapWording.footer(document, timeZone: timeZone))]
    return lines.joined(separator: "\n") + "\n"
  }

  private func competence(_ competence: CompetenceRecap, means: [RecapMeansOption]) -> [String] {
    var lines = [
      "### \(RecapWording.competenceHeading(competence.competence)) — \(text(competence.title))",
      "",
    ]
    if competence.status == .incomplete {
      lines += ["*À compléter : des blocs ou des points ne sont pas encore réglés.*", ""]
    }
    lines.append("- \(box(competence.status == .mastered)) \(RecapWording.mastered)")
    lines.append("- \(box(competence.status == .toDevelop)) \(text(RecapWording.toDevelop))")
    for item in competence.items {
      var line = "  - \(box(item.needed == true)) \(text(item.label))"
      if let block = item.block {
        line += " (\(block) : \(item.levelLabel ?? "non positionné"))"
      } else {
        line +=
          item.needed == nil ? " (réglé à la main, pas encore décidé)" : " (réglé à la main)"
        for note in item.notes { line += " — note : \(text(note))" }
      }
      lines.append(line)
      if let reason = item.overrideReason {
        lines.append("    - Raison de la modification de la suggestion : \(text(reason))")
      }
    }
    let chosen = Set(competence.means ?? [])
    let boxes = means.map { "\(box(chosen.contains($0.id))) \(text($0.label))" }
    lines += ["", "\(RecapWording.meansHeading) \(boxes.joined(separator: " et/ou "))"]
    for note in competence.notes { lines += ["", "Note : \(text(note))"] }
    lines.append("")
    return lines
  }

  private func signatures(_ recap: CompiledRecap) -> [String] {
    let date = RecapWording.date(recap.date, timeZone: timeZone)
    var lines = ["## \(RecapWording.signatureHeading)", ""]
    let candidate = recap.identity.candidate
    lines += [
      "### Candidat", "", "| | |", "|---|---|", "| Nom | \(cell(candidate.nom)) |",
      "| Prénom | \(cell(candidate.prenom)) |", "| Signature | |", "",
    ]
    for (title, person) in [
      ("Intervenant 1", recap.identity.intervenant1),
      ("Intervenant 2", recap.identity.intervenant2),
    ] {
      lines += [
        "### \(title)", "", "| | |", "|---|---|", "| Nom | \(cell(person.nom)) |",
        "| Prénom | \(cell(person.prenom)) |", "| Entreprise | \(cell(person.entreprise)) |",
        "| Fonction | \(cell(person.fonction)) |", "",
        "\(RecapWording.undersigned) \(text(RecapWording.name(person)))  ",
        "\(text(recap.declaration)).", "", "Date : \(date)", "",
        "Signature et cachet de l’entreprise :", "",
      ]
    }
    return lines
  }

  private func appendix(_ block: BlockRecap) -> [String] {
    var lines = [
      "### \(block.block) — \(text(block.title))", "", "*\(text(RecapWording.state(block)))*", "",
    ]
    guard block.state != .notStarted else { return lines }
    lines += ["Question d’entrée : \(RecapWording.gate(block.gate))", ""]
    if !block.answers.isEmpty {
      lines += ["| Question | Réponse |", "|---|---|"]
      for answer in block.answers {
        let question = (answer.isProbe ? "Relance : " : "") + answer.question
        lines.append(
          "| \(cell(question)) | \(answer.text.isEmpty ? "*(pas de réponse)*" : cell(answer.text)) |"
        )
      }
      lines.append("")
    }
    if !block.evidence.isEmpty {
      lines += ["| Critère | Illustré | Éléments trouvés | Ne comptent pas |", "|---|---|---|---|"]
      for line in block.evidence {
        lines.append(
          "| \(line.number). \(cell(line.label)) | \(line.covered ? "oui" : "non") | "
            + "\(cell(line.found.joined(separator: ", "))) | "
            + "\(cell(line.discounted.joined(separator: ", "))) |")
      }
      lines.append("")
    }
    if let suggested = block.suggested {
      lines.append(
        "- Suggestion : **\(RecapWording.level(suggested))**"
          + (block.suggestionReason.map { " — \(text($0))" } ?? ""))
    }
    if let uncertainty = RecapWording.uncertainty(block) { lines.append("- \(text(uncertainty))") }
    if let decided = block.decided {
      lines.append(
        "- Décision : **\(RecapWording.level(decided))** (\(RecapWording.decisionNote(block)))")
    }
    if let reason = block.overrideReason {
      lines.append("- Raison de la modification : \(text(reason))")
    }
    for note in block.notes { lines.append("- Note : \(text(note))") }
    lines += ["- Temps passé : \(RecapWording.duration(block.timeSpent))", ""]
    return lines
  }

  /// The appendix « Préparation du candidat » as one table, a row per block.
  private func preparation(_ appendix: PreparationAppendix) -> [String] {
    var lines = [
      "## \(RecapWording.preparationHeading)", "",
      text(RecapWording.preparationSummary(appendix, timeZone: timeZone)), "",
      "| Bloc | \(RecapWording.preparationColumn) | \(RecapWording.interviewColumn) | "
        + "\(RecapWording.readingColumn) |",
      "|---|---|---|---|",
    ]
    for block in appendix.blocks {
      lines.append(
        "| \(cell(block.block)) — \(cell(block.title)) | "
          + "\(cell(RecapWording.preparationCoverage(block))) | "
          + "\(RecapWording.interviewPosition(block)) | "
          + "\(RecapWording.reading(block.reading)) |")
    }
    lines.append("")
    return lines
  }

  func box(_ ticked: Bool) -> String { ticked ? "[x]" : "[ ]" }

  /// Person-written or guide text, escaped for inline Markdown.
  func text(_ raw: String) -> String {
    var result = ""
    for character in SafeDisplay.escaped(raw) {
      if Self.escaped.contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }

  /// Text for a table cell: inline-escaped, line breaks as spaces.
  func cell(_ raw: String) -> String {
    text(raw.replacingOccurrences(of: "\n", with: " "))
  }

  /// The characters that start inline Markdown or HTML, or end a table cell.
  private static let escaped: Set<Character> = [
    "\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "~", "!", "#",
  ]
}
