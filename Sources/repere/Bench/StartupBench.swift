import Foundation
import RepereCore

/// Measures the time from launching `repere entretien --protocol jsonl` to its first
/// question: what a user waits before typing (aim: under 30 ms median).
///
/// Each run spawns this very binary with a pipe as standard input, times until the first
/// `ask` line arrives, then closes the input (the session stops, exit 3) and removes the
/// transcript. The in-process part (guide loading, evidence engine) is timed apart.
struct StartupBench: BenchSection {
  static let name = "startup"
  static let title = "Démarrage : lancement de repere jusqu’à la première question"

  /// Fewest launches measured, whatever `--runs` says: launches vary more than loops.
  static let minimumLaunches = 20

  func run(settings: BenchSettings) throws -> [String] {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("repere-bench-startup-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }

    let launches = max(settings.runs * 4, Self.minimumLaunches)
    var seconds: [Double] = []
    // One launch first, not counted: it warms the page cache.
    for index in 0...launches {
      let transcript = directory.appendingPathComponent("s\(index).jsonl").path
      let elapsed = try timeToFirstAsk(executable: executable, transcript: transcript)
      if index > 0 { seconds.append(elapsed) }
    }

    let clock = ContinuousClock()
    var loadSeconds: [Double] = []
    var engineSeconds: [Double] = []
    for _ in 0..<max(settings.runs, 5) {
      var start = clock.now
      let dialogue = try Dialogue.bundled()
      loadSeconds.append(BenchStatistics.seconds(clock.now - start))
      start = clock.now
      _ = try EvidenceSuggester(dialogue: dialogue)
      engineSeconds.append(BenchStatistics.seconds(clock.now - start))
    }

    func milliseconds(_ value: Double) -> String { BenchStatistics.french(value * 1000, digits: 1) }
    let median = BenchStatistics.median(seconds)
    return [
      "\(launches) lancements (entrée par tube, --protocol jsonl)",
      "jusqu’à la première question : médiane \(milliseconds(median)) ms, "
        + "p90 \(milliseconds(BenchStatistics.percentile(seconds, 0.9))) ms, "
        + "min \(milliseconds(seconds.min() ?? 0)) ms "
        + (median < 0.030 ? "(objectif < 30 ms atteint)" : "(objectif < 30 ms NON atteint)"),
      "dont, dans le processus : lecture du guide intégré \(milliseconds(BenchStatistics.median(loadSeconds))) ms, "
        + "moteur d’indices \(milliseconds(BenchStatistics.median(engineSeconds))) ms (médianes)",
    ]
  }

  /// Launches one session and returns the seconds until its first `ask` line.
  private func timeToFirstAsk(executable: URL, transcript: String) throws -> Double {
    let process = Process()
    process.executableURL = executable
    process.arguments = ["entretien", "--protocol", "jsonl", "--transcript", transcript]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
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
        if line.range(of: Data(#""type":"ask""#.utf8)) != nil {
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
          "repere s’est arrêté sans poser de question (code \(process.terminationStatus)).")
    }
    return elapsed
  }
}

/// The benchmarked binary did not behave.
struct StartupBenchError: Error, CustomStringConvertible {
  var description: String
}
