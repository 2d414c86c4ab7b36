import Foundation

@testable import RepereCore

/// Records a session as a real transcript file would hold it: chained lines, an `input`
/// line before the events of each answer, and stops and resumptions where asked.
///
/// The clock moves one minute per line, like ``Driver``; a resumption can come after a
/// long pause, which the recap must not count as time spent.
typealias TranscriptRecorder = ConversationRecorder<Interview>

/// Records any conversation (interview or preparation) as a transcript.
struct ConversationRecorder<Session: Conversation> {
  var interview: Session
  var clock = Date(timeIntervalSince1970: 1_773_050_400)  // 2026-03-09 10:00 UTC
  private var chain = TranscriptChain()
  private(set) var lines: [String] = []

  /// The SHA-256 written in `session_started`, as if of the fixture's file.
  static var dialogueSHA256: String { String(repeating: "ab", count: 32) }

  /// Starts `fresh`, the transcript's first line naming `dialogue` (and the chosen
  /// `blocks` of a preparation, the signing key's fingerprint of a signed session, the hash
  /// of the preparation an interview was given).
  init(
    _ fresh: Session, dialogue: Dialogue, blocks: [String]? = nil, signingKey: String? = nil,
    preparationSHA256: String? = nil
  ) {
    interview = fresh
    let start = SessionStart(
      programVersion: "test", dialogue: dialogue.id, dialogueVersion: dialogue.version,
      dialogueSHA256: Self.dialogueSHA256, dialogueSource: "(intégré)", signingKey: signingKey,
      mode: Session.mode == .interview ? nil : Session.mode, blocks: blocks,
      preparationSHA256: preparationSHA256)
    seal([.sessionStarted(start)] + interview.start(at: clock).map(TranscriptEntry.event))
  }

  /// Answers each line one minute after the previous one.
  mutating func send(_ inputs: [String]) {
    for input in inputs {
      clock += 60
      let ask = interview.pendingAsk?.id ?? "end"
      seal(
        [.input(InputRecord(ask: ask, text: input))]
          + interview.receive(input, at: clock).map(TranscriptEntry.event))
    }
  }

  /// Answers each pending question with `answer(id)` until the interview is finished.
  mutating func answerAll(_ answer: (String) -> String) {
    while !interview.isFinished, let ask = interview.pendingAsk {
      send([answer(ask.id)])
    }
  }

  /// The session stops (end of input) and is resumed `pause` seconds later.
  mutating func stopAndResume(after pause: TimeInterval) {
    stop()
    clock += pause
    let resume = SessionResume(programVersion: "test", inputs: 0)
    seal([.sessionResumed(resume)] + interview.resume(at: clock).map(TranscriptEntry.event))
  }

  /// The session stops at the pending question (end of input).
  mutating func stop() {
    clock += 1
    seal([.sessionStopped(SessionStop(reason: .endOfInput, ask: interview.pendingAsk?.id))])
  }

  /// The evaluator's key signs every line so far, as the shell does at every stop.
  mutating func sign(with signer: TranscriptSigner) {
    clock += 1
    let signature = signer.sign(lines: chain.nextSequence - 1, head: chain.previousHash)
    seal([.signature(signature)])
  }

  /// The transcript's text, one line per record.
  var text: String { lines.joined(separator: "\n") + "\n" }

  private mutating func seal(_ entries: [TranscriptEntry]) {
    for entry in entries { lines.append(chain.seal(entry, at: clock)) }
  }
}

extension ConversationRecorder where Session == Interview {
  /// An interview on `dialogue`, its first line naming the signing key's fingerprint when
  /// the session is signed.
  init(dialogue: Dialogue = InterviewFixture.dialogue, signingKey: String? = nil) {
    self.init(
      Interview(dialogue: dialogue, suggester: FakeSuggester()), dialogue: dialogue,
      signingKey: signingKey)
  }
}
