import Foundation
import RepereCore

/// Writes the report of `repere stats` as JSON, schema `repere.stats/2`
/// (`Documentation/repere.stats-2.schema.json`): keys sorted, indented, U+2028, U+2029 and
/// C1 controls escaped like every JSON the program writes.
public enum StatisticsJSONRenderer {
  public static func render(_ report: StatisticsReport) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    // The report holds strings, numbers and arrays only: encoding cannot fail.
    let data = try! encoder.encode(report)
    return JSONText.escaped(String(decoding: data, as: UTF8.self)) + "\n"
  }
}
