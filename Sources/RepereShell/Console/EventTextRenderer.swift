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
  public func render(_ event: InterviewEvent) -> String? {
    guard let text = text(for: event) else { return nil }
    return wrapper.wrap(text) + "\n"
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
      let listed = choices.enumerated().map { index, choice in
        let label = "\(index + 1). \(safe(choice))"
        return choice == ask.defaultChoice ? label + " (par défaut : Entrée)" : label
      }
      text += "\n  " + style.dim(listed.joined(separator: "   "))
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
      return "\n" + style.bold("═══ \(safe(heading.competence)) — \(safe(heading.title)) ═══")
    case .blockStarted(let block):
      return "\n"
        + style.cyan(
          "── \(safe(block.block)) · \(block.index)/\(block.total) — \(safe(block.title))")
    case .defectNote(let note):
      return style.yellow("⚠ \(safe(note.text))")
    case .evidence(let evidence):
      var lines = ["Éléments trouvés dans les réponses :"]
      for line in evidence.criteria {
        var text: String
        if line.covered {
          text =
            "  " + style.green("✓") + " \(line.number). \(safe(line.label)) : "
            + line.found.map { "« \(safe($0)) »" }.joined(separator: ", ")
        } else {
          text = "  " + style.red("✗") + " \(line.number). \(safe(line.label))"
        }
        if let why = line.why, why != "non illustré",
          !line.covered || !why.hasPrefix("compté : ")
        {
          // Why the criterion is or is not counted (« nié : « je ne les calcule pas » »).
          text += " — " + why
        } else if !line.discounted.isEmpty {
          // Words found but not credited (negated, hypothetical, someone else's practice).
          let verb = line.discounted.count == 1 ? "ne compte pas" : "ne comptent pas"
          text +=
            " (\(verb) : " + line.discounted.map { "« \(safe($0)) »" }.joined(separator: ", ") + ")"
        }
        lines.append(text)
      }
      return lines.joined(separator: "\n")
    case .probeAsked(let probe):
      return style.dim("Relance du critère \(probe.number) enregistrée.")
    case .probeSkipped(let probe):
      return style.dim("Relance du critère \(probe.number) passée.")
    case .suggestion(let suggestion):
      return "Positionnement suggéré pour \(safe(suggestion.block)) : "
        + style.bold(safe(suggestion.label)) + " — \(safe(suggestion.reason))"
    case .decision(let decision):
      var text = "\(safe(decision.block)) positionné : \(safe(decision.label))"
      if decision.overridden, let reason = decision.reason.map(safe) {
        text += " (suggestion modifiée : \(reason))"
      }
      return style.green(text)
    case .note(let note):
      return style.dim("Note enregistrée" + (note.block.map { " pour \(safe($0))" } ?? "") + ".")
    case .back(let reference):
      return style.dim("Retour à la question précédente (\(safe(reference.id))).")
    case .backEdit(let edit):
      return style.dim(
        "Réponse modifiée (\(safe(edit.id))) : « \(safe(edit.old)) » → « \(safe(edit.new)) ».")
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
      return lines.joined(separator: "\n")
    case .status(let status):
      var lines = [
        "Où en est l’entretien : question \(safe(status.id))"
          + (status.block.map { ", bloc \(safe($0))" } ?? "")
          + " ; \(status.decided)/\(status.total) blocs positionnés."
      ]
      if !status.positions.isEmpty {
        lines.append(
          "Positionnements : "
            + status.positions.map { "\(safe($0.block)) \(safe($0.label))" }
            .joined(separator: ", "))
      }
      if !status.remaining.isEmpty {
        lines.append("Reste : " + safe(status.remaining.joined(separator: ", ")))
      }
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
      return "Moyens retenus pour \(safe(means.competence)) : "
        + means.labels.map(safe).joined(separator: " et ")
    case .recap(let shown):
      return "\n" + safe(RecapTextRenderer(timeZone: timeZone).render(shown.recap))
    case .suspended:
      return nil  // the session's outcome says it, with the transcript's path
    case .resumed(let reference):
      let what = mode == .preparation ? "la préparation" : "l’entretien"
      return style.yellow("Reprise de \(what) (question \(safe(reference.id))).")
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

  /// Every text that did not come from the program (guide, answers, ids) goes through
  /// this before it is shown: see ``SafeDisplay``.
  private func safe(_ text: String) -> String {
    SafeDisplay.escaped(text, keepingNewlines: true)
  }
}
