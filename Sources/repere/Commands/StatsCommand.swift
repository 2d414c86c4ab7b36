import ArgumentParser
import Foundation
import RepereCore
import RepereShell

/// `repere stats CHEMIN…`: what many interviews say together, for a certification body or a
/// training manager.
///
/// Reads transcripts (files, folders walked recursively, `-` for a list of paths on standard
/// input) on every core, counts each session read and forgets it, and prints tables with bar
/// charts, or CSV or JSON for other tools.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Statistiques sur de nombreuses transcriptions d’entretiens.",
    discussion: """
      Chaque transcription est vérifiée et rejouée comme pour repere bilan ; ne sont \
      comptées que les sessions intactes, dont la signature éventuelle est valide, menées \
      avec le guide chargé (--dialogue FICHIER : un guide à la fois, les sessions d’un \
      autre guide sont ignorées comme « autre guide »), qui ne sont pas des préparations \
      du candidat. Les fichiers ignorés sont comptés avec leur raison. Dans un dossier, \
      seuls les fichiers .jsonl sont lus.

      Une session signée est comptée sous l’empreinte de sa clé (tableau evaluateurs) ; \
      le tableau confiance sépare l’accord des suggestions de confiance élevée, faible \
      ou inconnue (transcriptions antérieures à la confiance).

      Tableaux (--table, à répéter) : \(StatisticsTables.ids.joined(separator: ", ")).

      Formats : texte (tableaux et barres, à la largeur du terminal), csv (un tableau sur \
      la sortie standard avec --table, ou un fichier par tableau dans le dossier de \
      --sortie), json (schéma repere.stats/2, voir Documentation/repere.stats-2.schema.json).

      Code de sortie : 0 statistiques produites ; 1 erreur (guide, chemin absent, \
      dossier de sortie) ; 64 option invalide.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case texte, csv, json

    init?(argument: String) {
      switch argument.lowercased() {
      case "texte", "text": self = .texte
      case "csv": self = .csv
      case "json": self = .json
      default: return nil
      }
    }

    static var allValueStrings: [String] { ["texte", "csv", "json"] }
  }

  @Argument(
    help: ArgumentHelp(
      "Transcriptions ou dossiers (parcourus récursivement) ; « - » lit une liste de "
        + "chemins sur l’entrée standard.", valueName: "CHEMIN"))
  var paths: [String]

  @Option(
    name: .customLong("format"),
    help: ArgumentHelp("texte (ou text), csv ou json.", valueName: "FORMAT"))
  var format: Format = .texte

  @Option(
    name: .customLong("table"),
    help: ArgumentHelp(
      "Tableau à produire, à répéter (par défaut : tous).", valueName: "TABLEAU"))
  var tables: [String] = []

  @Option(
    name: [.customLong("sortie"), .customLong("output")],
    help: ArgumentHelp(
      "Avec --format csv : écrit un fichier TABLEAU.csv par tableau dans ce dossier.",
      valueName: "DOSSIER"))
  var outputFolder: String?

  @Option(
    name: [.customLong("depuis"), .customLong("since")],
    help: ArgumentHelp("Sessions commencées ce jour ou après.", valueName: "AAAA-MM-JJ"))
  var since: String?

  @Option(
    name: [.customLong("jusqu-a"), .customLong("until")],
    help: ArgumentHelp("Sessions commencées ce jour ou avant.", valueName: "AAAA-MM-JJ"))
  var until: String?

  @Option(
    name: [.customLong("evaluateur"), .customLong("evaluator")],
    help: ArgumentHelp(
      "Sessions où cet intervenant est nommé (« Prénom Nom » ou « Nom », sans tenir compte "
        + "de la casse ni des accents), ou signées par la clé de cette empreinte.",
      valueName: "NOM"))
  var evaluator: String?

  @OptionGroup var guide: GuideOption

  func validate() throws {
    if paths.isEmpty { throw ValidationError("Indiquez au moins un chemin (ou « - »).") }
    for table in tables where !StatisticsTables.ids.contains(table) {
      throw ValidationError(
        "Tableau inconnu « \(table) » ; tableaux : "
          + "\(StatisticsTables.ids.joined(separator: ", ")).")
    }
    if format == .csv, outputFolder == nil, tables.count != 1 {
      throw ValidationError(
        "--format csv écrit un seul tableau sur la sortie standard : choisissez-le avec "
          + "--table, ou donnez un dossier avec --sortie pour un fichier par tableau.")
    }
    if outputFolder != nil, format != .csv {
      throw ValidationError("--sortie ne s’emploie qu’avec --format csv.")
    }
    for (option, value) in [("--depuis", since), ("--jusqu-a", until)] {
      if let value, Self.day(value) == nil {
        throw ValidationError("\(option) attend une date AAAA-MM-JJ, pas « \(value) ».")
      }
    }
  }

  func run() throws {
    try Frontend.run { () throws(RepereError) in
      let loaded = try guide.load()
      for path in paths where path != "-" && !FileManager.default.fileExists(atPath: path) {
        throw .file(path: path, action: "de lire les transcriptions", errno: ENOENT)
      }
      let suggester: BackgroundSuggester
      do throws(EvidenceError) {
        suggester = try BackgroundSuggester(dialogue: loaded.dialogue)
      } catch {
        throw .evidence(error)
      }
      let filter = StatisticsFilter(
        since: since.flatMap(Self.day),
        until: until.flatMap(Self.day).map { $0.addingTimeInterval(86_400) },
        evaluator: evaluator)
      let reader = StatisticsReader(
        classifier: SessionClassifier(
          dialogue: loaded.dialogue, guide: loaded.identity, suggester: suggester),
        filter: filter)
      let progress = ProgressLine(enabled: TerminalSize.isTerminal(2))
      let totals = reader.read(TranscriptPaths(paths)) { progress.update($0) }
      progress.finish()
      let report = StatisticsReport(
        totals: totals, dialogue: loaded.dialogue, guide: loaded.identity, since: since,
        until: until, evaluator: evaluator)
      try write(report)
    }
  }

  private func write(_ report: StatisticsReport) throws(RepereError) {
    let chosen = tables.isEmpty ? StatisticsTables.ids : tables
    switch format {
    case .json:
      print(StatisticsJSONRenderer.render(report), terminator: "")
    case .texte:
      let terminal = TerminalSize.isTerminal(1)
      let style =
        terminal && TextStyle.allowsColour(environment: ProcessInfo.processInfo.environment)
        ? TextStyle.ansi : .plain
      let width = TerminalSize.columns(of: 1) ?? 80
      let renderer = StatisticsTextRenderer(width: width, style: style)
      print(
        renderer.render(report, tables: StatisticsTables.make(report, only: chosen)),
        terminator: "")
    case .csv:
      let made = StatisticsTables.make(report, only: chosen)
      guard let outputFolder else {
        print(StatisticsCSVRenderer.render(made[0]), terminator: "")
        return
      }
      do {
        try FileManager.default.createDirectory(
          atPath: outputFolder, withIntermediateDirectories: true)
      } catch {
        throw .file(path: outputFolder, action: "de créer le dossier", errno: EACCES)
      }
      for table in made {
        let path = (outputFolder as NSString).appendingPathComponent(table.id + ".csv")
        do throws(ShellError) {
          try PrivateOutputFile.save(
            StatisticsCSVRenderer.render(table), to: path, overwrite: true)
        } catch {
          throw .shell(error)
        }
      }
    }
  }

  /// Midnight of `AAAA-MM-JJ` in the local time zone, `nil` if it is not such a date.
  static func day(_ text: String) -> Date? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = .current
    let components = DateComponents(year: year, month: month, day: day)
    guard let date = calendar.date(from: components),
      calendar.dateComponents([.year, .month, .day], from: date) == components
    else { return nil }
    return date
  }
}
