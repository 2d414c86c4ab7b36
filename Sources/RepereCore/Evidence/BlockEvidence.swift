/// The evidence of one block gathered from all its answers, before the level is chosen.
struct BlockEvidence: Sendable, Equatable {
  /// Per assessed criterion, in the block's order.
  var criteria: [CriterionAssessment]
  /// Block-level signals, in the order of the answers.
  var signals: [EvidenceSignal]
  /// Number of credited hits in a sentence where the candidate speaks of their own work
  /// (see ``PracticeContext/personalSentences``).
  var personalHits: Int = 0
  /// Number of sentences, over all answers, where the candidate speaks of their own work:
  /// none, and the answers are an exposé in which nobody acts.
  var personalSentences: Int = 0
  /// Number of sentences, over all answers, where the candidate does something as the
  /// subject (see ``PracticeContext/actingSentences``).
  var actingSentences: Int = 0
  /// Number of signs, over all answers, that they are notes on the candidate in the third
  /// person (see ``PracticeContext/notesOnCandidate``).
  var notesOnCandidate: Int = 0
  /// Number of credited hits in a sentence where the candidate does something as the
  /// subject.
  var actingHits: Int = 0
  /// Number of concrete details (``EvidenceSignal/Kind/concrete``) in a sentence where the
  /// candidate does something as the subject (« moi j’appelle mes 12 clients… »).
  var actingConcrete: Int = 0
  /// Number of concrete details in a sentence where the candidate does not speak of their
  /// own work (« le contrôle de gestion sort un tableau de bord mensuel… »).
  var impersonalConcrete: Int = 0

  /// Number of criteria with at least one credited hit.
  var coveredCount: Int { criteria.filter(\.isCovered).count }

  /// Number of credited hits over all criteria.
  var creditedHits: Int { criteria.reduce(0) { $0 + $1.hits.count } }

  /// Number of hits found but not credited.
  var counterHits: Int { criteria.reduce(0) { $0 + $1.counterSignals.count } }

  /// Number of signals of one kind.
  func count(_ kind: EvidenceSignal.Kind) -> Int {
    signals.reduce(0) { $0 + ($1.kind == kind ? 1 : 0) }
  }
}
