import ArgumentParser
import Foundation
import RepereCore

/// `repere suggerer` (`suggest`): suggested positionings for labelled or unlabelled cases.
///
/// Reads cases in JSON Lines (format of `../shared/cases/README.md`) and writes one JSON
/// object per case on standard output. With `--evaluate`, a French report comparing the
/// suggestions with the `expected` field (accuracy, confusion matrix, quadratic-weighted
/// kappa) goes to standard error, so standard output stays JSON Lines.
struct SuggestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "suggerer",
    abstract: "Suggère un positionnement pour des cas au format JSON Lines.",
    discussion: """
      Chaque ligne d’entrée est un cas {"id", "block", "gate", "answers"} ; chaque ligne de \
      sortie est {"id", "block", "level", "covered", "missing", "reason"}, ou {"id", "error"} \
      pour un cas invalide (le code de sortie est alors 1). Avec --evaluate, le rapport \
      d’évaluation est écrit sur la sortie d’erreur.
      """,
    aliases: ["suggest"])

  @Option(
    name: .customLong("cases"),
    help: ArgumentHelp(
      "Fichier de cas JSON Lines (par défaut : l’entrée standard).", valueName: "FICHIER"))
  var casesPath: String?

  @Flag(
    name: .customLong("evaluate"),
    help: "Compare avec le champ « expected » et affiche exactitude, matrice de confusion et kappa."
  )
  var evaluate = false

  @Flag(
    name: .customLong("details"),
    help: "Ajoute à chaque ligne les indices trouvés (« hits ») et les signaux.")
  var details = false

  @OptionGroup var dialogueOption: DialogueOption

  func run() throws {
    let dialogue = try dialogueOption.load()
    let suggester: EvidenceSuggester
    do {
      suggester = try EvidenceSuggester(dialogue: dialogue)
    } catch {
      throw ValidationError(error.description)
    }
    let lines = try readLines()
    var report = AgreementReport()
    var failures = 0
    var unlabelled = 0
    for (number, line) in lines.enumerated() {
      let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
      if trimmed.isEmpty { continue }
      switch CaseRunner.run(
        line: trimmed, lineNumber: number + 1, dialogue: dialogue, suggester: suggester)
      {
      case .failure(let id, let message):
        failures += 1
        print(
          JSONLine.object([
            ("id", id.map(JSONLine.Value.string) ?? .null), ("error", .string(message)),
          ]))
      case .success(let id, let assessment, let expected):
        var fields: [(String, JSONLine.Value)] = [
          ("id", id.map(JSONLine.Value.string) ?? .null), ("block", .string(assessment.block)),
          ("level", .string(assessment.level.rawValue)), ("covered", .strings(assessment.covered)),
          ("missing", .strings(assessment.missing)), ("reason", .string(assessment.reason)),
        ]
        if details {
          let hits = assessment.criteria.flatMap { $0.hits + $0.counterSignals }.map {
            "\($0.criterion) a\($0.answer) «\($0.text)»"
              + ($0.discount.map { " [\($0.rawValue)]" } ?? "")
          }
          let signals = assessment.signals.map { "\($0.kind.rawValue) a\($0.answer) «\($0.text)»" }
          fields.append(("hits", .strings(hits)))
          fields.append(("signals", .strings(signals)))
          if let expected { fields.append(("expected", .string(expected.rawValue))) }
        }
        print(JSONLine.object(fields))
        if let expected {
          report.add(expected: expected, suggested: assessment.level)
        } else {
          unlabelled += 1
        }
      }
    }
    if evaluate {
      var standardError = StandardError()
      print(
        EvaluationText.render(report, failures: failures, unlabelled: unlabelled), terminator: "",
        to: &standardError)
    }
    if failures > 0 { throw ExitCode.failure }
  }

  private func readLines() throws -> [String] {
    if let casesPath {
      guard let data = FileManager.default.contents(atPath: casesPath) else {
        throw ValidationError("Impossible de lire le fichier de cas « \(casesPath) ».")
      }
      return String(decoding: data, as: UTF8.self).split(
        separator: "\n", omittingEmptySubsequences: false
      ).map(String.init)
    }
    var lines: [String] = []
    while let line = readLine(strippingNewline: true) { lines.append(line) }
    return lines
  }
}

/// Runs one case line through the engine.
enum CaseRunner {
  /// The outcome of one case.
  enum Outcome {
    case success(id: String?, BlockAssessment, expected: LevelID?)
    case failure(id: String?, String)
  }

  static func run(
    line: String, lineNumber: Int, dialogue: Dialogue, suggester: some PositioningSuggester
  ) -> Outcome {
    guard let item = try? JSONDecoder().decode(PositioningCase.self, from: Data(line.utf8)) else {
      return .failure(id: nil, "ligne \(lineNumber) : JSON invalide ou champ de type inattendu.")
    }
    guard let blockID = item.block else {
      return .failure(id: item.id, "champ « block » manquant.")
    }
    guard let block = dialogue.block(blockID) else {
      return .failure(
        id: item.id,
        "bloc inconnu « \(blockID) » : il n’existe pas dans le guide « \(dialogue.id) ».")
    }
    let gate: Bool
    switch item.gate?.trimmingCharacters(in: .whitespaces).lowercased() {
    case "oui": gate = true
    case "non": gate = false
    default:
      return .failure(
        id: item.id, "champ « gate » manquant ou invalide : « oui » ou « non » attendu.")
    }
    let answers = item.answers ?? []
    let expectedCount = block.questions.count
    if gate && answers.count != expectedCount
      || !gate && !answers.isEmpty && answers.count != expectedCount
    {
      return .failure(
        id: item.id,
        "le bloc \(blockID) a \(expectedCount) question\(expectedCount > 1 ? "s" : "") ouverte\(expectedCount > 1 ? "s" : "") mais le cas donne \(answers.count) réponse\(answers.count > 1 ? "s" : "")."
      )
    }
    var expected: LevelID?
    if let label = item.expected {
      guard let level = LevelID(rawValue: label) else {
        return .failure(
          id: item.id,
          "niveau attendu inconnu « \(label) » : totalite, partiellement ou pas_du_tout.")
      }
      expected = level
    }
    let assessment = suggester.assess(block: block, gate: gate, answers: answers)
    return .success(id: item.id, assessment, expected: expected)
  }
}

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
