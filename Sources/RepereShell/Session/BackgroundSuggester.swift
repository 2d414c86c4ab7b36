import Foundation
import RepereCore

/// The evidence engine, compiled beside the conversation once the first question is out.
///
/// Compiling every evidence term of a guide (and loading the French dictionary) takes far
/// longer than everything else before the first question, which asks the candidate's name
/// and needs no engine. The session starts the compilation with ``warmUp()`` once the
/// opening is shown, on a thread of lower priority, so it runs while the evaluator reads;
/// the first assessment waits for it if it is not done, or compiles it at once if nothing
/// started it (a resumed session replays its blocks before any question).
public final class BackgroundSuggester: PositioningSuggester, @unchecked Sendable {
  // Every stored property below is read and written only with `condition` locked.
  private let condition = NSCondition()
  private var state = State.idle
  private let dialogue: Dialogue

  private enum State {
    /// Nothing started.
    case idle
    /// Being compiled, on the warm-up thread or on a thread that needed it.
    case compiling
    /// Ready.
    case ready(EvidenceSuggester)
  }

  /// Checks that the engine can be compiled for `dialogue`; compiles nothing yet.
  ///
  /// - Throws: ``EvidenceError/stemmerUnavailable`` at once (not later, mid-interview) if
  ///   libstemmer has no French stemmer.
  public init(dialogue: Dialogue) throws(EvidenceError) {
    guard FrenchStemmer() != nil else { throw .stemmerUnavailable }
    self.dialogue = dialogue
  }

  /// Whether the compilation has started (by ``warmUp()`` or an assessment).
  public var hasStarted: Bool {
    condition.lock()
    defer { condition.unlock() }
    if case .idle = state { return false }
    return true
  }

  /// Whether the engine is compiled.
  public var isReady: Bool {
    condition.lock()
    defer { condition.unlock() }
    if case .ready = state { return true }
    return false
  }

  /// Starts compiling the engine on a background thread of lower priority; does nothing if
  /// it has started already.
  public func warmUp() {
    guard claimCompilation() else { return }
    let thread = Thread { [self] in
      // Below the conversation's thread: on a busy machine the conversation comes first.
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
      compile()
    }
    thread.qualityOfService = .userInitiated
    thread.start()
  }

  /// The engine: compiled here if nothing started it, waited for if it is being compiled.
  private var engine: EvidenceSuggester {
    if claimCompilation() { compile() }
    condition.lock()
    defer { condition.unlock() }
    while true {
      if case .ready(let engine) = state { return engine }
      condition.wait()
    }
  }

  /// Moves from idle to compiling; true for the one caller that must compile.
  private func claimCompilation() -> Bool {
    condition.lock()
    defer { condition.unlock() }
    guard case .idle = state else { return false }
    state = .compiling
    return true
  }

  /// Compiles the engine and wakes whoever waits for it.
  private func compile() {
    let engine: EvidenceSuggester
    do {
      engine = try EvidenceSuggester(dialogue: dialogue)
    } catch {
      // Only a missing French stemmer stops the build, and init checked for it.
      fatalError("Le moteur d’indices n’a pas pu être construit (racinisation du français).")
    }
    condition.lock()
    state = .ready(engine)
    condition.broadcast()
    condition.unlock()
  }

  public func assess(block: Block, gate: Bool, answers: [String]) -> BlockAssessment {
    engine.assess(block: block, gate: gate, answers: answers)
  }

  /// The engine's confidence (with the words its dictionary does not know), as
  /// `repere suggerer` and `relecture --verifier` compute it.
  public func confidence(
    of assessment: BlockAssessment, block: Block, gate: Bool, answers: [String]
  ) -> SuggestionConfidence {
    engine.confidence(of: assessment, block: block, gate: gate, answers: answers)
  }
}
