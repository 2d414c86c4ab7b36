/// The tables of `repere stats`, from its report: one place that says what is shown.
public enum StatisticsTables {
  /// Every table's id, in the order they are printed (the values of `--table`).
  public static let ids = [
    "sessions", "blocs", "accord", "confiance", "competences", "besoins", "moyens", "durees",
    "evaluateurs",
  ]

  /// The tables of `report` whose id is in `ids` (all by default), in the order of ``ids``.
  public static func make(_ report: StatisticsReport, only ids: [String] = ids)
    -> [StatisticsTable]
  {
    let all: [String: () -> StatisticsTable] = [
      "sessions": { sessions(report) }, "blocs": { positions(report) },
      "accord": { agreement(report) }, "confiance": { confidence(report) },
      "competences": { competences(report) },
      "besoins": { needs(report) }, "moyens": { means(report) }, "durees": { durations(report) },
      "evaluateurs": { evaluators(report) },
    ]
    return Self.ids.filter(ids.contains).compactMap { all[$0]?() }
  }

  static func sessions(_ report: StatisticsReport) -> StatisticsTable {
    let sessions = report.sessions
    var rows: [(String, String, Int)] = [
      ("lues", "files", sessions.files), ("comptées", "counted", sessions.counted),
      ("  terminées", "finished", sessions.finished),
      ("  suspendues", "suspended", sessions.suspended),
      ("écartées par les filtres", "filtered_out", sessions.filteredOut),
    ]
    for reason in SessionSkip.allCases {
      rows.append(
        (
          "ignorées : " + reason.label, "skipped_" + reason.rawValue,
          sessions.skipped[reason.rawValue] ?? 0
        ))
    }
    let whole = max(sessions.files, 1)
    return StatisticsTable(
      id: "sessions", title: "Sessions",
      columns: [.init("", csv: "what"), .init("fichiers", csv: "count")],
      rows: rows.map { [.text($0.0), .count($0.2)] },
      bars: rows.map { .init([Double($0.2) / Double(whole)]) }, csvRowKeys: rows.map { $0.1 })
  }

  static func positions(_ report: StatisticsReport) -> StatisticsTable {
    StatisticsTable(
      id: "blocs", title: "Positionnement par bloc",
      columns: [
        .init("bloc", csv: "block"), .init("T", csv: "totalite"),
        .init("P", csv: "partiellement"), .init("N", csv: "pas_du_tout"),
      ],
      rows: report.blocks.map { block in
        [.text(block.block)] + LevelID.allCases.map { .count(block.positions[$0.rawValue] ?? 0) }
      },
      bars: report.blocks.map { block in
        let total = max(block.agreement.positioned, 1)
        return .init(
          LevelID.allCases.map { Double(block.positions[$0.rawValue] ?? 0) / Double(total) })
      },
      legend: ["█ T en totalité", "▓ P partiellement", "░ N pas du tout"])
  }

  static func agreement(_ report: StatisticsReport) -> StatisticsTable {
    let rows = report.blocks.map { ($0.block, $0.agreement) } + [("ensemble", report.overall)]
    return StatisticsTable(
      id: "accord", title: "Suggestions et décisions par bloc",
      columns: [
        .init("bloc", csv: "block"), .init("positionnés", csv: "positioned"),
        .init("accords", csv: "agreements"), .init("modifiés", csv: "overrides"),
        .init("taux", csv: "override_rate"), .init("κ", csv: "kappa"),
      ],
      rows: rows.map { [.text($0.0)] + agreementCells($0.1) },
      bars: rows.map { .init([$0.1.overrideRate ?? 0]) },
      legend: ["█ taux de modification"])
  }

  static func confidence(_ report: StatisticsReport) -> StatisticsTable {
    let rows =
      RecordedConfidence.allCases.map {
        ($0.frenchLabel, $0.rawValue, report.overallByConfidence[$0])
      } + [("ensemble", "all", report.overall)]
    return StatisticsTable(
      id: "confiance", title: "Suggestions et décisions selon la confiance de la suggestion",
      columns: [
        .init("confiance", csv: "confidence"), .init("positionnés", csv: "positioned"),
        .init("accords", csv: "agreements"), .init("modifiés", csv: "overrides"),
        .init("taux", csv: "override_rate"), .init("κ", csv: "kappa"),
      ],
      rows: rows.map { [.text($0.0)] + agreementCells($0.2) },
      bars: rows.map { .init([$0.2.overrideRate ?? 0]) },
      legend: ["█ taux de modification"],
      csvRowKeys: rows.map(\.1))
  }

  static func competences(_ report: StatisticsReport) -> StatisticsTable {
    StatisticsTable(
      id: "competences", title: "Compétences maîtrisées",
      columns: [
        .init("compétence", csv: "competence"), .init("maîtrisée", csv: "mastered"),
        .init("à développer", csv: "to_develop"), .init("incomplète", csv: "incomplete"),
        .init("part", csv: "mastered_share"),
      ],
      rows: report.competences.map {
        [
          .text($0.competence), .count($0.mastered), .count($0.toDevelop), .count($0.incomplete),
          .share($0.masteredShare),
        ]
      },
      bars: report.competences.map { .init([$0.masteredShare ?? 0]) },
      legend: ["█ part maîtrisée"])
  }

  static func needs(_ report: StatisticsReport) -> StatisticsTable {
    StatisticsTable(
      id: "besoins", title: "Besoins de formation, du plus fréquent au moins fréquent",
      columns: [
        .init("élément", csv: "item"), .init("intitulé", csv: "label"),
        .init("sessions", csv: "count"), .init("part", csv: "share"),
      ],
      rows: report.needs.map {
        [.text($0.item), .text($0.label), .count($0.count), .share($0.share)]
      },
      bars: report.needs.map { .init([$0.share]) })
  }

  static func means(_ report: StatisticsReport) -> StatisticsTable {
    let most = max(report.means.map(\.count).max() ?? 0, 1)
    return StatisticsTable(
      id: "moyens", title: "Moyens retenus (par compétence à développer)",
      columns: [.init("moyen", csv: "means"), .init("fois", csv: "count")],
      rows: report.means.map { [.text($0.label), .count($0.count)] },
      bars: report.means.map { .init([Double($0.count) / Double(most)]) },
      csvRowKeys: report.means.map(\.means))
  }

  static func durations(_ report: StatisticsReport) -> StatisticsTable {
    let rows = report.blocks.map { ($0.block, $0.time) } + [("entretien", report.interviewTime)]
    let longest = max(rows.compactMap { $0.1?.q3 }.max() ?? 0, 1)
    return StatisticsTable(
      id: "durees", title: "Durées (1er quartile, médiane, 3e quartile)",
      columns: [
        .init("bloc", csv: "block"), .init("n", csv: "count"), .init("Q1", csv: "q1_seconds"),
        .init("médiane", csv: "median_seconds"), .init("Q3", csv: "q3_seconds"),
      ],
      rows: rows.map { name, time in
        [
          .text(name), .count(time?.count ?? 0), .seconds(time?.q1), .seconds(time?.median),
          .seconds(time?.q3),
        ]
      },
      // Q1 then Q1…median then median…Q3, each scaled to the longest Q3.
      bars: rows.map { _, time in
        guard let time else { return .init([]) }
        let scale = Double(longest)
        return .init([
          Double(time.q1) / scale, Double(time.median - time.q1) / scale,
          Double(time.q3 - time.median) / scale,
        ])
      },
      legend: ["█ jusqu’à Q1", "▓ Q1 à médiane", "░ médiane à Q3"])
  }

  /// No bar: the names and keys need the room, and the rate has its column.
  static func evaluators(_ report: StatisticsReport) -> StatisticsTable {
    StatisticsTable(
      id: "evaluateurs", title: "Par intervenant",
      columns: [
        .init("intervenant", csv: "evaluator"), .init("clé", csv: "fingerprint"),
        .init("sessions", csv: "sessions"),
        .init("positionnés", csv: "positioned"), .init("accords", csv: "agreements"),
        .init("modifiés", csv: "overrides"), .init("taux", csv: "override_rate"),
        .init("κ", csv: "kappa"),
      ],
      rows: report.evaluators.map {
        [.text($0.name), .fingerprint($0.fingerprint), .count($0.sessions)]
          + agreementCells($0.agreement)
      })
  }

  private static func agreementCells(_ agreement: StatisticsReport.Agreement)
    -> [StatisticsTable.Cell]
  {
    [
      .count(agreement.positioned), .count(agreement.agreements), .count(agreement.overrides),
      .share(agreement.overrideRate), .coefficient(agreement.kappa),
    ]
  }
}
