import Foundation
import RepereCore

/// Reads the files of `repere stats` on several threads and reduces what they count.
///
/// Each worker takes the next path, reads the file, classifies it (``SessionClassifier``) and
/// adds it to its own ``StatisticsAccumulator``; the accumulators are merged at the end. Only
/// the files being read are in memory, one per worker.
public struct StatisticsReader: Sendable {
  public var classifier: SessionClassifier
  public var filter: StatisticsFilter
  /// Worker threads: the available cores by default.
  public var workers: Int

  public init(
    classifier: SessionClassifier, filter: StatisticsFilter,
    workers: Int = ProcessInfo.processInfo.activeProcessorCount
  ) {
    self.classifier = classifier
    self.filter = filter
    self.workers = max(1, workers)
  }

  /// Reads every file of `paths`.
  ///
  /// - Parameters:
  ///   - paths: The files to read.
  ///   - progress: Called after each file with the number of files read so far (from any
  ///     worker thread).
  /// - Returns: The totals of every file.
  public func read(_ paths: TranscriptPaths, progress: @escaping @Sendable (Int) -> Void = { _ in })
    -> StatisticsAccumulator
  {
    let result = Totals()
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      var totals = StatisticsAccumulator()
      while let path = paths.next() {
        add(path, to: &totals)
        progress(result.countOne())
      }
      result.merge(totals)
    }
    return result.totals
  }

  private func add(_ path: String, to totals: inout StatisticsAccumulator) {
    let bytes: [UInt8]
    do {
      bytes = try FileBytes.contents(atPath: path)
    } catch {
      totals.add(skip: .unreadable)
      return
    }
    switch classifier.classify(Data(bytes)) {
    case .success(let session): totals.add(session, filter: filter)
    case .failure(let reason): totals.add(skip: reason)
    }
  }

  /// The merged totals and the count of files read, shared by the workers.
  private final class Totals: @unchecked Sendable {
    private let lock = NSLock()
    private var read = 0
    private(set) var totals = StatisticsAccumulator()

    func countOne() -> Int {
      lock.lock()
      defer { lock.unlock() }
      read += 1
      return read
    }

    func merge(_ other: StatisticsAccumulator) {
      lock.lock()
      defer { lock.unlock() }
      totals.merge(other)
    }
  }
}
