import ArgumentParser
import Foundation
import RepereCore
import RepereShell

/// `repere suggerer` (`suggest`): suggested positionings for labelled or unlabelled cases.
///
/// Reads cases in JSON Lines (format of `Documentation/PositioningCases.md`) and writes one JSON
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

  @OptionGroup var guide: GuideOption

  func run() throws {
    let (dialogue, suggester, lines) = try Frontend.run { () throws(RepereError) in
      let dialogue = try guide.load().dialogue
      let suggester: EvidenceSuggester
      do throws(EvidenceError) {
        suggester = try EvidenceSuggester(dialogue: dialogue)
      } catch {
        throw .evidence(error)
      }
      return (dialogue, suggester, try readLines())
    }
    var report = AgreementReport()
    var failures = 0
    var unlabelled = 0
    for (number, line) in lines.enumerated() {
      let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
      if trimmed.isEmpty { continue }
      switch CaseRunner.run(
        line: trimmed, lineNumber: number + 1, dialogue: dialogue, suggester: suggester,
        evaluate: evaluate)
      {
      case .failure(let id, let message):
        failures += 1
        print(
          JSONLine.object([
            ("id", id.map(JSONLine.Value.string) ?? .null), ("error", .string(message)),
          ]))
      case .success(let id, let assessment, let expected):
        var fields: [(String, JSONLine.Value)] = [
          ("id", .string(id)), ("block", .string(assessment.block)),
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

  private func readLines() throws(RepereError) -> [String] {
    if let casesPath {
      let bytes: [UInt8]
      do {
        bytes = try FileBytes.contents(atPath: casesPath)
      } catch {
        throw .file(path: casesPath, action: "de lire le fichier de cas", errno: error.errno)
      }
      return String(decoding: bytes, as: UTF8.self).split(
        separator: "\n", omittingEmptySubsequences: false
      ).map(String.init)
    }
    var lines: [String] = []
    while let line = readLine(strippingNewline: true) { lines.append(line) }
    return lines
  }
}

/// Decodes one case line, checks it against the guide and runs it through the engine.
enum CaseRunner {
  /// The outcome of one case.
  enum Outcome {
    case success(id: String, BlockAssessment, expected: LevelID?)
    case failure(id: String?, String)
  }

  static func run(
    line: String, lineNumber: Int, dialogue: Dialogue, suggester: some PositioningSuggester,
    evaluate: Bool
  ) -> Outcome {
    guard let item = try? JSONDecoder().decode(PositioningCase.self, from: Data(line.utf8)) else {
      return .failure(id: nil, "ligne \(lineNumber) : JSON invalide (un objet est attendu).")
    }
    switch item.checked(against: dialogue, withExpected: evaluate) {
    case .failure(let error):
      return .failure(id: item.id, error.message)
    case .success(let checked):
      let assessment = suggester.assess(
        block: checked.block, gate: checked.gate, answers: checked.answers)
      return .success(id: checked.id, assessment, expected: checked.expected)
    }
  }
}
