import Foundation

// The preparation's questions, answers and commands.
extension Preparation {
  /// Waits on a step: sets the state and emits its `ask`.
  mutating func go(to step: Step, _ events: inout [InterviewEvent]) {
    state = .waiting(step)
    events.append(.ask(makeAsk(step)))
  }

  /// Emits the pending ask again (after a command or an invalid input); nothing once
  /// finished, where no question is pending.
  func reAsk(_ events: inout [InterviewEvent]) {
    if let pendingAsk { events.append(.ask(pendingAsk)) }
  }

  /// The id of the pending ask, `""` when none is pending (finished).
  var pendingID: String { pendingAsk?.id ?? "" }

  /// The question of a step.
  func makeAsk(_ step: Step) -> Ask {
    switch step {
    case .name:
      return Ask(id: "identity.candidate.nom", text: "Votre nom ?", required: true)
    case .firstName:
      return Ask(id: "identity.candidate.prenom", text: "Votre prénom ?", required: true)
    case .gate(let index):
      let block = dialogue.blocks[index]
      return Ask(
        id: "\(block.id).gate", text: block.gate.display, choices: ChoiceMatcher.yesNo.labels,
        progress: progress(index), required: true)
    case .question(let draft, let number):
      let block = dialogue.blocks[draft.block]
      return Ask(
        id: "\(block.id).q\(number + 1)", text: block.questions[number].display,
        progress: progress(draft.block))
    case .end:
      return Ask(
        id: "end", text: PreparationWording.endQuestion,
        choices: [PreparationWording.finishChoice],
        defaultChoice: PreparationWording.finishChoice)
    }
  }

  /// The progress among the chosen blocks (`C3.2 · 2/5 ›`); a block outside the choice
  /// (reached with `/aller`) counts as one more.
  func progress(_ index: Int) -> Progress {
    let position = selection.firstIndex(of: index).map { $0 + 1 } ?? selection.count + 1
    return Progress(
      step: dialogue.blocks[index].id, index: position,
      total: max(selection.count, position))
  }

  func blockStarted(_ index: Int) -> InterviewEvent.BlockStarted {
    let block = dialogue.blocks[index]
    let progress = progress(index)
    return .init(
      block: block.id, title: block.title.display, index: progress.index, total: progress.total)
  }

  /// Accepts the answer to a step.
  mutating func answer(_ step: Step, with text: String, _ events: inout [InterviewEvent]) {
    let id = pendingID
    switch step {
    case .name, .firstName:
      guard !text.isEmpty else {
        return invalid(text, hint: "Cette information est requise.", &events)
      }
      events.append(.answer(.init(id: id, text: text)))
      if step == .name {
        candidate.nom = text
        go(to: .firstName, &events)
      } else {
        candidate.prenom = text
        begin(next(after: nil), &events)
      }
    case .gate(let index):
      guard let choice = ChoiceMatcher.yesNo.match(text) else {
        return invalid(text, hint: ChoiceMatcher.yesNo.hint, &events)
      }
      events.append(.answer(.init(id: id, text: text, value: choice.value)))
      if choice.value == "oui", !dialogue.blocks[index].questions.isEmpty {
        go(to: .question(Draft(block: index), number: 0), &events)
      } else {
        complete(index, gate: choice.value == "oui", answers: [], &events)
      }
    case .question(var draft, let number):
      events.append(.answer(.init(id: id, text: text)))
      draft.answers.append(text)
      if number + 1 < dialogue.blocks[draft.block].questions.count {
        go(to: .question(draft, number: number + 1), &events)
      } else {
        complete(draft.block, gate: true, answers: draft.answers, &events)
      }
    case .end:
      let typed = text.normalizedForMatching
      guard typed.isEmpty || typed == "1" || PreparationWording.finishChoice.hasPrefix(typed)
      else {
        return invalid(
          text, hint: "Entrée pour terminer, ou /recommencer BLOC pour reprendre un bloc.",
          &events)
      }
      events.append(.answer(.init(id: id, text: text, value: "terminer")))
      state = .finished
      let complete = selection.allSatisfy { attempts[dialogue.blocks[$0].id] != nil }
      events.append(.finished(.init(complete: complete)))
    }
  }

  /// The block's answers are all in: the evidence engine reads them and the feedback is
  /// shown; then the next block.
  mutating func complete(
    _ index: Int, gate: Bool, answers: [String], _ events: inout [InterviewEvent]
  ) {
    let block = dialogue.blocks[index]
    let assessment = suggester.assess(block: block, gate: gate, answers: answers)
    let previous = attempts[block.id]?.last
    let feedback = PreparationFeedback.make(
      block: block, gate: gate, assessment: assessment,
      attempt: (attempts[block.id]?.count ?? 0) + 1, previous: previous?.feedback)
    attempts[block.id, default: []].append(
      BlockAttempt(gate: gate, answers: answers, feedback: feedback))
    events.append(.feedback(feedback))
    lastPractised = index
    begin(next(after: index), &events)
  }

  /// The next chosen block neither practised nor passed: after `index` in the choice's
  /// order first, then from its start; `nil` when none is left.
  func next(after index: Int?) -> Int? {
    let open = selection.filter { attempts[dialogue.blocks[$0].id] == nil && !passed.contains($0) }
    if let index, let later = open.first(where: { $0 > index }) { return later }
    return open.first
  }

  /// Opens a block (its competence when new, its heading, its gate), or the end.
  /// - Parameter retry: whether `/recommencer` opens it (a `retry` event says so).
  mutating func begin(_ index: Int?, retry: Bool = false, _ events: inout [InterviewEvent]) {
    guard let index else { return go(to: .end, &events) }
    let block = dialogue.blocks[index]
    if let competence = dialogue.competence(ofBlock: block.id),
      competence.id != shownCompetence
    {
      shownCompetence = competence.id
      events.append(
        .competenceStarted(.init(competence: competence.id, title: competence.title.display)))
    }
    if retry {
      let attempt = (attempts[block.id]?.count ?? 0) + 1
      events.append(.retry(.init(block: block.id, attempt: attempt)))
    }
    events.append(.blockStarted(blockStarted(index)))
    go(to: .gate(block: index), &events)
  }

  /// Refuses an input with a hint and asks again.
  func invalid(_ input: String, hint: String, _ events: inout [InterviewEvent]) {
    events.append(.invalidInput(.init(id: pendingID, input: input, hint: hint)))
    reAsk(&events)
  }

  /// An information, then the pending question again.
  func inform(_ text: String, _ events: inout [InterviewEvent]) {
    events.append(.info(.init(text: text)))
    reAsk(&events)
  }

  mutating func handleCommand(_ text: String, _ events: inout [InterviewEvent]) {
    let name = String(text.prefix { $0 != " " })
    let argument = String(text.dropFirst(name.count)).trimmingWhitespace()
    guard let command = ChatCommand.named(name, in: ChatCommand.preparation) else {
      events.append(
        .unknownCommand(
          .init(
            id: pendingID, input: text,
            hint: "Commande inconnue. Tapez /aide pour la liste des commandes.")))
      return reAsk(&events)
    }
    let step: Step
    switch state {
    case .idle: preconditionFailure("a command before start(at:)")
    case .finished: return events.append(.info(.init(text: "La préparation est terminée.")))
    case .waiting(let waiting): step = waiting
    }
    switch command.kind {
    case .help:
      events.append(.help(.init(commands: ChatCommand.preparation, choices: pendingAsk?.choices)))
      reAsk(&events)
    case .quit:
      events.append(.suspended(.init(id: pendingID)))
    case _ where step.isIdentity:
      inform("Indiquez d’abord votre nom et votre prénom.", &events)
    case .retry:
      retry(argument, at: step, &events)
    case .criteria:
      guard let index = step.block else {
        return inform(
          "Aucun bloc en cours : /criteres montre les textes du guide d’un bloc.", &events)
      }
      let block = dialogue.blocks[index]
      events.append(
        .criteria(
          .init(
            block: block.id, title: block.title.display,
            requiredCompetences: block.requiredCompetences.map(\.display),
            criteria: block.criteria.map(\.text.display))))
      reAsk(&events)
    case .skip:
      guard let index = step.block else { return inform("Il n’y a pas de bloc à passer.", &events) }
      let block = dialogue.blocks[index].id
      events.append(.skip(.init(id: pendingID, block: block)))
      events.append(
        .info(.init(text: "Bloc \(block) passé. Pour y revenir : /aller \(block).")))
      passed.insert(index)
      begin(next(after: index), &events)
    case .goto:
      guard let target = PreparationSelection.block(named: argument, in: dialogue) else {
        return invalid(
          text, hint: "Indiquez un bloc ou une compétence du guide, par exemple /aller C3.2.",
          &events)
      }
      events.append(.goto(.init(from: pendingID, block: dialogue.blocks[target].id)))
      passed.remove(target)
      begin(target, &events)
    case .back, .note, .status, .recap, .position:
      preconditionFailure("\(command.name) is not among the preparation's commands")
    }
  }

  /// `/recommencer [BLOC]`: the block named, else the block in progress once its yes/no
  /// question is answered, else the block practised last.
  mutating func retry(_ argument: String, at step: Step, _ events: inout [InterviewEvent]) {
    let target: Int
    if !argument.isEmpty {
      guard let named = PreparationSelection.block(named: argument, in: dialogue) else {
        return invalid(
          "/recommencer \(argument)",
          hint: "Indiquez un bloc du guide, par exemple /recommencer C3.2.", &events)
      }
      target = named
    } else if case .question(let draft, _) = step {
      target = draft.block
    } else if let last = lastPractised {
      target = last
    } else {
      return inform(
        "Aucun bloc à recommencer : répondez d’abord aux questions d’un bloc.", &events)
    }
    passed.remove(target)
    begin(target, retry: true, &events)
  }
}
