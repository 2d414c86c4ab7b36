import Foundation

/// Renders a recap as plain French text for a terminal (no colour, no wrapping).
public struct RecapTextRenderer: Sendable {
  /// The time zone the date is shown in (the shell passes the local one).
  public var timeZone: TimeZone

  public init(timeZone: TimeZone = TimeZone(identifier: "UTC")!) {
    self.timeZone = timeZone
  }

  /// The recap as lines of text joined with `\n`, ending with a newline.
  public func render(_ recap: CompiledRecap) -> String {
    var lines: [String] = []
    lines.append("Bilan du repérage des compétences — \(recap.title)")
    if !recap.complete { lines.append("(bilan provisoire : l’entretien n’est pas terminé)") }
    let candidate = recap.identity.candidate
    lines.append(
      "Candidat : \(name(candidate))\(candidate.entreprise.isEmpty ? "" : ", \(candidate.entreprise)")"
    )
    lines.append("")
    for competence in recap.competences {
      lines.append("\(competence.competence) — \(competence.title)")
      switch competence.status {
      case .mastered:
        lines.append("  [x] Le candidat maîtrise les savoir-faire et peut être évalué")
      case .toDevelop:
        lines.append(
          "  [x] Le candidat doit développer des compétences et a des besoins en formation sur les éléments suivants :"
        )
      case .incomplete:
        lines.append("  [ ] À compléter : des blocs ne sont pas encore positionnés")
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
        if item.needed == true {
          if let reason = item.overrideReason {
            lines.append("        Raison du positionnement : \(reason)")
          }
          for answer in item.answers { lines.append("        Réponse : \(answer)") }
        }
        for note in item.notes { lines.append("        Note : \(note)") }
      }
      for note in competence.notes { lines.append("    Note : \(note)") }
      if competence.status != .mastered {
        let means =
          competence.meansLabels.isEmpty
          ? "non renseignés" : competence.meansLabels.joined(separator: " et ")
        lines.append("  Moyens préconisés d’acquisition de ces compétences : \(means)")
      }
      lines.append("")
    }
    if !recap.generalNotes.isEmpty {
      lines.append("Notes :")
      for note in recap.generalNotes { lines.append("  \(note)") }
      lines.append("")
    }
    lines.append("Date : \(dateText(recap.date))")
    lines.append("")
    lines.append("Candidat")
    lines.append("  Nom : \(candidate.nom)")
    lines.append("  Prénom : \(candidate.prenom)")
    lines.append("  Signature :")
    for (title, person) in [
      ("Intervenant 1", recap.identity.intervenant1),
      ("Intervenant 2", recap.identity.intervenant2),
    ] {
      lines.append("")
      lines.append(title)
      lines.append("  Nom : \(person.nom)")
      lines.append("  Prénom : \(person.prenom)")
      lines.append("  Entreprise : \(person.entreprise)")
      lines.append("  Fonction : \(person.fonction)")
      lines.append("  Date : \(dateText(recap.date))")
      lines.append("  \(recap.declaration)")
      lines.append("  Signature et cachet de l’entreprise :")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func name(_ person: Person) -> String {
    [person.prenom, person.nom].filter { !$0.isEmpty }.joined(separator: " ")
  }

  /// The date as `dd/MM/yyyy` in ``timeZone``.
  private func dateText(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.day, .month, .year], from: date)
    let day = parts.day ?? 1
    let month = parts.month ?? 1
    return "\(day < 10 ? "0" : "")\(day)/\(month < 10 ? "0" : "")\(month)/\(parts.year ?? 1970)"
  }
}
