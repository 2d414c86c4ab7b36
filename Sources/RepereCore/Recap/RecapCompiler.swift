import Foundation

/// Compiles the recap from an interview's record, by the guide's rule.
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
    CompiledRecap(
      dialogue: dialogue.id, title: dialogue.title, complete: false, date: date,
      identity: record.identity, opening: record.opening, competences: [], generalNotes: [],
      declaration: declaration)
  }
}
