import RepereCore

/// Writes one table of `repere stats` as CSV (RFC 4180, comma-separated, `\n` line ends):
/// a header of stable English names, numbers with a dot, shares and κ to 4 decimals,
/// durations in whole seconds, an empty field for an undefined value.
///
/// A text starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`
/// so that a spreadsheet never runs it as a formula (names come from transcripts).
public enum StatisticsCSVRenderer {
  public static func render(_ table: StatisticsTable) -> String {
    var lines = [table.columns.map { field($0.csvName) }.joined(separator: ",")]
    for (index, row) in table.rows.enumerated() {
      var values = row.map(value)
      if let keys = table.csvRowKeys { values[0] = field(keys[index]) }
      lines.append(values.joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func value(_ cell: StatisticsTable.Cell) -> String {
    switch cell {
    case .text(let text): field(text)
    case .count(let count): String(count)
    case .share(let share): share.map(decimal) ?? ""
    case .coefficient(let value): value.map(decimal) ?? ""
    case .seconds(let seconds): seconds.map(String.init) ?? ""
    case .fingerprint(let fingerprint): field(fingerprint ?? "")
    }
  }

  /// Four decimals, without trailing zeros (`0.4167`, `1`, `-0.25`).
  static func decimal(_ value: Double) -> String {
    let scaled = Int((value * 10_000).rounded())
    let sign = scaled < 0 ? "-" : ""
    let magnitude = abs(scaled)
    var fraction = String(magnitude % 10_000)
    fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
    while fraction.last == "0" { fraction.removeLast() }
    return sign + String(magnitude / 10_000) + (fraction.isEmpty ? "" : "." + fraction)
  }

  static func field(_ text: String) -> String {
    var text = text
    if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
      text = "'" + text
    }
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
    else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
