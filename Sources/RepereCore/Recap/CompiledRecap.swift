import Foundation

/// The « Bilan du repérage des compétences » compiled from an interview's record.
public struct CompiledRecap: Sendable, Equatable, Codable {
  /// The dialogue id and title.
  public var dialogue: String
  public var title: String
  /// Whether every block is positioned and every competence closed.
  public var complete: Bool
  /// The date the recap was compiled (the time of the last input), ISO 8601 in JSON.
  public var date: Date
  public var identity: Identity
  /// The opening's warm-up notes (parcours, souhaits, motivation) with their questions.
  public var opening: [RecapOpeningNote]
  public var competences: [CompetenceRecap]
  /// Notes not attached to a block.
  public var generalNotes: [String]
  /// « déclare conformes et sincères les renseignements apportés dans ce dossier ».
  public var declaration: String
  /// What an unfinished interview still lacks, in the guide's order; empty when complete.
  public var pending: [RecapPendingItem]
  /// The means of acquisition the guide offers, ticked or not per competence.
  public var meansOptions: [RecapMeansOption]

  public init(
    dialogue: String, title: String, complete: Bool, date: Date, identity: Identity,
    opening: [RecapOpeningNote], competences: [CompetenceRecap], generalNotes: [String],
    declaration: String, pending: [RecapPendingItem] = [], meansOptions: [RecapMeansOption] = []
  ) {
    self.dialogue = dialogue
    self.title = title
    self.complete = complete
    self.date = date
    self.identity = identity
    self.opening = opening
    self.competences = competences
    self.generalNotes = generalNotes
    self.declaration = declaration
    self.pending = pending
    self.meansOptions = meansOptions
  }

  enum CodingKeys: String, CodingKey {
    case dialogue, title, complete, date, identity, opening, competences, declaration, pending
    case generalNotes = "general_notes"
    case meansOptions = "means_options"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    dialogue = try c.decode(String.self, forKey: .dialogue)
    title = try c.decode(String.self, forKey: .title)
    complete = try c.decode(Bool.self, forKey: .complete)
    let dateText = try c.decode(String.self, forKey: .date)
    guard let parsed = try? Date.ISO8601FormatStyle().parse(dateText) else {
      throw DecodingError.dataCorruptedError(
        forKey: .date, in: c, debugDescription: "Date ISO 8601 attendue : \(dateText)")
    }
    date = parsed
    identity = try c.decode(Identity.self, forKey: .identity)
    opening = try c.decode([RecapOpeningNote].self, forKey: .opening)
    competences = try c.decode([CompetenceRecap].self, forKey: .competences)
    generalNotes = try c.decode([String].self, forKey: .generalNotes)
    declaration = try c.decode(String.self, forKey: .declaration)
    // Absent from recaps recorded before the appendix existed.
    pending = try c.decodeIfPresent([RecapPendingItem].self, forKey: .pending) ?? []
    meansOptions =
      try c.decodeIfPresent([RecapMeansOption].self, forKey: .meansOptions) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(dialogue, forKey: .dialogue)
    try c.encode(title, forKey: .title)
    try c.encode(complete, forKey: .complete)
    try c.encode(date.formatted(Date.ISO8601FormatStyle()), forKey: .date)
    try c.encode(identity, forKey: .identity)
    try c.encode(opening, forKey: .opening)
    try c.encode(competences, forKey: .competences)
    try c.encode(generalNotes, forKey: .generalNotes)
    try c.encode(declaration, forKey: .declaration)
    try c.encode(pending, forKey: .pending)
    try c.encode(meansOptions, forKey: .meansOptions)
  }
}

/// Status of a competence by the guide's rule.
public enum CompetenceStatus: String, Sendable, Equatable, Codable {
  /// Every block « En totalité » (and no item set by hand as a need).
  case mastered
  /// Some block not « En totalité »: training needs and means.
  case toDevelop = "to_develop"
  /// Some block not positioned yet, or some item with no block not decided yet.
  case incomplete
}

/// One competence of the recap.
public struct CompetenceRecap: Sendable, Equatable, Codable {
  public var competence: String
  public var title: String
  public var status: CompetenceStatus
  /// Every recap item of the competence, ticked or not.
  public var items: [RecapItemResult]
  /// Means ids chosen (`formation`, `pratique`); `nil` when not chosen (yet).
  public var means: [String]?
  /// Means labels chosen, in the dialogue's order.
  public var meansLabels: [String]
  /// Notes taken while closing the competence.
  public var notes: [String]
  /// The competence's blocks, for the appendix.
  public var blocks: [BlockRecap]

  public init(
    competence: String, title: String, status: CompetenceStatus, items: [RecapItemResult],
    means: [String]?, meansLabels: [String], notes: [String] = [], blocks: [BlockRecap] = []
  ) {
    self.competence = competence
    self.title = title
    self.status = status
    self.items = items
    self.means = means
    self.meansLabels = meansLabels
    self.notes = notes
    self.blocks = blocks
  }

  enum CodingKeys: String, CodingKey {
    case competence, title, status, items, means, notes, blocks
    case meansLabels = "means_labels"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    competence = try c.decode(String.self, forKey: .competence)
    title = try c.decode(String.self, forKey: .title)
    status = try c.decode(CompetenceStatus.self, forKey: .status)
    items = try c.decode([RecapItemResult].self, forKey: .items)
    means = try c.decodeIfPresent([String].self, forKey: .means)
    meansLabels = try c.decode([String].self, forKey: .meansLabels)
    notes = try c.decode([String].self, forKey: .notes)
    // Absent from recaps recorded before the appendix existed.
    blocks = try c.decodeIfPresent([BlockRecap].self, forKey: .blocks) ?? []
  }

  /// The items ticked as training needs.
  public var needs: [RecapItemResult] { items.filter { $0.needed == true } }
}

/// One recap item and what justifies it.
public struct RecapItemResult: Sendable, Equatable, Codable {
  /// Recap item id (`C1.r1`).
  public var item: String
  public var label: String
  /// The block that ticks it; `nil` for an item set by hand.
  public var block: String?
  /// The block's positioning, when decided.
  public var level: LevelID?
  /// The guide's label of ``level`` (« En totalité »).
  public var levelLabel: String?
  /// Whether it is a training need; `nil` when not decided yet.
  public var needed: Bool?
  /// Whether the positioning overrode the suggestion, and why.
  public var overrideReason: String?
  /// The block's answers (open questions then probes) that justify it.
  public var answers: [String]
  /// Notes on the block, or the note of an item set by hand.
  public var notes: [String]

  public init(
    item: String, label: String, block: String?, level: LevelID?, levelLabel: String?,
    needed: Bool?, overrideReason: String?, answers: [String], notes: [String]
  ) {
    self.item = item
    self.label = label
    self.block = block
    self.level = level
    self.levelLabel = levelLabel
    self.needed = needed
    self.overrideReason = overrideReason
    self.answers = answers
    self.notes = notes
  }

  enum CodingKeys: String, CodingKey {
    case item, label, block, level, needed, answers, notes
    case levelLabel = "level_label"
    case overrideReason = "override_reason"
  }
}
