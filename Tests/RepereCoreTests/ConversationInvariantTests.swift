import Foundation
import RepereBundledGuide
import Testing

@testable import RepereCore

/// The rules of every conversation (``ConversationChecker``), checked after every batch of
/// whole sessions: the golden sessions' lines, then thousands of random lines on the
/// fixture and the bundled guide, for the interview and the preparation.
///
/// The states that would reach a `preconditionFailure` of the machines (a positioning with
/// no assessment, `/retour` restoring anything but a waiting state, a question beyond the
/// guide's) are checked unreachable here: ``InterviewStateInvariants`` and
/// ``PreparationStateInvariants`` after every batch, over runs that visit every kind of
/// state. `InterviewInvariantTests` checks that those `preconditionFailure`s do stop.
@Suite("Conversation invariants")
struct ConversationInvariantTests {
  // MARK: - Golden sessions

  /// Every transcript under `Golden/`, its lines fed again with the batch rules checked.
  @Test(arguments: try goldenTranscripts())
  func goldenSessionKeepsTheRules(_ name: String) throws {
    let text = try RepositoryFiles.text("Tests/RepereCoreTests/Golden/\(name)")
    let issues: [String]
    if text.hasPrefix(#"{"seq":"#) {
      issues = try replayTranscript(text)
    } else {
      issues = replayDriverLog(text)
    }
    #expect(issues.isEmpty, "\(name): \(issues.prefix(5))")
  }

  /// The piped sessions' input files of the end-to-end goldens, on the bundled guide.
  @Test(arguments: ["piped-rich.input", "piped-screen.input"])
  func pipedInputKeepsTheRules(_ name: String) throws {
    let text = try RepositoryFiles.text("Tests/RepereEndToEndTests/Golden/\(name)")
    var checker = interviewChecker(BundledGuide.dialogue, EvidenceFixture.bundledSuggester)
    checker.start()
    var lines = text.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    for line in lines where checker.session.pendingAsk != nil {
      checker.send(line)
    }
    #expect(checker.inputs.count > 20)
    #expect(checker.issues.isEmpty, "\(name): \(checker.issues.prefix(5))")
  }

  static func goldenTranscripts() throws -> [String] {
    let folder = RepositoryFiles.root.appendingPathComponent("Tests/RepereCoreTests/Golden")
    return try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".jsonl") }.sorted()
  }

  /// A transcript (`session_started` first): its inputs and resumptions fed again, each
  /// input answering the ask it recorded.
  private func replayTranscript(_ text: String) throws -> [String] {
    let transcript = TranscriptParser.parse(Data(text.utf8))
    let (_, start) = try #require(transcript.sessionStart)
    let bundled = start.dialogue == BundledGuide.dialogue.id
    let dialogue = bundled ? BundledGuide.dialogue : InterviewFixture.dialogue
    let suggester: any PositioningSuggester =
      bundled ? EvidenceFixture.bundledSuggester : FakeSuggester()
    switch start.sessionMode {
    case .interview:
      return feed(transcript, interviewChecker(dialogue, suggester))
    case .preparation:
      let selection = try PreparationSelection.resolve(
        dialogue, competences: [], blocks: start.blocks ?? [])
      return feed(transcript, preparationChecker(dialogue, suggester, selection: selection))
    }
  }

  private func feed<Session>(
    _ transcript: ParsedTranscript, _ checker: ConversationChecker<Session>
  ) -> [String] {
    var checker = checker
    checker.start()
    var count = 0
    for record in transcript.records {
      switch record.entry {
      case .input(let input):
        if checker.session.pendingAsk?.id ?? "end" != input.ask {
          checker.issues.append("input \(count) recorded for \(input.ask)")
        }
        checker.send(input.text)
        count += 1
      case .sessionResumed:
        checker.resume()
      default:
        continue
      }
    }
    if count == 0 { checker.issues.append("no input fed") }
    return checker.issues
  }

  /// A `Driver` log (fixture, `{"input":…}` lines between the events).
  private func replayDriverLog(_ text: String) -> [String] {
    var checker = interviewChecker(InterviewFixture.dialogue, FakeSuggester())
    checker.start()
    struct Input: Decodable { var input: String }
    for line in text.split(separator: "\n") where line.hasPrefix(#"{"input":"#) {
      guard let input = try? JSONDecoder().decode(Input.self, from: Data(line.utf8)) else {
        return ["unreadable input line \(line)"]
      }
      checker.send(input.input)
    }
    if checker.inputs.isEmpty { checker.issues.append("no input fed") }
    return checker.issues
  }

  // MARK: - Random sessions

  /// Random lines on the fixture and on the bundled guide (with the fake suggester, for
  /// speed): every batch keeps the rules, every state its invariants, and the runs reach
  /// every kind of state, a `/retour` pre-fill included.
  @Test(arguments: [false, true])
  func randomInterviewsKeepTheRules(bundled: Bool) {
    let dialogue = bundled ? BundledGuide.dialogue : InterviewFixture.dialogue
    var kinds: Set<String> = []
    var issues: [String] = []
    var backs = 0
    for session in 0..<(bundled ? 30 : 150) {
      var lines = RandomLines(seed: 7_000 + UInt64(session), dialogue: dialogue)
      var checker = interviewChecker(dialogue, FakeSuggester())
      checker.start()
      for _ in 0..<(bundled ? 300 : 120) {
        checker.send(lines.next(for: checker.session.pendingAsk))
        kinds.insert(InterviewStateInvariants.kind(checker.session))
      }
      issues += checker.issues.map { "session \(session): \($0)" }
      backs += checker.batches.joined().filter { $0.kind == .back }.count
    }
    #expect(issues.isEmpty, "\(issues.count) issues: \(issues.prefix(5))")
    let expected: Set<String> = [
      "identity", "opening", "gate", "question", "probe", "position", "overrideReason",
      "stray", "manual", "manualNote", "means", "end", "finished", "position+prefill",
    ]
    #expect(expected.subtracting(kinds).isEmpty, "never reached: \(expected.subtracting(kinds))")
    #expect(backs > 100)
  }

  /// The same for the preparation, on every block and on a choice of blocks.
  @Test(arguments: [false, true])
  func randomPreparationsKeepTheRules(chosen: Bool) throws {
    let dialogue = BundledGuide.dialogue
    let selection =
      chosen
      ? try PreparationSelection.resolve(dialogue, competences: [], blocks: ["C1.2", "C3.1"])
      : nil
    var kinds: Set<String> = []
    var issues: [String] = []
    for session in 0..<60 {
      var lines = RandomLines(seed: 9_000 + UInt64(session), dialogue: dialogue)
      var checker = preparationChecker(dialogue, FakeSuggester(), selection: selection)
      checker.start()
      for _ in 0..<150 {
        checker.send(lines.next(for: checker.session.pendingAsk))
        kinds.insert(PreparationStateInvariants.kind(checker.session))
      }
      issues += checker.issues.map { "session \(session): \($0)" }
    }
    #expect(issues.isEmpty, "\(issues.count) issues: \(issues.prefix(5))")
    let expected: Set<String> = ["name", "firstName", "gate", "question", "end", "finished"]
    #expect(expected.subtracting(kinds).isEmpty, "never reached: \(expected.subtracting(kinds))")
  }

  // MARK: - The checker itself

  /// The checker sees a batch that does not end with the pending ask.
  @Test func checkerCatchesABatchWithoutItsAsk() {
    var checker = ConversationChecker(
      { Truncating(Interview(dialogue: InterviewFixture.dialogue, suggester: FakeSuggester())) },
      stateIssues: { _ in [] })
    checker.start()
    checker.send("Martin")
    #expect(checker.issues.contains { $0.contains("0 asks") })
  }

  // MARK: - Helpers

  private func interviewChecker(_ dialogue: Dialogue, _ suggester: any PositioningSuggester)
    -> ConversationChecker<Interview>
  {
    ConversationChecker(
      { Interview(dialogue: dialogue, suggester: suggester) },
      stateIssues: InterviewStateInvariants.issues)
  }

  private func preparationChecker(
    _ dialogue: Dialogue, _ suggester: any PositioningSuggester, selection: [Int]?
  ) -> ConversationChecker<Preparation> {
    ConversationChecker(
      { Preparation(dialogue: dialogue, suggester: suggester, selection: selection) },
      stateIssues: PreparationStateInvariants.issues)
  }
}

/// An interview whose answers lose their last event: what a transition that forgets its
/// `ask` looks like to the shells.
private struct Truncating: Conversation {
  static var mode: SessionMode { .interview }
  var base: Interview
  init(_ base: Interview) { self.base = base }
  mutating func start(at date: Date) -> [InterviewEvent] { base.start(at: date) }
  mutating func receive(_ line: String, at date: Date) -> [InterviewEvent] {
    Array(base.receive(line, at: date).dropLast())
  }
  mutating func resume(at date: Date) -> [InterviewEvent] { base.resume(at: date) }
  var pendingAsk: Ask? { base.pendingAsk }
  var isFinished: Bool { base.isFinished }
  var candidateName: (nom: String, prenom: String)? { base.candidateName }
  var suggester: any PositioningSuggester { base.suggester }
  func assessing(with suggester: any PositioningSuggester) -> Truncating {
    Truncating(base.assessing(with: suggester))
  }
}
