/// The figures of `repere stats`, finished: what the tables show and the JSON export holds.
///
/// Built once from the merged ``StatisticsAccumulator`` and the guide (its order and labels).
/// Its JSON form, `repere.stats/2`, is described by `Documentation/repere.stats-2.schema.json`.
public struct StatisticsReport: Sendable, Equatable, Encodable {
  /// Agreement between suggestions and decisions over some positioned blocks.
  public struct Agreement: Sendable, Equatable, Encodable {
    /// Blocks positioned.
    public var positioned: Int
    /// Decisions that changed the suggestion.
    public var overrides: Int
    /// `overrides / positioned` (4 decimals, like every share); `nil` when nothing was positioned.
    public var overrideRate: Double?
    /// Decisions equal to the suggestion.
    public var agreements: Int
    /// Quadratic-weighted κ between suggestions and decisions; `nil` when nothing was positioned.
    public var kappa: Double?

    init(_ totals: StatisticsAccumulator.Agreement) {
      let report = totals.report
      positioned = report.total
      overrides = totals.overrides
      overrideRate = positioned > 0 ? rounded(Double(overrides) / Double(positioned)) : nil
      agreements = (0..<3).reduce(0) { $0 + report.matrix[$1][$1] }
      kappa = positioned > 0 ? rounded(report.quadraticKappa) : nil
    }

    enum CodingKeys: String, CodingKey {
      case positioned, overrides, agreements, kappa
      case overrideRate = "override_rate"
    }
  }

  /// Agreement split by the confidence the transcripts recorded for each suggestion.
  public struct AgreementByConfidence: Sendable, Equatable, Encodable {
    /// Suggestions recorded `high` (Enter could accept them).
    public var high: Agreement
    /// Suggestions recorded `low` (the evaluator had to choose).
    public var low: Agreement
    /// Decisions of transcripts written before the confidence existed.
    public var unknown: Agreement

    init(_ levels: [RecordedConfidence: StatisticsAccumulator.Agreement]?) {
      high = Agreement(levels?[.high] ?? .init())
      low = Agreement(levels?[.low] ?? .init())
      unknown = Agreement(levels?[.unknown] ?? .init())
    }

    /// The agreement of one level.
    public subscript(level: RecordedConfidence) -> Agreement {
      switch level {
      case .high: high
      case .low: low
      case .unknown: unknown
      }
    }
  }

  /// Median and quartiles of durations, in seconds.
  public struct Durations: Sendable, Equatable, Encodable {
    public var count: Int
    public var q1: Int
    public var median: Int
    public var q3: Int

    init?(_ digest: DurationDigest?) {
      guard let digest, let q1 = digest.quantile(0.25), let median = digest.quantile(0.5),
        let q3 = digest.quantile(0.75)
      else { return nil }
      count = digest.count
      self.q1 = q1
      self.median = median
      self.q3 = q3
    }
  }

  public struct Guide: Sendable, Equatable, Encodable {
    public var id: String
    public var version: String
    public var sha256: String
  }

  public struct Filters: Sendable, Equatable, Encodable {
    /// First day counted, `AAAA-MM-JJ`, as given.
    public var since: String?
    /// Last day counted, `AAAA-MM-JJ`, as given.
    public var until: String?
    public var evaluator: String?
  }

  public struct Sessions: Sendable, Equatable, Encodable {
    public var files: Int
    public var counted: Int
    public var finished: Int
    public var suspended: Int
    public var filteredOut: Int
    /// Files not counted, by reason (every reason present, 0 included).
    public var skipped: [String: Int]

    enum CodingKeys: String, CodingKey {
      case files, counted, finished, suspended, skipped
      case filteredOut = "filtered_out"
    }
  }

  public struct Block: Sendable, Equatable, Encodable {
    public var block: String
    public var title: String
    /// Decided levels by level id (`totalite`, `partiellement`, `pas_du_tout`).
    public var positions: [String: Int]
    public var agreement: Agreement
    public var agreementByConfidence: AgreementByConfidence
    public var time: Durations?

    enum CodingKeys: String, CodingKey {
      case block, title, positions, agreement, time
      case agreementByConfidence = "agreement_by_confidence"
    }
  }

  public struct Competence: Sendable, Equatable, Encodable {
    public var competence: String
    public var title: String
    public var mastered: Int
    public var toDevelop: Int
    public var incomplete: Int
    /// `mastered / (mastered + to_develop)`; `nil` when no session decided it.
    public var masteredShare: Double?

    enum CodingKeys: String, CodingKey {
      case competence, title, mastered, incomplete
      case toDevelop = "to_develop"
      case masteredShare = "mastered_share"
    }
  }

  public struct Need: Sendable, Equatable, Encodable {
    public var item: String
    public var competence: String
    public var label: String
    public var count: Int
    /// `count` over the sessions counted.
    public var share: Double
  }

  public struct MeansCount: Sendable, Equatable, Encodable {
    public var means: String
    public var label: String
    /// Competences for which it was chosen.
    public var count: Int
  }

  public struct Evaluator: Sendable, Equatable, Encodable {
    /// The names written (several, joined with « , », for a key used under several names).
    public var name: String
    /// The fingerprint of the key that signed these sessions; `nil` for unsigned ones,
    /// grouped by name.
    public var fingerprint: String?
    public var sessions: Int
    public var agreement: Agreement
  }

  /// Always `repere.stats/2`.
  public var schema = "repere.stats/2"
  public var guide: Guide
  public var filters: Filters
  public var sessions: Sessions
  /// Every block of the guide, in its order.
  public var blocks: [Block]
  public var overall: Agreement
  public var overallByConfidence: AgreementByConfidence
  /// Every competence of the guide, in its order.
  public var competences: [Competence]
  /// Training-need items ticked at least once, most frequent first (then the guide's order).
  public var needs: [Need]
  /// Every means of the guide, most chosen first (then the guide's order).
  public var means: [MeansCount]
  public var interviewTime: Durations?
  /// Intervenants of the sessions counted: a signing key (with the names written beside it)
  /// for signed sessions, a name otherwise; by name.
  public var evaluators: [Evaluator]

  enum CodingKeys: String, CodingKey {
    case schema, guide, filters, sessions, blocks, overall, competences, needs, means
    case evaluators
    case overallByConfidence = "overall_by_confidence"
    case interviewTime = "interview_time"
  }

  /// The report of `totals` over `dialogue`.
  public init(
    totals: StatisticsAccumulator, dialogue: Dialogue, guide: GuideIdentity,
    since: String? = nil, until: String? = nil, evaluator: String? = nil
  ) {
    self.guide = Guide(id: guide.id, version: guide.version, sha256: guide.sha256)
    filters = Filters(since: since, until: until, evaluator: evaluator)
    let counted = totals.finished + totals.suspended
    sessions = Sessions(
      files: totals.files, counted: counted, finished: totals.finished,
      suspended: totals.suspended, filteredOut: totals.filteredOut,
      skipped: Dictionary(
        uniqueKeysWithValues: SessionSkip.allCases.map { ($0.rawValue, totals.skipped[$0] ?? 0) }))
    blocks = dialogue.blocks.map { block in
      let decided = totals.positions[block.id] ?? [:]
      return Block(
        block: block.id, title: block.title.display,
        positions: Dictionary(
          uniqueKeysWithValues: LevelID.allCases.map { ($0.rawValue, decided[$0] ?? 0) }),
        agreement: Agreement(totals.blocks[block.id] ?? .init()),
        agreementByConfidence: AgreementByConfidence(totals.blocksByConfidence[block.id]),
        time: Durations(totals.blockDurations[block.id]))
    }
    overall = Agreement(totals.overall)
    overallByConfidence = AgreementByConfidence(totals.overallByConfidence)
    competences = dialogue.competences.map { competence in
      let statuses = totals.competences[competence.id] ?? [:]
      let mastered = statuses[.mastered] ?? 0
      let toDevelop = statuses[.toDevelop] ?? 0
      return Competence(
        competence: competence.id, title: competence.title.display, mastered: mastered,
        toDevelop: toDevelop, incomplete: statuses[.incomplete] ?? 0,
        masteredShare: mastered + toDevelop > 0
          ? rounded(Double(mastered) / Double(mastered + toDevelop)) : nil)
    }
    var needs: [Need] = []
    for recap in dialogue.recap.competences {
      for item in recap.items {
        guard let count = totals.needs[item.id], count > 0 else { continue }
        needs.append(
          Need(
            item: item.id, competence: recap.competence, label: item.label.display, count: count,
            share: counted > 0 ? rounded(Double(count) / Double(counted)) : 0))
      }
    }
    // Stable: equal counts keep the guide's order.
    self.needs = needs.enumerated().sorted {
      ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset)
    }.map { $0.element }
    means = dialogue.means.enumerated().map { index, means in
      (index, MeansCount(means: means.id, label: means.label, count: totals.means[means.id] ?? 0))
    }.sorted { ($0.1.count, -$0.0) > ($1.1.count, -$1.0) }.map { $0.1 }
    interviewTime = Durations(totals.interviewDurations)
    evaluators = totals.evaluators.values.map {
      Evaluator(
        name: $0.name, fingerprint: $0.fingerprint, sessions: $0.sessions,
        agreement: Agreement($0.agreement))
    }.sorted {
      ($0.name.lowercased(), $0.name, $0.fingerprint ?? "")
        < ($1.name.lowercased(), $1.name, $1.fingerprint ?? "")
    }
  }
}

/// A share or coefficient to 4 decimals: what the exports print, the same on every machine.
private func rounded(_ value: Double) -> Double {
  (value * 10_000).rounded() / 10_000
}
