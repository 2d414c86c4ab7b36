import Foundation
import RepereCore

/// The French evaluation report of `--evaluate`.
enum EvaluationText {
  static func render(_ report: AgreementReport, failures: Int, unlabelled: Int) -> String {
    func number(_ value: Double) -> String {
      String(format: "%.3f", value).replacingOccurrences(of: ".", with: ",")
    }
    let labels = ["totalite", "partiellement", "pas_du_tout"]
    let correct = (0..<3).reduce(0) { $0 + report.matrix[$1][$1] }
    var text = "Évaluation des suggestions\n"
    text += "  cas évalués : \(report.total)"
    if failures > 0 { text += " (\(failures) en erreur, non comptés)" }
    if unlabelled > 0 { text += " (\(unlabelled) sans niveau attendu, non comptés)" }
    text += "\n"
    text += "  exactitude : \(number(report.accuracy)) (\(correct)/\(report.total))\n"
    text += "  kappa de Cohen pondéré (quadratique) : \(number(report.quadraticKappa))\n"
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
