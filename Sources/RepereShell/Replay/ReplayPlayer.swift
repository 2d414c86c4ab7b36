import Foundation
import RepereCore

/// Plays a whole replay without stopping for keys: all at once (piped: plain, deterministic
/// text), or at the recorded pace (`--rythme`), waiting between steps as the session did.
public struct ReplayPlayer {
  private let renderer: ReplayTextRenderer
  private let script: ReplayScript
  private let write: (String) -> Void
  private let sleep: (Double) -> Void

  /// - Parameters:
  ///   - script: the steps.
  ///   - renderer: their text.
  ///   - write: where the text goes (standard output).
  ///   - sleep: waits this many seconds (tests record the waits instead).
  public init(
    script: ReplayScript, renderer: ReplayTextRenderer, write: @escaping (String) -> Void,
    sleep: @escaping (Double) -> Void = { Thread.sleep(forTimeInterval: $0) }
  ) {
    self.script = script
    self.renderer = renderer
    self.write = write
    self.sleep = sleep
  }

  /// Writes the header, every step (after its wait, when paced) and the summary.
  /// - Parameters:
  ///   - fileName: the transcript's name, for the header.
  ///   - pacing: the pace, or `nil` for no wait at all.
  public func play(fileName: String, pacing: ReplayPacing?) {
    write(renderer.header(fileName: fileName))
    let waits = pacing?.waits(for: script) ?? []
    for index in script.steps.indices {
      if index < waits.count, waits[index] > 0 { sleep(waits[index]) }
      write(renderer.render(step: index))
    }
    write(renderer.summary())
  }
}
