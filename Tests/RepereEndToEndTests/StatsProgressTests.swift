import Foundation
import RepereTestSupport
import Testing

/// The progress line of `repere stats` on standard error: shown on a terminal once the
/// reading has taken more than a second, erased at the end; never through a pipe.
///
/// The real binary reads a folder of copies of a golden transcript, large enough that the
/// reading takes several seconds (each session is parsed, its chain checked and replayed).
@Suite("repere stats: the progress line (end to end)")
struct StatsProgressTests {
  /// Copies of `a/dupont.jsonl`: several seconds of reading in the debug build the tests use.
  /// 120 copies took about 8 s before the reading was made faster (2 December 2026), then
  /// under 2 s; 800 take about 5 s with two tests at once on this loaded 2-core machine.
  static let copies = 800

  static func folder(_ scratch: ScratchDirectory) throws -> String {
    let text = try String(
      contentsOf: StatsFolder.root.appendingPathComponent("a/dupont.jsonl"), encoding: .utf8)
    let folder = scratch.path("sessions")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for index in 0..<copies {
      try text.write(toFile: folder + "/s\(index).jsonl", atomically: false, encoding: .utf8)
    }
    return folder
  }

  @Test("on a terminal: « N fichiers lus… » after a second, then erased before the tables")
  func terminal() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let folder = try Self.folder(scratch)
    let started = ContinuousClock.now
    let child = try ChildProcess.withTerminal(
      ["stats", folder, "--table", "sessions"],
      environment: ["TERM": "xterm", "NO_COLOR": "1", "LANG": "C.UTF-8"], columns: 80)
    let screen = child.readToEnd()
    #expect(child.wait() == 0)
    let elapsed = ContinuousClock.now - started
    // Everything before the heading is the progress line's: rewritten after « \r », then
    // blanked and the cursor brought back.
    let heading = try #require(screen.range(of: "repere stats — "))
    let progress = String(screen[..<heading.lowerBound])
    try #require(elapsed > .seconds(2), "the reading was too fast to show progress")
    let shown = progress.split(separator: "\r", omittingEmptySubsequences: true)
    let last = try #require(shown.last { !$0.allSatisfy { $0 == " " } })
    #expect(last.hasSuffix(" fichiers lus…"), "\(progress.debugDescription)")
    let count = try #require(Int(last.prefix { $0.isNumber }))
    #expect(count >= 1 && count <= Self.copies)
    // Erased: the last write is « \r », as many spaces as the longest text, « \r ».
    let erase = "\r" + String(repeating: " ", count: last.count) + "\r"
    #expect(progress.hasSuffix(erase), "\(progress.suffix(80).debugDescription)")
    // Each line shown is only the progress text (no escape codes, no newline).
    for text in shown where !text.allSatisfy({ $0 == " " }) {
      #expect(text.trimmingCharacters(in: .whitespaces).hasSuffix("lus…"), "\(text)")
    }
    #expect(!progress.contains("\n"))
    #expect(screen.contains("comptées"))
  }

  @Test("through a pipe: nothing on standard error")
  func pipe() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let folder = try Self.folder(scratch)
    let child = try ChildProcess.withPipes(["stats", folder, "--table", "sessions"])
    child.closeInput()
    let output = child.readToEnd()
    #expect(child.wait() == 0)
    #expect(child.standardError().isEmpty)
    #expect(output.hasPrefix("repere stats — "))
  }
}
