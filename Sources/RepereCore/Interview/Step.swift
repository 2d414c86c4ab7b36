/// A question of the conversation, with what answering it works on.
///
/// The block in progress exists only in ``block(_:_:)`` and the competence closure in
/// progress only in ``closure(_:_:)``: leaving a block or a closure drops its draft with
/// the step. Indices are 0-based positions in the dialogue (`block` in `dialogue.blocks`,
/// `competence` in `dialogue.competences`).
enum Step: Sendable, Equatable {
  /// An identity field (``IdentityField/all``).
  case identity(Int)
  /// A warm-up question of the opening.
  case opening(Int)
  /// A question of the block in progress, with its answers so far.
  case block(BlockDraft, BlockStep)
  /// A question of the competence being closed, with what is decided so far.
  case closure(ClosureDraft, ClosureStep)
  /// Things are left open at the end: go back to them or finish anyway.
  case end

  /// The block the step belongs to, if any.
  var block: Int? {
    guard case .block(let draft, _) = self else { return nil }
    return draft.block
  }

  /// The competence being closed, if any.
  var closingCompetence: Int? {
    guard case .closure(let closure, _) = self else { return nil }
    return closure.competence
  }

  /// Whether the step belongs to the identity and opening, before the blocks.
  var isOpening: Bool {
    switch self {
    case .identity, .opening: true
    case .block, .closure, .end: false
    }
  }
}

/// A question of a block, in the order they come.
enum BlockStep: Sendable, Equatable {
  /// The block's yes/no question.
  case gate
  /// An open question of the block (gate answered yes), 0-based.
  case question(Int)
  /// The probe of a criterion with no evidence (index in `assessedCriteria`).
  case probe(criterion: Int)
  /// The positioning: confirm the suggestion or override it.
  case position
  /// Why the evaluator chose `level` over the suggestion.
  case overrideReason(LevelID)
  /// Free text typed at the positioning: a complement to the block's answers, or a note?
  case stray(String)

  /// Whether the step needs the block's answers assessed: the draft holds an assessment.
  var needsAssessment: Bool {
    switch self {
    case .probe, .position, .overrideReason, .stray: true
    case .gate, .question: false
    }
  }
}

/// A question of a competence's closure.
enum ClosureStep: Sendable, Equatable {
  /// Is this recap item with no block a training need? (index in the competence's items)
  case manual(item: Int)
  /// The required note on a recap item set by hand.
  case manualNote(item: Int, needed: Bool)
  /// The means, for a competence not mastered.
  case means
}

/// A block in progress: what its questions have gathered.
struct BlockDraft: Sendable, Equatable {
  var block: Int
  /// The yes/no answer, once given.
  var gate: Bool?
  var answers: [String] = []
  /// The last assessment of ``answers``: set once the open questions are all answered (or
  /// the gate answered no), and from then on at every step of the block.
  var assessment: BlockAssessment?
  /// How sure the suggestion of ``assessment`` is.
  var confidence: SuggestionConfidence?
  /// Missing criteria still to probe, in order (indices in `assessedCriteria`).
  var probes: [Int] = []
  /// Criterion ids of the probes answered, in the order of their answers.
  var probed: [String] = []
}

/// A block left in the middle, with the question it was waiting on.
struct ParkedBlock: Sendable, Equatable {
  var draft: BlockDraft
  var step: BlockStep
}

/// A competence closure in progress.
struct ClosureDraft: Sendable, Equatable {
  var competence: Int
  /// Recap items set by hand so far, by item id.
  var manual: [String: ManualSetting] = [:]
}

/// One identity question.
struct IdentityField: Sendable {
  enum Who: Sendable { case candidate, intervenant1, intervenant2 }
  enum Field: String, Sendable { case nom, prenom, entreprise, fonction }

  var who: Who
  var field: Field

  /// The ask id: `identity.candidate.nom`.
  var id: String { "identity.\(who).\(field.rawValue)" }

  /// Only the candidate's name is required.
  var isRequired: Bool { who == .candidate && (field == .nom || field == .prenom) }

  /// The French question.
  var question: String {
    let whom: String
    switch who {
    case .candidate: whom = "Candidat"
    case .intervenant1: whom = "Intervenant 1"
    case .intervenant2: whom = "Intervenant 2"
    }
    let what: String
    switch field {
    case .nom: what = "nom"
    case .prenom: what = "prénom"
    case .entreprise: what = "entreprise"
    case .fonction: what = "fonction"
    }
    return "\(whom) — \(what) ?"
  }

  /// Stores the value in the identity.
  func set(_ value: String, in identity: inout Identity) {
    switch who {
    case .candidate: set(value, in: &identity.candidate)
    case .intervenant1: set(value, in: &identity.intervenant1)
    case .intervenant2: set(value, in: &identity.intervenant2)
    }
  }

  private func set(_ value: String, in person: inout Person) {
    switch field {
    case .nom: person.nom = value
    case .prenom: person.prenom = value
    case .entreprise: person.entreprise = value
    case .fonction: person.fonction = value
    }
  }

  /// Every identity question, in order.
  static let all: [IdentityField] =
    [IdentityField.Field.nom, .prenom, .entreprise].map {
      IdentityField(who: .candidate, field: $0)
    }
    + [IdentityField.Who.intervenant1, .intervenant2].flatMap { who in
      [IdentityField.Field.nom, .prenom, .entreprise, .fonction].map {
        IdentityField(who: who, field: $0)
      }
    }
}
