import Foundation

/// Compiles the recap from an interview's record, by the guide's rule.
///
/// A competence is mastered only if every block is « En totalité » (and no item set by
/// hand is a training need); otherwise each block not « En totalité » ticks its recap item.
public enum RecapCompiler {
  /// The declaration the intervenants sign.
  public static let declaration =
    "déclare conformes et sincères les renseignements apportés dans ce dossier"

  /// Compiles the recap.
  /// - Parameters:
  ///   - dialogue: the guide.
  ///   - record: what the interview recorded.
  ///   - date: the date of the recap (the time of the last input).
  /// - Returns: per competence its status, training needs with what justifies them, means.
  public static func compile(dialogue: Dialogue, record: InterviewRecord, date: Date)
    -> CompiledRecap
  {
    let query = RecordQuery(dialogue: dialogue, record: record)
    let competences = dialogue.competences.map { competence in
      let items = query.items(of: competence)
      let means = record.closures[competence.id]?.means
      return CompetenceRecap(
        competence: competence.id, title: competence.title.display,
        status: query.status(of: competence, items: items), items: items, means: means,
        meansLabels: query.labels(ofMeans: means ?? []),
        notes: record.notes.filter { $0.block == competence.id }.map(\.text),
        blocks: competence.blocks.map { blockRecap($0, record: record) })
    }
    let blockIDs = Set(dialogue.blocks.map(\.id))
    let competenceIDs = Set(dialogue.competences.map(\.id))
    let general = record.notes.filter { note in
      guard let subject = note.block else { return true }
      return !blockIDs.contains(subject) && !competenceIDs.contains(subject)
    }
    let complete = query.isComplete
    let opening = record.opening.map { note in
      RecapOpeningNote(
        id: note.id,
        question: dialogue.opening.questions.first { $0.id == note.id }?.text ?? note.id,
        text: note.text)
    }
    return CompiledRecap(
      dialogue: dialogue.id, title: dialogue.title, complete: complete, date: date,
      identity: record.identity, opening: opening, competences: competences,
      generalNotes: general.map(\.text), declaration: declaration,
      pending: complete ? [] : pending(competences, dialogue: dialogue, record: record),
      meansOptions: dialogue.means.map { RecapMeansOption(id: $0.id, label: $0.label) })
  }

  /// What is left to do, competence by competence: blocks not positioned, items with no
  /// block not decided, means not chosen for a competence that is not mastered.
  private static func pending(
    _ competences: [CompetenceRecap], dialogue: Dialogue, record: InterviewRecord
  ) -> [RecapPendingItem] {
    competences.flatMap { competence -> [RecapPendingItem] in
      let blocks = competence.blocks.filter { $0.state != .decided }.map {
        RecapPendingItem(kind: .block, id: $0.block, label: $0.title)
      }
      let items = competence.items.filter { $0.block == nil && $0.needed == nil }.map {
        RecapPendingItem(kind: .manualItem, id: $0.item, label: $0.label)
      }
      let means =
        competence.status != .mastered && record.closures[competence.competence] == nil
        ? [RecapPendingItem(kind: .means, id: competence.competence, label: competence.title)]
        : []
      return blocks + items + means
    }
  }

  /// The appendix entry of a block: answers, evidence, suggestion, decision, notes, time.
  private static func blockRecap(_ block: Block, record: InterviewRecord) -> BlockRecap {
    let notes = record.notes.filter { $0.block == block.id }.map(\.text)
    let time = record.timeSpent[block.id] ?? 0
    if let decided = record.blocks[block.id] {
      return BlockRecap(
        block: block.id, title: block.title.display, state: .decided, gate: decided.gate,
        answers: answers(block, decided.answers, probed: decided.probed),
        evidence: decided.gate
          ? InterviewEvent.Evidence(block: block, assessment: decided.assessment).criteria : [],
        suggested: decided.assessment.level, suggestionReason: decided.assessment.reason,
        decided: decided.level, overridden: decided.level != decided.assessment.level,
        overrideReason: decided.overrideReason, notes: notes, timeSpent: time,
        suggestionConfidence: decided.confidence?.level,
        uncertainBecause: decided.confidence?.uncertainBecause)
    }
    if let draft = record.unfinished[block.id] {
      return BlockRecap(
        block: block.id, title: block.title.display,
        state: draft.parked ? .parked : .inProgress, gate: draft.gate,
        answers: answers(block, draft.answers, probed: draft.probed),
        evidence: draft.assessment.map {
          InterviewEvent.Evidence(block: block, assessment: $0).criteria
        } ?? [],
        suggested: nil, suggestionReason: nil, decided: nil, overridden: false,
        overrideReason: nil, notes: notes, timeSpent: time)
    }
    return BlockRecap(
      block: block.id, title: block.title.display, state: .notStarted, gate: nil, answers: [],
      evidence: [], suggested: nil, suggestionReason: nil, decided: nil, overridden: false,
      overrideReason: nil, notes: notes, timeSpent: time)
  }

  /// The answers with their questions: the open questions in order, then the probes.
  private static func answers(_ block: Block, _ texts: [String], probed: [String])
    -> [RecapAnswer]
  {
    texts.enumerated().map { index, text in
      if index < block.questions.count {
        return RecapAnswer(question: block.questions[index].display, text: text, isProbe: false)
      }
      let probeIndex = index - block.questions.count
      let criterion =
        probeIndex < probed.count
        ? block.assessedCriteria.first { $0.id == probed[probeIndex] } : nil
      return RecapAnswer(question: criterion?.probe ?? "Relance", text: text, isProbe: true)
    }
  }
}
