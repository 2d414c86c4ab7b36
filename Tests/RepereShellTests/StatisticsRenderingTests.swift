import RepereCore
import Testing

@testable import RepereShell

/// The terminal and CSV renderers of `repere stats` on small tables.
struct StatisticsRenderingTests {
  static let table = StatisticsTable(
    id: "besoins", title: "Besoins",
    columns: [
      .init("élément", csv: "item"), .init("intitulé", csv: "label"),
      .init("sessions", csv: "count"), .init("part", csv: "share"),
    ],
    rows: [
      [
        .text("C1.r1"),
        .text("l’élaboration de fichiers de prospects et la qualification des contacts"),
        .count(12), .share(0.75),
      ],
      [.text("C2.r3"), .text("=HYPERLINK(\"x\")\u{1B}[31m"), .count(3), .share(0.1875)],
    ],
    bars: [.init([0.75]), .init([0.1875])])

  @Test(arguments: [30, 45, 60, 80, 120, 200])
  func everyLineFitsTheWidth(width: Int) {
    let lines = StatisticsTextRenderer(width: width).render(Self.table)
    for line in lines { #expect(line.count <= width, "\(width): \(line)") }
    // A bar as long as the widest allows, never more than 40 columns.
    let bar = lines[2].filter { $0 == "█" }.count
    #expect(bar <= 40)
    #expect((bar > 0) == (width >= 45))
    // The escape from the transcript is shown, not sent.
    #expect(!lines.joined().contains("\u{1B}"))
  }

  @Test func wideTerminalKeepsTheWholeLabel() {
    let lines = StatisticsTextRenderer(width: 200).render(Self.table)
    #expect(lines[2].contains("qualification des contacts"))
    // 0.75 of 40 columns, 0.1875 of 40 = 7.5 → 8.
    #expect(lines[2].filter { $0 == "█" }.count == 30)
    #expect(lines[3].filter { $0 == "█" }.count == 8)
  }

  @Test func narrowTerminalShortensTheLabel() {
    let lines = StatisticsTextRenderer(width: 60).render(Self.table)
    #expect(lines[2].contains("…"))
    #expect(!lines[2].contains("qualification des contacts"))
  }

  /// As wide as the evaluators' table: too many figures for 60 columns.
  static let wideTable = StatisticsTable(
    id: "intervenants", title: "Par intervenant",
    columns: [
      .init("intervenant", csv: "evaluator"), .init("sessions", csv: "sessions"),
      .init("blocs positionnés", csv: "positioned"), .init("identiques", csv: "same"),
      .init("modifiés", csv: "changed"), .init("taux de modification", csv: "rate"),
      .init("κ", csv: "kappa"), .init("durée médiane", csv: "median"),
    ],
    rows: [
      [
        .text("Claire Dupont-Lefèvre"), .count(128), .count(3_072), .count(2_611),
        .count(461), .share(0.15), .coefficient(0.8123), .seconds(3_720),
      ]
    ],
    bars: nil)

  @Test func tooNarrowForTheFiguresShowsRecords() {
    let lines = StatisticsTextRenderer(width: 60).render(Self.wideTable)
    for line in lines { #expect(line.count <= 60, "\(line)") }
    #expect(
      lines == [
        "Par intervenant",
        "— Claire Dupont-Lefèvre",
        "  sessions             : 128",
        "  blocs positionnés    : 3072",
        "  identiques           : 2611",
        "  modifiés             : 461",
        "  taux de modification : 15 %",
        "  κ                    : 0,81",
        "  durée médiane        : 1 h 02",
      ])
    // Wide enough: one line per row, as a table.
    let wide = StatisticsTextRenderer(width: 200).render(Self.wideTable)
    #expect(wide.count == 3)
    #expect(wide[2].hasPrefix("Claire Dupont-Lefèvre"))
  }

  @Test func stackedBarPartsAddUpToTheRoundedWhole() {
    // ⅓ each of 10 columns: 3, then 7 − 3 = 4, then 10 − 7 = 3.
    let bar = StatisticsTextRenderer.draw(.init([1.0 / 3, 1.0 / 3, 1.0 / 3]), width: 10)
    #expect(bar == "███▓▓▓▓░░░")
    #expect(StatisticsTextRenderer.draw(.init([0, 0, 0]), width: 10) == "")
  }

  @Test func frenchFigures() {
    #expect(StatisticsTextRenderer.format(.share(0.3333)) == "33 %")
    #expect(StatisticsTextRenderer.format(.coefficient(0.5)) == "0,50")
    #expect(StatisticsTextRenderer.format(.coefficient(-0.0834)) == "-0,08")
    #expect(StatisticsTextRenderer.format(.coefficient(nil)) == "—")
    #expect(StatisticsTextRenderer.format(.seconds(45)) == "45 s")
    #expect(StatisticsTextRenderer.format(.seconds(185)) == "3 min 05")
    #expect(StatisticsTextRenderer.format(.seconds(3_720)) == "1 h 02")
  }

  @Test func csvQuotesAndDefusesFormulas() {
    let csv = StatisticsCSVRenderer.render(Self.table)
    let lines = csv.split(separator: "\n")
    #expect(lines[0] == "item,label,count,share")
    #expect(lines[1].hasSuffix(",12,0.75"))
    // A leading « = » gets a « ' »; the quotes are doubled inside a quoted field.
    #expect(lines[2] == "C2.r3,\"'=HYPERLINK(\"\"x\"\")\u{1B}[31m\",3,0.1875")
    #expect(StatisticsCSVRenderer.decimal(1) == "1")
    #expect(StatisticsCSVRenderer.decimal(-0.25) == "-0.25")
    #expect(StatisticsCSVRenderer.value(.share(nil)) == "")
  }
}
