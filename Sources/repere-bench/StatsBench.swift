import Foundation
import RepereBundledGuide
import RepereCore

#if canImport(Glibc)
  import Glibc
#endif

/// Measures `repere stats` over generated transcripts: sessions/s, MB/s, peak resident
/// memory, at each size of `--sessions`; and `jq -c .` over the same files as a reference
/// point when jq is installed.
///
/// The transcripts are generated with the interview engine (``TranscriptCorpus``) into a
/// temporary folder, removed at the end. Each size is read `--runs` times (at most 3: a
/// reading of 10 000 sessions is long) by the `repere` binary built beside this one, launched
/// as a child so its peak memory is its own (`wait4`'s `ru_maxrss`).
struct StatsBench: BenchSection {
  static let name = "stats"
  static let title = "repere stats : lecture de nombreuses transcriptions"

  /// The most passes per size.
  static let maximumRuns = 3
  /// The memory aim of the issue, in bytes.
  static let memoryAim = 64 << 20

  func run(settings: BenchSettings) throws -> [String] {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("repere-bench-stats-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }

    let corpus = TranscriptCorpus(suggester: try EvidenceSuggester(dialogue: BundledGuide.dialogue))
    let candidates: [String] = ["/usr/bin/jq", "/usr/local/bin/jq"]
    let jq = candidates.first { access($0, X_OK) == 0 }
    var lines = ["binaire : \(StartupBench.buildDescription)"]
    var written = 0
    var bytes = 0
    let clock = ContinuousClock()
    for size in settings.sessions.sorted() {
      let generation = clock.now
      while written < size {
        let text = corpus.transcript(index: written, seed: settings.seed)
        let path = folder.appendingPathComponent("s\(written).jsonl")
        try text.write(to: path, atomically: false, encoding: .utf8)
        bytes += text.utf8.count
        written += 1
      }
      let generated = BenchStatistics.seconds(clock.now - generation)
      var seconds: [Double] = []
      var peaks: [Int] = []
      for _ in 0..<min(settings.runs, Self.maximumRuns) {
        let run = try ChildRun.launch(
          settings.repere.path, ["stats", folder.path, "--format", "json"])
        guard run.status == 0 else {
          throw StartupBenchError(description: "repere stats a échoué (code \(run.status)).")
        }
        seconds.append(run.seconds)
        peaks.append(run.peakBytes)
      }
      let median = BenchStatistics.median(seconds)
      let megabytes = Double(bytes) / 1e6
      let peak = peaks.max() ?? 0
      lines.append(
        "\(size) sessions (\(BenchStatistics.french(megabytes, digits: 1)) Mo, générées en "
          + "\(BenchStatistics.french(generated, digits: 1)) s) : médiane "
          + "\(BenchStatistics.french(median, digits: 2)) s sur \(seconds.count) passes, "
          + "\(BenchStatistics.french(Double(size) / median, digits: 0)) sessions/s, "
          + "\(BenchStatistics.french(megabytes / median, digits: 1)) Mo/s, mémoire résidente "
          + "maximale \(BenchStatistics.french(Double(peak) / 1_048_576, digits: 1)) Mio "
          + (peak < Self.memoryAim
            ? "(objectif < 64 Mio atteint)" : "(objectif < 64 Mio NON atteint)"))
      if let jq {
        var jqSeconds: [Double] = []
        for _ in 0..<min(settings.runs, Self.maximumRuns) {
          let run = try ChildRun.launch(
            "/bin/sh",
            [
              "-c", "find \"$1\" -name '*.jsonl' -exec cat {} + | \"$2\" -c . > /dev/null", "sh",
              folder.path, jq,
            ])
          jqSeconds.append(run.seconds)
        }
        let jqMedian = BenchStatistics.median(jqSeconds)
        lines.append(
          "  référence jq -c . sur les mêmes fichiers : médiane "
            + "\(BenchStatistics.french(jqMedian, digits: 2)) s, "
            + "\(BenchStatistics.french(megabytes / jqMedian, digits: 1)) Mo/s ; "
            + "rapport stats/jq : \(BenchStatistics.french(median / jqMedian, digits: 2))× "
            + (median <= jqMedian ? "(objectif atteint)" : "(objectif NON atteint)"))
      } else {
        lines.append("  jq absent : pas de référence")
      }
    }
    lines.append(
      "cœurs disponibles : \(ProcessInfo.processInfo.activeProcessorCount) (partagés : "
        + "les durées varient avec la charge de la machine)")
    return lines
  }
}

/// A child process run to its end: wall time and peak resident memory (`wait4`).
struct ChildRun {
  var status: Int32
  var seconds: Double
  var peakBytes: Int

  static func launch(_ executable: String, _ arguments: [String]) throws -> ChildRun {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let clock = ContinuousClock()
    let start = clock.now
    let code = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    guard code == 0 else {
      throw StartupBenchError(description: "impossible de lancer \(executable) (errno \(code)).")
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
    let seconds = BenchStatistics.seconds(clock.now - start)
    // ru_maxrss is in kibibytes on Linux.
    return ChildRun(
      status: (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1, seconds: seconds,
      peakBytes: Int(usage.ru_maxrss) * 1024)
  }
}
