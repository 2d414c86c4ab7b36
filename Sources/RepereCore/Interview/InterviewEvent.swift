import Foundation

/// Something the interview tells its shell: a question to ask, a text to show, a fact to record.
///
/// Every event encodes to one flat JSON object whose `type` names the case in snake_case
/// (`{"type":"ask","id":"C1.1.gate",…}`); this is both the `--protocol jsonl` output and the
/// payload of a transcript line. See `Interview/README.md` for each type's fields.
public enum InterviewEvent: Sendable, Equatable {
  /// The interview began: which dialogue, how many blocks.
  case started(Started)
  /// Input is awaited: the question, its choices and default. Always the last of a batch.
  case ask(Ask)
  /// The CQP and its competences, shown after the identity.
  case presentation(Presentation)
  /// The reminder that this is a positioning interview, not an exam.
  case reminder(Message)
  /// A French message for the evaluator that records nothing.
  case info(Message)
  /// A competence begins.
  case competenceStarted(CompetenceHeading)
  /// A block begins: its title and progress.
  case blockStarted(BlockStarted)
  /// The block's source document is defective (C4.3): what to know before assessing.
  case defectNote(BlockMessage)
  /// An answer was accepted for the question `id`.
  case answer(Answer)
  /// The evidence the answers of a block show, criterion by criterion.
  case evidence(Evidence)
  /// The evaluator asked the probe of a criterion and typed the answer (added to the block).
  case probeAsked(Probe)
  /// The evaluator skipped the probe of a criterion.
  case probeSkipped(Probe)
  /// The suggested positioning of a block, with its reason.
  case suggestion(Suggestion)
  /// The evaluator's positioning of a block (confirmed or overridden).
  case decision(Decision)
  /// A note (`/note`), on the current block when there is one.
  case note(Note)
  /// `/retour`: the question `id` is asked again.
  case back(AskReference)
  /// An answer given again after `/retour` replaced the previous one.
  case backEdit(BackEdit)
  /// `/passer`: the question or block was skipped.
  case skip(Skip)
  /// `/aller`: the interview jumps to a block.
  case goto(Goto)
  /// The input does not answer the question: it is asked again (the next `ask`).
  case invalidInput(InvalidInput)
  /// An unknown `/command`.
  case unknownCommand(InvalidInput)
  /// The input line was longer than ``InputLine/maximumLength`` and was cut.
  case inputTruncated(InputTruncated)
  /// Control, escape or invisible characters were removed from the input line.
  case inputCleaned(InputCleaned)
  /// `/aide`: the chat commands.
  case help(Help)
  /// `/etat`: where the interview is, what is left, the positions so far.
  case status(Status)
  /// `/criteres`: the block's required competences and evaluation criteria, verbatim.
  case criteria(BlockCriteria)
  /// A competence is closed: its status by the guide's rule and its training needs.
  case competenceSummary(CompetenceSummary)
  /// A recap item with no block (C5 « l'identification des risques ») was set by hand.
  case manualItem(ManualItem)
  /// The means chosen for a competence that is not mastered.
  case means(MeansChoice)
  /// The recap, so far (`/bilan`) or final.
  case recap(RecapShown)
  /// `/quitter`: the shell saves and stops; the session is resumable.
  case suspended(AskReference)
  /// The session resumed (``Interview/resume(at:)``).
  case resumed(AskReference)
  /// The interview is over.
  case finished(Finished)
  /// Preparation only: what the answers of a block illustrate and what to prepare.
  case feedback(PreparationFeedback)
  /// Preparation only: `/recommencer`, a block is practised again.
  case retry(Retry)
}

// MARK: - Payloads

extension InterviewEvent {
  /// Payload of `started`.
  public struct Started: Sendable, Equatable, Codable {
    /// The dialogue id.
    public var dialogue: String
    public var version: String
    public var title: String
    /// Number of blocks.
    public var blocks: Int
    public init(dialogue: String, version: String, title: String, blocks: Int) {
      self.dialogue = dialogue
      self.version = version
      self.title = title
      self.blocks = blocks
    }
  }

  /// Payload of `presentation`.
  public struct Presentation: Sendable, Equatable, Codable {
    public var title: String
    public var text: String
    public var competences: [CompetenceHeading]
    public init(title: String, text: String, competences: [CompetenceHeading]) {
      self.title = title
      self.text = text
      self.competences = competences
    }
  }

  /// A competence id and title.
  public struct CompetenceHeading: Sendable, Equatable, Codable {
    public var competence: String
    public var title: String
    public init(competence: String, title: String) {
      self.competence = competence
      self.title = title
    }
  }

  /// A French text.
  public struct Message: Sendable, Equatable, Codable {
    public var text: String
    public init(text: String) { self.text = text }
  }

  /// A French text about a block.
  public struct BlockMessage: Sendable, Equatable, Codable {
    public var block: String
    public var text: String
    public init(block: String, text: String) {
      self.block = block
      self.text = text
    }
  }

  /// Payload of `block_started`.
  public struct BlockStarted: Sendable, Equatable, Codable {
    public var block: String
    public var title: String
    /// 1-based index of the block among all blocks.
    public var index: Int
    public var total: Int
    public init(block: String, title: String, index: Int, total: Int) {
      self.block = block
      self.title = title
      self.index = index
      self.total = total
    }
  }

  /// Payload of `answer`.
  public struct Answer: Sendable, Equatable, Codable {
    /// The ask id answered.
    public var id: String
    /// The text as accepted (cleaned of control characters, trimmed).
    public var text: String
    /// For a closed question, the canonical choice (`oui`, `totalite`, `formation+pratique`…).
    public var value: String?
    public init(id: String, text: String, value: String? = nil) {
      self.id = id
      self.text = text
      self.value = value
    }
  }

  /// Payload of `evidence`.
  public struct Evidence: Sendable, Equatable, Codable {
    public var block: String
    public var criteria: [EvidenceLine]
    public init(block: String, criteria: [EvidenceLine]) {
      self.block = block
      self.criteria = criteria
    }
  }

  /// One criterion's evidence: ✓ with the words found, or ✗.
  public struct EvidenceLine: Sendable, Equatable, Codable {
    /// Criterion id (`C1.1.c2`).
    public var criterion: String
    /// 1-based criterion number in the block.
    public var number: Int
    public var label: String
    public var covered: Bool
    /// The words found that count, as the candidate wrote them.
    public var found: [String]
    /// Words found that do not count (negated, hypothetical, someone else's practice).
    public var discounted: [String]
    /// Why the criterion is or is not counted, in French (« nié : « je ne les calcule
    /// pas » »); absent from transcripts written before it existed.
    public var why: String?
    public init(
      criterion: String, number: Int, label: String, covered: Bool, found: [String],
      discounted: [String], why: String? = nil
    ) {
      self.criterion = criterion
      self.number = number
      self.label = label
      self.covered = covered
      self.found = found
      self.discounted = discounted
      self.why = why
    }
  }

  /// Payload of `probe_asked` and `probe_skipped`.
  public struct Probe: Sendable, Equatable, Codable {
    public var block: String
    public var criterion: String
    public var number: Int
    public init(block: String, criterion: String, number: Int) {
      self.block = block
      self.criterion = criterion
      self.number = number
    }
  }

  /// Payload of `suggestion`.
  public struct Suggestion: Sendable, Equatable, Codable {
    public var block: String
    public var level: LevelID
    /// The level's label (« En totalité »).
    public var label: String
    public var reason: String
    /// `high`: Enter accepts the suggestion; `low`: the evaluator must choose.
    public var confidence: SuggestionConfidence.Level
    /// The confidence's score, from 0 to 1.
    public var confidenceScore: Double
    /// Why the engine is unsure, in French, when the confidence is low.
    public var uncertainBecause: String?

    public init(
      block: String, level: LevelID, label: String, reason: String,
      confidence: SuggestionConfidence = SuggestionConfidence(level: .high, score: 1)
    ) {
      self.block = block
      self.level = level
      self.label = label
      self.reason = reason
      self.confidence = confidence.level
      self.confidenceScore = confidence.score
      self.uncertainBecause = confidence.uncertainBecause
    }

    enum CodingKeys: String, CodingKey {
      case block, level, label, reason, confidence
      case confidenceScore = "confidence_score"
      case uncertainBecause = "uncertain_because"
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      block = try container.decode(String.self, forKey: .block)
      level = try container.decode(LevelID.self, forKey: .level)
      label = try container.decode(String.self, forKey: .label)
      reason = try container.decode(String.self, forKey: .reason)
      // Transcripts written before the confidence existed: their suggestions took Enter.
      confidence =
        try container.decodeIfPresent(SuggestionConfidence.Level.self, forKey: .confidence)
        ?? .high
      confidenceScore = try container.decodeIfPresent(Double.self, forKey: .confidenceScore) ?? 1
      uncertainBecause = try container.decodeIfPresent(String.self, forKey: .uncertainBecause)
    }
  }

  /// Payload of `decision`.
  public struct Decision: Sendable, Equatable, Codable {
    public var block: String
    public var level: LevelID
    public var label: String
    public var suggested: LevelID
    public var overridden: Bool
    /// The override's reason, when overridden.
    public var reason: String?
    /// The confidence of the suggestion the decision was taken on (absent in transcripts
    /// written before it existed).
    public var confidence: SuggestionConfidence.Level?
    public init(
      block: String, level: LevelID, label: String, suggested: LevelID, overridden: Bool,
      reason: String?, confidence: SuggestionConfidence.Level? = nil
    ) {
      self.block = block
      self.level = level
      self.label = label
      self.suggested = suggested
      self.overridden = overridden
      self.reason = reason
      self.confidence = confidence
    }
  }

  /// Payload of `note`.
  public struct Note: Sendable, Equatable, Codable {
    /// The block the note is about; `nil` before the blocks.
    public var block: String?
    public var text: String
    public init(block: String?, text: String) {
      self.block = block
      self.text = text
    }
  }

  /// The id of an ask.
  public struct AskReference: Sendable, Equatable, Codable {
    public var id: String
    public init(id: String) { self.id = id }
  }

  /// Payload of `back_edit`.
  public struct BackEdit: Sendable, Equatable, Codable {
    public var id: String
    public var old: String
    public var new: String
    public init(id: String, old: String, new: String) {
      self.id = id
      self.old = old
      self.new = new
    }
  }

  /// Payload of `skip`.
  public struct Skip: Sendable, Equatable, Codable {
    /// The ask id that was pending.
    public var id: String
    /// The block left unpositioned, if the skip was within a block.
    public var block: String?
    public init(id: String, block: String?) {
      self.id = id
      self.block = block
    }
  }

  /// Payload of `goto`.
  public struct Goto: Sendable, Equatable, Codable {
    /// The ask id that was pending.
    public var from: String
    /// The block jumped to.
    public var block: String
    public init(from: String, block: String) {
      self.from = from
      self.block = block
    }
  }

  /// Payload of `invalid_input` and `unknown_command`.
  public struct InvalidInput: Sendable, Equatable, Codable {
    /// The ask id that was pending.
    public var id: String
    public var input: String
    /// What to type instead, in French.
    public var hint: String
    public init(id: String, input: String, hint: String) {
      self.id = id
      self.input = input
      self.hint = hint
    }
  }

  /// Payload of `input_cleaned`.
  public struct InputCleaned: Sendable, Equatable, Codable {
    /// Characters removed or replaced by a space (tabs aside).
    public var removed: Int
    public init(removed: Int) { self.removed = removed }
  }

  /// Payload of `input_truncated`.
  public struct InputTruncated: Sendable, Equatable, Codable {
    /// Characters received.
    public var length: Int
    /// Characters kept.
    public var kept: Int
    public init(length: Int, kept: Int) {
      self.length = length
      self.kept = kept
    }
  }

  /// Payload of `help`.
  public struct Help: Sendable, Equatable, Codable {
    public var commands: [ChatCommand]
    /// The current question's choices, if closed.
    public var choices: [String]?
    public init(commands: [ChatCommand], choices: [String]?) {
      self.commands = commands
      self.choices = choices
    }
  }

  /// Payload of `criteria`: the guide's own texts for a block.
  public struct BlockCriteria: Sendable, Equatable, Codable {
    public var block: String
    public var title: String
    /// « Compétences requises », verbatim.
    public var requiredCompetences: [String]
    /// « Critères d'évaluation », verbatim, numbered as in the evidence display.
    public var criteria: [String]
    enum CodingKeys: String, CodingKey {
      case block, title, criteria
      case requiredCompetences = "required_competences"
    }
    public init(block: String, title: String, requiredCompetences: [String], criteria: [String]) {
      self.block = block
      self.title = title
      self.requiredCompetences = requiredCompetences
      self.criteria = criteria
    }
  }

  /// Payload of `status`.
  public struct Status: Sendable, Equatable, Codable {
    /// The pending ask id.
    public var id: String
    /// The current block, if any.
    public var block: String?
    /// Number of blocks positioned.
    public var decided: Int
    public var total: Int
    /// Positions so far, in the guide's order.
    public var positions: [Position]
    /// Blocks not yet positioned, in the guide's order.
    public var remaining: [String]
    public init(
      id: String, block: String?, decided: Int, total: Int, positions: [Position],
      remaining: [String]
    ) {
      self.id = id
      self.block = block
      self.decided = decided
      self.total = total
      self.positions = positions
      self.remaining = remaining
    }
  }

  /// A block and its positioning.
  public struct Position: Sendable, Equatable, Codable {
    public var block: String
    public var level: LevelID
    /// The guide's label of the level (« En totalité »).
    public var label: String
    public init(block: String, level: LevelID, label: String) {
      self.block = block
      self.level = level
      self.label = label
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      block = try container.decode(String.self, forKey: .block)
      level = try container.decode(LevelID.self, forKey: .level)
      // Transcripts written before the label was recorded.
      label = try container.decodeIfPresent(String.self, forKey: .label) ?? level.rawValue
    }
  }

  /// Payload of `competence_summary`.
  public struct CompetenceSummary: Sendable, Equatable, Codable {
    public var competence: String
    public var title: String
    public var status: CompetenceStatus
    /// The training needs (recap items) ticked.
    public var needs: [Need]
    public init(competence: String, title: String, status: CompetenceStatus, needs: [Need]) {
      self.competence = competence
      self.title = title
      self.status = status
      self.needs = needs
    }
  }

  /// A ticked recap item.
  public struct Need: Sendable, Equatable, Codable {
    /// Recap item id (`C5.r4`).
    public var item: String
    public var label: String
    public init(item: String, label: String) {
      self.item = item
      self.label = label
    }
  }

  /// Payload of `manual_item`.
  public struct ManualItem: Sendable, Equatable, Codable {
    public var item: String
    public var label: String
    public var needed: Bool
    public var note: String
    public init(item: String, label: String, needed: Bool, note: String) {
      self.item = item
      self.label = label
      self.needed = needed
      self.note = note
    }
  }

  /// Payload of `means`.
  public struct MeansChoice: Sendable, Equatable, Codable {
    public var competence: String
    /// Means ids (`formation`, `pratique`).
    public var means: [String]
    /// The guide's labels of the means, in the same order.
    public var labels: [String]
    public init(competence: String, means: [String], labels: [String]) {
      self.competence = competence
      self.means = means
      self.labels = labels
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      competence = try container.decode(String.self, forKey: .competence)
      means = try container.decode([String].self, forKey: .means)
      // Transcripts written before the labels were recorded.
      labels = try container.decodeIfPresent([String].self, forKey: .labels) ?? means
    }
  }

  /// Payload of `recap`.
  public struct RecapShown: Sendable, Equatable, Codable {
    /// Whether this is the end of the interview (not `/bilan`).
    public var final: Bool
    public var recap: CompiledRecap
    public init(final: Bool, recap: CompiledRecap) {
      self.final = final
      self.recap = recap
    }
  }

  /// Payload of `retry`.
  public struct Retry: Sendable, Equatable, Codable {
    public var block: String
    /// The number of the attempt that begins (2 for the first retry).
    public var attempt: Int
    public init(block: String, attempt: Int) {
      self.block = block
      self.attempt = attempt
    }
  }

  /// Payload of `finished`.
  public struct Finished: Sendable, Equatable, Codable {
    /// Whether every block is positioned and every competence closed.
    public var complete: Bool
    public init(complete: Bool) { self.complete = complete }
  }
}
