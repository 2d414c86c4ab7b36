import Foundation

/// One measured thing of `repere-bench`: each section has its own file and prints its
/// own report lines.
///
/// To add a measurement, write a type conforming to this protocol in its own file and list
/// it in ``BenchCommand/sections``.
protocol BenchSection {
  /// Short identifier used with `repere-bench --section NAME`.
  static var name: String { get }
  /// One-line French description shown in the report.
  static var title: String { get }
  /// Creates the section with its defaults.
  init()
  /// Runs the measurement and returns the French report lines.
  func run(settings: BenchSettings) throws -> [String]
}

/// Settings shared by all sections.
struct BenchSettings {
  /// Number of timed runs; figures are medians over them.
  var runs: Int
  /// Approximate size of generated corpora, in bytes.
  var corpusBytes: Int
  /// Seed of the deterministic generator.
  var seed: UInt64
  /// The `repere` binary to launch.
  var repere: URL
  /// Numbers of sessions generated for `stats` (each size read in turn).
  var sessions: [Int] = [1000, 10_000]
}
