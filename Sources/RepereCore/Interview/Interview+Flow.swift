import Foundation

// The conversation's forward flow: answers to each step and what comes next.
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

    case .gate(let block):
      guard let choice = ChoiceMatcher.yesNo.match(text) else {
        if Self.isFreeText(text) { return keepAsNote(text, &events) }
        return invalid(text, hint: "Répondez « oui » ou « non ».", &events)
      }
      accept(text, value: choice.value, prefill: choice.label, &events)
      let gate = choice.value == "oui"
      progression.draft?.gate = gate
      if gate {
        go(to: .question(block: block, number: 0), &events)
      } else {
        suggestForNo(block: block, &events)
      }

    case .question(let block, let number):
      accept(text, &events)
      progression.draft?.answers.append(text)
      let denial = denialNotice(block: block)
      if number + 1 < dialogue.blocks[block].questions.count {
        if let denial { events.append(.info(denial)) }
        go(to: .question(block: block, number: number + 1), &events)
      } else {
        assess(block: block, &events)
        let missing = progression.draft?.assessment.map { missingCriteria(of: block, in: $0) }
        progression.draft?.probes = missing ?? []
        if let denial, progression.draft?.probes.isEmpty == false {
          events.append(.info(denial))
        }
        nextProbe(block: block, &events)
      }

    case .probe(let block, let criterion):
      let probe = InterviewEvent.Probe(
        block: dialogue.blocks[block].id,
        criterion: dialogue.blocks[block].assessedCriteria[criterion].id, number: criterion + 1)
      if text.isEmpty || text.normalizedForMatching == "passer" {
        remember(prefill: "")
        events.append(.probeSkipped(probe))
      } else {
        accept(text, &events)
        events.append(.probeAsked(probe))
        progression.draft?.answers.append(text)
        progression.draft?.probed.append(probe.criterion)
        assess(block: block, &events)
      }
      nextProbe(block: block, &events)

    case .position(let block):
      guard let suggested = progression.draft?.assessment?.level else {
        preconditionFailure("positioning \(step) without an assessed block in progress")
      }
      let level: LevelID
      if text.isEmpty {
        guard progression.draft?.confidence?.isHigh ?? true else {
          return invalid(text, hint: uncertainHint, &events)
        }
        level = suggested
      } else if let choice = ChoiceMatcher.levels(dialogue.levels).match(text),
        let matched = LevelID(rawValue: choice.value)
      {
        level = matched
      } else if Self.isFreeText(text) {
        if progression.draft?.gate == true {
          return go(to: .stray(block: block, text: text), &events)
        }
        return keepAsNote(text, &events)
      } else {
        return invalid(text, hint: ChoiceMatcher.levels(dialogue.levels).hint, &events)
      }
      accept(text, value: level.rawValue, prefill: label(of: level), &events)
      if level == suggested {
        decide(block: block, level: level, reason: nil, &events)
      } else {
        go(to: .overrideReason(block: block, level: level), &events)
      }

    case .overrideReason(let block, let level):
      if text.isEmpty {
        return invalid(
          text, hint: "Une raison courte est requise pour modifier la suggestion.", &events)
      }
      accept(text, &events)
      decide(block: block, level: level, reason: text, &events)

    case .stray(let block, let stray):
      let matcher = ChoiceMatcher.strayText
      guard let choice = text.isEmpty ? matcher.choices[0] : matcher.match(text) else {
        return invalid(text, hint: matcher.hint, &events)
      }
      accept(stray, value: choice.value, prefill: choice.label, &events)
      let blockID = dialogue.blocks[block].id
      if choice.value == "complement" {
        events.append(
          .info(.init(text: "Texte ajouté aux réponses du bloc \(blockID) ; bloc réévalué.")))
        progression.draft?.answers.append(stray)
        assess(block: block, &events)
        suggest(block: block, &events)
      } else {
        let note = InterviewEvent.Note(block: blockID, text: stray)
        notes.append(note)
        events.append(.note(note))
        go(to: .position(block: block), &events)
      }

    case .manual(let competence, let item):
      guard let choice = ChoiceMatcher.yesNo.match(text) else {
        if Self.isFreeText(text) { return keepAsNote(text, &events) }
        return invalid(text, hint: "Répondez « oui » ou « non ».", &events)
      }
      accept(text, value: choice.value, prefill: choice.label, &events)
      go(
        to: .manualNote(competence: competence, item: item, needed: choice.value == "oui"),
        &events)

    case .manualNote(let competence, let index, let needed):
      if text.isEmpty {
        return invalid(text, hint: "Une note est requise pour ce point réglé à la main.", &events)
      }
      accept(text, &events)
      let item = recapItems(of: competence)[index]
      progression.closing?.manual[item.id] = ManualSetting(needed: needed, note: text)
      events.append(
        .manualItem(.init(item: item.id, label: item.label.display, needed: needed, note: text)))
      nextManualItem(competence: competence, after: index, &events)

    case .means(let competence):
      guard let means = parseMeans(text) else {
        if Self.isFreeText(text) { return keepAsNote(text, &events) }
        return invalid(text, hint: ChoiceMatcher.means(dialogue.means).hint, &events)
      }
      let labels = dialogue.means.filter { means.contains($0.id) }.map(\.label)
      accept(
        text, value: means.joined(separator: "+"), prefill: labels.joined(separator: " et "),
        &events)
      finishClosure(competence: competence, means: means, &events)

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

  // MARK: - Blocks

  /// Opens a block: its competence when new, its title and progress, its defect, its gate.
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
    progression.closing = nil
    if let parked = progression.parked.removeValue(forKey: index) {
      progression.draft = parked.draft
      events.append(
        .info(.init(text: "Reprise du bloc \(block.id) : les réponses déjà données sont gardées.")))
      return go(to: parked.step, &events)
    }
    progression.draft = BlockDraft(block: index)
    go(to: .gate(block: index), &events)
  }

  /// Assesses the block's answers so far and shows the evidence.
  mutating func assess(block index: Int, _ events: inout [InterviewEvent]) {
    let block = dialogue.blocks[index]
    let answers = progression.draft?.answers ?? []
    let assessment = suggester.assess(block: block, gate: true, answers: answers)
    let confidence = suggester.confidence(
      of: assessment, block: block, gate: true, answers: answers)
    progression.draft?.assessment = assessment
    progression.draft?.confidence = confidence
    events.append(.evidence(evidence(of: block, in: assessment)))
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
  func denialNotice(block index: Int) -> InterviewEvent.Message? {
    guard let answer = progression.draft?.answers.last,
      suggester.deniesPractice(block: dialogue.blocks[index], answer: answer)
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
  mutating func nextProbe(block: Int, _ events: inout [InterviewEvent]) {
    while let criterion = progression.draft?.probes.first {
      progression.draft?.probes.removeFirst()
      let missing = progression.draft?.assessment.map { missingCriteria(of: block, in: $0) } ?? []
      if missing.contains(criterion) {
        return go(to: .probe(block: block, criterion: criterion), &events)
      }
    }
    suggest(block: block, &events)
  }

  /// The gate was answered no: « Pas du tout » is suggested.
  mutating func suggestForNo(block index: Int, _ events: inout [InterviewEvent]) {
    let assessment = Self.answeredNo(
      suggester.assess(block: dialogue.blocks[index], gate: false, answers: []))
    let confidence = suggester.confidence(
      of: assessment, block: dialogue.blocks[index], gate: false, answers: [])
    progression.draft?.assessment = assessment
    progression.draft?.confidence = confidence
    suggest(block: index, &events)
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
  mutating func suggest(block index: Int, _ events: inout [InterviewEvent]) {
    if progression.draft?.gate == true, let answers = progression.draft?.answers {
      // Assessed again as the suggestion is shown: the same answers give the same assessment,
      // and an engine answering from a transcript (``TranscriptSuggester``) gives the level
      // recorded with this suggestion, whichever step assessed the answers.
      let block = dialogue.blocks[index]
      let assessment = suggester.assess(block: block, gate: true, answers: answers)
      progression.draft?.assessment = assessment
      progression.draft?.confidence = suggester.confidence(
        of: assessment, block: block, gate: true, answers: answers)
    }
    guard let assessment = progression.draft?.assessment else {
      preconditionFailure("suggestion for block \(index) without an assessment")
    }
    events.append(
      .suggestion(
        .init(
          block: dialogue.blocks[index].id, level: assessment.level,
          label: label(of: assessment.level), reason: assessment.reason,
          confidence: progression.draft?.confidence
            ?? SuggestionConfidence(level: .high, score: 1))))
    go(to: .position(block: index), &events)
  }

  /// Records the positioning of a block and moves on.
  mutating func decide(
    block index: Int, level: LevelID, reason: String?, _ events: inout [InterviewEvent]
  ) {
    guard let draft = progression.draft, let assessment = draft.assessment else {
      preconditionFailure("decision for block \(index) without an assessed block in progress")
    }
    let block = dialogue.blocks[index]
    progression.blocks[block.id] = BlockRecord(
      gate: draft.gate ?? false, answers: draft.answers, assessment: assessment, level: level,
      overrideReason: reason, probed: draft.probed, confidence: draft.confidence)
    progression.draft = nil
    progression.parked[index] = nil
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
    advance(afterBlock: index, &events)
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
    progression.draft = nil
    progression.closing = nil
    pending = nil
    let recap = self.recap
    events.append(.recap(.init(final: true, recap: recap)))
    events.append(.finished(.init(complete: recap.complete)))
  }

  // MARK: - Competences

  /// Closes a competence: items set by hand, then its status, then the means if needed.
  mutating func beginClosure(_ competence: Int, _ events: inout [InterviewEvent]) {
    progression.closing = ClosureDraft(competence: competence)
    progression.draft = nil
    nextManualItem(competence: competence, after: nil, &events)
  }

  /// Asks the next recap item with no block, or summarizes the competence.
  mutating func nextManualItem(competence: Int, after index: Int?, _ events: inout [InterviewEvent])
  {
    let items = recapItems(of: competence)
    if let next = items.indices.first(where: { $0 > (index ?? -1) && items[$0].block == nil }) {
      // No block asked about it: its context comes first, so the question is not a surprise.
      let item = items[next]
      var context =
        "Avant le bilan de \(dialogue.competences[competence].id) : le point « "
        + "\(item.label.display) » ne correspond à aucun bloc de l’entretien ; c’est à vous "
        + "de dire s’il appelle un besoin en formation."
      if let note = item.note { context += " (\(note))" }
      events.append(.info(.init(text: context)))
      go(to: .manual(competence: competence, item: next), &events)
    } else {
      summarize(competence: competence, &events)
    }
  }

  /// Shows the competence's status and needs; asks the means when it is not mastered.
  mutating func summarize(competence index: Int, _ events: inout [InterviewEvent]) {
    let competence = dialogue.competences[index]
    let query = self.query
    let items = query.items(of: competence, manual: progression.closing?.manual ?? [:])
    let needs = items.filter { $0.needed == true }
    let status = query.status(of: competence, items: items)
    events.append(
      .competenceSummary(
        .init(
          competence: competence.id, title: competence.title.display, status: status,
          needs: needs.map { .init(item: $0.item, label: $0.label) })))
    if status == .mastered {
      finishClosure(competence: index, means: [], &events)
    } else {
      go(to: .means(competence: index), &events)
    }
  }

  /// Records the closure and moves on.
  mutating func finishClosure(
    competence index: Int, means: [String], _ events: inout [InterviewEvent]
  ) {
    let id = dialogue.competences[index].id
    progression.closures[id] = CompetenceClosure(
      means: means, manual: progression.closing?.manual ?? [:])
    progression.closing = nil
    if !means.isEmpty {
      events.append(
        .means(.init(competence: id, means: means, labels: query.labels(ofMeans: means))))
    }
    advance(afterBlock: lastBlockIndex(of: index), &events)
  }

  /// The means a typed answer names: one choice, « les deux », or a list (`f+p`,
  /// « formation et pratique »). `nil` when not understood.
  func parseMeans(_ text: String) -> [String]? {
    let matcher = ChoiceMatcher.means(dialogue.means)
    if let choice = matcher.match(text) {
      return choice.value.split(separator: "+").map(String.init)
    }
    let normalized = text.normalizedForMatching
      .replacingOccurrences(of: " et ", with: "+")
      .replacingOccurrences(of: ",", with: "+")
      .replacingOccurrences(of: "/", with: "+")
      .replacingOccurrences(of: "&", with: "+")
    let parts = normalized.split(separator: "+").map { String($0).trimmingWhitespace() }
    guard parts.count > 1 else { return nil }
    var ids: Set<String> = []
    for part in parts {
      guard let choice = matcher.match(part) else { return nil }
      ids.formUnion(choice.value.split(separator: "+").map(String.init))
    }
    return dialogue.means.map(\.id).filter { ids.contains($0) }
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
