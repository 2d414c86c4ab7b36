/// The table of `Dialogues/sources/INDEX.md`: block ids, titles and open-question counts.
struct GuideIndex {
  /// One row of the index table.
  struct Row: Equatable {
    var id: String
    var title: String
    /// `nil` for a competence row.
    var openQuestions: Int?
  }

  /// Rows in the order of the guide.
  var rows: [Row]
  /// The totals stated under the table: competences, blocks, yes/no questions, open questions.
  var totals: [Int]

  var competences: [Row] { rows.filter { $0.openQuestions == nil } }
  var blocks: [Row] { rows.filter { $0.openQuestions != nil } }

  /// Parses the Markdown table rows `| C1.1 | title | 3 |` and the totals line.
  init(markdown: String) {
    var rows: [Row] = []
    var totals: [Int] = []
    for line in markdown.split(separator: "\n") {
      if line.hasPrefix("| C") {
        let cells = line.split(separator: "|", omittingEmptySubsequences: false)
          .map { $0.trimmingCharacters(in: .whitespaces) }
        guard cells.count >= 4 else { continue }
        let title = cells[2].replacingOccurrences(of: "**", with: "")
        rows.append(Row(id: cells[1], title: title, openQuestions: Int(cells[3])))
      } else if line.contains("competences,") && line.contains("open questions") {
        totals = line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
      }
    }
    self.rows = rows
    self.totals = totals
  }
}
