import Foundation
import RepereCore

/// The evidence engine, compiled on a background thread while the session starts.
///
/// Compiling every evidence term of a guide takes longer than everything else before the
/// first question, which asks the candidate's name and needs no engine. The engine is
/// built beside the conversation; the first assessment waits for it if it is not ready.
public final class BackgroundSuggester: PositioningSuggester, @unchecked Sendable {
  private let ready = NSCondition()
  private var engine: EvidenceSuggester?
  private var done = false

  /// Starts compiling the engine for `dialogue`.
  ///
  /// - Throws: ``EvidenceError/stemmerUnavailable`` at once (not later, mid-interview) if
  ///   libstemmer has no French stemmer.
  public init(dialogue: Dialogue) throws(EvidenceError) {
    guard FrenchStemmer() != nil else { throw .stemmerUnavailable }
    let thread = Thread { [self] in
      // Below the conversation's thread: on a busy machine the first question comes first.
      #if os(Linux)
        // On Linux the nice value is per thread: 0 names the calling thread.
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
      #endif
      // Stop signals go to the main thread, so that they interrupt its blocking calls
      // (a write to a full pipe) rather than land here.
      var stopSignals = sigset_t()
      sigemptyset(&stopSignals)
      for number in [SIGINT, SIGTERM, SIGHUP, SIGWINCH] { sigaddset(&stopSignals, number) }
      pthread_sigmask(SIG_BLOCK, &stopSignals, nil)
      // The stemmer was just found, so building cannot fail for that reason.
      let built = try? EvidenceSuggester(dialogue: dialogue)
      ready.lock()
      engine = built
      done = true
      ready.broadcast()
      ready.unlock()
    }
    thread.qualityOfService = .userInitiated
    thread.start()
  }

  /// The engine, once built.
  private var builtEngine: EvidenceSuggester {
    ready.lock()
    defer { ready.unlock() }
    while !done { ready.wait() }
    guard let engine else {
      // Only a missing French stemmer stops the build, and init checked for it.
      fatalError("Le moteur d’indices n’a pas pu être construit (racinisation du français).")
    }
    return engine
  }

  public func assess(block: Block, gate: Bool, answers: [String]) -> BlockAssessment {
    builtEngine.assess(block: block, gate: gate, answers: answers)
  }
}
