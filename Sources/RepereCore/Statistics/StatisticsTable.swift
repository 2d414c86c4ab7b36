/// One table of `repere stats`, as values: the terminal and CSV renderers format it.
///
/// The rows and columns are chosen once (``StatisticsTables``) so that the terminal and the
/// CSV export always show the same figures.
public struct StatisticsTable: Sendable, Equatable {
  /// A cell's value, formatted by each renderer in its own way.
  public enum Cell: Sendable, Equatable {
    /// A text from the guide or a transcript (to be shown safely).
    case text(String)
    case count(Int)
    /// A share between 0 and 1 (a rate), `nil` when undefined.
    case share(Double?)
    /// A coefficient (κ), `nil` when undefined.
    case coefficient(Double?)
    /// A duration in seconds, `nil` when none was measured.
    case seconds(Int?)
    /// A signing key's fingerprint, `nil` for unsigned sessions: whole in the CSV, its first
    /// two groups in a terminal.
    case fingerprint(String?)
  }

  /// One column: its French header (terminal) and its CSV name.
  public struct Column: Sendable, Equatable {
    public var header: String
    public var csvName: String
    public init(_ header: String, csv csvName: String) {
      self.header = header
      self.csvName = csvName
    }
  }

  /// The bar drawn on each row in a terminal: its parts, each a share of the whole width.
  public struct Bar: Sendable, Equatable {
    /// Shares between 0 and 1, drawn one after the other with ``StatisticsTable/barGlyphs``.
    public var parts: [Double]
    public init(_ parts: [Double]) { self.parts = parts }
  }

  /// The name of `--table` (`blocs`, `besoins`…), also the CSV file's name.
  public var id: String
  /// The French title.
  public var title: String
  public var columns: [Column]
  public var rows: [[Cell]]
  /// One bar per row, or none for this table.
  public var bars: [Bar]?
  /// What the bar's glyphs mean, when the bar has several parts (« █ En totalité »…).
  public var legend: [String]
  /// Stable names written in the CSV's first column instead of the first cells (French
  /// labels), when the rows have them.
  public var csvRowKeys: [String]?

  public init(
    id: String, title: String, columns: [Column], rows: [[Cell]], bars: [Bar]? = nil,
    legend: [String] = [], csvRowKeys: [String]? = nil
  ) {
    self.csvRowKeys = csvRowKeys
    self.id = id
    self.title = title
    self.columns = columns
    self.rows = rows
    self.bars = bars
    self.legend = legend
  }

  /// The glyphs of a bar's successive parts: distinct without colour.
  public static let barGlyphs: [Character] = ["█", "▓", "░"]
}
