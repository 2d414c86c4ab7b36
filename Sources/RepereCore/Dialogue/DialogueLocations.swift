/// Where the parts of a decoded ``Dialogue`` are in its file, for the validator's messages.
///
/// Each array is aligned with the matching array of the dialogue: the decoder appends
/// an element and its location together.
struct DialogueLocations {
  var root = SourcePosition(line: 1, column: 1)
  var levels: SourcePosition?
  var levelEntries: [SourcePosition] = []
  var openingQuestions: [SourcePosition] = []
  var means: [SourcePosition] = []
  var competences: [CompetenceLocations] = []
  var recap: SourcePosition?
  var recapCompetences: [RecapCompetenceLocations] = []
}

/// Where a competence and its blocks are.
struct CompetenceLocations {
  var node: SourcePosition
  var id: SourcePosition
  var blocks: [BlockLocations] = []
}

/// Where a block and its criteria are.
struct BlockLocations {
  var node: SourcePosition
  var id: SourcePosition
  var criteria: [CriterionLocations] = []
  var evidenceCriteriaKey: SourcePosition?
  var evidenceCriteria: [CriterionLocations] = []
}

/// Where a criterion is, and whether its evidence and probe keys were given.
struct CriterionLocations {
  var node: SourcePosition
  /// Position of the `evidence` key, when present.
  var evidence: SourcePosition?
  /// Whether `evidence` was present but not a list of texts (already reported).
  var evidenceMalformed = false
  /// Position of the `probe` key, when present.
  var probe: SourcePosition?
}

/// Where a recap entry and its items are.
struct RecapCompetenceLocations {
  var node: SourcePosition
  var competence: SourcePosition
  var items: [RecapItemLocations] = []
}

/// Where a recap item and its `block` key are.
struct RecapItemLocations {
  var node: SourcePosition
  var block: SourcePosition?
}
