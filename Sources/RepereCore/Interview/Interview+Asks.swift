import Foundation

// Asking questions, accepting answers, refusing input.
extension Interview {
  /// Waits on a step: sets the state and emits its `ask`.
  /// - Parameter prefill: the previous answer, when the step is asked again after `/retour`.
  mutating func go(to step: Step, prefill: String? = nil, _ events: inout [InterviewEvent]) {
    progression.state = .waiting(step, prefill: prefill)
    events.append(.ask(ask(for: step, prefill: prefill)))
  }

  /// Emits the pending ask again (after a command or an invalid input); nothing once
  /// finished, where no question is pending.
  func reAsk(_ events: inout [InterviewEvent]) {
    if let pendingAsk { events.append(.ask(pendingAsk)) }
  }

  /// The id of the pending ask, `""` when none is pending (finished).
  var pendingID: String { pendingAsk?.id ?? "" }

  /// Refuses an input with a hint and asks again.
  func invalid(_ input: String, hint: String, _ events: inout [InterviewEvent]) {
    events.append(.invalidInput(.init(id: pendingID, input: input, hint: hint)))
    reAsk(&events)
  }

  /// Whether a line that matches no choice of a closed question is free text (an answer or
  /// a remark typed at the wrong prompt) rather than a mistyped choice: several words.
  static func isFreeText(_ text: String) -> Bool {
    text.split(whereSeparator: \.isWhitespace).count >= 3 && text.count >= 20
  }

  /// Free text typed at a closed question: kept as a note on the current block or
  /// competence, never dropped, and the question asked again.
  mutating func keepAsNote(_ text: String, _ events: inout [InterviewEvent]) {
    let note = InterviewEvent.Note(block: noteSubject, text: text)
    notes.append(note)
    events.append(
      .info(.init(text: "Ce texte ne répond pas à la question : il est gardé comme note.")))
    events.append(.note(note))
    reAsk(&events)
  }

  /// What a note typed now is about: the block in progress or the competence being closed.
  var noteSubject: String? {
    // One pattern per case: `guard case .waiting(let step, _)` then `step.block` and
    // `step.closingCompetence` crashed Swift 6.3.1's optimizer (CopyPropagation, « Found
    // outside of lifetime use ») in release builds.
    switch progression.state {
    case .waiting(.block(let draft, _), _): dialogue.blocks[draft.block].id
    case .waiting(.closure(let closure, _), _): dialogue.competences[closure.competence].id
    case .idle, .finished, .waiting: nil
    }
  }

  /// Pushes the progression before an answer, so `/retour` can come back to it.
  mutating func remember(prefill: String?) {
    history.append(HistoryEntry(before: progression, id: pendingID, value: prefill))
  }

  /// Accepts an answer: remembered for `/retour`, logged, and logged as an edit after `/retour`.
  /// - Parameters:
  ///   - text: the answer as typed (cleaned).
  ///   - value: the canonical value of a closed answer.
  ///   - prefill: what `/retour` pre-fills (defaults to `text`).
  mutating func accept(
    _ text: String, value: String? = nil, prefill: String? = nil, _ events: inout [InterviewEvent]
  ) {
    let id = pendingID
    remember(prefill: prefill ?? text)
    events.append(.answer(.init(id: id, text: text, value: value)))
    if let edit = pendingEdit, edit.id == id {
      events.append(.backEdit(.init(id: id, old: edit.old, new: prefill ?? text)))
    }
    pendingEdit = nil
  }

  /// The ask of a step, as it is pending: after `/retour`, `prefill` is offered and an
  /// empty line keeps it.
  func ask(for step: Step, prefill: String?) -> Ask {
    var ask = makeAsk(step)
    ask.prefill = prefill
    if let prefill, !prefill.isEmpty {
      ask.defaultChoice = prefill
      if case .block(let draft, .position) = step {
        ask.text =
          "Positionnement du bloc \(dialogue.blocks[draft.block].id) ? Entrée pour garder « \(prefill) »."
      }
    }
    return ask
  }

  /// The question of a step.
  func makeAsk(_ step: Step) -> Ask {
    switch step {
    case .identity(let index):
      let field = IdentityField.all[index]
      return Ask(id: field.id, text: field.question, required: field.isRequired)

    case .opening(let index):
      let question = dialogue.opening.questions[index]
      return Ask(id: "opening.\(question.id)", text: question.text)

    case .block(let draft, let blockStep):
      return blockAsk(blockStep, of: draft)

    case .closure(let closure, let closureStep):
      return closureAsk(closureStep, of: closure)

    case .end:
      return Ask(
        id: "end", text: endQuestion(),
        choices: ChoiceMatcher.endChoice.labels, defaultChoice: ChoiceMatcher.endChoice.labels[0])
    }
  }

  /// The question of a block's step.
  func blockAsk(_ step: BlockStep, of draft: BlockDraft) -> Ask {
    let index = draft.block
    let block = dialogue.blocks[index]
    switch step {
    case .gate:
      return Ask(
        id: "\(block.id).gate", text: block.gate.display, choices: ChoiceMatcher.yesNo.labels,
        progress: progress(ofBlock: index), required: true)

    case .question(let number):
      return Ask(
        id: "\(block.id).q\(number + 1)", text: block.questions[number].display,
        progress: progress(ofBlock: index))

    case .probe(let number):
      let criterion = block.assessedCriteria[number]
      return Ask(
        id: "\(block.id).probe.\(number + 1)",
        text: "Relance (\(criterion.label)) : \(criterion.probe) — Entrée pour passer.",
        progress: progress(ofBlock: index))

    case .position:
      let suggested = label(of: assessment(of: draft, at: step).level)
      guard draft.confidence?.isHigh ?? true else {
        // An unsure suggestion is no default: the evaluator must choose.
        return Ask(
          id: "\(block.id).position",
          text:
            "Positionnement du bloc \(block.id) ? Suggestion incertaine (« \(suggested) ») : "
            + "choisissez.",
          choices: dialogue.levels.map(\.label), progress: progress(ofBlock: index),
          required: true)
      }
      return Ask(
        id: "\(block.id).position",
        text: "Positionnement du bloc \(block.id) ? Entrée pour confirmer « \(suggested) ».",
        choices: dialogue.levels.map(\.label), defaultChoice: suggested,
        progress: progress(ofBlock: index))

    case .stray(let text):
      let excerpt = text.count > 60 ? String(text.prefix(57)) + "…" : text
      return Ask(
        id: "\(block.id).stray",
        text: "« \(excerpt) » ne répond pas au positionnement. L’ajouter aux réponses du "
          + "bloc \(block.id) (complément, réévalué) ou en faire une note ?",
        choices: ChoiceMatcher.strayText.labels, defaultChoice: ChoiceMatcher.strayText.labels[0],
        progress: progress(ofBlock: index), required: true)

    case .overrideReason(let level):
      let suggested = label(of: assessment(of: draft, at: step).level)
      return Ask(
        id: "\(block.id).override_reason",
        text: "Pourquoi « \(label(of: level)) » plutôt que « \(suggested) » ? (raison courte)",
        progress: progress(ofBlock: index), required: true)
    }
  }

  /// The question of a closure's step.
  func closureAsk(_ step: ClosureStep, of closure: ClosureDraft) -> Ask {
    let competence = closure.competence
    switch step {
    case .manual(let index):
      let item = recapItems(of: competence)[index]
      // Its context (the item's note) is an `info` just before: see `nextManualItem`.
      let text = "« \(item.label.display) » : besoin en formation ?"
      return Ask(
        id: "\(item.id).manual", text: text, choices: ChoiceMatcher.yesNo.labels,
        progress: progress(ofCompetence: competence), required: true)

    case .manualNote(let index, _):
      let item = recapItems(of: competence)[index]
      return Ask(
        id: "\(item.id).note",
        text: "Note justifiant ce choix pour « \(item.label.display) » :",
        progress: progress(ofCompetence: competence), required: true)

    case .means:
      let id = dialogue.competences[competence].id
      return Ask(
        id: "\(id).means",
        text: "Moyens préconisés d’acquisition des compétences de \(id) ?",
        choices: meansChoices.labels,
        progress: progress(ofCompetence: competence), required: true)
    }
  }

  /// The assessment a block's step after its questions relies on.
  ///
  /// Every way into such a step (the last question, a probe, `/positionner`, the gate
  /// answered no, a parked block or `/retour` restoring one) assesses the block first.
  func assessment(of draft: BlockDraft, at step: BlockStep) -> BlockAssessment {
    guard let assessment = draft.assessment else {
      preconditionFailure("\(step) of block \(draft.block) without an assessment")
    }
    return assessment
  }

  /// The hint when Enter alone answers the positioning of an unsure suggestion.
  var uncertainHint: String {
    let labels = dialogue.levels.map { "« \($0.label) »" }.joined(separator: ", ")
    return "Suggestion incertaine : Entrée ne suffit pas, choisissez \(labels) (ou leur numéro)."
  }

  /// « Blocs non positionnés : C1.1, C1.2. Compétences à conclure (besoins, moyens) : C1. … »
  func endQuestion() -> String {
    let query = self.query
    let (blocks, competences) = (query.openBlocks, query.openCompetences)
    var parts: [String] = []
    if !blocks.isEmpty {
      parts.append("Blocs non positionnés : \(blocks.joined(separator: ", ")).")
    }
    if !competences.isEmpty {
      parts.append(
        "Compétences à conclure (besoins et moyens) : \(competences.joined(separator: ", ")).")
    }
    parts.append("Reprendre le premier point ouvert ou terminer quand même ?")
    return parts.joined(separator: " ")
  }

  /// The progress of a block's question.
  func progress(ofBlock index: Int) -> Progress {
    Progress(step: dialogue.blocks[index].id, index: index + 1, total: dialogue.blocks.count)
  }

  /// The progress while closing a competence.
  func progress(ofCompetence competence: Int) -> Progress {
    Progress(
      step: dialogue.competences[competence].id, index: lastBlockIndex(of: competence) + 1,
      total: dialogue.blocks.count)
  }
}
