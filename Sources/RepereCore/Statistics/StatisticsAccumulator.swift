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

  /// An evaluator's figures.
  public struct EvaluatorTotals: Sendable, Equatable {
    /// The name as written, the same whatever the order of reading: of its spellings, the
    /// one with the fewest capitals (« Paul Durand » rather than « Paul DURAND »), then the
    /// smallest.
    public var name: String
    public var sessions = 0
    public var agreement = Agreement()
    public init(name: String) { self.name = name }
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
  /// Per evaluator, by folded name.
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
    for name in Set(session.evaluators.map(StatisticsFilter.folded)) {
      let spelling = session.evaluators.filter { StatisticsFilter.folded($0) == name }
        .reduce(nil) { Self.preferred($0, $1) }!
      var totals = evaluators[name] ?? EvaluatorTotals(name: spelling)
      totals.name = Self.preferred(totals.name, spelling)
      totals.sessions += 1
      for outcome in session.blocks { totals.agreement.add(outcome) }
      evaluators[name] = totals
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
    for (key, theirs) in other.evaluators {
      guard var mine = evaluators[key] else {
        evaluators[key] = theirs
        continue
      }
      mine.name = Self.preferred(mine.name, theirs.name)
      mine.sessions += theirs.sessions
      mine.agreement.merge(theirs.agreement)
      evaluators[key] = mine
    }
  }
}
