import Foundation

/// The French wording of the « Bilan du repérage des compétences », shared by every format.
public enum RecapWording {
  public static let heading = "Bilan du repérage des compétences"
  public static let rule =
    "On considère que le candidat maîtrise une compétence si dans chacun des tableaux de la "
    + "compétence, la case «\u{A0}En totalité\u{A0}» a été cochée."
  public static let mastered = "Le candidat maîtrise les savoir-faire et peut être évalué"
  public static let toDevelop =
    "Le candidat doit développer des compétences et a des besoins en formation sur les "
    + "éléments suivants :"
  public static let meansHeading = "Les moyens préconisés d’acquisition de ces compétences :"
  public static let unfinished = "Entretien non terminé : bilan provisoire."
  public static let missingHeading = "Reste à faire :"
  public static let openingHeading = "Notes d’ouverture"
  public static let notesHeading = "Notes"
  public static let appendixHeading = "Annexe : le détail par bloc"
  public static let signatureHeading = "Signatures"
  public static let undersigned = "Je soussigné(e) :"

  /// The label of a level (« En totalité »).
  public static func level(_ level: LevelID) -> String {
    switch level {
    case .totalite: "En totalité"
    case .partiellement: "Partiellement"
    case .pasDuTout: "Pas du tout"
    }
  }

  /// « Compétence 1 » for `C1`.
  public static func competenceHeading(_ id: String) -> String {
    id.hasPrefix("C") ? "Compétence \(id.dropFirst())" : "Compétence \(id)"
  }

  /// What an item of « Reste à faire » says.
  public static func pending(_ item: RecapPendingItem) -> String {
    switch item.kind {
    case .block: "bloc \(item.id) non positionné (\(item.label))"
    case .manualItem: "point \(item.id) à régler : \(item.label)"
    case .means: "moyens non choisis pour \(item.id) (\(item.label))"
    }
  }

  /// Where a block stands, for the appendix.
  public static func state(_ block: BlockRecap) -> String {
    switch block.state {
    case .decided: "positionné"
    case .parked: "laissé de côté (/passer ou /aller), réponses gardées"
    case .inProgress: "en cours à l’arrêt de la session"
    case .notStarted: "pas encore abordé"
    }
  }

  /// What the appendix says beside a decision: whether it confirms the suggestion, and how
  /// sure the suggestion was (« suggestion confirmée ; confiance de la suggestion :
  /// faible »), so a reviewer sees the decisions taken on an uncertain suggestion.
  public static func decisionNote(_ block: BlockRecap) -> String {
    let note = block.overridden ? "suggestion modifiée" : "suggestion confirmée"
    guard let confidence = block.suggestionConfidence else { return note }
    return note + " ; confiance de la suggestion : \(confidence.frenchLabel)"
  }

  /// « Suggestion incertaine : … », the one line on why a low-confidence suggestion was
  /// unsure; `nil` when the confidence was high or is not known.
  public static func uncertainty(_ block: BlockRecap) -> String? {
    guard block.suggestionConfidence == .low else { return nil }
    return "Suggestion incertaine : " + (block.uncertainBecause ?? "confiance faible")
  }

  /// The yes/no answer of a block.
  public static func gate(_ gate: Bool?) -> String {
    switch gate {
    case true: "oui"
    case false: "non"
    case nil: "pas de réponse"
    }
  }

  /// « 4 min 05 s », « 45 s ».
  public static func duration(_ seconds: Double) -> String {
    let total = Int(seconds.rounded())
    if total < 60 { return "\(total) s" }
    if total < 3600 {
      return "\(total / 60) min \(total % 60 < 10 ? "0" : "")\(total % 60) s"
    }
    let minutes = total % 3600 / 60
    return "\(total / 3600) h \(minutes < 10 ? "0" : "")\(minutes) min"
  }

  /// The date as `dd/MM/yyyy` in the time zone.
  public static func date(_ date: Date, timeZone: TimeZone) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.day, .month, .year], from: date)
    let day = parts.day ?? 1
    let month = parts.month ?? 1
    return "\(day < 10 ? "0" : "")\(day)/\(month < 10 ? "0" : "")\(month)/\(parts.year ?? 1970)"
  }

  /// The short label of an opening note: its id with a capital (« Parcours »).
  public static func opening(_ note: RecapOpeningNote) -> String {
    note.id.prefix(1).uppercased() + note.id.dropFirst()
  }

  /// « Prénom Nom ».
  public static func name(_ person: Person) -> String {
    [person.prenom, person.nom].filter { !$0.isEmpty }.joined(separator: " ")
  }

  /// The evidence line of a criterion.
  public static func evidence(_ line: InterviewEvent.EvidenceLine) -> String {
    var text = "\(line.number). \(line.label) : "
    text += line.covered ? "illustré (\(line.found.joined(separator: ", ")))" : "non illustré"
    if !line.discounted.isEmpty {
      text += " ; ne comptent pas : \(line.discounted.joined(separator: ", "))"
    }
    return text
  }

  /// The footer tying a page to its transcript.
  public static func footer(_ document: RecapDocument, timeZone: TimeZone) -> String {
    let candidate = name(document.recap.identity.candidate)
    return "\(candidate.isEmpty ? "Candidat non renseigné" : candidate) · "
      + "\(date(document.recap.date, timeZone: timeZone)) · "
      + "\(document.source.transcriptFileName) · SHA-256 de la dernière ligne : "
      + document.source.lastLineSHA256
  }
}
