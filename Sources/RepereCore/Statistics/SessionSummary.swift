import Foundation

/// What one interview contributes to the statistics, read from its replayed record.
///
/// Built from a ``TranscriptReading`` with the guide's rules (``RecordQuery``): the positions
/// decided and suggested, the competences' status, the training needs, the means, the time
/// spent. Nothing else of the session (answers, names of the candidate) is kept.
public struct SessionSummary: Sendable, Equatable {
  /// One positioned block: what was suggested, what was decided, how long it took.
  public struct BlockOutcome: Sendable, Equatable {
    public var block: String
    public var suggested: LevelID
    public var decided: LevelID
    /// Whether the evaluator changed the suggestion (with a reason).
    public var overridden: Bool
    /// The suggestion's confidence as the transcript recorded it in the block's last
    /// decision (``RecordedConfidence/unknown`` in a transcript older than the confidence).
    public var confidence: RecordedConfidence
    public init(
      block: String, suggested: LevelID, decided: LevelID, overridden: Bool,
      confidence: RecordedConfidence = .unknown
    ) {
      self.block = block
      self.suggested = suggested
      self.decided = decided
      self.overridden = overridden
      self.confidence = confidence
    }
  }

  /// The guide's id.
  public var dialogue: String
  /// When the session started (its first record).
  public var started: Date?
  /// Whether the interview reached its end; otherwise it is suspended.
  public var isFinished: Bool
  /// The intervenants named in the identity (« Prénom Nom »), in order, without blanks.
  public var evaluators: [String]
  /// The fingerprint of the key that signed the session (its signatures verified, see
  /// ``SessionClassifier``); `nil` for an unsigned session. The key is the first
  /// intervenant's: the evaluator who ran the interview.
  public var signingKey: String?
  /// The first intervenant's name in a signed session (the key's holder), if written.
  public var signerName: String?
  /// Positioned blocks, in the guide's order.
  public var blocks: [BlockOutcome]
  /// Seconds spent on each block's questions, by block id.
  public var blockSeconds: [String: Double]
  /// Seconds of the interview: between its first and last record, pauses between sittings
  /// excluded; `nil` when no time is readable.
  public var interviewSeconds: Double?
  /// The status of each competence, by id (``CompetenceStatus/incomplete`` included).
  public var competences: [String: CompetenceStatus]
  /// The recap items ticked as training needs, by id.
  public var needs: [String]
  /// The means chosen, one id per competence that chose it.
  public var means: [String]

  public init(
    dialogue: String, started: Date?, isFinished: Bool, evaluators: [String],
    signingKey: String? = nil, signerName: String? = nil, blocks: [BlockOutcome],
    blockSeconds: [String: Double] = [:],
    interviewSeconds: Double? = nil, competences: [String: CompetenceStatus] = [:],
    needs: [String] = [], means: [String] = []
  ) {
    self.dialogue = dialogue
    self.started = started
    self.isFinished = isFinished
    self.evaluators = evaluators
    self.signingKey = signingKey
    self.signerName = signerName
    self.blocks = blocks
    self.blockSeconds = blockSeconds
    self.interviewSeconds = interviewSeconds
    self.competences = competences
    self.needs = needs
    self.means = means
  }

  /// The summary of a replayed session.
  ///
  /// - Parameters:
  ///   - reading: The session replayed on its guide.
  ///   - transcript: The parsed transcript (for the times of its records).
  ///   - dialogue: The guide.
  ///   - signingKey: The fingerprint of the key whose signatures verified, if any.
  public init(
    reading: TranscriptReading, transcript: ParsedTranscript, dialogue: Dialogue,
    signingKey: String? = nil
  ) {
    let record = reading.record
    let query = RecordQuery(dialogue: dialogue, record: record)
    let recorded = Self.recordedConfidences(in: transcript)
    var blocks: [BlockOutcome] = []
    for block in dialogue.blocks {
      guard let decided = record.blocks[block.id] else { continue }
      blocks.append(
        BlockOutcome(
          block: block.id, suggested: decided.assessment.level, decided: decided.level,
          overridden: decided.overrideReason != nil,
          confidence: RecordedConfidence(recorded[block.id] ?? nil)))
    }
    var competences: [String: CompetenceStatus] = [:]
    var needs: [String] = []
    var means: [String] = []
    for competence in dialogue.competences {
      let items = query.items(of: competence)
      competences[competence.id] = query.status(of: competence, items: items)
      needs += items.filter { $0.needed == true }.map(\.item)
      means += record.closures[competence.id]?.means ?? []
    }
    let identity = record.identity
    self.init(
      dialogue: reading.start.dialogue, started: transcript.records.first?.date,
      isFinished: reading.isFinished,
      evaluators: [identity.intervenant1, identity.intervenant2].compactMap(Self.name(of:)),
      signingKey: signingKey,
      signerName: signingKey == nil ? nil : Self.name(of: identity.intervenant1), blocks: blocks,
      blockSeconds: record.timeSpent,
      interviewSeconds: Self.activeSeconds(of: transcript), competences: competences,
      needs: needs, means: means)
  }

  /// The confidence each block's last recorded decision carries (`nil` inside when the
  /// decision has none: a transcript older than the confidence).
  static func recordedConfidences(in transcript: ParsedTranscript)
    -> [String: SuggestionConfidence.Level?]
  {
    var confidences: [String: SuggestionConfidence.Level?] = [:]
    for record in transcript.records {
      guard case .event(.decision(let decision)) = record.entry else { continue }
      confidences[decision.block] = .some(decision.confidence)
    }
    return confidences
  }

  /// « Prénom Nom », or `nil` when both are blank.
  static func name(of person: Person) -> String? {
    let parts = [person.prenom, person.nom]
      .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      .filter { !$0.isEmpty }
    return parts.isEmpty ? nil : parts.joined(separator: " ")
  }

  /// Seconds between consecutive records, except the pause that ends with a resumption.
  static func activeSeconds(of transcript: ParsedTranscript) -> Double? {
    var total = 0.0
    var previous: Date?
    var any = false
    for record in transcript.records {
      guard let date = record.date else { continue }
      if let previous, !Self.isResumption(record.entry) {
        total += max(0, date.timeIntervalSince(previous))
        any = true
      }
      previous = date
    }
    return any ? total : nil
  }

  private static func isResumption(_ entry: TranscriptEntry) -> Bool {
    if case .sessionResumed = entry { return true }
    return false
  }
}
