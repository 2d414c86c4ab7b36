import RepereCore

/// Draws the tables of `repere stats` for a terminal: aligned columns and a bar per row in
/// Unicode blocks, every line within `width` columns, readable without colour.
///
/// Texts from the guide and from transcripts go through ``SafeDisplay``. When a table is too
/// wide, its widest text column is shortened (with « … ») before the bar is narrowed; the bar
/// is left out only when fewer than ``minimumBar`` columns remain; on a terminal too narrow
/// for the figures themselves, the rows are shown as records (« header : value » lines).
public struct StatisticsTextRenderer: Sendable {
  /// The number of columns available.
  public var width: Int
  /// Bold titles when colour is allowed.
  public var style: TextStyle

  /// The narrowest bar drawn.
  static let minimumBar = 8
  /// The widest bar drawn (wider says nothing more).
  static let maximumBar = 40
  /// The narrowest a text column is shortened to.
  static let minimumText = 6

  public init(width: Int, style: TextStyle = .plain) {
    self.width = max(width, 30)
    self.style = style
  }

  /// The whole output: a heading, then each table.
  public func render(_ report: StatisticsReport, tables: [StatisticsTable]) -> String {
    var lines = [
      fit(
        "repere stats — \(SafeDisplay.escaped(report.guide.id)) "
          + "\(SafeDisplay.escaped(report.guide.version))")
    ]
    let filters = [
      report.filters.since.map { "depuis le \($0)" },
      report.filters.until.map { "jusqu’au \($0)" },
      report.filters.evaluator.map { "intervenant « \(SafeDisplay.escaped($0)) »" },
    ].compactMap { $0 }
    if !filters.isEmpty { lines.append(fit("Filtres : " + filters.joined(separator: ", "))) }
    lines.append(
      fit(
        "\(report.sessions.counted) session\(report.sessions.counted > 1 ? "s" : "") "
          + "comptée\(report.sessions.counted > 1 ? "s" : "") sur \(report.sessions.files) "
          + "fichier\(report.sessions.files > 1 ? "s" : "") lu\(report.sessions.files > 1 ? "s" : "")"
      ))
    for table in tables {
      lines.append("")
      lines += render(table)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One table's lines: title, header, rows, legend.
  public func render(_ table: StatisticsTable) -> [String] {
    var cells = table.rows.map { $0.map(Self.format) }
    let headers = table.columns.map(\.header)
    let textColumns = Set(
      table.rows.first.map { row in
        row.indices.filter {
          switch row[$0] {
          case .text, .fingerprint: true
          default: false
          }
        }
      } ?? [])
    var widths = headers.indices.map { column in
      ([headers[column]] + cells.map { $0[column] }).map(\.count).max() ?? 0
    }
    let gaps = 2 * (headers.count - 1)
    var available = width - widths.reduce(0, +) - gaps - 2
    // Shorten the widest text column while the bar would be too narrow (or, in a table
    // without bars, while the line is too long: `available` counts the bar's gap).
    let needed = table.bars == nil ? -2 : Self.minimumBar
    while available < needed,
      let widest = textColumns.filter({ widths[$0] > Self.minimumText })
        .max(by: { widths[$0] < widths[$1] })
    {
      let cut = min(widths[widest] - Self.minimumText, needed - available)
      widths[widest] -= cut
      available += cut
    }
    // On a terminal too narrow for the figures themselves, each row becomes a record.
    if widths.reduce(0, +) + gaps > width {
      return expanded(table, cells: table.rows.map { $0.map(Self.format) })
    }
    var shownHeaders = headers
    for column in textColumns {
      for row in cells.indices {
        cells[row][column] = Self.shortened(cells[row][column], to: widths[column])
      }
      shownHeaders[column] = Self.shortened(headers[column], to: widths[column])
    }
    let barWidth =
      table.bars == nil || available < Self.minimumBar
      ? 0 : min(available, Self.maximumBar)
    var lines = [style.bold(fit(table.title))]
    // On a terminal too narrow for the numbers themselves, lines are cut at the edge.
    lines.append(fit(line(shownHeaders, widths: widths, textColumns: textColumns)))
    for (index, row) in cells.enumerated() {
      var text = line(row, widths: widths, textColumns: textColumns)
      if barWidth > 0, let bar = table.bars?[index] {
        let drawn = Self.draw(bar, width: barWidth)
        if !drawn.isEmpty { text += "  " + drawn }
      }
      lines.append(fit(text))
    }
    if barWidth > 0, !table.legend.isEmpty {
      lines.append(fit(table.legend.joined(separator: "  ")))
    }
    return lines
  }

  /// A table as records, for a terminal too narrow for its columns (as `psql`'s expanded
  /// display): each row's first cell, then one « header : value » line per other column,
  /// the values aligned; no bar.
  private func expanded(_ table: StatisticsTable, cells: [[String]]) -> [String] {
    let headers = table.columns.map(\.header)
    let labelWidth = headers.dropFirst().map(\.count).max() ?? 0
    var lines = [style.bold(fit(table.title))]
    for row in cells {
      lines.append(fit("— " + (row.first ?? "")))
      for column in row.indices.dropFirst() {
        let pad = String(repeating: " ", count: labelWidth - headers[column].count)
        lines.append(fit("  " + headers[column] + pad + " : " + row[column]))
      }
    }
    return lines
  }

  /// A bar of `width` columns at most: each part rounded on the running total, so the parts
  /// add up to the rounded whole.
  static func draw(_ bar: StatisticsTable.Bar, width: Int) -> String {
    var text = ""
    var total = 0.0
    var drawn = 0
    for (index, part) in bar.parts.enumerated() {
      total += max(0, part)
      let end = min(width, Int((total * Double(width)).rounded()))
      let glyph = StatisticsTable.barGlyphs[min(index, StatisticsTable.barGlyphs.count - 1)]
      if end > drawn { text += String(repeating: glyph, count: end - drawn) }
      drawn = max(drawn, end)
    }
    return text
  }

  private func line(_ cells: [String], widths: [Int], textColumns: Set<Int>) -> String {
    cells.enumerated().map { column, cell in
      let pad = String(repeating: " ", count: max(0, widths[column] - cell.count))
      return textColumns.contains(column) || column == 0 ? cell + pad : pad + cell
    }.joined(separator: "  ").trimmingTrailingSpaces()
  }

  /// The text cut to `width` characters, the last one « … » when cut.
  static func shortened(_ text: String, to width: Int) -> String {
    text.count <= width ? text : String(text.prefix(max(width - 1, 0))) + "…"
  }

  private func fit(_ text: String) -> String {
    text.count <= width ? text : String(text.prefix(width - 1)) + "…"
  }

  /// A cell as a French reader reads it.
  static func format(_ cell: StatisticsTable.Cell) -> String {
    switch cell {
    case .text(let text): return SafeDisplay.escaped(text)
    case .count(let count): return String(count)
    case .share(let share):
      guard let share else { return "—" }
      return "\(Int((share * 100).rounded())) %"
    case .coefficient(let value):
      guard let value else { return "—" }
      let hundredths = Int((value * 100).rounded())
      let sign = hundredths < 0 ? "-" : ""
      let magnitude = abs(hundredths)
      return "\(sign)\(magnitude / 100),\(magnitude % 100 < 10 ? "0" : "")\(magnitude % 100)"
    case .seconds(let seconds):
      guard let seconds else { return "—" }
      return duration(seconds)
    case .fingerprint(let fingerprint):
      // Two groups tell keys apart in a table; `--format csv` or `json` gives it whole.
      guard let fingerprint else { return "—" }
      return SafeDisplay.escaped(String(fingerprint.prefix(9)))
    }
  }

  /// « 45 s », « 3 min 05 », « 1 h 02 ».
  static func duration(_ seconds: Int) -> String {
    if seconds < 60 { return "\(seconds) s" }
    if seconds < 3600 {
      return "\(seconds / 60) min \(seconds % 60 < 10 ? "0" : "")\(seconds % 60)"
    }
    let minutes = seconds / 60 % 60
    return "\(seconds / 3600) h \(minutes < 10 ? "0" : "")\(minutes)"
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
