import Foundation

/// The French wording of the preparation sheet, shared by every format.
public enum PreparationSheetWording {
  public static let heading = "Fiche de préparation à l’entretien de repérage"
  public static let intro =
    "Cette fiche rassemble vos dernières réponses et les exemples à préparer. Elle ne "
    + "positionne pas : ce sont les évaluateurs qui décident, à l’entretien."
  public static let questionsHeading = "Questions à attendre"
  public static let illustratedHeading = "Bien illustré"
  public static let toPrepareHeading = "Exemples à préparer"
  public static let tipsHeading = "Pour convaincre, précisez"
  public static let notPractised = "Pas encore préparé : entraînez-vous avec repere preparation."
  public static let allIllustrated = "Vos réponses illustrent tous les critères de ce bloc."

  /// « Questions à attendre et vos dernières réponses (tentative 2) », or only the
  /// questions before a first attempt.
  public static func questions(_ block: SheetBlock) -> String {
    guard block.latest != nil else { return questionsHeading }
    return "\(questionsHeading) et vos dernières réponses"
      + (block.attempts > 1 ? " (tentative \(block.attempts))" : "")
  }

  /// The answer to the yes/no question as the sheet shows it.
  public static func gate(_ block: SheetBlock) -> String? {
    block.latest.map { $0.gate ? "oui" : "non" }
  }

  /// An answer left empty.
  public static let noAnswer = "(pas de réponse)"

  /// « sources variées et actualisées : « salon », « internet » ».
  public static func illustrated(_ criterion: FeedbackCriterion) -> String {
    "\(criterion.label) : " + criterion.found.map { "« \($0) »" }.joined(separator: ", ")
  }

  /// « fiabilité vérifiée — Comment vous assurez-vous… ? », with why it is not illustrated.
  public static func toPrepare(_ criterion: FeedbackCriterion) -> String {
    "\(criterion.label)\(FeedbackWording.status(criterion)) — \(criterion.prompt)"
  }

  /// The footer tying the sheet to its transcript.
  public static func footer(_ sheet: PreparationSheet, timeZone: TimeZone) -> String {
    let candidate = RecapWording.name(sheet.candidate)
    return "\(candidate.isEmpty ? "Candidat non renseigné" : candidate) · "
      + "\(RecapWording.date(sheet.date, timeZone: timeZone)) · "
      + "\(sheet.source.transcriptFileName) · SHA-256 de la dernière ligne : "
      + sheet.source.lastLineSHA256
  }
}
