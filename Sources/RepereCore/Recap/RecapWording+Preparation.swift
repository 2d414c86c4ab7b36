import Foundation

/// The French wording of the appendix « Préparation du candidat », shared by every format.
extension RecapWording {
  public static let preparationHeading = "Préparation du candidat"
  public static let preparationColumn = "Préparation"
  public static let interviewColumn = "Position décidée à l’entretien"
  public static let readingColumn = "Lecture"

  /// Where the preparation comes from and what it covers: « Préparation du 30/11/2026,
  /// fichier p.jsonl, celle que l’entretien a enregistrée (SHA-256 …). 3 blocs préparés
  /// sur 24, dont 2 confirmés à l’entretien. »
  public static func preparationSummary(_ appendix: PreparationAppendix, timeZone: TimeZone)
    -> String
  {
    let prepared = appendix.preparedCount
    let confirmed = appendix.confirmedCount
    let count =
      switch (prepared, confirmed) {
      case (0, _): "Aucun bloc préparé sur \(appendix.blocks.count)."
      case (_, 0):
        "\(blocks(prepared, "préparé")) sur \(appendix.blocks.count), aucun confirmé à "
          + "l’entretien."
      default:
        "\(blocks(prepared, "préparé")) sur \(appendix.blocks.count), dont \(confirmed) "
          + "confirmé\(confirmed > 1 ? "s" : "") à l’entretien."
      }
    return "Préparation du \(date(appendix.date, timeZone: timeZone)), fichier "
      + "\(appendix.fileName), celle que l’entretien a enregistrée (SHA-256 \(appendix.sha256)). "
      + count + " Les réponses préparées n’ont pas été enregistrées comme réponses de "
      + "l’entretien."
  }

  /// « 1 bloc préparé », « 3 blocs préparés ».
  private static func blocks(_ count: Int, _ participle: String) -> String {
    count > 1 ? "\(count) blocs \(participle)s" : "\(count) bloc \(participle)"
  }

  /// What the preparation's latest attempt illustrated: « 2 critères illustrés sur 3
  /// (sources variées et actualisées ; fiabilité vérifiée), tentative 2 »; « non préparé ».
  public static func preparationCoverage(_ block: PreparationComparison) -> String {
    guard block.isPrepared else { return "non préparé" }
    var text: String
    if block.gate == false {
      text = "réponse « non » à la question d’entrée"
    } else if block.illustrated.isEmpty {
      text = "aucun critère illustré sur \(block.criteria)"
    } else {
      let count = block.illustrated.count
      text =
        "\(count) critère\(count > 1 ? "s" : "") illustré\(count > 1 ? "s" : "") sur "
        + "\(block.criteria) (\(block.illustrated.map(\.label).joined(separator: " ; ")))"
    }
    if block.attempts > 1 { text += ", tentative \(block.attempts)" }
    return text
  }

  /// The position decided at the interview, or « pas encore positionné ».
  public static func interviewPosition(_ block: PreparationComparison) -> String {
    block.decided.map(level) ?? "pas encore positionné"
  }

  /// The short reading of a block: « préparé et confirmé »…
  public static func reading(_ reading: PreparationComparison.Reading) -> String {
    switch reading {
    case .notPrepared: "non préparé"
    case .notPositioned: "préparé, pas encore positionné à l’entretien"
    case .confirmed: "préparé et confirmé"
    case .notConfirmed: "préparé, non confirmé à l’entretien"
    case .shownAtInterview: "préparé sans exemple, démontré à l’entretien"
    case .notIllustrated: "préparé sans exemple, non démontré à l’entretien"
    }
  }
}
