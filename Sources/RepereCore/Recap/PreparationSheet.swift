import Foundation

/// The « fiche de préparation »: what `repere bilan` gives for a preparation's transcript.
///
/// Per competence, the questions to expect, the candidate's latest answers, what is well
/// illustrated and the examples still to prepare, as a checklist. No positioning and no
/// signature page: the evaluators decide at the interview. Rendered by the recap's own
/// renderers (text, Markdown, HTML, JSON).
public struct PreparationSheet: Sendable, Equatable {
  /// The guide's title.
  public var title: String
  public var candidate: Person
  /// The time of the last input.
  public var date: Date
  /// The competences with at least one block chosen or practised, in the guide's order.
  public var competences: [SheetCompetence]
  /// The guide and the transcript the sheet comes from, its integrity problems accepted
  /// with `--force`.
  public var source: RecapSource
  public var integrityIssues: [TranscriptIssue]
  public var otherDialogue: Bool

  public init(
    title: String, candidate: Person, date: Date, competences: [SheetCompetence],
    source: RecapSource, integrityIssues: [TranscriptIssue] = [], otherDialogue: Bool = false
  ) {
    self.title = title
    self.candidate = candidate
    self.date = date
    self.competences = competences
    self.source = source
    self.integrityIssues = integrityIssues
    self.otherDialogue = otherDialogue
  }

  /// The French warning printed when the sheet was forced, `nil` otherwise.
  public var integrityWarning: String? {
    RecapDocument.warning(
      integrityIssues: integrityIssues, otherDialogue: otherDialogue,
      forced: "Cette fiche a été produite avec --force et ne fait pas foi.")
  }

  /// Builds the sheet of a preparation.
  /// - Parameters:
  ///   - record: What the preparation holds (its latest attempt per block counts).
  ///   - dialogue: The guide it was made with.
  ///   - source: The guide and the transcript, for the footer.
  public static func compile(
    _ record: PreparationRecord, dialogue: Dialogue, source: RecapSource
  ) -> PreparationSheet {
    let shown = Set(record.selection).union(record.attempts.keys)
    let competences = dialogue.competences.compactMap { competence -> SheetCompetence? in
      let blocks = competence.blocks.filter { shown.contains($0.id) }.map { block in
        SheetBlock(
          block: block.id, title: block.title.display, gate: block.gate.display,
          questions: block.questions.map(\.display),
          attempts: record.attempts[block.id]?.count ?? 0, latest: record.latest(block.id))
      }
      guard !blocks.isEmpty else { return nil }
      return SheetCompetence(
        competence: competence.id, title: competence.title.display, blocks: blocks)
    }
    return PreparationSheet(
      title: dialogue.title, candidate: record.candidate, date: record.date,
      competences: competences, source: source)
  }
}

/// A competence of the preparation sheet.
public struct SheetCompetence: Sendable, Equatable {
  public var competence: String
  public var title: String
  public var blocks: [SheetBlock]

  public init(competence: String, title: String, blocks: [SheetBlock]) {
    self.competence = competence
    self.title = title
    self.blocks = blocks
  }
}

/// A block of the preparation sheet: its questions and the latest attempt at it.
public struct SheetBlock: Sendable, Equatable {
  public var block: String
  public var title: String
  /// The yes/no question, then the open questions, as the guide words them.
  public var gate: String
  public var questions: [String]
  /// How many times the block was practised.
  public var attempts: Int
  /// The latest attempt, `nil` when the block was not practised yet.
  public var latest: BlockAttempt?

  public init(
    block: String, title: String, gate: String, questions: [String], attempts: Int,
    latest: BlockAttempt?
  ) {
    self.block = block
    self.title = title
    self.gate = gate
    self.questions = questions
    self.attempts = attempts
    self.latest = latest
  }

  /// The latest answer to the open question `number`, if the block was answered yes.
  public func answer(_ number: Int) -> String? {
    guard let latest, latest.gate, number < latest.answers.count else { return nil }
    return latest.answers[number]
  }

  /// The criteria the latest answers illustrate.
  public var illustrated: [FeedbackCriterion] {
    latest?.feedback.criteria.filter { $0.status == .illustrated } ?? []
  }

  /// The examples still to prepare (every criterion before a first attempt is not known:
  /// empty then).
  public var toPrepare: [FeedbackCriterion] { latest?.feedback.toPrepare ?? [] }
}
