import Foundation
import RepereTestSupport
import Testing

/// Compares text with a golden file under `Tests/RepereCoreTests/Golden/`.
func assertGolden(
  _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Golden")
  if let failure = GoldenFile.compare(actual, named: name, in: directory) {
    Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation)
  }
}
