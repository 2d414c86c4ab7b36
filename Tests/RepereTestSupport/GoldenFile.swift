import Foundation
import Testing

/// Compares text with a golden file `directory/name`.
///
/// With `REPERE_RECORD_GOLDEN=1` in the environment the file is (re)written and the test
/// fails on purpose, as swift-argument-parser's `assertSnapshot` does, so that re-recorded
/// files are always reviewed (`git diff`) before they are committed.
///
/// - Parameters:
///   - actual: The text produced by the test.
///   - name: The file name under `directory`.
///   - directory: Where the golden files are, usually `Golden/` beside the test's folder.
public func assertGolden(
  _ actual: String, named name: String, in directory: URL,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let url = directory.appendingPathComponent(name)
  if ProcessInfo.processInfo.environment["REPERE_RECORD_GOLDEN"] == "1" {
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try actual.write(to: url, atomically: true, encoding: .utf8)
      Issue.record(
        "Recorded \(name); run again without REPERE_RECORD_GOLDEN.",
        sourceLocation: sourceLocation)
    } catch {
      Issue.record("Could not record \(name): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
    Issue.record(
      "No golden file \(name): run with REPERE_RECORD_GOLDEN=1 to record it.",
      sourceLocation: sourceLocation)
    return
  }
  let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
  if let index = zip(expectedLines, actualLines).enumerated().first(where: {
    $0.element.0 != $0.element.1
  })?.offset {
    Issue.record(
      "\(name) differs at line \(index + 1):\n  expected: \(expectedLines[index])\n  actual:   \(actualLines[index])",
      sourceLocation: sourceLocation)
  } else if expectedLines.count != actualLines.count {
    Issue.record(
      "\(name): \(actualLines.count) lines, expected \(expectedLines.count).",
      sourceLocation: sourceLocation)
  }
}
