import Foundation

/// Golden files: expected text kept beside the tests, re-recorded on request.
///
/// With `REPERE_RECORD_GOLDEN=1` in the environment the file is (re)written and a failure
/// is reported on purpose, as swift-argument-parser's `assertSnapshot` does, so that
/// re-recorded files are always reviewed (`git diff`) before they are committed. This
/// target does not import Testing (it is built with the products); each test target
/// records the returned failure as an issue.
public enum GoldenFile {
  /// Compares `actual` with the golden file `directory/name`, or records it.
  ///
  /// - Returns: Why the test must fail (a difference, a missing file, a recording), or
  ///   `nil` when the text is the expected one.
  public static func compare(_ actual: String, named name: String, in directory: URL)
    -> String?
  {
    let url = directory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["REPERE_RECORD_GOLDEN"] == "1" {
      do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return "Recorded \(name); run again without REPERE_RECORD_GOLDEN."
      } catch {
        return "Could not record \(name): \(error)"
      }
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      return "No golden file \(name): run with REPERE_RECORD_GOLDEN=1 to record it."
    }
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    if let index = zip(expectedLines, actualLines).enumerated().first(where: {
      $0.element.0 != $0.element.1
    })?.offset {
      return "\(name) differs at line \(index + 1):\n  expected: \(expectedLines[index])\n"
        + "  actual:   \(actualLines[index])"
    }
    if expectedLines.count != actualLines.count {
      return "\(name): \(actualLines.count) lines, expected \(expectedLines.count)."
    }
    return nil
  }
}
