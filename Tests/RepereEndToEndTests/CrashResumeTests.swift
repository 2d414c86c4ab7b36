import Foundation
import RepereCore
import Testing

/// The real binary killed with SIGKILL at many points, then resumed with `--resume`.
@Suite("Crash and resume (end to end)")
struct CrashResumeTests {
  /// When, relative to the k-th answer, the kill comes.
  enum KillMoment: CaseIterable {
    /// Right after writing the answer: the child may or may not have recorded it.
    case afterSending
    /// Once the next question arrived: the answer is acknowledged, so it must be on disk.
    case afterAcknowledgement
  }

  /// What a driven run ended with.
  struct DrivenRun {
    var status: Int32
    /// Answers followed by the next question (or the end): recorded for sure.
    var acknowledged: Int
  }

  /// Drives a jsonl session, answering by question id; kills it after `killAfter` answers.
  private func drive(
    _ arguments: [String], killAfter: Int?, moment: KillMoment, answered: [String: Int] = [:]
  ) throws -> DrivenRun {
    let child = try ChildProcess.withPipes(arguments + ["--protocol", "jsonl"])
    var answered = answered
    var sent = 0
    var acknowledged = 0
    while let line = child.readLine() {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      let type = object?["type"] as? String
      if type == "session_end" { acknowledged = sent }
      guard type == "ask", let id = object?["id"] as? String else { continue }
      acknowledged = sent
      if killAfter == sent, moment == .afterAcknowledgement {
        child.kill(SIGKILL)
        break
      }
      var answer = SessionScript.richAnswer(to: id, previous: answered[id, default: 0])
      if answer.isEmpty, id.hasSuffix(".position"), object?["default"] == nil {
        answer = "partiellement"  // an unsure suggestion has no default
      }
      child.send(answer + "\n")
      answered[id, default: 0] += 1
      sent += 1
      if killAfter == sent, moment == .afterSending {
        child.kill(SIGKILL)
        break
      }
    }
    return DrivenRun(status: child.wait(), acknowledged: acknowledged)
  }

  /// The decisions and the final recap of a finished transcript (recap date and time spent
  /// left out).
  private func outcome(of path: String) throws -> (
    decisions: [String: LevelID], recap: CompiledRecap, inputs: [InputRecord]
  ) {
    let parsed = try parseTranscript(path)
    #expect(parsed.issues.isEmpty, "\(path): \(parsed.issues)")
    var decisions: [String: LevelID] = [:]
    var recap: CompiledRecap?
    for record in parsed.records {
      guard case .event(let event) = record.entry else { continue }
      switch event {
      case .decision(let decision): decisions[decision.block] = decision.level
      case .recap(let shown) where shown.final:
        recap = shown.recap
        recap?.date = Date(timeIntervalSince1970: 0)
        // Time spent per block is real time: it differs from run to run.
        for c in recap?.competences.indices ?? 0..<0 {
          for b in recap?.competences[c].blocks.indices ?? 0..<0 {
            recap?.competences[c].blocks[b].timeSpent = 0
          }
        }
      default: break
      }
    }
    return (decisions, try #require(recap), parsed.inputs.map(\.input))
  }

  @Test("killed at 24 random points and resumed: same decisions and recap, nothing lost")
  func killAndResume() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let referencePath = scratch.path("reference.jsonl")
    let reference = try drive(
      ["--transcript", referencePath], killAfter: nil, moment: .afterSending)
    #expect(reference.status == 0)
    let expected = try outcome(of: referencePath)
    #expect(expected.decisions.count == 24)
    #expect(expected.decisions["C1.1"] == .pasDuTout)
    let commands = expected.inputs.map(\.text).filter { $0.hasPrefix("/") }
    #expect(commands == ["/retour", "/note Exemple à approfondir.", "/passer", "/aller C2.1"])
    let answerCount = expected.inputs.count

    var generator = SplitMix64(seed: 20_261_129)
    var points = Set<Int>()
    while points.count < 24 { points.insert(Int(generator.next() % UInt64(answerCount - 1)) + 1) }
    for (index, point) in points.sorted().enumerated() {
      let moment = KillMoment.allCases[index % 2]
      let path = scratch.path("crash-\(point).jsonl")
      let killed = try drive(["--transcript", path], killAfter: point, moment: moment)
      #expect(killed.status == 128 + SIGKILL)
      let inputs = try parseTranscript(path).inputs
      let recorded = inputs.count
      let answered = Dictionary(inputs.map { ($0.input.ask, 1) }, uniquingKeysWith: +)
      #expect(recorded >= killed.acknowledged, "answers lost when killed after \(point)")
      #expect(recorded <= point)
      if index % 3 == 0 {
        // As if the kill had torn a line being written.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"seq":1000,"time":"20"#.utf8))
        try handle.close()
      }
      let resumed = try drive(
        ["--resume", path], killAfter: nil, moment: .afterSending, answered: answered)
      #expect(resumed.status == 0, "resume after a kill at \(point)")
      let result = try outcome(of: path)
      #expect(result.decisions == expected.decisions, "killed after \(point)")
      #expect(result.recap == expected.recap, "killed after \(point)")
      #expect(
        result.inputs.map { [$0.ask, $0.text] } == expected.inputs.map { [$0.ask, $0.text] },
        "killed after \(point)")
    }
  }
}
