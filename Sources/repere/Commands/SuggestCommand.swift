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
      Chaque ligne d’entrée est un cas {"id", "block", "gate", "answers"} (et, s’il y a lieu, \
      "expected" et "family") ; chaque ligne de sortie est {"id", "block", "level", "covered", \
      "missing", "reason", "criteria", "confidence", "confidence_score"} — « criteria » dit pour \
      chaque critère pourquoi il est compté ou non ; « confidence » vaut « high » ou « low » \
      (alors sans choix par défaut dans l’entretien), avec « uncertain_because » qui dit \
      pourquoi —, ou {"id", "error"} pour un cas invalide (le code de sortie est alors \
      1). Avec --evaluate, le rapport d’évaluation est écrit sur la sortie d’erreur (avec \
      l’exactitude par niveau de confiance et la table de calibration) ; avec \
      --by-family, un rapport par famille (champ « family ») ou, à défaut, par fichier, puis \
      l’ensemble.
      """,
    aliases: ["suggest"])

  @Option(
    name: .customLong("cases"),
    help: ArgumentHelp(
      "Fichier de cas JSON Lines, à répéter pour plusieurs fichiers (par défaut : l’entrée "
        + "standard).", valueName: "FICHIER"))
  var casesPaths: [String] = []

  @Flag(
    name: .customLong("evaluate"),
    help: "Compare avec le champ « expected » et affiche exactitude, matrice de confusion et kappa."
  )
  var evaluate = false

  @Flag(
    name: .customLong("by-family"),
    help: "Avec --evaluate : exactitude, kappa et matrice par famille de cas (ou par fichier).")
  var byFamily = false

  @Flag(
    name: .customLong("details"),
    help: ArgumentHelp(
      "Ajoute à chaque ligne les indices trouvés (« hits »), les signaux, le niveau de la seule "
        + "règle et ce que lit le modèle appris (« features »)."))
  var details = false

  @OptionGroup var guide: GuideOption

  func run() throws {
    let (dialogue, suggester, readers) = try Frontend.run { () throws(RepereError) in
      let dialogue = try guide.load().dialogue
      let suggester: EvidenceSuggester
      do throws(EvidenceError) {
        suggester = try EvidenceSuggester(dialogue: dialogue)
      } catch {
        throw .evidence(error)
      }
      return (dialogue, suggester, try makeReaders())
    }
    var report = AgreementReport()
    var confidenceReport = ConfidenceReport()
    var families: [String: AgreementReport] = [:]
    var failures = 0
    var unlabelled = 0
    for (set, reader) in readers {
      do {
        try CaseReader.read(reader, dialogue: dialogue, evaluate: evaluate) { outcome in
          switch outcome {
          case .failure(let id, let message):
            failures += 1
            print(
              JSONLine.object([
                ("id", id.map(JSONLine.Value.string) ?? .null), ("error", .string(message)),
              ]))
          case .success(let checked):
            let assessment = suggester.assess(
              block: checked.block, gate: checked.gate, answers: checked.answers)
            let confidence = suggester.confidence(
              of: assessment, block: checked.block, gate: checked.gate, answers: checked.answers)
            print(line(for: checked, assessment, confidence, suggester: suggester))
            if let expected = checked.expected {
              report.add(expected: expected, suggested: assessment.level)
              confidenceReport.add(
                expected: expected, suggested: assessment.level, confidence: confidence)
              families[checked.family ?? set, default: AgreementReport()].add(
                expected: expected, suggested: assessment.level)
            } else {
              unlabelled += 1
            }
          }
        }
      } catch {
        var standardError = StandardError()
        print("repere suggerer : \(set) : \(error.description)", to: &standardError)
        throw ExitCode.failure
      }
    }
    if evaluate {
      var standardError = StandardError()
      if byFamily {
        for name in families.keys.sorted() {
          print(
            EvaluationText.render(families[name] ?? AgreementReport(), title: name),
            terminator: "", to: &standardError)
        }
      }
      print(
        EvaluationText.render(report, failures: failures, unlabelled: unlabelled),
        terminator: "", to: &standardError)
      print(ConfidenceText.render(confidenceReport), terminator: "", to: &standardError)
    }
    if failures > 0 { throw ExitCode.failure }
  }

  /// The output line of a case: the suggestion, its confidence and, with `--details`, the
  /// evidence and the doubts behind the confidence.
  private func line(
    for checked: CheckedCase, _ assessment: BlockAssessment, _ confidence: SuggestionConfidence,
    suggester: EvidenceSuggester
  ) -> String {
    var fields: [(String, JSONLine.Value)] = [
      ("id", .string(checked.id)), ("block", .string(assessment.block)),
      ("level", .string(assessment.level.rawValue)), ("covered", .strings(assessment.covered)),
      ("missing", .strings(assessment.missing)), ("reason", .string(assessment.reason)),
      ("criteria", .strings(assessment.criteria.map { "\($0.criterion) : \($0.why)" })),
      ("confidence", .string(confidence.level.rawValue)),
      ("confidence_score", .number(confidence.score)),
    ]
    if let because = confidence.uncertainBecause {
      fields.append(("uncertain_because", .string(because)))
    }
    if details {
      let hits = assessment.criteria.flatMap { $0.hits + $0.counterSignals }.map {
        "\($0.criterion) a\($0.answer) «\($0.text)»"
          + ($0.discount.map { " [\($0.rawValue)]" } ?? "")
      }
      let signals = assessment.signals.map { "\($0.kind.rawValue) a\($0.answer) «\($0.text)»" }
      fields.append(("hits", .strings(hits)))
      fields.append(("signals", .strings(signals)))
      let doubts = suggester.confidenceDoubts(
        of: assessment, gate: checked.gate, answers: checked.answers)
      fields.append(("doubts", .strings(doubts)))
      if let expected = checked.expected { fields.append(("expected", .string(expected.rawValue))) }
      let learned = suggester.levelFeatures(
        block: checked.block, gate: checked.gate, answers: checked.answers)
      fields.append(("rule_level", .string(learned.ruleLevel.rawValue)))
      fields.append(
        ("features", .object(learned.features.map { ($0.name, .exactNumber($0.value)) })))
    }
    return JSONLine.object(fields)
  }

  /// A reader per cases file (or standard input), named by the file's name, with the
  /// interview's line limit: cases are read one line at a time, never a whole file at once.
  private func makeReaders() throws(RepereError) -> [(String, PlainLineReader)] {
    if casesPaths.isEmpty {
      return [
        ("entrée standard", PlainLineReader(descriptor: 0, signals: nil, stopsAtLongLine: true))
      ]
    }
    var readers: [(String, PlainLineReader)] = []
    for path in casesPaths {
      let descriptor = open(path, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else {
        throw .file(path: path, action: "de lire le fichier de cas", errno: errno)
      }
      // The descriptor stays open until the command ends.
      let name = String(path.split(separator: "/").last ?? Substring(path))
      readers.append(
        (name, PlainLineReader(descriptor: descriptor, signals: nil, stopsAtLongLine: true)))
    }
    return readers
  }
}
