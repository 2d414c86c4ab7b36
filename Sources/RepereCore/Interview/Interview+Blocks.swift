import Foundation

// A block's questions: its gate, open questions, probes and positioning. The block in
// progress (`BlockDraft`) travels in the state (`Step.block`): each transition takes it
// from the step answered and hands it, changed, to the next step.
extension Interview {
  /// Handles an answer to a question of the block in progress.
  mutating func answerBlock(
    _ step: BlockStep, of draft: BlockDraft, with text: String, _ events: inout [InterviewEvent]
  ) {
    var draft = draft
    let index = draft.block
    switch step {
    case .gate:
      guard let choice = ChoiceMatcher.yesNo.match(text) else {
        if Self.isFreeText(text) { return keepAsNote(text, &events) }
        return invalid(text, hint: "Répondez « oui » ou « non ».", &events)
      }
      accept(text, value: choice.value, prefill: choice.label, &events)
      let gate = choice.value == "oui"
      draft.gate = gate
      if gate {
        go(to: .block(draft, .question(0)), &events)
      } else {
        suggestForNo(draft, &events)
      }

    case .question(let number):
      accept(text, &events)
      draft.answers.append(text)
      let denial = denialNotice(draft)
      if number + 1 < dialogue.blocks[index].questions.count {
        if let denial { events.append(.info(denial)) }
        go(to: .block(draft, .question(number + 1)), &events)
      } else {
        let assessment = assess(&draft, &events)
        draft.probes = missingCriteria(of: index, in: assessment)
        if let denial, !draft.probes.isEmpty {
          events.append(.info(denial))
        }
        nextProbe(draft, &events)
      }

    case .probe(let criterion):
      let probe = InterviewEvent.Probe(
        block: dialogue.blocks[index].id,
        criterion: dialogue.blocks[index].assessedCriteria[criterion].id, number: criterion + 1)
      if text.isEmpty || text.normalizedForMatching == "passer" {
        remember(prefill: "")
        events.append(.probeSkipped(probe))
      } else {
        accept(text, &events)
        events.append(.probeAsked(probe))
        draft.answers.append(text)
        draft.probed.append(probe.criterion)
        assess(&draft, &events)
      }
      nextProbe(draft, &events)

    case .position:
      let suggested = assessment(of: draft, at: step).level
      let level: LevelID
      if text.isEmpty {
        guard draft.confidence?.isHigh ?? true else {
          return invalid(text, hint: uncertainHint, &events)
        }
        level = suggested
      } else if let choice = levelChoices.match(text),
        let matched = LevelID(rawValue: choice.value)
      {
        level = matched
      } else if Self.isFreeText(text) {
        if draft.gate == true {
          return go(to: .block(draft, .stray(text)), &events)
        }
        return keepAsNote(text, &events)
      } else {
        return invalid(text, hint: levelChoices.hint, &events)
      }
      accept(text, value: level.rawValue, prefill: label(of: level), &events)
      if level == suggested {
        decide(draft, level: level, reason: nil, &events)
      } else {
        go(to: .block(draft, .overrideReason(level)), &events)
      }

    case .overrideReason(let level):
      if text.isEmpty {
        return invalid(
          text, hint: "Une raison courte est requise pour modifier la suggestion.", &events)
      }
      accept(text, &events)
      decide(draft, level: level, reason: text, &events)

    case .stray(let stray):
      let matcher = ChoiceMatcher.strayText
      guard let choice = text.isEmpty ? matcher.choices[0] : matcher.match(text) else {
        return invalid(text, hint: matcher.hint, &events)
      }
      accept(stray, value: choice.value, prefill: choice.label, &events)
      let blockID = dialogue.blocks[index].id
      if choice.value == "complement" {
        events.append(
          .info(.init(text: "Texte ajouté aux réponses du bloc \(blockID) ; bloc réévalué.")))
        draft.answers.append(stray)
        assess(&draft, &events)
        suggest(draft, &events)
      } else {
        let note = InterviewEvent.Note(block: blockID, text: stray)
        notes.append(note)
        events.append(.note(note))
        go(to: .block(draft, .position), &events)
      }
    }
  }

  /// Opens a block: its competence when new, its title and progress, its defect, then its
  /// gate, or the question it was left at when it was parked.
  mutating func beginBlock(_ index: Int, _ events: inout [InterviewEvent]) {
    let block = dialogue.blocks[index]
    if let competence = dialogue.competence(ofBlock: block.id),
      competence.id != progression.shownCompetence
    {
      progression.shownCompetence = competence.id
      events.append(
        .competenceStarted(.init(competence: competence.id, title: competence.title.display)))
    }
    events.append(
      .blockStarted(
        .init(
          block: block.id, title: block.title.display, index: index + 1,
          total: dialogue.blocks.count)))
    if let defect = block.defect {
      events.append(.defectNote(.init(block: block.id, text: defect.note)))
    }
    if let parked = progression.parked.removeValue(forKey: index) {
      events.append(
        .info(.init(text: "Reprise du bloc \(block.id) : les réponses déjà données sont gardées.")))
      return go(to: .block(parked.draft, parked.step), &events)
    }
    go(to: .block(BlockDraft(block: index), .gate), &events)
  }

  /// Keeps a block left at `step` (once its gate is answered) for when it is begun again.
  mutating func park(_ draft: BlockDraft, at step: BlockStep) {
    if draft.gate != nil {
      progression.parked[draft.block] = ParkedBlock(draft: draft, step: step)
    }
  }

  /// Assesses the block's answers so far into the draft and shows the evidence.
  /// - Returns: the assessment.
  @discardableResult
  mutating func assess(_ draft: inout BlockDraft, _ events: inout [InterviewEvent])
    -> BlockAssessment
  {
    let block = dialogue.blocks[draft.block]
    let assessment = suggester.assess(block: block, gate: true, answers: draft.answers)
    draft.assessment = assessment
    draft.confidence = suggester.confidence(
      of: assessment, block: block, gate: true, answers: draft.answers)
    events.append(.evidence(evidence(of: block, in: assessment)))
    return assessment
  }

  /// The evidence event of an assessment, criterion by criterion in the block's order.
  func evidence(of block: Block, in assessment: BlockAssessment) -> InterviewEvent.Evidence {
    InterviewEvent.Evidence(block: block, assessment: assessment)
  }

  /// Indices of the assessed criteria that nothing in the answers speaks of: a criterion
  /// an answer illustrates, even if it does not count (denied, hypothetical, someone
  /// else's), is never asked for again.
  func missingCriteria(of index: Int, in assessment: BlockAssessment) -> [Int] {
    let spoken = Set(
      assessment.criteria.filter { !$0.hits.isEmpty || !$0.counterSignals.isEmpty }.map(
        \.criterion))
    return dialogue.blocks[index].assessedCriteria.indices.filter {
      !spoken.contains(dialogue.blocks[index].assessedCriteria[$0].id)
    }
  }

  /// What to tell the evaluator when the answer just typed denies the practice that the
  /// next question presupposes: the answer holds a denial by the candidate and nothing
  /// that counts. The guide's question is still asked verbatim if the evaluator goes on.
  func denialNotice(_ draft: BlockDraft) -> InterviewEvent.Message? {
    guard let answer = draft.answers.last,
      suggester.deniesPractice(block: dialogue.blocks[draft.block], answer: answer)
    else { return nil }
    return Self.denialNotice(quoting: answer)
  }

  /// The notice that `answer` denies the practice the next question presupposes.
  static func denialNotice(quoting answer: String) -> InterviewEvent.Message {
    var quoted = answer.trimmingCharacters(in: .whitespaces)
    while let last = quoted.last, ".!…".contains(last) { quoted.removeLast() }
    return InterviewEvent.Message(
      text:
        "Le candidat vient de nier cette pratique (« \(CriterionExplanation.shortened(quoted)) ») ; "
        + "la question suivante la suppose. Posez-la telle quelle, ou tapez /positionner pour "
        + "passer au positionnement du bloc.")
  }

  /// Asks the next probe of a criterion still missing, or suggests a positioning.
  mutating func nextProbe(_ draft: BlockDraft, _ events: inout [InterviewEvent]) {
    var draft = draft
    while let criterion = draft.probes.first {
      draft.probes.removeFirst()
      let step = BlockStep.probe(criterion: criterion)
      if missingCriteria(of: draft.block, in: assessment(of: draft, at: step)).contains(criterion) {
        return go(to: .block(draft, step), &events)
      }
    }
    suggest(draft, &events)
  }

  /// The gate was answered no: « Pas du tout » is suggested.
  mutating func suggestForNo(_ draft: BlockDraft, _ events: inout [InterviewEvent]) {
    var draft = draft
    let block = dialogue.blocks[draft.block]
    let assessment = Self.answeredNo(suggester.assess(block: block, gate: false, answers: []))
    draft.assessment = assessment
    draft.confidence = suggester.confidence(
      of: assessment, block: block, gate: false, answers: [])
    suggest(draft, &events)
  }

  /// The assessment of a block whose yes/no question was answered « non »: « Pas du tout »,
  /// whatever the engine says.
  static func answeredNo(_ assessment: BlockAssessment) -> BlockAssessment {
    guard assessment.level != .pasDuTout else { return assessment }
    var forced = assessment
    forced.level = .pasDuTout
    forced.reason = "Réponse « non » à la question d’entrée du bloc."
    return forced
  }

  /// Shows the suggestion and asks for the positioning.
  mutating func suggest(_ draft: BlockDraft, _ events: inout [InterviewEvent]) {
    var draft = draft
    if draft.gate == true {
      // Assessed again as the suggestion is shown: the same answers give the same assessment,
      // and an engine answering from a transcript (``TranscriptSuggester``) gives the level
      // recorded with this suggestion, whichever step assessed the answers.
      let block = dialogue.blocks[draft.block]
      let assessment = suggester.assess(block: block, gate: true, answers: draft.answers)
      draft.assessment = assessment
      draft.confidence = suggester.confidence(
        of: assessment, block: block, gate: true, answers: draft.answers)
    }
    let assessment = assessment(of: draft, at: .position)
    events.append(
      .suggestion(
        .init(
          block: dialogue.blocks[draft.block].id, level: assessment.level,
          label: label(of: assessment.level), reason: assessment.reason,
          confidence: draft.confidence ?? SuggestionConfidence(level: .high, score: 1))))
    go(to: .block(draft, .position), &events)
  }

  /// Records the positioning of a block and moves on.
  mutating func decide(
    _ draft: BlockDraft, level: LevelID, reason: String?, _ events: inout [InterviewEvent]
  ) {
    let assessment = assessment(of: draft, at: .position)
    let block = dialogue.blocks[draft.block]
    progression.blocks[block.id] = BlockRecord(
      gate: draft.gate ?? false, answers: draft.answers, assessment: assessment, level: level,
      overrideReason: reason, probed: draft.probed, confidence: draft.confidence)
    progression.parked[draft.block] = nil
    events.append(
      .decision(
        .init(
          block: block.id, level: level, label: label(of: level), suggested: assessment.level,
          overridden: level != assessment.level, reason: reason,
          confidence: draft.confidence?.level)))
    if let competence = dialogue.competence(ofBlock: block.id) {
      // A new positioning changes the competence's status: close it again.
      progression.closures[competence.id] = nil
      progression.skippedClosures.remove(competence.id)
    }
    advance(afterBlock: draft.block, &events)
  }
}
