import Foundation
import RepereCore

/// The French confidence report of `--evaluate`: agreement per confidence level, the share
/// of `high`, and the calibration table.
enum ConfidenceText {
  static func render(_ report: ConfidenceReport) -> String {
    func number(_ value: Double) -> String {
      String(format: "%.3f", value).replacingOccurrences(of: ".", with: ",")
    }
    func percent(_ value: Double) -> String {
      String(format: "%.1f", value * 100).replacingOccurrences(of: ".", with: ",") + " %"
    }
    let high = report.byLevel[.high]?.total ?? 0
    var text = "Confiance des suggestions\n"
    text += "  part des cas en confiance élevée : \(percent(report.highShare)) "
    text += "(\(high)/\(report.total))\n"
    for level in SuggestionConfidence.Level.allCases {
      let agreement = report.byLevel[level] ?? AgreementReport()
      let swaps = agreement.matrix[0][2] + agreement.matrix[2][0]
      text += "  confiance \(level.frenchLabel) (\(level.rawValue)) : \(agreement.total) cas"
      if agreement.total > 0 {
        text += ", exactitude \(number(agreement.accuracy))"
        text += ", kappa \(number(agreement.quadraticKappa))"
        text += ", inversions \(swaps)"
      }
      text += "\n"
    }
    text += "Calibration (score annoncé contre exactitude observée)\n"
    text += "  score         cas   score moyen   exactitude\n"
    let bounds = ConfidenceReport.bandBounds
    for (index, band) in report.bands.enumerated() {
      let upper = index + 1 < bounds.count ? bounds[index + 1] : 1
      let close = index + 1 < bounds.count ? "[" : "]"
      let range =
        "[\(String(format: "%.1f", bounds[index])) ; \(String(format: "%.1f", upper))\(close)"
        .replacingOccurrences(of: ".", with: ",")
      let cases = String(band.cases)
      text += "  " + range.padding(toLength: 12, withPad: " ", startingAt: 0)
      text += String(repeating: " ", count: max(0, 5 - cases.count)) + cases
      if band.cases > 0 {
        text += "   " + number(band.meanScore).padding(toLength: 11, withPad: " ", startingAt: 0)
        text += "   " + number(band.accuracy)
      } else {
        text += "   —"
      }
      text += "\n"
    }
    return text
  }
}
