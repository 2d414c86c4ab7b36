/// A dialogue as read from its file, each element with where it is, for the validator.
///
/// The decoder builds these; the validator checks them and names the place of each
/// problem from the element itself, so no element can be checked at another's position
/// or skipped. ``dialogue`` is the model the rest of repere uses.
struct DecodedDialogue {
  var id: String
  var title: String
  var version: String
  var source: String?
  var presentation: GuideText
  var reminder: GuideText
  /// The opening questions, each at its `id`.
  var openingQuestions: [Located<OpeningQuestion>]
  /// The `levels` list, when the key is present.
  var levels: DecodedLevels?
  /// The means, each at its `id`.
  var means: [Located<Means>]
  var competences: [DecodedCompetence]
  /// The `recap` list, when the key is present.
  var recap: DecodedRecap?

  /// The dialogue, without positions.
  var dialogue: Dialogue {
    Dialogue(
      id: id, title: title, version: version, source: source,
      opening: Opening(
        presentation: presentation, reminder: reminder,
        questions: openingQuestions.map(\.value)),
      levels: levels?.entries ?? [], means: means.map(\.value),
      competences: competences.map(\.competence),
      recap: Recap(competences: recap?.competences.map(\.entry) ?? []))
  }
}

/// A value read from a dialogue file and the position the validator reports it at.
struct Located<Value> {
  var value: Value
  var position: SourcePosition
}

/// The `levels` list.
struct DecodedLevels {
  /// The `levels` key.
  var key: SourcePosition
  /// The levels read, in order.
  var entries: [Level]
  /// Whether every element was read as a level (an unknown one is reported by the decoder).
  var isComplete: Bool
}

/// A competence and its blocks.
struct DecodedCompetence {
  /// The competence's `id`, at its value.
  var id: Located<String>
  var title: GuideText
  var blocks: [DecodedBlock]

  var competence: Competence {
    Competence(id: id.value, title: title, blocks: blocks.map(\.block))
  }
}

/// A block and its criteria.
struct DecodedBlock {
  /// The block's `id`, at its value.
  var id: Located<String>
  var title: GuideText
  var gate: GuideText
  var questions: [GuideText]
  var requiredCompetences: [GuideText]
  /// The guide's criteria, with their final ids (`.s<n>` when there are evidence criteria).
  var criteria: [DecodedCriterion]
  var trainingNeed: GuideText
  var defect: SourceDefect?
  /// The `evidence_criteria` list, when the key is present.
  var evidenceCriteria: DecodedEvidenceCriteria?

  var block: Block {
    Block(
      id: id.value, title: title, gate: gate, questions: questions,
      requiredCompetences: requiredCompetences, criteria: criteria.map(\.criterion),
      trainingNeed: trainingNeed, defect: defect,
      evidenceCriteria: evidenceCriteria?.criteria.map(\.criterion) ?? [])
  }

  /// The criteria the evidence is checked on: the evidence criteria when the key is present.
  var assessedCriteria: [DecodedCriterion] { evidenceCriteria?.criteria ?? criteria }
}

/// A block's `evidence_criteria` list.
struct DecodedEvidenceCriteria {
  /// The `evidence_criteria` key.
  var key: SourcePosition
  var criteria: [DecodedCriterion]
}

/// A criterion, where it is, and where its evidence and probe keys are.
struct DecodedCriterion {
  var criterion: Criterion
  /// The criterion's mapping.
  var position: SourcePosition
  /// The `evidence` value, when present.
  var evidence: SourcePosition?
  /// Whether `evidence` was present but not a list of texts (already reported).
  var evidenceMalformed = false
  /// The `probe` value, when present.
  var probe: SourcePosition?
}

/// The `recap` list.
struct DecodedRecap {
  /// The `recap` key.
  var key: SourcePosition
  var competences: [DecodedRecapCompetence]
}

/// A recap entry and its items.
struct DecodedRecapCompetence {
  /// The entry's `competence`, at its value.
  var competence: Located<String>
  var items: [DecodedRecapItem]

  var entry: RecapCompetence {
    RecapCompetence(competence: competence.value, items: items.map(\.item))
  }
}

/// A recap item, where it is, and where its `block` key is.
struct DecodedRecapItem {
  var item: RecapItem
  /// The item's mapping.
  var position: SourcePosition
  /// The `block` value, when present.
  var block: SourcePosition?
}
