/// A « guide de repérage des compétences » as data: the whole interview of one CQP.
///
/// Loaded from a YAML file of `Dialogues/` by ``DialogueLoader``; see
/// `Dialogues/README.md` for the format, field by field.
public struct Dialogue: Sendable, Equatable {
  /// Stable identifier of the guide, e.g. `cqp-technico-commercial-industries-chimiques`.
  public var id: String
  /// Title shown to the user, e.g. « CQP Technico-commercial(e) des industries chimiques ».
  public var title: String
  /// Version of this dialogue file (not of the program).
  public var version: String
  /// Path of the source document the texts are taken from, relative to the dialogue file.
  public var source: String?
  public var opening: Opening
  /// The positioning levels, in the guide's order (En totalité, Partiellement, Pas du tout).
  public var levels: [Level]
  /// The means of acquiring the competences (Suivi d'une formation, Pratique professionnelle).
  public var means: [Means]
  public var competences: [Competence] {
    didSet { blocks = competences.flatMap(\.blocks) }
  }
  public var recap: Recap

  /// Every block of every competence, in the guide's order.
  ///
  /// Kept with ``competences`` rather than gathered at each read: the interview reads it at
  /// every step, and gathering copies every block.
  public private(set) var blocks: [Block]

  public init(
    id: String, title: String, version: String, source: String?, opening: Opening,
    levels: [Level], means: [Means], competences: [Competence], recap: Recap
  ) {
    self.id = id
    self.title = title
    self.version = version
    self.source = source
    self.opening = opening
    self.levels = levels
    self.means = means
    self.competences = competences
    self.blocks = competences.flatMap(\.blocks)
    self.recap = recap
  }

  /// The block with this id (`C1.1`…), if any.
  public func block(_ id: String) -> Block? {
    blocks.first { $0.id == id }
  }

  /// The competence that holds the block with this id.
  public func competence(ofBlock id: String) -> Competence? {
    competences.first { $0.blocks.contains { $0.id == id } }
  }
}

/// A text of the guide: verbatim from the source, with an optional corrected display form.
///
/// The source form keeps the guide's visible typos (« Veillez remplir »); the display form,
/// when present, is what the program shows.
public struct GuideText: Sendable, Equatable, Hashable {
  /// The text exactly as the guide prints it (extraction artefacts removed).
  public var source: String
  /// A corrected form to show instead, when the guide's text is wrong.
  public var correction: String?
  /// Why the text was corrected or flagged.
  public var note: String?

  public init(_ source: String, correction: String? = nil, note: String? = nil) {
    self.source = source
    self.correction = correction
    self.note = note
  }

  /// The form to show to the user.
  public var display: String { correction ?? source }
}

/// The opening of the interview: presentation, reminder, warm-up questions.
public struct Opening: Sendable, Equatable {
  /// Presentation of the CQP and of the interview's aims.
  public var presentation: GuideText
  /// The reminder that this is a positioning interview, not an exam.
  public var reminder: GuideText
  /// Warm-up questions on the candidate's career, wishes and motivation, as free notes.
  public var questions: [OpeningQuestion]

  public init(presentation: GuideText, reminder: GuideText, questions: [OpeningQuestion]) {
    self.presentation = presentation
    self.reminder = reminder
    self.questions = questions
  }
}

/// One warm-up question of the opening (`parcours`, `souhaits`, `motivation`).
public struct OpeningQuestion: Sendable, Equatable, Identifiable {
  public var id: String
  public var text: String

  public init(id: String, text: String) {
    self.id = id
    self.text = text
  }
}

/// A positioning level: `totalite`, `partiellement` or `pas_du_tout`.
public struct Level: Sendable, Equatable, Identifiable {
  public var id: LevelID
  /// The label of the guide, e.g. « En totalité ».
  public var label: String

  public init(id: LevelID, label: String) {
    self.id = id
    self.label = label
  }
}

/// The three positionings of the guide, from best to worst.
public enum LevelID: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
  case totalite
  case partiellement
  case pasDuTout = "pas_du_tout"
}

/// A means of acquiring missing competences.
public struct Means: Sendable, Equatable, Identifiable {
  /// `formation` or `pratique`.
  public var id: String
  /// The label of the guide, e.g. « Suivi d'une formation ».
  public var label: String

  public init(id: String, label: String) {
    self.id = id
    self.label = label
  }
}

/// One of the CQP's competences (`C1`…`C6`) and its blocks.
public struct Competence: Sendable, Equatable, Identifiable {
  public var id: String
  public var title: GuideText
  public var blocks: [Block]

  public init(id: String, title: GuideText, blocks: [Block]) {
    self.id = id
    self.title = title
    self.blocks = blocks
  }
}

/// One table of the guide: a yes/no question, open questions, competences and criteria.
public struct Block: Sendable, Equatable, Identifiable {
  /// `C<competence>.<block>`, e.g. `C1.1`.
  public var id: String
  public var title: GuideText
  /// The yes/no question (« Dans votre activité, … ? »).
  public var gate: GuideText
  /// The open questions asked when the gate is answered yes, one per « Si oui » bullet.
  public var questions: [GuideText]
  /// « Compétences requises pour l'obtention du CQP », one entry per bullet.
  public var requiredCompetences: [GuideText]
  /// « Critères d'évaluation », verbatim, one entry per criterion.
  public var criteria: [Criterion]
  /// The training-need label, e.g. « Besoins en formation sur … ».
  public var trainingNeed: GuideText
  /// A defect of the source document for this block, to show to the evaluator.
  public var defect: SourceDefect?
  /// When the verbatim criteria cannot be used (see ``defect``), the criteria actually
  /// used to look for evidence. Otherwise empty, and ``criteria`` carry the evidence.
  public var evidenceCriteria: [Criterion]

  public init(
    id: String, title: GuideText, gate: GuideText, questions: [GuideText],
    requiredCompetences: [GuideText], criteria: [Criterion], trainingNeed: GuideText,
    defect: SourceDefect? = nil, evidenceCriteria: [Criterion] = []
  ) {
    self.id = id
    self.title = title
    self.gate = gate
    self.questions = questions
    self.requiredCompetences = requiredCompetences
    self.criteria = criteria
    self.trainingNeed = trainingNeed
    self.defect = defect
    self.evidenceCriteria = evidenceCriteria
  }

  /// The criteria the evidence matcher and the suggestion work on.
  public var assessedCriteria: [Criterion] {
    evidenceCriteria.isEmpty ? criteria : evidenceCriteria
  }
}

/// One evaluation criterion, with what the program adds to it.
public struct Criterion: Sendable, Equatable, Identifiable {
  /// `<block>.c<n>`, e.g. `C1.1.c2`.
  public var id: String
  /// The criterion as the guide states it (verbatim), or as derived for a defective block.
  public var text: GuideText
  /// A short French name of the criterion, for evidence lists (« sources variées »).
  public var label: String
  /// Words and phrases whose presence in an answer illustrates the criterion.
  public var evidence: [String]
  /// The follow-up question to ask when the answers show no evidence for the criterion.
  public var probe: String

  public init(id: String, text: GuideText, label: String, evidence: [String], probe: String) {
    self.id = id
    self.text = text
    self.label = label
    self.evidence = evidence
    self.probe = probe
  }
}

/// A known defect of the source document, kept verbatim and flagged.
public struct SourceDefect: Sendable, Equatable {
  /// What is wrong, in French, shown to the evaluator.
  public var note: String

  public init(note: String) {
    self.note = note
  }
}

/// The « Bilan du repérage des compétences »: the training-need items per competence.
public struct Recap: Sendable, Equatable {
  public var competences: [RecapCompetence]

  public init(competences: [RecapCompetence]) {
    self.competences = competences
  }

  /// Every training-need item of the recap, in order.
  public var items: [RecapItem] { competences.flatMap(\.items) }
}

/// The recap's row for one competence.
public struct RecapCompetence: Sendable, Equatable {
  /// The competence id (`C1`…).
  public var competence: String
  public var items: [RecapItem]

  public init(competence: String, items: [RecapItem]) {
    self.competence = competence
    self.items = items
  }
}

/// One training-need item of the recap.
public struct RecapItem: Sendable, Equatable {
  /// Stable id, `<competence>.r<n>`, e.g. `C5.r4`.
  public var id: String
  /// The label of the recap, e.g. « l'élaboration de fichiers de prospects ».
  public var label: GuideText
  /// The block whose positioning ticks this item; `nil` for an item set by hand
  /// (competence 5's « l'identification des risques »).
  public var block: String?
  /// Why an item has no block, shown to the evaluator who sets it by hand.
  public var note: String?

  public init(id: String, label: GuideText, block: String?, note: String? = nil) {
    self.id = id
    self.label = label
    self.block = block
    self.note = note
  }
}
