/// The French text of the feedback on a block, addressed to the candidate (« vous »).
///
/// Plain lines, no colour: the shells show them as they are and the preparation sheet
/// reuses the same sentences, so a change of wording shows everywhere (and fails the
/// tests that pin it).
public enum FeedbackWording {
  /// The whole feedback, one line per element, without a final newline.
  public static func text(_ feedback: PreparationFeedback) -> String {
    lines(feedback).joined(separator: "\n")
  }

  /// The feedback's lines.
  public static func lines(_ feedback: PreparationFeedback) -> [String] {
    guard feedback.gate else { return declinedLines(feedback) }
    var lines = [heading(feedback)]
    let illustrated = feedback.criteria.filter { $0.status == .illustrated }
    if !illustrated.isEmpty {
      lines.append("Déjà illustré dans vos réponses :")
      for criterion in illustrated {
        lines.append(
          "  ✓ \(criterion.number). \(criterion.label) : "
            + criterion.found.map { "« \($0) »" }.joined(separator: ", ")
            + (criterion.previous.map { $0 != .illustrated } == true ? " (nouveau)" : ""))
      }
    }
    let toPrepare = feedback.toPrepare
    if !toPrepare.isEmpty {
      lines.append("Pas encore illustré, un exemple à préparer :")
      for criterion in toPrepare {
        lines.append("  ✗ \(criterion.number). \(criterion.label)" + status(criterion))
        lines.append("    → \(criterion.prompt)")
      }
    } else {
      lines.append("Vos réponses illustrent tous les critères de ce bloc.")
    }
    if !feedback.tips.isEmpty {
      lines.append("Pour qu’un exemple convainque, précisez :")
      lines += feedback.tips.map { "  - " + tip($0) }
    }
    return lines
  }

  /// « Retour sur le bloc C1.1 (tentative 2) : 2 critères sur 3 illustrés, 1 de plus qu’à
  /// la tentative précédente. »
  static func heading(_ feedback: PreparationFeedback) -> String {
    let count = feedback.illustrated
    var text =
      "Retour sur le bloc \(feedback.block)"
      + (feedback.attempt > 1 ? " (tentative \(feedback.attempt))" : "") + " : "
      + "\(count) critère\(count > 1 ? "s" : "") sur \(feedback.criteria.count) "
      + "illustré\(count > 1 ? "s" : "")"
    if let before = feedback.previouslyIllustrated {
      let delta = count - before
      text +=
        delta > 0
        ? ", \(delta) de plus qu’à la tentative précédente"
        : delta < 0
          ? ", \(-delta) de moins qu’à la tentative précédente"
          : ", autant qu’à la tentative précédente"
    }
    return text + "."
  }

  /// What follows a criterion still to illustrate: why, and its progress.
  static func status(_ criterion: FeedbackCriterion) -> String {
    let quote = criterion.quote.map { " (« \($0) »)" } ?? ""
    var text: String
    switch criterion.status {
    case .illustrated, .missing:
      text = ""
    case .denied:
      text =
        " : vous dites ne pas le faire\(quote). C’est une réponse honnête, qui sera "
        + "entendue comme telle ; si vous le faites tout de même parfois, préparez un exemple"
    case .someoneElse:
      text =
        " : vos réponses l’attribuent à d’autres\(quote) ; dites ce que vous y faites vous-même"
    case .hypothetical:
      text = " : vos réponses en parlent au conditionnel\(quote) ; racontez un cas vécu"
    }
    if criterion.previous == .illustrated { text += " (illustré à la tentative précédente)" }
    return text
  }

  /// One tip, as an item of « Pour qu’un exemple convainque, précisez : ».
  public static func tip(_ tip: ExampleTip) -> String {
    switch tip {
    case .ownPractice: "qui le fait : vous-même (« je »), pas l’équipe ou un autre service"
    case .realCase: "un cas réel : ce que vous avez fait, pas ce que vous feriez"
    case .frequency: "à quelle fréquence : chaque semaine, chaque mois, à chaque commande…"
    case .duration: "depuis quand : depuis 2019, depuis trois ans…"
    case .precision: "des faits précis : un client, un outil, un document, un chiffre"
    case .result: "avec quel résultat : une commande, un délai tenu, un client gardé…"
    }
  }

  /// The feedback on a block answered « non ».
  static func declinedLines(_ feedback: PreparationFeedback) -> [String] {
    [
      "Retour sur le bloc \(feedback.block)"
        + (feedback.attempt > 1 ? " (tentative \(feedback.attempt))" : "")
        + " : vous avez répondu non.",
      "À l’entretien, les questions de ce bloc ne vous seront donc pas posées. Si vous "
        + "exercez cette activité, même en partie, répondez oui et préparez un exemple pour "
        + "chaque critère :",
    ]
      + feedback.criteria.flatMap { criterion in
        ["  ✗ \(criterion.number). \(criterion.label)", "    → \(criterion.prompt)"]
      }
  }
}
