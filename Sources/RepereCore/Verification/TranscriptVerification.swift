/// The verdict on one transcript: what makes it untrustworthy, and who signed it.
///
/// The one verification of repere (`repere relecture --verifier`, and any command that
/// must know whether a transcript is the record the evaluator made). It proves, when
/// ``isIntact`` and ``signatures`` name a trusted key, that the lines up to the last
/// signature are the ones the holder of that key's private half signed. It does not prove
/// that what was typed is true, nor who typed it at the keyboard, nor anything about a
/// transcript signed by a key the reviewer did not check (its fingerprint, read back to
/// the evaluator).
public struct TranscriptVerification: Sendable, Equatable {
  /// Every problem found, in the order of the checks; empty when intact.
  public var problems: [VerificationProblem]
  /// The signatures that verify, in file order.
  public var signatures: [VerifiedSignature]
  /// The number of lines read (complete or not).
  public var lineCount: Int

  /// Whether nothing is wrong (and, when trusted keys were given, a trusted key signed
  /// every line): no problem but informational ones (engine drift).
  public var isIntact: Bool { problems.allSatisfy(\.isInformational) }

  public init(problems: [VerificationProblem], signatures: [VerifiedSignature], lineCount: Int) {
    self.problems = problems
    self.signatures = signatures
    self.lineCount = lineCount
  }

  /// What today's engine is given to replay a transcript.
  public struct Engine: Sendable {
    public var dialogue: Dialogue
    public var guide: GuideIdentity
    public var suggester: any PositioningSuggester

    public init(dialogue: Dialogue, guide: GuideIdentity, suggester: any PositioningSuggester) {
      self.dialogue = dialogue
      self.guide = guide
      self.suggester = suggester
    }
  }

  /// Verifies a parsed transcript.
  ///
  /// - Parameters:
  ///   - transcript: the transcript, parsed from the file's bytes.
  ///   - trustedKeys: the reviewer's trusted keys, or `nil` when none were given.
  ///   - engine: the guide and engine to replay on, or `nil` to check the file alone
  ///     (chain, sequence, signatures).
  /// - Returns: the verdict.
  public static func verify(
    _ transcript: ParsedTranscript, trustedKeys: Set<SigningPublicKey>?, engine: Engine?
  ) -> TranscriptVerification {
    let lineCount = (transcript.records.last?.line ?? 0) + (transcript.tornLine == nil ? 0 : 1)
    if transcript.records.isEmpty, transcript.issues.isEmpty {
      var problems: [VerificationProblem] = [.empty]
      if let torn = transcript.tornLine { problems = [.tornLine(torn)] }
      return TranscriptVerification(problems: problems, signatures: [], lineCount: lineCount)
    }
    var problems = transcript.issues.map(VerificationProblem.integrity)
    if let torn = transcript.tornLine { problems.append(.tornLine(torn)) }
    let signed = SignatureCheck.check(transcript, trustedKeys: trustedKeys)
    problems += signed.problems
    if let engine {
      problems += EngineCheck.check(
        transcript, dialogue: engine.dialogue, guide: engine.guide, suggester: engine.suggester)
    }
    return TranscriptVerification(
      problems: problems, signatures: signed.signatures,
      lineCount: max(lineCount, transcript.issues.last?.line ?? 0))
  }
}
