import Foundation

/// Renders a recap as plain French text for a terminal (no colour, no wrapping).
///
/// Person-written text goes through ``SafeDisplay/escaped(_:keepingNewlines:)``: an escape sequence or a
/// U+202E typed in an answer is shown, never obeyed by the terminal.
public struct RecapTextRenderer: Sendable {
  /// The time zone the date is shown in (the shell passes the local one).
  public var timeZone: TimeZone

  public init(timeZone: TimeZone = TimeZone(identifier: "UTC")!) {
    self.timeZone = timeZone
  }

  /// The recap as lines of text joined with `\n`, ending with a newline: what the interview
  /// shows for `/bilan` and at its end.
  public func render(_ recap: CompiledRecap) -> String {
    lines(recap).joined(separator: "\n") + "\n"
  }

  /// The whole document of `repere bilan`: the integrity warning if any, the recap, the
  /// appendix per block, and the footer naming the transcript.
  public func render(_ document: RecapDocument) -> String {
    var lines: [String] = []
    if let warning = document.integrityWarning {
      lines += ["!!! \(warning)", ""]
    }
    lines += self.lines(document.recap)
    lines += ["", RecapWording.appendixHeading]
    for competence in document.recap.competences {
      for block in competence.blocks { lines += [""] + appendix(block) }
    }
    if let preparation = document.preparation { lines += self.preparation(preparation) }
    lines += ["", "— " + SafeDisplay.escaped(RecapWording.footer(document, timeZone: timeZone))]
    if let warning = document.integrityWarning { lines += ["!!! \(warning)"] }
    return lines.joined(separator: "\n") + "\n"
  }

  private func lines(_ recap: CompiledRecap) -> [String] {
    var lines: [String] = []
    lines.append("\(RecapWording.heading) — \(recap.title)")
    if !recap.complete {
      lines.append("(\(RecapWording.unfinished))")
      if !recap.pending.isEmpty {
        lines.append(RecapWording.missingHeading)
        for item in recap.pending { lines.append("  - \(safe(RecapWording.pending(item)))") }
      }
    }
    let candidate = recap.identity.candidate
    lines.append(
      "Candidat : \(safe(RecapWording.name(candidate)))"
        + (candidate.entreprise.isEmpty ? "" : ", \(safe(candidate.entreprise))"))
    if !recap.opening.isEmpty {
      lines.append("")
      lines.append("\(RecapWording.openingHeading) :")
      for note in recap.opening {
        lines.append(
          "  \(RecapWording.opening(note)) : \(note.text.isEmpty ? "—" : safe(note.text))")
      }
    }
    lines.append("")
    for competence in recap.competences {
      lines += self.competence(competence, meansOptions: recap.meansOptions)
      lines.append("")
    }
    if !recap.generalNotes.isEmpty {
      lines.append("\(RecapWording.notesHeading) :")
      for note in recap.generalNotes { lines.append("  \(safe(note))") }
      lines.append("")
    }
    lines.append("Date : \(RecapWording.date(recap.date, timeZone: timeZone))")
    lines += signatures(recap)
    return lines
  }

  private func competence(_ competence: CompetenceRecap, meansOptions: [RecapMeansOption])
    -> [String]
  {
    var lines = ["\(competence.competence) — \(competence.title)"]
    switch competence.status {
    case .mastered:
      lines.append("  [x] \(RecapWording.mastered)")
    case .toDevelop:
      lines.append("  [x] \(RecapWording.toDevelop)")
    case .incomplete:
      lines.append("  [ ] À compléter : des blocs ou des points ne sont pas encore réglés")
    }
    for item in competence.items {
      let box = item.needed == true ? "[x]" : item.needed == nil ? "[?]" : "[ ]"
      var line = "    \(box) \(item.label)"
      if let block = item.block {
        line += " (\(block) : \(item.levelLabel ?? "non positionné"))"
      } else {
        line += " (réglé à la main)"
      }
      lines.append(line)
      if let reason = item.overrideReason {
        lines.append("        Raison de la modification de la suggestion : \(safe(reason))")
      }
      if item.needed == true {
        for answer in item.answers { lines.append("        Réponse : \(safe(answer))") }
      }
      for note in item.notes { lines.append("        Note : \(safe(note))") }
    }
    for note in competence.notes { lines.append("    Note : \(safe(note))") }
    if competence.status != .mastered {
      let means =
        competence.meansLabels.isEmpty
        ? "non renseignés" : competence.meansLabels.joined(separator: " et ")
      lines.append("  Moyens préconisés d’acquisition de ces compétences : \(means)")
    }
    return lines
  }

  private func signatures(_ recap: CompiledRecap) -> [String] {
    let candidate = recap.identity.candidate
    var lines = [
      "", "Candidat", "  Nom : \(safe(candidate.nom))", "  Prénom : \(safe(candidate.prenom))",
      "  Signature :",
    ]
    for (title, person) in [
      ("Intervenant 1", recap.identity.intervenant1),
      ("Intervenant 2", recap.identity.intervenant2),
    ] {
      lines += [
        "", title, "  Nom : \(safe(person.nom))", "  Prénom : \(safe(person.prenom))",
        "  Entreprise : \(safe(person.entreprise))", "  Fonction : \(safe(person.fonction))",
        "  \(RecapWording.undersigned) \(safe(RecapWording.name(person)))",
        "  \(recap.declaration).",
        "  Date : \(RecapWording.date(recap.date, timeZone: timeZone))",
        "  Signature et cachet de l’entreprise :",
      ]
    }
    return lines
  }

  private func appendix(_ block: BlockRecap) -> [String] {
    var lines = ["\(block.block) — \(block.title) (\(RecapWording.state(block)))"]
    guard block.state != .notStarted else { return lines }
    lines.append("  Question d’entrée : \(RecapWording.gate(block.gate))")
    for answer in block.answers {
      lines.append("  \(answer.isProbe ? "Relance" : "Question") : \(answer.question)")
      lines.append("    Réponse : \(answer.text.isEmpty ? "(pas de réponse)" : safe(answer.text))")
    }
    if !block.evidence.isEmpty {
      lines.append("  Éléments trouvés par critère :")
      for line in block.evidence { lines.append("    \(safe(RecapWording.evidence(line)))") }
    }
    if let suggested = block.suggested {
      lines.append(
        "  Suggestion : \(RecapWording.level(suggested))"
          + (block.suggestionReason.map { " — \(safe($0))" } ?? ""))
    }
    if let uncertainty = RecapWording.uncertainty(block) { lines.append("  \(safe(uncertainty))") }
    if let decided = block.decided {
      lines.append(
        "  Décision : \(RecapWording.level(decided)) (\(RecapWording.decisionNote(block)))")
    }
    if let reason = block.overrideReason {
      lines.append("  Raison de la modification : \(safe(reason))")
    }
    for note in block.notes { lines.append("  Note : \(safe(note))") }
    lines.append("  Temps passé : \(RecapWording.duration(block.timeSpent))")
    return lines
  }

  /// The appendix « Préparation du candidat »: per block, the reading on the heading line,
  /// then what the preparation illustrated and the position decided.
  private func preparation(_ appendix: PreparationAppendix) -> [String] {
    var lines = [
      "", RecapWording.preparationHeading,
      safe(RecapWording.preparationSummary(appendix, timeZone: timeZone)),
    ]
    for block in appendix.blocks {
      lines += [
        "",
        "\(safe(block.block)) — \(safe(block.title)) : \(RecapWording.reading(block.reading))",
      ]
      if block.isPrepared {
        lines.append(
          "  \(RecapWording.preparationColumn) : "
            + safe(RecapWording.preparationCoverage(block)))
      }
      lines.append(
        "  \(RecapWording.interviewColumn) : \(RecapWording.interviewPosition(block))")
    }
    return lines
  }

  func safe(_ text: String) -> String { SafeDisplay.escaped(text) }
}
