import Foundation

// The chat commands: /aide, /retour, /passer, /note, /etat, /bilan, /aller, /quitter.
extension Interview {
  /// Handles a line starting with `/`.
  mutating func handleCommand(_ text: String, _ events: inout [InterviewEvent]) {
    let name = String(text.prefix { $0 != " " })
    let argument = String(text.dropFirst(name.count)).trimmingWhitespace()
    guard let command = ChatCommand.named(name) else {
      events.append(
        .unknownCommand(
          .init(
            id: pendingID, input: text,
            hint: "Commande inconnue. Tapez /aide pour la liste des commandes.")))
      return reAsk(&events)
    }
    switch command.kind {
    case .help:
      events.append(.help(.init(commands: ChatCommand.all, choices: pendingAsk?.choices)))
      reAsk(&events)
    case .back: goBack(&events)
    case .skip: skip(&events)
    case .note: addNote(argument, &events)
    case .status:
      events.append(.status(status()))
      reAsk(&events)
    case .criteria:
      events.append(criteria())
      reAsk(&events)
    case .recap:
      events.append(.recap(.init(final: false, recap: recap)))
      reAsk(&events)
    case .goto: goto(argument, &events)
    case .position: positionNow(&events)
    case .quit:
      events.append(.suspended(.init(id: pendingAsk?.id ?? "end")))
    case .retry:
      preconditionFailure("/recommencer is not among the interview's commands")
    }
  }

  /// `/retour`: restores the progression before the last answer and asks it again.
  mutating func goBack(_ events: inout [InterviewEvent]) {
    guard let entry = history.popLast() else {
      events.append(.info(.init(text: "Aucune réponse précédente à reprendre.")))
      return reAsk(&events)
    }
    progression = entry.before
    pendingEdit = entry.value.map { PendingEdit(id: entry.id, old: $0) }
    events.append(.back(.init(id: entry.id)))
    guard case .waiting(let step, _) = progression.state else {
      preconditionFailure(
        "/retour restored \(progression.state): history holds waiting states only")
    }
    go(to: step, prefill: entry.value, &events)
  }

  /// `/passer`: leaves the block (or the competence's closure) open, or skips a free question.
  mutating func skip(_ events: inout [InterviewEvent]) {
    let step: Step
    switch progression.state {
    case .idle: preconditionFailure("/passer before start(at:)")
    case .finished: return events.append(.info(.init(text: "L’entretien est terminé.")))
    case .waiting(let waiting, _): step = waiting
    }
    let id = pendingID
    switch step {
    case .block(let draft, let blockStep):
      remember(prefill: nil)
      let blockID = dialogue.blocks[draft.block].id
      events.append(.skip(.init(id: id, block: blockID)))
      events.append(
        .info(.init(text: "Le bloc \(blockID) reste non positionné ; on y reviendra.")))
      park(draft, at: blockStep)
      advance(afterBlock: draft.block, &events)
    case .closure(let closure, _):
      remember(prefill: nil)
      let competenceID = dialogue.competences[closure.competence].id
      events.append(.skip(.init(id: id, block: nil)))
      events.append(
        .info(.init(text: "La compétence \(competenceID) reste à conclure ; on y reviendra.")))
      progression.skippedClosures.insert(competenceID)
      advance(afterBlock: lastBlockIndex(of: closure.competence), &events)
    case .identity, .opening, .end:
      guard step.isOpening, pendingAsk?.required == false else {
        return invalid("/passer", hint: "Cette question ne peut pas être passée.", &events)
      }
      events.append(.skip(.init(id: id, block: nil)))
      answerStep(step, with: "", &events)
    }
  }

  /// `/note TEXTE`: a note on the current block (or the competence being closed).
  mutating func addNote(_ text: String, _ events: inout [InterviewEvent]) {
    guard !text.isEmpty else {
      return invalid("/note", hint: "Écrivez la note après la commande : /note TEXTE", &events)
    }
    let note = InterviewEvent.Note(block: noteSubject, text: text)
    notes.append(note)
    events.append(.note(note))
    reAsk(&events)
  }

  /// `/etat`: where the interview is, the positions so far, what is left.
  func status() -> InterviewEvent.Status {
    var current: String?
    if case .waiting(let step, _) = progression.state, let block = step.block {
      current = dialogue.blocks[block].id
    }
    let query = self.query
    let positions = query.positions
    return InterviewEvent.Status(
      id: pendingAsk?.id ?? "end", block: current, decided: positions.count,
      total: dialogue.blocks.count, positions: positions, remaining: query.openBlocks)
  }

  /// `/criteres`: the current block's required competences and evaluation criteria, as the
  /// guide writes them; an `info` when no block is under way.
  func criteria() -> InterviewEvent {
    guard case .waiting(let step, _) = progression.state, let index = step.block else {
      return .info(
        .init(text: "Aucun bloc en cours : /criteres montre les textes du guide d’un bloc."))
    }
    let block = dialogue.blocks[index]
    return .criteria(
      .init(
        block: block.id, title: block.title.display,
        requiredCompetences: block.requiredCompetences.map(\.display),
        criteria: block.criteria.map(\.text.display)))
  }

  /// `/positionner`: during a block's open questions or probes, goes straight to its
  /// positioning with the answers given so far (offered after an answer that denies the
  /// practice the next question presupposes).
  mutating func positionNow(_ events: inout [InterviewEvent]) {
    switch progression.state {
    case .idle:
      preconditionFailure("/positionner before start(at:)")
    case .finished:
      events.append(.info(.init(text: "L’entretien est terminé.")))
    case .waiting(.block(var draft, .question), _), .waiting(.block(var draft, .probe), _):
      remember(prefill: nil)
      assess(&draft, &events)
      draft.probes = []
      suggest(draft, &events)
    case .waiting:
      events.append(
        .info(
          .init(
            text:
              "« /positionner » sert pendant les questions et les relances d’un bloc, après la réponse « oui »."
          )))
      reAsk(&events)
    }
  }

  /// `/aller C3.2` (or `C3`): jumps to a block; the block left stays as it was.
  ///
  /// Once finished, like every command but `/retour` and `/bilan`, it only says so: the
  /// jump would be remembered for `/retour`, whose history holds waiting states only.
  mutating func goto(_ argument: String, _ events: inout [InterviewEvent]) {
    let step: Step
    switch progression.state {
    case .idle: preconditionFailure("/aller before start(at:)")
    case .finished: return events.append(.info(.init(text: "L’entretien est terminé.")))
    case .waiting(let waiting, _): step = waiting
    }
    if step.isOpening {
      return invalid(
        "/aller \(argument)", hint: "Terminez d’abord l’identité et l’ouverture.", &events)
    }
    let wanted = argument.uppercased()
    let target =
      dialogue.blocks.firstIndex { $0.id.uppercased() == wanted }
      ?? dialogue.competences.first { $0.id.uppercased() == wanted }
      .flatMap { competence in dialogue.blocks.firstIndex { $0.id == competence.blocks.first?.id } }
    guard let target else {
      let example = dialogue.blocks.first?.id ?? "C1.1"
      let hint =
        argument.isEmpty
        ? "Indiquez un bloc : /aller \(example)"
        : "Bloc inconnu : « \(argument) ». Exemple : /aller \(example)"
      return invalid("/aller \(argument)", hint: hint, &events)
    }
    remember(prefill: nil)
    events.append(.goto(.init(from: pendingID, block: dialogue.blocks[target].id)))
    if case .block(let draft, let blockStep) = step {
      park(draft, at: blockStep)
    }
    beginBlock(target, &events)
  }
}

extension ChatCommand {
  /// The command with this name or alias (case and accents ignored), if any.
  public static func named(_ name: String, in commands: [ChatCommand] = all) -> ChatCommand? {
    let wanted = name.normalizedForMatching
    return commands.first { command in
      ([command.name] + command.aliases).contains { $0.normalizedForMatching == wanted }
    }
  }
}
