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
    let competences = dialogue.competences.map { competence in
      compile(competence, dialogue: dialogue, record: record)
    }
    let blockIDs = Set(dialogue.blocks.map(\.id))
    let competenceIDs = Set(dialogue.competences.map(\.id))
    let general = record.notes.filter { note in
      guard let subject = note.block else { return true }
      return !blockIDs.contains(subject) && !competenceIDs.contains(subject)
    }
    let complete =
      dialogue.blocks.allSatisfy { record.blocks[$0.id] != nil }
      && dialogue.competences.allSatisfy { record.closures[$0.id] != nil }
    return CompiledRecap(
      dialogue: dialogue.id, title: dialogue.title, complete: complete, date: date,
      identity: record.identity, opening: record.opening, competences: competences,
      generalNotes: general.map(\.text), declaration: declaration)
  }

  private static func compile(
    _ competence: Competence, dialogue: Dialogue, record: InterviewRecord
  ) -> CompetenceRecap {
    let closure = record.closures[competence.id]
    let items = dialogue.recap.competences.first { $0.competence == competence.id }?.items ?? []
    let results = items.map { item -> RecapItemResult in
      if let block = item.block {
        let decided = record.blocks[block]
        return RecapItemResult(
          item: item.id, label: item.label.display, block: block, level: decided?.level,
          needed: decided.map { $0.level != .totalite }, overrideReason: decided?.overrideReason,
          answers: decided?.answers.filter { !$0.isEmpty } ?? [],
          notes: record.notes.filter { $0.block == block }.map(\.text))
      }
      let manual = closure?.manual[item.id]
      return RecapItemResult(
        item: item.id, label: item.label.display, block: nil, level: nil, needed: manual?.needed,
        overrideReason: nil, answers: [], notes: manual.map { [$0.note] } ?? [])
    }
    let status: CompetenceStatus
    if competence.blocks.contains(where: { record.blocks[$0.id] == nil })
      || results.contains(where: { $0.block == nil && $0.needed == nil })
    {
      status = .incomplete
    } else if results.contains(where: { $0.needed == true }) {
      status = .toDevelop
    } else {
      status = .mastered
    }
    let means = closure?.means
    return CompetenceRecap(
      competence: competence.id, title: competence.title.display, status: status,
      items: results, means: means,
      meansLabels: dialogue.means.filter { means?.contains($0.id) == true }.map(\.label),
      notes: record.notes.filter { $0.block == competence.id }.map(\.text))
  }
}
