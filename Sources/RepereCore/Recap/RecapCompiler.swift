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
        notes: record.notes.filter { $0.block == competence.id }.map(\.text))
    }
    let blockIDs = Set(dialogue.blocks.map(\.id))
    let competenceIDs = Set(dialogue.competences.map(\.id))
    let general = record.notes.filter { note in
      guard let subject = note.block else { return true }
      return !blockIDs.contains(subject) && !competenceIDs.contains(subject)
    }
    return CompiledRecap(
      dialogue: dialogue.id, title: dialogue.title, complete: query.isComplete, date: date,
      identity: record.identity, opening: record.opening, competences: competences,
      generalNotes: general.map(\.text), declaration: declaration)
  }
}
