import ArgumentParser
import Foundation

/// `repere-bench`: performance measurements of repere, one section per measured thing.
///
/// A separate executable, built beside `repere` and never installed. Build in release mode
/// first (`swift build -c release`); figures from a debug build are not meaningful.
@main
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "repere-bench",
    abstract: "Mesure les performances de repere (à lancer sur une compilation release).")

  /// Every section, in the order they run.
  static var sections: [any BenchSection.Type] {
    [EvidenceBench.self, StartupBench.self, StatsBench.self]
  }

  @Option(
    name: .customLong("section"),
    help: "Section à mesurer (par défaut : toutes). Sections : evidence, startup, stats.")
  var section: [String] = []

  @Option(name: .customLong("runs"), help: "Nombre de passes chronométrées (médiane).")
  var runs = 5

  @Option(name: .customLong("bytes"), help: "Taille approximative du corpus généré, en octets.")
  var bytes = 1_000_000

  @Option(
    name: .customLong("sessions"),
    help:
      "Section stats : nombres de transcriptions générées, à répéter (par défaut : 1000 et 10000).")
  var sessions: [Int] = [1000, 10_000]

  @Option(name: .customLong("seed"), help: "Graine du générateur de corpus.")
  var seed: UInt64 = 2026

  @Option(
    name: .customLong("repere"),
    help: ArgumentHelp(
      "Binaire repere à lancer (par défaut : celui du même dossier que repere-bench).",
      valueName: "CHEMIN"))
  var reperePath: String?

  /// `repere` in the directory of this executable: the one built with it.
  static var siblingRepere: URL {
    URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
      .deletingLastPathComponent().appendingPathComponent("repere")
  }

  func validate() throws {
    guard runs >= 1 else { throw ValidationError("--runs doit valoir au moins 1.") }
    guard sessions.allSatisfy({ $0 >= 1 }) else {
      throw ValidationError("--sessions doit valoir au moins 1.")
    }
    guard bytes >= 1000 else { throw ValidationError("--bytes doit valoir au moins 1000.") }
    let known = Set(Self.sections.map { $0.name })
    for name in section where !known.contains(name) {
      throw ValidationError(
        "Section inconnue « \(name) » ; sections : \(known.sorted().joined(separator: ", ")).")
    }
  }

  func run() throws {
    let settings = BenchSettings(
      runs: runs, corpusBytes: bytes, seed: seed,
      repere: reperePath.map { URL(fileURLWithPath: $0) } ?? Self.siblingRepere,
      sessions: sessions)
    #if DEBUG
      print("Attention : compilation debug, les chiffres ne sont pas représentatifs.")
    #endif
    for type in Self.sections where section.isEmpty || section.contains(type.name) {
      print("== \(type.title) [\(type.name)]")
      for line in try type.init().run(settings: settings) { print("  " + line) }
    }
  }
}
