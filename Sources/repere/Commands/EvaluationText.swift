import Foundation
import RepereCore

/// The French evaluation report of `--evaluate`.
enum EvaluationText {
  /// The report of one family or set, titled with its name.
  static func render(_ report: AgreementReport, title: String) -> String {
    render(report, failures: 0, unlabelled: 0, heading: "Évaluation — \(title)")
  }

  static func render(
    _ report: AgreementReport, failures: Int, unlabelled: Int,
    heading: String = "Évaluation des suggestions"
  ) -> String {
    func number(_ value: Double) -> String {
      String(format: "%.3f", value).replacingOccurrences(of: ".", with: ",")
    }
    let labels = ["totalite", "partiellement", "pas_du_tout"]
    let correct = (0..<3).reduce(0) { $0 + report.matrix[$1][$1] }
    var text = heading + "\n"
    text += "  cas évalués : \(report.total)"
    if failures > 0 { text += " (\(failures) en erreur, non comptés)" }
    if unlabelled > 0 { text += " (\(unlabelled) sans niveau attendu, non comptés)" }
    text += "\n"
    text += "  exactitude : \(number(report.accuracy)) (\(correct)/\(report.total))\n"
    text += "  kappa de Cohen pondéré (quadratique) : \(number(report.quadraticKappa))\n"
    let swaps = report.matrix[0][2] + report.matrix[2][0]
    text += "  inversions « En totalité » ↔ « Pas du tout » : \(swaps)\n"
    text += "Matrice de confusion (lignes : attendu ; colonnes : suggéré)\n"
    let width = 15
    func pad(_ string: String) -> String {
      string.count >= width ? string : string + String(repeating: " ", count: width - string.count)
    }
    text += pad("") + labels.map(pad).joined() + "\n"
    for (row, label) in labels.enumerated() {
      text += pad(label) + report.matrix[row].map { pad(String($0)) }.joined() + "\n"
    }
    return text
  }
}
