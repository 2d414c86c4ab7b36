import Foundation

@testable import RepereCore

/// The invariants of the interview's state: what must hold for no `preconditionFailure` of
/// the machine to be reachable. Each issue is a sentence; none when the state holds.
enum InterviewStateInvariants {
  ///
  /// A batch pushes at most one history entry (what `/retour` restores; `goBack` stops on
  /// anything but a waiting state): checking the last one after every batch checks them all.
  static func issues(_ interview: Interview) -> [String] {
    var issues = issues(of: interview.progression, in: interview.dialogue)
    if let entry = interview.history.last,
      entry.before.state == .idle || entry.before.state == .finished
    {
      issues.append("history holds \(entry.before.state)")
    }
    return issues
  }

  /// The state's step and the parked blocks, against the dialogue.
  static func issues(of progression: Interview.Progression, in dialogue: Dialogue) -> [String] {
    var issues: [String] = []
    if case .waiting(let step, _) = progression.state {
      issues += self.issues(of: step, in: dialogue)
    }
    for (index, parked) in progression.parked {
      if parked.draft.block != index { issues.append("block \(index) parked under another") }
      if parked.draft.gate == nil { issues.append("block \(index) parked before its gate") }
      if parked.step == .gate { issues.append("block \(index) parked at its gate") }
      issues += self.issues(of: .block(parked.draft, parked.step), in: dialogue)
    }
    return issues
  }

  static func issues(of step: Step, in dialogue: Dialogue) -> [String] {
    switch step {
    case .identity(let index):
      return IdentityField.all.indices.contains(index) ? [] : ["identity field \(index)"]
    case .opening(let index):
      return dialogue.opening.questions.indices.contains(index) ? [] : ["opening \(index)"]
    case .end:
      return []
    case .block(let draft, let blockStep):
      guard dialogue.blocks.indices.contains(draft.block) else { return ["block \(draft.block)"] }
      let block = dialogue.blocks[draft.block]
      var issues: [String] = []
      if blockStep.needsAssessment, draft.assessment == nil || draft.confidence == nil {
        issues.append("\(block.id) at \(blockStep) without an assessment")
      }
      switch blockStep {
      case .gate:
        if draft.gate != nil { issues.append("\(block.id) at its gate with a gate answer") }
      case .question(let number):
        if !block.questions.indices.contains(number) { issues.append("\(block.id) q\(number)") }
        if draft.gate != true { issues.append("\(block.id) questions without « oui »") }
        if draft.answers.count != number {
          issues.append("\(block.id) q\(number + 1) with \(draft.answers.count) answers")
        }
      case .probe(let criterion):
        if !block.assessedCriteria.indices.contains(criterion) {
          issues.append("\(block.id) probe \(criterion)")
        }
        if draft.gate != true { issues.append("\(block.id) probe without « oui »") }
        if draft.answers.count < block.questions.count {
          issues.append("\(block.id) probe before its questions are answered")
        }
      case .stray:
        if draft.gate != true { issues.append("\(block.id) stray text without « oui »") }
      case .position, .overrideReason:
        if draft.gate == nil { issues.append("\(block.id) positioned without a gate answer") }
      }
      return issues
    case .closure(let closure, let closureStep):
      guard dialogue.competences.indices.contains(closure.competence) else {
        return ["competence \(closure.competence)"]
      }
      let id = dialogue.competences[closure.competence].id
      let items = dialogue.recap.competences.first { $0.competence == id }?.items ?? []
      switch closureStep {
      case .manual(let item), .manualNote(let item, _):
        guard items.indices.contains(item), items[item].block == nil else {
          return ["\(id) item \(item) is not set by hand"]
        }
        return []
      case .means:
        return []
      }
    }
  }

  /// A name for the kind of state, to check that random driving reaches every kind.
  static func kind(_ interview: Interview) -> String {
    switch interview.progression.state {
    case .idle: return "idle"
    case .finished: return "finished"
    case .waiting(let step, let prefill):
      let suffix = prefill.map { $0.isEmpty ? "" : "+prefill" } ?? ""
      switch step {
      case .identity: return "identity" + suffix
      case .opening: return "opening" + suffix
      case .end: return "end" + suffix
      case .block(_, let blockStep):
        switch blockStep {
        case .gate: return "gate" + suffix
        case .question: return "question" + suffix
        case .probe: return "probe" + suffix
        case .position: return "position" + suffix
        case .overrideReason: return "overrideReason" + suffix
        case .stray: return "stray" + suffix
        }
      case .closure(_, let closureStep):
        switch closureStep {
        case .manual: return "manual" + suffix
        case .manualNote: return "manualNote" + suffix
        case .means: return "means" + suffix
        }
      }
    }
  }
}

/// The invariants of the preparation's state.
enum PreparationStateInvariants {
  static func issues(_ preparation: Preparation) -> [String] {
    guard case .waiting(let step) = preparation.state else { return [] }
    let dialogue = preparation.dialogue
    switch step {
    case .name, .firstName, .end:
      return []
    case .gate(let block):
      return dialogue.blocks.indices.contains(block) ? [] : ["gate of block \(block)"]
    case .question(let draft, let number):
      guard dialogue.blocks.indices.contains(draft.block) else { return ["block \(draft.block)"] }
      let block = dialogue.blocks[draft.block]
      var issues: [String] = []
      if !block.questions.indices.contains(number) { issues.append("\(block.id) q\(number)") }
      if draft.answers.count != number {
        issues.append("\(block.id) q\(number + 1) with \(draft.answers.count) answers")
      }
      return issues
    }
  }

  static func kind(_ preparation: Preparation) -> String {
    switch preparation.state {
    case .idle: "idle"
    case .finished: "finished"
    case .waiting(.name): "name"
    case .waiting(.firstName): "firstName"
    case .waiting(.gate): "gate"
    case .waiting(.question): "question"
    case .waiting(.end): "end"
    }
  }
}
