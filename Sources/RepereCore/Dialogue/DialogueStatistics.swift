/// The size of a dialogue: what `repere verifier` prints for a valid file.
public struct DialogueStatistics: Sendable, Equatable {
  /// Number of competences.
  public var competences: Int
  /// Number of blocks (tables of the guide).
  public var blocks: Int
  /// Number of yes/no questions: one per block.
  public var yesNoQuestions: Int
  /// Number of open questions, all blocks together.
  public var openQuestions: Int
  /// Number of evaluation criteria as the guide states them.
  public var criteria: Int
  /// Number of evidence terms of the criteria used for evidence.
  public var evidenceTerms: Int

  public init(
    competences: Int, blocks: Int, yesNoQuestions: Int, openQuestions: Int, criteria: Int,
    evidenceTerms: Int
  ) {
    self.competences = competences
    self.blocks = blocks
    self.yesNoQuestions = yesNoQuestions
    self.openQuestions = openQuestions
    self.criteria = criteria
    self.evidenceTerms = evidenceTerms
  }

  /// Counts the parts of a dialogue.
  public init(_ dialogue: Dialogue) {
    let blocks = dialogue.blocks
    self.init(
      competences: dialogue.competences.count,
      blocks: blocks.count,
      yesNoQuestions: blocks.count,
      openQuestions: blocks.reduce(0) { $0 + $1.questions.count },
      criteria: blocks.reduce(0) { $0 + $1.criteria.count },
      evidenceTerms: blocks.flatMap(\.assessedCriteria).reduce(0) { $0 + $1.evidence.count })
  }

  /// The counts as one French line: « 6 compétences, 24 blocs, … ».
  public var summary: String {
    [
      Self.count(competences, "compétence", "compétences"),
      Self.count(blocks, "bloc", "blocs"),
      Self.count(yesNoQuestions, "question oui/non", "questions oui/non"),
      Self.count(openQuestions, "question ouverte", "questions ouvertes"),
      Self.count(criteria, "critère", "critères"),
      Self.count(evidenceTerms, "terme-indice", "termes-indices"),
    ].joined(separator: ", ")
  }

  private static func count(_ value: Int, _ singular: String, _ plural: String) -> String {
    // French uses the singular for 0 and 1.
    "\(value) \(value < 2 ? singular : plural)"
  }
}
