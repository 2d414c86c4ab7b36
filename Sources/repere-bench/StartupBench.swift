import Foundation
import RepereBundledGuide
import RepereCore

/// Measures the time from launching `repere entretien --protocol jsonl` to its first
/// question: what a user waits before typing (aims, on medians: under 15 ms, and at most
/// 1.6 times `repere --version`).
///
/// Each run spawns the `repere` binary built beside this one with a pipe as standard input, times until the first
/// `ask` line arrives, then closes the input (the session stops, exit 3) and removes the
/// transcript. Each is paired with a launch of `repere --version` timed to its output line:
/// the cost of starting any process of that binary (kernel, dynamic loader, Swift runtime),
/// so the report shows what is the program's own work. The two kinds of launch alternate,
/// so a change of machine load affects both alike. The in-process part (guide loading,
/// evidence engine) is timed apart.
struct StartupBench: BenchSection {
  static let name = "startup"
  static let title = "Démarrage : lancement de repere jusqu’à la première question"

  /// Fewest launches measured, whatever `--runs` says: launches vary more than loops.
  static let minimumLaunches = 20
  /// Launches of each kind done first and not counted: they warm the page cache.
  static let warmUpLaunches = 3
  /// The aim for the median time to the first question.
  static let aimSeconds = 0.015
  /// The aim for the ratio of the medians (first question / `repere --version`).
  static let aimRatio = 1.6

  func run(settings: BenchSettings) throws -> [String] {
    let executable = settings.repere
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("repere-bench-startup-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }

    let launches = max(settings.runs * 4, Self.minimumLaunches)
    var seconds: [Double] = []
    var baseline: [Double] = []
    for index in 0..<(Self.warmUpLaunches + launches) {
      let transcript = directory.appendingPathComponent("s\(index).jsonl").path
      let session = try timeToFirstLine(
        executable: executable,
        arguments: ["entretien", "--protocol", "jsonl", "--transcript", transcript],
        marker: #""type":"ask""#)
      let version = try timeToFirstLine(
        executable: executable, arguments: ["--version"], marker: nil)
      if index >= Self.warmUpLaunches {
        seconds.append(session)
        baseline.append(version)
      }
    }

    let clock = ContinuousClock()
    var loadSeconds: [Double] = []
    var yamlSeconds: [Double] = []
    var engineSeconds: [Double] = []
    let yaml = BundledGuide.yaml
    for _ in 0..<max(settings.runs, 5) {
      var start = clock.now
      let dialogue = BundledGuide.makeDialogue()
      loadSeconds.append(BenchStatistics.seconds(clock.now - start))
      start = clock.now
      _ = try DialogueLoader.load(yaml, fileName: BundledGuide.fileName)
      yamlSeconds.append(BenchStatistics.seconds(clock.now - start))
      start = clock.now
      _ = try EvidenceSuggester(dialogue: dialogue)
      engineSeconds.append(BenchStatistics.seconds(clock.now - start))
    }

    func milliseconds(_ value: Double) -> String { BenchStatistics.french(value * 1000, digits: 1) }
    func summary(_ values: [Double]) -> String {
      "médiane \(milliseconds(BenchStatistics.median(values))) ms, "
        + "min \(milliseconds(values.min() ?? 0)) ms, "
        + "p90 \(milliseconds(BenchStatistics.percentile(values, 0.9))) ms"
    }
    let median = BenchStatistics.median(seconds)
    let baselineMedian = BenchStatistics.median(baseline)
    let ratio = median / max(baselineMedian, 1e-9)
    func verdict(_ met: Bool) -> String { met ? "atteint" : "NON atteint" }
    return [
      "binaire : \(Self.buildDescription)",
      "\(launches) lancements mesurés de chaque sorte, après \(Self.warmUpLaunches) de mise en route, "
        + "en alternance (entrée par tube)",
      "jusqu’à la première question (entretien --protocol jsonl) : \(summary(seconds)) "
        + "(objectif < \(milliseconds(Self.aimSeconds)) ms \(verdict(median < Self.aimSeconds)))",
      "référence repere --version (lancement du processus seul) : \(summary(baseline))",
      "rapport des médianes : \(BenchStatistics.french(ratio, digits: 2))× "
        + "(objectif ≤ \(BenchStatistics.french(Self.aimRatio, digits: 1))× \(verdict(ratio <= Self.aimRatio))) ; "
        + "travail propre à l’entretien : \(milliseconds(median - baselineMedian)) ms",
      "dont, dans le processus : guide intégré compilé \(milliseconds(BenchStatistics.median(loadSeconds))) ms "
        + "(le même lu en YAML et validé : \(milliseconds(BenchStatistics.median(yamlSeconds))) ms), "
        + "moteur d’indices \(milliseconds(BenchStatistics.median(engineSeconds))) ms "
        + "(médianes, à chaud ; le moteur est construit en parallèle, une fois la première "
        + "question posée)",
    ]
  }

  /// How this binary was built: what the figures are about.
  static var buildDescription: String {
    #if DEBUG
      let mode = "compilation debug (chiffres non représentatifs)"
    #else
      let mode = "compilation release"
    #endif
    // A binary linked with --static-swift-stdlib has no libswiftCore.so loaded.
    let sharedRuntime = dlopen("libswiftCore.so", RTLD_LAZY | RTLD_NOLOAD)
    if let sharedRuntime { dlclose(sharedRuntime) }
    let runtime =
      sharedRuntime != nil
      ? "bibliothèques Swift partagées (.so)"
      : "bibliothèques Swift liées statiquement (--static-swift-stdlib)"
    return "\(mode), \(runtime)"
  }

  /// Launches this binary with `arguments` and returns the seconds until its first output
  /// line containing `marker` (any line when `marker` is nil); then closes its input and
  /// waits for it to end.
  private func timeToFirstLine(executable: URL, arguments: [String], marker: String?) throws
    -> Double
  {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    let wanted = marker.map { Data($0.utf8) }
    let clock = ContinuousClock()
    let start = clock.now
    try process.run()
    let reader = output.fileHandleForReading
    var pending = Data()
    var elapsed: Double?
    while elapsed == nil {
      let chunk = reader.availableData
      if chunk.isEmpty { break }
      pending += chunk
      while let newline = pending.firstIndex(of: 0x0A) {
        let line = pending[pending.startIndex..<newline]
        pending = pending[(newline + 1)...]
        if wanted.map({ line.range(of: $0) != nil }) ?? true {
          elapsed = BenchStatistics.seconds(clock.now - start)
          break
        }
      }
    }
    try input.fileHandleForWriting.close()
    _ = reader.readDataToEndOfFile()
    process.waitUntilExit()
    guard let elapsed else {
      throw StartupBenchError(
        description:
          "repere \(arguments.first ?? "") s’est arrêté sans la sortie attendue "
          + "(code \(process.terminationStatus)).")
    }
    return elapsed
  }
}

/// The benchmarked binary did not behave.
struct StartupBenchError: Error, CustomStringConvertible {
  var description: String
}
