/// A question of the conversation: what the pending ask is about.
///
/// Indices are 0-based positions in the dialogue (`block` in `dialogue.blocks`,
/// `competence` in `dialogue.competences`).
enum Step: Sendable, Equatable {
  /// An identity field (``IdentityField/all``).
  case identity(Int)
  /// A warm-up question of the opening.
  case opening(Int)
  /// The block's yes/no question.
  case gate(block: Int)
  /// An open question of the block (gate answered yes).
  case question(block: Int, number: Int)
  /// The probe of a criterion with no evidence (index in `assessedCriteria`).
  case probe(block: Int, criterion: Int)
  /// The positioning: confirm the suggestion or override it.
  case position(block: Int)
  /// Why the evaluator chose `level` over the suggestion.
  case overrideReason(block: Int, level: LevelID)
  /// Free text typed at the positioning: a complement to the block's answers, or a note?
  case stray(block: Int, text: String)
  /// Is this recap item with no block a training need? (index in the competence's items)
  case manual(competence: Int, item: Int)
  /// The required note on a recap item set by hand.
  case manualNote(competence: Int, item: Int, needed: Bool)
  /// The means, for a competence not mastered.
  case means(competence: Int)
  /// Things are left open at the end: go back to them or finish anyway.
  case end

  /// The block the step belongs to, if any.
  var block: Int? {
    switch self {
    case .gate(let block), .question(let block, _), .probe(let block, _), .position(let block),
      .overrideReason(let block, _), .stray(let block, _):
      block
    default: nil
    }
  }

  /// The competence being closed, if any.
  var closingCompetence: Int? {
    switch self {
    case .manual(let competence, _), .manualNote(let competence, _, _), .means(let competence):
      competence
    default: nil
    }
  }

  /// Whether the step belongs to the identity and opening, before the blocks.
  var isOpening: Bool {
    switch self {
    case .identity, .opening: true
    default: false
    }
  }
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
