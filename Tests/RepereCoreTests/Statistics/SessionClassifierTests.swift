import Foundation
import Testing

@testable import RepereCore

/// Which files `repere stats` counts, and what a counted session says.
struct SessionClassifierTests {
  let classifier = SessionClassifier(
    dialogue: InterviewFixture.dialogue, guide: StatisticsAccumulatorTests.guide,
    suggester: FakeSuggester())

  func classify(_ text: String) -> Result<SessionSummary, SessionSkip> {
    classifier.classify(Data(text.utf8))
  }

  @Test func finishedSessionIsSummarised() throws {
    let recorder = RecapGoldenTests.completeSession()
    let session = try classify(recorder.text).get()
    #expect(session.isFinished)
    #expect(session.evaluators == ["Paul Durand", "Anne Petit"])
    #expect(session.blocks.map(\.block) == ["C1.1", "C1.2", "C2.1"])
    #expect(session.blocks.map(\.decided) == [.totalite, .totalite, .partiellement])
    #expect(session.blocks.map(\.overridden) == [true, false, true])
    // C1.1: « fichier » and « crm » found, no relance: half the criteria.
    #expect(session.blocks[0].suggested == .partiellement)
    #expect(session.competences == ["C1": .mastered, "C2": .toDevelop])
    // C2.1 « Partiellement », and C2.r2 set by hand to « oui ».
    #expect(session.needs == ["C2.r1", "C2.r2"])
    #expect(session.means == ["formation", "pratique"])
    // One minute per input from the first record.
    #expect(session.interviewSeconds == Double(60 * inputs(recorder)))
    #expect(session.started == Date(timeIntervalSince1970: 1_773_050_400))
  }

  @Test func suspendedSessionExcludesThePause() throws {
    let recorder = RecapGoldenTests.unfinishedSession()
    let session = try classify(recorder.text).get()
    #expect(!session.isFinished)
    #expect(session.blocks.map(\.block) == ["C1.2"])
    #expect(session.competences["C1"] == .incomplete)
    // Every input a minute after the previous line, the stop 1 s later, the day-long pause
    // not counted: inputs × 60 + the two stops' second.
    #expect(session.interviewSeconds == Double(inputs(recorder) * 60 + 2))
  }

  @Test func brokenChainIsSkipped() {
    var lines = RecapGoldenTests.completeSession().lines
    lines[20] = lines[20].replacingOccurrences(of: "\"seq\":21", with: "\"seq\":21 ")
    #expect(classify(lines.joined(separator: "\n") + "\n") == .failure(.brokenChain))
  }

  @Test func otherFilesAreNotTranscripts() {
    #expect(classify("") == .failure(.notTranscript))
    #expect(classify("# Notes\nrien ici\n") == .failure(.notTranscript))
    #expect(
      classify(#"{"seq":1,"time":"x","type":"input","ask":"a","text":"b","prev":"0"}"# + "\n")
        == .failure(.notTranscript))
  }

  @Test func otherGuideIsSkipped() {
    let other = SessionClassifier(
      dialogue: InterviewFixture.dialogue,
      guide: GuideIdentity(
        id: "fixture", version: "2", sha256: String(repeating: "cd", count: 32), source: "x"),
      suggester: FakeSuggester())
    let text = RecapGoldenTests.completeSession().text
    #expect(other.classify(Data(text.utf8)) == .failure(.otherGuide))
  }

  @Test func preparationIsSkipped() {
    // A candidate's preparation: `"mode":"preparation"` in `session_started`, chain intact.
    var lines = RecapGoldenTests.completeSession().lines
    lines[0] = lines[0].replacingOccurrences(
      of: #""type":"session_started""#, with: #""mode":"preparation","type":"session_started""#)
    #expect(classify(Self.rechained(lines)) == .failure(.preparation))
  }

  @Test func unreplayableIsSkipped() {
    // An intact chain whose answers do not fit the guide (a question id it does not have).
    var lines = RecapGoldenTests.completeSession().lines
    let index = lines.firstIndex { $0.contains(#""type":"input""#) }!
    lines[index] = lines[index].replacingOccurrences(
      of: #""ask":"identity.candidate.nom""#, with: #""ask":"nulle.part""#)
    #expect(classify(Self.rechained(lines)) == .failure(.unreplayable))
  }

  @Test func signedSessionIsGroupedByItsKey() throws {
    let signer = ReviewFixture.evaluatorKey
    let session = try classify(ReviewFixture.signedSession().text).get()
    #expect(session.signingKey == signer.publicKey.fingerprint)
    #expect(session.signerName == "Paul Durand")
    #expect(try classify(RecapGoldenTests.completeSession().text).get().signingKey == nil)
    // A tail after the last signature (a crash before the next stop) is not a forgery.
    var crashed = TranscriptRecorder(signingKey: signer.publicKey.fingerprint)
    crashed.send(openingLines)
    crashed.sign(with: signer)
    crashed.send(["oui", "Je tiens le fichier dans le CRM."])
    #expect(try classify(crashed.text).get().signingKey == signer.publicKey.fingerprint)
  }

  @Test func forgedSignatureIsSkipped() {
    // An answer edited and the chain recomputed: the signature no longer verifies.
    let edited = ReviewFixture.rechained(ReviewFixture.signedSession().text) { entry in
      guard case .input(var input) = entry, input.text == "Je négocie parfois." else {
        return entry
      }
      input.text = "Je négocie toujours."
      return .input(input)
    }
    #expect(classify(edited) == .failure(.badSignature))
    // The signature removed, the key still named in the first line.
    let unsigned = ReviewFixture.rechained(ReviewFixture.signedSession().text) { entry in
      if case .signature = entry { return nil }
      return entry
    }
    #expect(classify(unsigned) == .failure(.badSignature))
    // Signed by another key than the one named.
    var other = TranscriptRecorder(signingKey: ReviewFixture.evaluatorKey.publicKey.fingerprint)
    other.send(openingLines)
    other.sign(with: ReviewFixture.otherKey)
    #expect(classify(other.text) == .failure(.badSignature))
  }

  private func inputs(_ recorder: TranscriptRecorder) -> Int {
    recorder.lines.filter { $0.contains(#""type":"input""#) }.count
  }

  /// The lines with every `prev` recomputed: an intact chain after an edit.
  static func rechained(_ lines: [String]) -> String {
    var previous = TranscriptChain.genesis
    var result: [String] = []
    for line in lines {
      let fixed = String(line.dropLast(66)) + previous + "\"}"
      result.append(fixed)
      previous = ContentHash.sha256(Data(fixed.utf8))
    }
    return result.joined(separator: "\n") + "\n"
  }
}
