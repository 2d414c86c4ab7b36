import Foundation

// The conversation's forward flow: answers to each step and what comes next. A block's
// questions are in `Interview+Blocks.swift`, a competence's closure in
// `Interview+Closures.swift`.
extension Interview {
  /// Handles a (non-command) answer to the pending step.
  mutating func answerStep(_ step: Step, with text: String, _ events: inout [InterviewEvent]) {
    switch step {
    case .identity(let index):
      let field = IdentityField.all[index]
      if field.isRequired && !InputLine.hasVisibleCharacter(text) {
        return invalid(text, hint: "Cette information est requise.", &events)
      }
      accept(text, &events)
      field.set(text, in: &progression.identity)
      if index + 1 < IdentityField.all.count {
        go(to: .identity(index + 1), &events)
      } else {
        presentCQP(&events)
      }

    case .opening(let index):
      accept(text, &events)
      let question = dialogue.opening.questions[index]
      progression.opening.append(OpeningNote(id: question.id, text: text))
      if index + 1 < dialogue.opening.questions.count {
        go(to: .opening(index + 1), &events)
      } else {
        advance(afterBlock: nil, &events)
      }

    case .block(let draft, let blockStep):
      answerBlock(blockStep, of: draft, with: text, &events)

    case .closure(let closure, let closureStep):
      answerClosure(closureStep, of: closure, with: text, &events)

    case .end:
      let choice =
        text.isEmpty ? ChoiceMatcher.endChoice.choices[0] : ChoiceMatcher.endChoice.match(text)
      guard let choice else {
        if Self.isFreeText(text) { return keepAsNote(text, &events) }
        return invalid(text, hint: ChoiceMatcher.endChoice.hint, &events)
      }
      accept(text, value: choice.value, prefill: choice.label, &events)
      if choice.value == "reprendre" {
        reopenFirstOpenItem(&events)
      } else {
        finish(&events)
      }
    }
  }

  // MARK: - Opening

  /// After the identity: the CQP, its competences, the reminder, then the warm-up.
  mutating func presentCQP(_ events: inout [InterviewEvent]) {
    events.append(
      .presentation(
        .init(
          title: dialogue.title, text: dialogue.opening.presentation.display,
          competences: dialogue.competences.map {
            .init(competence: $0.id, title: $0.title.display)
          })))
    events.append(.reminder(.init(text: dialogue.opening.reminder.display)))
    if dialogue.opening.questions.isEmpty {
      advance(afterBlock: nil, &events)
    } else {
      go(to: .opening(0), &events)
    }
  }

  // MARK: - Moving on

  /// After a block (or the opening): close the competences that are due, then go to the next
  /// block not positioned, or to the end.
  mutating func advance(afterBlock index: Int?, _ events: inout [InterviewEvent]) {
    let blocks = dialogue.blocks
    let next = blocks.indices.first {
      $0 > (index ?? -1) && progression.blocks[blocks[$0].id] == nil
    }
    for competence in dialogue.competences.indices where isClosureDue(competence) {
      if lastBlockIndex(of: competence) < (next ?? Int.max) {
        return beginClosure(competence, &events)
      }
    }
    if let next {
      beginBlock(next, &events)
    } else {
      endCheck(&events)
    }
  }

  /// Whether every block of the competence is positioned and it is not closed yet.
  func isClosureDue(_ competence: Int) -> Bool {
    let id = dialogue.competences[competence].id
    return progression.closures[id] == nil && !progression.skippedClosures.contains(id)
      && dialogue.competences[competence].blocks.allSatisfy { progression.blocks[$0.id] != nil }
  }

  /// At the end: finish, or ask whether to go back to what is left open.
  mutating func endCheck(_ events: inout [InterviewEvent]) {
    if query.isComplete {
      finish(&events)
    } else {
      go(to: .end, &events)
    }
  }

  /// « reprendre » at the end: the first block not positioned, else the first closure left.
  mutating func reopenFirstOpenItem(_ events: inout [InterviewEvent]) {
    let query = self.query
    if let id = query.openBlocks.first,
      let block = dialogue.blocks.firstIndex(where: { $0.id == id })
    {
      beginBlock(block, &events)
    } else if let id = query.openCompetences.first,
      let competence = dialogue.competences.firstIndex(where: { $0.id == id })
    {
      progression.skippedClosures.remove(id)
      beginClosure(competence, &events)
    } else {
      finish(&events)
    }
  }

  /// The final recap, then `finished`.
  mutating func finish(_ events: inout [InterviewEvent]) {
    progression.state = .finished
    let recap = self.recap
    events.append(.recap(.init(final: true, recap: recap)))
    events.append(.finished(.init(complete: recap.complete)))
  }

  // MARK: - Helpers

  /// The recap items of a competence.
  func recapItems(of competence: Int) -> [RecapItem] {
    let id = dialogue.competences[competence].id
    return dialogue.recap.competences.first { $0.competence == id }?.items ?? []
  }

  /// Index in `dialogue.blocks` of the competence's last block.
  func lastBlockIndex(of competence: Int) -> Int {
    let id = dialogue.competences[competence].blocks.last?.id
    return dialogue.blocks.firstIndex { $0.id == id } ?? -1
  }

  /// The label of a level (« En totalité »).
  func label(of level: LevelID) -> String {
    query.label(of: level)
  }

  /// The guide's rules over what is recorded so far.
  var query: RecordQuery { RecordQuery(dialogue: dialogue, record: record) }
}

extension InterviewEvent.Evidence {
  /// The evidence of an assessment, criterion by criterion in the block's order: what the
  /// interview shows after the answers, and what the recap's appendix prints.
  public init(block: Block, assessment: BlockAssessment) {
    func unique(_ texts: [String]) -> [String] {
      var seen: Set<String> = []
      return texts.filter { seen.insert($0).inserted }
    }
    let lines = block.assessedCriteria.enumerated().map { number, criterion in
      let found = assessment.criteria.first { $0.criterion == criterion.id }
      return InterviewEvent.EvidenceLine(
        criterion: criterion.id, number: number + 1, label: criterion.label,
        covered: found?.isCovered ?? false,
        found: unique(found?.hits.map(\.text) ?? []),
        discounted: unique(found?.counterSignals.map(\.text) ?? []), why: found?.shownWhy)
    }
    self.init(block: block.id, criteria: lines)
  }
}
