/// The running totals of `repere stats`: what every session read adds, merged across readers.
///
/// Memory grows with the number of distinct blocks, items, means and evaluators, never with
/// the number of sessions: each session is added and forgotten. Two accumulators merge into
/// the totals of both, so files can be read in parallel and the results reduced.
public struct StatisticsAccumulator: Sendable, Equatable {
  /// The agreement figures of one block or one evaluator.
  public struct Agreement: Sendable, Equatable {
    /// Suggestions (columns) against decisions (rows): the one κ of `suggerer --evaluate`.
    public var report = AgreementReport()
    /// Decisions that changed the suggestion.
    public var overrides = 0
    public init() {}

    mutating func add(_ outcome: SessionSummary.BlockOutcome) {
      report.add(expected: outcome.decided, suggested: outcome.suggested)
      if outcome.overridden { overrides += 1 }
    }

    mutating func merge(_ other: Agreement) {
      report.merge(other.report)
      overrides += other.overrides
    }
  }

  /// An evaluator's figures: a signing key, or a name when the sessions are not signed.
  public struct EvaluatorTotals: Sendable, Equatable {
    /// The key's fingerprint, for the sessions it signed; `nil` for a name.
    public var fingerprint: String?
    /// The names written for this evaluator, by folded name (``StatisticsFilter/folded``):
    /// of each name's spellings, the one with the fewest capitals (« Paul Durand » rather
    /// than « Paul DURAND »), then the smallest, the same whatever the order of reading.
    /// One name without a key; those written beside the key with one.
    public var spellings: [String: String] = [:]
    public var sessions = 0
    public var agreement = Agreement()

    public init(fingerprint: String? = nil, name: String? = nil) {
      self.fingerprint = fingerprint
      if let name { spellings[StatisticsFilter.folded(name)] = name }
    }

    /// The names, in the order of their folded forms, joined with « , » (empty for a key
    /// whose sessions name no intervenant).
    public var name: String {
      spellings.sorted { $0.key < $1.key }.map(\.value).joined(separator: ", ")
    }

    mutating func add(name: String) {
      let folded = StatisticsFilter.folded(name)
      spellings[folded] = StatisticsAccumulator.preferred(spellings[folded], name)
    }

    mutating func merge(_ other: EvaluatorTotals) {
      for (_, name) in other.spellings { add(name: name) }
      sessions += other.sessions
      agreement.merge(other.agreement)
    }
  }

  /// Files read, counted or not.
  public private(set) var files = 0
  /// Files not counted, by reason.
  public private(set) var skipped: [SessionSkip: Int] = [:]
  /// Sessions read but left out by the filters.
  public private(set) var filteredOut = 0
  /// Sessions counted, finished.
  public private(set) var finished = 0
  /// Sessions counted, suspended (not finished).
  public private(set) var suspended = 0
  /// Decided levels, by block id then level.
  public private(set) var positions: [String: [LevelID: Int]] = [:]
  /// Agreement per block id.
  public private(set) var blocks: [String: Agreement] = [:]
  /// Agreement over every block.
  public private(set) var overall = Agreement()
  /// Agreement over every block, by the recorded confidence of the suggestion.
  public private(set) var overallByConfidence: [RecordedConfidence: Agreement] = [:]
  /// Agreement per block id, by the recorded confidence of the suggestion.
  public private(set) var blocksByConfidence: [String: [RecordedConfidence: Agreement]] = [:]
  /// Competence status counts, by competence id.
  public private(set) var competences: [String: [CompetenceStatus: Int]] = [:]
  /// Training needs ticked, by recap item id.
  public private(set) var needs: [String: Int] = [:]
  /// Means chosen, by means id (one per competence closure that chose it).
  public private(set) var means: [String: Int] = [:]
  /// Time per block, by block id.
  public private(set) var blockDurations: [String: DurationDigest] = [:]
  /// Time per interview.
  public private(set) var interviewDurations = DurationDigest()
  /// Per evaluator: by key fingerprint (`clé:` then the fingerprint) for signed sessions,
  /// by folded name (`nom:` then the name) otherwise.
  public private(set) var evaluators: [String: EvaluatorTotals] = [:]

  public init() {}

  /// Counts a file that is not a counted session.
  public mutating func add(skip reason: SessionSkip) {
    files += 1
    skipped[reason, default: 0] += 1
  }

  /// Counts a session, or only the file when `filter` leaves it out.
  public mutating func add(_ session: SessionSummary, filter: StatisticsFilter = .init()) {
    files += 1
    guard filter.admits(session) else {
      filteredOut += 1
      return
    }
    if session.isFinished { finished += 1 } else { suspended += 1 }
    for outcome in session.blocks {
      positions[outcome.block, default: [:]][outcome.decided, default: 0] += 1
      blocks[outcome.block, default: Agreement()].add(outcome)
      overall.add(outcome)
      blocksByConfidence[outcome.block, default: [:]][outcome.confidence, default: Agreement()]
        .add(outcome)
      overallByConfidence[outcome.confidence, default: Agreement()].add(outcome)
    }
    for (competence, status) in session.competences {
      competences[competence, default: [:]][status, default: 0] += 1
    }
    for item in session.needs { needs[item, default: 0] += 1 }
    for id in session.means { means[id, default: 0] += 1 }
    for (block, seconds) in session.blockSeconds {
      blockDurations[block, default: DurationDigest()].add(seconds)
    }
    if let seconds = session.interviewSeconds { interviewDurations.add(seconds) }
    // A signed session counts under its key, named after the first intervenant (the
    // evaluator who ran it and holds the key); the other intervenant under their name.
    var entries: [String: EvaluatorTotals] = [:]
    var signer: String?
    if let fingerprint = session.signingKey {
      var totals = EvaluatorTotals(fingerprint: fingerprint)
      if let name = session.signerName {
        totals.add(name: name)
        signer = StatisticsFilter.folded(name)
      }
      entries["clé:" + fingerprint] = totals
    }
    for name in session.evaluators where StatisticsFilter.folded(name) != signer {
      entries["nom:" + StatisticsFilter.folded(name), default: EvaluatorTotals()].add(name: name)
    }
    for (key, entry) in entries {
      var totals = entry
      totals.sessions = 1
      for outcome in session.blocks { totals.agreement.add(outcome) }
      evaluators[key, default: EvaluatorTotals(fingerprint: entry.fingerprint)].merge(totals)
    }
  }

  /// Of two spellings of a name, the one with the fewest capitals, then the smallest.
  static func preferred(_ one: String?, _ other: String) -> String {
    guard let one else { return other }
    func capitals(_ text: String) -> Int { text.filter(\.isUppercase).count }
    return (capitals(one), one) <= (capitals(other), other) ? one : other
  }

  /// Adds everything `other` counted.
  public mutating func merge(_ other: StatisticsAccumulator) {
    files += other.files
    skipped.merge(other.skipped, uniquingKeysWith: +)
    filteredOut += other.filteredOut
    finished += other.finished
    suspended += other.suspended
    for (block, levels) in other.positions {
      positions[block, default: [:]].merge(levels, uniquingKeysWith: +)
    }
    for (block, agreement) in other.blocks { blocks[block, default: Agreement()].merge(agreement) }
    overall.merge(other.overall)
    for (competence, statuses) in other.competences {
      competences[competence, default: [:]].merge(statuses, uniquingKeysWith: +)
    }
    needs.merge(other.needs, uniquingKeysWith: +)
    means.merge(other.means, uniquingKeysWith: +)
    for (block, digest) in other.blockDurations {
      blockDurations[block, default: DurationDigest()].merge(digest)
    }
    interviewDurations.merge(other.interviewDurations)
    for (block, levels) in other.blocksByConfidence {
      for (level, agreement) in levels {
        blocksByConfidence[block, default: [:]][level, default: Agreement()].merge(agreement)
      }
    }
    for (level, agreement) in other.overallByConfidence {
      overallByConfidence[level, default: Agreement()].merge(agreement)
    }
    for (key, theirs) in other.evaluators {
      evaluators[key, default: EvaluatorTotals(fingerprint: theirs.fingerprint)].merge(theirs)
    }
  }
}
