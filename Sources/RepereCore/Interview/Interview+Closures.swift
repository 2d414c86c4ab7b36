import Foundation

// A competence's closure: the recap items set by hand, its status, the means. The closure
// in progress (`ClosureDraft`) travels in the state (`Step.closure`), like a block's draft.
extension Interview {
  /// Handles an answer to a question of the competence being closed.
  mutating func answerClosure(
    _ step: ClosureStep, of closure: ClosureDraft, with text: String,
    _ events: inout [InterviewEvent]
  ) {
    var closure = closure
    switch step {
    case .manual(let item):
      guard let choice = ChoiceMatcher.yesNo.match(text) else {
        if Self.isFreeText(text) { return keepAsNote(text, &events) }
        return invalid(text, hint: "Répondez « oui » ou « non ».", &events)
      }
      accept(text, value: choice.value, prefill: choice.label, &events)
      go(to: .closure(closure, .manualNote(item: item, needed: choice.value == "oui")), &events)

    case .manualNote(let index, let needed):
      if text.isEmpty {
        return invalid(text, hint: "Une note est requise pour ce point réglé à la main.", &events)
      }
      accept(text, &events)
      let item = recapItems(of: closure.competence)[index]
      closure.manual[item.id] = ManualSetting(needed: needed, note: text)
      events.append(
        .manualItem(.init(item: item.id, label: item.label.display, needed: needed, note: text)))
      nextManualItem(closure, after: index, &events)

    case .means:
      guard let means = parseMeans(text) else {
        if Self.isFreeText(text) { return keepAsNote(text, &events) }
        return invalid(text, hint: meansChoices.hint, &events)
      }
      let labels = dialogue.means.filter { means.contains($0.id) }.map(\.label)
      accept(
        text, value: means.joined(separator: "+"), prefill: labels.joined(separator: " et "),
        &events)
      finishClosure(closure, means: means, &events)
    }
  }

  /// Closes a competence: items set by hand, then its status, then the means if needed.
  mutating func beginClosure(_ competence: Int, _ events: inout [InterviewEvent]) {
    nextManualItem(ClosureDraft(competence: competence), after: nil, &events)
  }

  /// Asks the next recap item with no block, or summarizes the competence.
  mutating func nextManualItem(
    _ closure: ClosureDraft, after index: Int?, _ events: inout [InterviewEvent]
  ) {
    let competence = closure.competence
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
      go(to: .closure(closure, .manual(item: next)), &events)
    } else {
      summarize(closure, &events)
    }
  }

  /// Shows the competence's status and needs; asks the means when it is not mastered.
  mutating func summarize(_ closure: ClosureDraft, _ events: inout [InterviewEvent]) {
    let competence = dialogue.competences[closure.competence]
    let query = self.query
    let items = query.items(of: competence, manual: closure.manual)
    let needs = items.filter { $0.needed == true }
    let status = query.status(of: competence, items: items)
    events.append(
      .competenceSummary(
        .init(
          competence: competence.id, title: competence.title.display, status: status,
          needs: needs.map { .init(item: $0.item, label: $0.label) })))
    if status == .mastered {
      finishClosure(closure, means: [], &events)
    } else {
      go(to: .closure(closure, .means), &events)
    }
  }

  /// Records the closure and moves on.
  mutating func finishClosure(
    _ closure: ClosureDraft, means: [String], _ events: inout [InterviewEvent]
  ) {
    let id = dialogue.competences[closure.competence].id
    progression.closures[id] = CompetenceClosure(means: means, manual: closure.manual)
    if !means.isEmpty {
      events.append(
        .means(.init(competence: id, means: means, labels: query.labels(ofMeans: means))))
    }
    advance(afterBlock: lastBlockIndex(of: closure.competence), &events)
  }

  /// The means a typed answer names: one choice, « les deux », or a list (`f+p`,
  /// « formation et pratique »). `nil` when not understood.
  func parseMeans(_ text: String) -> [String]? {
    let matcher = meansChoices
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
}
