import Foundation
import RepereCore

/// Turns interview events into the French text a person reads, on a terminal or a pipe.
///
/// `ask` events are not rendered here: the console shows the question when it reads the
/// answer. Events that only record (`answer`, `started`) render to nothing.
public struct EventTextRenderer: Sendable {
  public var style: TextStyle
  public var wrapper: TextWrapper
  public var timeZone: TimeZone
  /// Whose session it is: the evaluator's interview or the candidate's preparation.
  public var mode: SessionMode

  public init(
    style: TextStyle, width: Int?, timeZone: TimeZone = .current, mode: SessionMode = .interview
  ) {
    self.style = style
    self.wrapper = TextWrapper(width: width)
    self.timeZone = timeZone
    self.mode = mode
  }

  /// The text for an event, ending with a newline, or `nil` when nothing is shown.
  ///
  /// - Parameter shownEvidence: the evidence already shown for the event's block, if any:
  ///   an `evidence` event then shows only the criteria that changed.
  public func render(_ event: InterviewEvent, shownEvidence: InterviewEvent.Evidence? = nil)
    -> String?
  {
    let text: String?
    if case .evidence(let evidence) = event, let shownEvidence,
      shownEvidence.block == evidence.block
    {
      text = evidenceUpdate(evidence, since: shownEvidence)
    } else {
      text = self.text(for: event)
    }
    guard let text else { return nil }
    return wrapper.wrap(text) + "\n"
  }

  /// The text for the events of one step, joined.
  ///
  /// - Parameter shownEvidence: the last evidence shown in this block, kept by the console
  ///   from one step to the next: the block's evidence is shown once in full, then as the
  ///   criteria that changed. A new block starts afresh.
  public func render(_ events: [InterviewEvent], shownEvidence: inout InterviewEvent.Evidence?)
    -> String
  {
    var text = ""
    for event in events {
      if case .blockStarted = event { shownEvidence = nil }
      text += render(event, shownEvidence: shownEvidence) ?? ""
      if case .evidence(let evidence) = event { shownEvidence = evidence }
    }
    return text
  }

  /// What the words of the evidence display and the recap mean, explained once in `/aide`
  /// (and in the README).
  static let vocabulary = [
    "Éléments trouvés, critère par critère (numérotés comme dans /criteres) :",
    "  - ✓ critère illustré : entre « », les mots des réponses qui l’illustrent ;",
    "  - ✗ aucun élément pour ce critère : une relance suit, à poser ou passer ;",
    "  - après un tiret, pourquoi le critère compte ou non : « compté en partie » (« pas "
      + "toujours »), « pratique assistée », « nié », « sous une négation », « hypothétique "
      + "ou seulement théorique », « fait par d’autres » (voir Documentation/Rubric.md) ;",
    "  - « ne compte pas » : mots trouvés qui n’illustrent pas une pratique personnelle "
      + "(niée, hypothétique ou celle d’un autre) ;",
    "  - « mis à jour » : après une relance ou un complément, seuls les critères changés.",
    "« suggestion modifiée » : votre positionnement diffère de la suggestion (raison "
      + "donnée) ; « réglé à la main » : point du bilan sans bloc, coché par l’évaluateur.",
    "Un texte saisi à une question fermée n’est jamais perdu : complément ou note.",
  ]

  /// The session's first screen: the header's first line as a title over a rule as wide as
  /// the screen allows, then its other lines.
  public func renderHeader(_ text: String) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard !lines.isEmpty else { return text }
    let title = lines.removeFirst()
    let rule = String(repeating: "═", count: min(wrapper.width ?? 60, 72, max(title.count, 40)))
    return ([style.bold(title), rule] + lines.map(wrapper.wrap)).joined(separator: "\n")
  }

  /// The question of an ask (text and choices), ending with a newline.
  /// - Parameter prepared: what the candidate prepared for this question
  ///   (`--preparation`), shown dimmed under it and marked as such.
  public func renderQuestion(_ ask: Ask, prepared: String? = nil) -> String {
    var text = style.bold(safe(ask.text))
    if let prepared {
      text += "\n" + style.dim("  Préparé par le candidat (non enregistré) : « \(safe(prepared)) »")
    }
    if let choices = ask.choices {
      // Each choice is one unit: a line never ends with « 3. » and starts with its label.
      let listed = choices.enumerated().map { index, choice in
        let label = "\(index + 1). \(safe(choice))"
        return TextWrapper.glued(
          choice == ask.defaultChoice ? label + " (par défaut : Entrée)" : label)
      }
      // Laid out here, not by the wrapper, which would fold the three spaces between
      // two choices into one.
      let lines = wrapper.packed(listed, indentation: 2, separator: "   ")
      text += lines.map { "\n  " + style.dim($0) }.joined()
    }
    return wrapper.wrap(text) + "\n"
  }

  private func text(for event: InterviewEvent) -> String? {
    switch event {
    case .started, .ask, .answer:
      return nil
    case .presentation(let presentation):
      // The presentation text already lists the competences: they are not repeated.
      return ["", style.bold(safe(presentation.title)), safe(presentation.text)].joined(
        separator: "\n")
    case .reminder(let message):
      return "\n" + style.yellow(safe(message.text))
    case .info(let message):
      return safe(message.text)
    case .competenceStarted(let heading):
      return "\n" + competenceTitle(heading)
    case .blockStarted(let block):
      return "\n"
        + style.cyan(
          "── \(safe(block.block)) · \(block.index)/\(block.total) — \(safe(block.title))")
    case .defectNote(let note):
      return style.yellow("⚠ \(safe(note.text))")
    case .evidence(let evidence):
      return (["Éléments trouvés dans les réponses :"] + evidence.criteria.map(evidenceLine))
        .joined(separator: "\n")
    case .probeAsked(let probe):
      return style.dim("Relance du critère \(probe.number) enregistrée.")
    case .probeSkipped(let probe):
      return style.dim("Relance du critère \(probe.number) passée.")
    case .suggestion(let suggestion):
      var text =
        "Positionnement suggéré pour \(safe(suggestion.block)) : "
        + style.bold(safe(suggestion.label)) + " — \(safe(suggestion.reason))"
      if suggestion.confidence == .low {
        // One line on why the engine is unsure: the evaluator must choose.
        text +=
          "\n"
          + style.yellow(
            "Suggestion incertaine : "
              + (suggestion.uncertainBecause.map(safe) ?? "confiance faible") + ".")
      }
      return text
    case .decision(let decision):
      var text = "\(safe(decision.block)) positionné : \(safe(decision.label))"
      if decision.overridden, let reason = decision.reason.map(safe) {
        text += " (suggestion modifiée : \(reason))"
      }
      return style.green(text)
    case .note(let note):
      return style.dim("Note enregistrée" + (note.block.map { " pour \(safe($0))" } ?? "") + ".")
    case .back:
      return style.dim("Retour à la question précédente.")
    case .backEdit(let edit):
      return backEditText(edit).map(style.dim)
    case .skip(let skip):
      // A skipped block or closure is announced by the `info` that follows.
      guard skip.block == nil, skip.id.hasPrefix("opening.") else { return nil }
      return style.dim("Question passée.")
    case .goto(let goto):
      return style.dim("Aller au bloc \(safe(goto.block)).")
    case .invalidInput(let invalid), .unknownCommand(let invalid):
      return style.yellow(safe(invalid.hint))
    case .inputCleaned(let cleaned):
      return style.dim(
        "(\(cleaned.removed) caractère\(cleaned.removed > 1 ? "s" : "") de contrôle ou "
          + "invisible\(cleaned.removed > 1 ? "s" : "") retiré\(cleaned.removed > 1 ? "s" : "") "
          + "de la réponse.)")
    case .inputTruncated(let truncated):
      return style.yellow(
        "Réponse trop longue : \(truncated.kept) caractères gardés sur \(truncated.length).")
    case .help(let help):
      var lines = ["Commandes :"]
      for command in help.commands {
        var name = safe(command.name)
        if let argument = command.argument { name += " \(argument)" }
        let aliases = command.aliases.isEmpty ? "" : " (\(command.aliases.joined(separator: ", ")))"
        lines.append("  \(name)\(aliases) — \(safe(command.help))")
      }
      if let choices = help.choices {
        lines.append("Réponses possibles : " + safe(choices.joined(separator: ", ")))
      }
      lines += Self.vocabulary
      return lines.joined(separator: "\n")
    case .status(let status):
      // The block is named once: « le positionnement du bloc C1.1 » already says it.
      let question = AskDescription.french(status.id)
      let block = status.block.flatMap { question.contains($0) ? nil : ", bloc \($0)" } ?? ""
      var lines = [
        "Où en est l’entretien : \(safe(question + block)) ; "
          + "\(status.decided)/\(status.total) blocs positionnés."
      ]
      if !status.positions.isEmpty {
        lines.append(
          labelledList(
            "Positionnements : ",
            status.positions.map { "\(safe($0.block)) \(safe($0.label))" }))
      }
      if !status.remaining.isEmpty {
        lines.append(labelledList("Reste : ", status.remaining.map(safe)))
      }
      return lines.joined(separator: "\n")
    case .criteria(let criteria):
      var lines = [
        style.bold("Textes du guide pour \(safe(criteria.block)) — \(safe(criteria.title))")
      ]
      lines.append("Compétences requises :")
      lines += criteria.requiredCompetences.map { "  - \(safe($0))" }
      lines.append("Critères d’évaluation (numérotés comme les éléments trouvés) :")
      lines += criteria.criteria.enumerated().map { "  \($0.offset + 1). \(safe($0.element))" }
      return lines.joined(separator: "\n")
    case .competenceSummary(let summary):
      var lines = ["", style.bold("Bilan de \(safe(summary.competence)) — \(safe(summary.title))")]
      switch summary.status {
      case .mastered:
        lines.append(style.green("Le candidat maîtrise les savoir-faire et peut être évalué."))
      case .toDevelop:
        lines.append("Le candidat doit développer des compétences ; besoins en formation :")
      case .incomplete:
        lines.append(style.yellow("À compléter : des blocs ne sont pas encore positionnés."))
      }
      lines += summary.needs.map { "  - \(safe($0.label))" }
      return lines.joined(separator: "\n")
    case .manualItem(let item):
      return "\(safe(item.label)) : " + (item.needed ? "besoin en formation" : "pas de besoin")
        + " (\(safe(item.note)))"
    case .means(let means):
      // The guide's labels are capitalised for a list; in a sentence they are not.
      return "Moyens retenus pour \(safe(means.competence)) : "
        + means.labels.map { safe($0.prefix(1).lowercased() + $0.dropFirst()) }
        .joined(separator: " et ")
    case .recap(let shown):
      return "\n" + safe(RecapTextRenderer(timeZone: timeZone).render(shown.recap))
    case .suspended:
      return nil  // the session's outcome says it, with the transcript's path
    case .resumed(let reference):
      let what = mode == .preparation ? "la préparation" : "l’entretien"
      return style.yellow("Reprise de \(what) : \(safe(AskDescription.french(reference.id))).")
    case .finished where mode == .preparation:
      return style.green("Préparation terminée.")
    case .finished(let finished):
      return style.green(
        finished.complete
          ? "Entretien terminé." : "Entretien terminé (des éléments restent ouverts).")
    case .feedback(let feedback):
      // Answers are quoted in it: shown safely, line by line.
      let lines = FeedbackWording.lines(feedback).map(safe)
      return "\n" + ([style.bold(lines[0])] + lines.dropFirst()).joined(separator: "\n")
    case .retry(let retry):
      return style.dim("On recommence le bloc \(safe(retry.block)) (tentative \(retry.attempt)).")
    }
  }

  /// « ═══ C1 — Titre ═══ », the rules sized to the width: the title alone with a rule under
  /// it when the line would not fit.
  private func competenceTitle(_ heading: InterviewEvent.CompetenceHeading) -> String {
    let title = "\(safe(heading.competence)) — \(safe(heading.title))"
    guard let width = wrapper.width, width >= 20 else {
      return style.bold("═══ \(title) ═══")
    }
    let line = "═══ \(title) "
    if line.count + 3 <= width {
      return style.bold(line + String(repeating: "═", count: max(3, min(width, 100) - line.count)))
    }
    return style.bold(wrapper.wrap(title) + "\n" + String(repeating: "═", count: width))
  }

  /// One criterion of the evidence display: ✓ with the words found, or ✗; then why it is
  /// or is not counted, or the words that do not count in brackets.
  private func evidenceLine(_ line: InterviewEvent.EvidenceLine) -> String {
    var text: String
    if line.covered {
      text =
        "  " + style.green("✓") + " \(line.number). \(safe(line.label)) : "
        + line.found.map { "« \(safe($0)) »" }.joined(separator: ", ")
    } else {
      text = "  " + style.red("✗") + " \(line.number). \(safe(line.label))"
    }
    if let why = line.why, why != "non illustré", !line.covered || !why.hasPrefix("compté : ") {
      // Why the criterion is or is not counted (« nié : « je ne les calcule pas » »).
      text += " — " + safe(why)
    } else if !line.discounted.isEmpty {
      // Words found but not credited (negated, hypothetical, someone else's practice).
      let verb = line.discounted.count == 1 ? "ne compte pas" : "ne comptent pas"
      text +=
        " (\(verb) : " + line.discounted.map { "« \(safe($0)) »" }.joined(separator: ", ") + ")"
    }
    return text
  }

  /// « Label : a, b, c » laid out to the width, the continuation lines under the first
  /// item (never breaking inside an item).
  private func labelledList(_ label: String, _ items: [String]) -> String {
    let listed = items.enumerated().map { index, item in
      TextWrapper.glued(index < items.count - 1 ? item + "," : item)
    }
    let indentation = TextWrapper.visibleWidth(label)
    let lines = wrapper.packed(listed, indentation: indentation, separator: " ")
    let hanging = String(repeating: " ", count: indentation)
    return label + lines.joined(separator: "\n" + hanging)
  }

  /// The criteria whose evidence changed since the block's evidence was shown; one line
  /// when nothing changed.
  private func evidenceUpdate(
    _ evidence: InterviewEvent.Evidence, since shown: InterviewEvent.Evidence
  ) -> String {
    let before = Dictionary(
      shown.criteria.map { ($0.criterion, $0) }, uniquingKeysWith: { first, _ in first })
    let changed = evidence.criteria.filter { before[$0.criterion] != $0 }
    guard !changed.isEmpty else { return style.dim("Éléments trouvés : pas de changement.") }
    return (["Éléments trouvés, mis à jour :"] + changed.map(evidenceLine))
      .joined(separator: "\n")
  }

  /// What a back-edit changed: nothing shown when nothing changed, both texts when short,
  /// the words added and removed when long.
  private func backEditText(_ edit: InterviewEvent.BackEdit) -> String? {
    guard edit.old != edit.new else { return nil }
    if edit.old.count + edit.new.count <= 80 {
      return "Réponse modifiée : « \(safe(edit.old)) » → « \(safe(edit.new)) »."
    }
    let change = WordChange(old: edit.old, new: edit.new)
    // Only spaces changed: nothing a reader would see.
    if change.removed.isEmpty, change.added.isEmpty { return nil }
    var parts: [String] = []
    if !change.removed.isEmpty { parts.append("retiré « \(safe(change.removed)) »") }
    if !change.added.isEmpty { parts.append("ajouté « \(safe(change.added)) »") }
    return "Réponse modifiée : " + parts.joined(separator: ", ") + "."
  }

  /// Every text that did not come from the program (guide, answers, ids) goes through
  /// this before it is shown: see ``SafeDisplay``.
  private func safe(_ text: String) -> String {
    SafeDisplay.escaped(text, keepingNewlines: true)
  }
}
