import Foundation
import Testing

@testable import RepereCore

/// `repere relecture --verifier`: what a forger can and cannot pass off.
@Suite struct SignatureVerificationTests {
  private let trusted: Set<SigningPublicKey> = [ReviewFixture.evaluatorKey.publicKey]

  private func verify(
    _ text: String, keys: Set<SigningPublicKey>? = nil, engine: Bool = false
  ) -> TranscriptVerification {
    TranscriptVerification.verify(
      ReviewFixture.parse(text), trustedKeys: keys, engine: engine ? ReviewFixture.engine : nil)
  }

  @Test func intactSignedSessionPassesWithItsKeyTrusted() {
    let text = ReviewFixture.signedSession().text
    let verdict = verify(text, keys: trusted, engine: true)
    #expect(verdict.problems == [])
    #expect(verdict.isIntact)
    let signature = verdict.signatures.first
    #expect(signature?.fingerprint == ReviewFixture.evaluatorKey.publicKey.fingerprint)
    #expect(signature?.trusted == true)
    #expect(signature?.line == ReviewFixture.lines(text).count)
    #expect(signature?.lines == ReviewFixture.lines(text).count - 1)
  }

  @Test func startNamesTheKeyAndTheSignatureIsItsLastLine() throws {
    let parsed = ReviewFixture.parse(ReviewFixture.signedSession().text)
    #expect(
      parsed.sessionStart?.start.signingKey == ReviewFixture.evaluatorKey.publicKey.fingerprint)
    guard case .signature(let signature) = parsed.records.last?.entry else {
      Issue.record("no signature line at the end")
      return
    }
    #expect(signature.head == ContentHash.sha256(parsed.records.dropLast().last!.text))
  }

  @Test func editedAnswerWithTheWholeChainRecomputedPassesTheChainButNotTheSignature() {
    let original = ReviewFixture.signedSession().text
    let forged = ReviewFixture.forgedAnswer(
      original, from: "Je négocie parfois.", to: "Je négocie tous les contrats.")
    #expect(forged != original)
    let parsed = ReviewFixture.parse(forged)
    #expect(parsed.issues.isEmpty, "the forger's chain is valid")
    let verdict = verify(forged, keys: trusted)
    let last = ReviewFixture.lines(forged).count
    #expect(verdict.problems == [.badSignature(line: last)])
    #expect(!verdict.isIntact)
    #expect(
      verdict.problems[0].description
        == "ligne \(last) : la signature ne correspond pas aux lignes qui la précèdent "
        + "(elles ont été modifiées après la signature)")
  }

  @Test func forgerWhoAlsoRewritesTheSignedHeadStillFails() {
    let original = ReviewFixture.signedSession().text
    var edited = ReviewFixture.forgedAnswer(original, from: "Je négocie parfois.", to: "Toujours.")
    // The forger recomputes the head the signature names, but cannot sign it.
    var lines = ReviewFixture.lines(edited)
    let head = ContentHash.sha256(lines[lines.count - 2])
    let parsed = ReviewFixture.parse(edited)
    guard case .signature(var signature) = parsed.records.last?.entry else {
      Issue.record("no signature")
      return
    }
    signature.head = head
    edited = ReviewFixture.rechained(edited) { entry in
      if case .signature = entry { return .signature(signature) }
      return entry
    }
    lines = ReviewFixture.lines(edited)
    #expect(verify(edited, keys: trusted).problems == [.badSignature(line: lines.count)])
  }

  @Test func removingTheSignaturesIsSeenThroughTheStartsKey() {
    let stripped = ReviewFixture.rechained(ReviewFixture.signedSession().text) { entry in
      if case .signature = entry { return nil }
      return entry
    }
    let fingerprint = ReviewFixture.evaluatorKey.publicKey.fingerprint
    #expect(verify(stripped).problems == [.unsigned(namedKey: fingerprint)])
    #expect(
      VerificationProblem.unsigned(namedKey: fingerprint).description
        == "aucune signature, alors que le début de la session nomme la clé \(fingerprint) : "
        + "les signatures ont été retirées")
  }

  @Test func anUnsignedTranscriptFailsOnlyWhenKeysAreGiven() {
    let unsigned = RecapGoldenTests.completeSession().text
    #expect(verify(unsigned).isIntact)
    #expect(verify(unsigned, keys: trusted).problems == [.unsigned(namedKey: nil)])
    #expect(
      VerificationProblem.unsigned(namedKey: nil).description == "la transcription n’est pas signée"
    )
  }

  @Test func aForgerSigningWithTheirOwnKeyIsNotTrusted() {
    let forged = ReviewFixture.signedSession(ReviewFixture.otherKey).text
    let other = ReviewFixture.otherKey.publicKey.fingerprint
    let line = ReviewFixture.lines(forged).count
    #expect(
      verify(forged, keys: trusted).problems == [.untrustedKey(line: line, fingerprint: other)])
    #expect(
      VerificationProblem.untrustedKey(line: line, fingerprint: other).description
        == "ligne \(line) : signée par la clé \(other), qui n’est pas parmi les clés de confiance")
    // Without keys, the signature verifies and is reported untrusted-unknown.
    let alone = verify(forged)
    #expect(alone.isIntact)
    #expect(alone.signatures.first?.trusted == nil)
  }

  @Test func aSignatureByAnotherKeyThanTheStartNamesIsReported() {
    var recorder = TranscriptRecorder(signingKey: ReviewFixture.evaluatorKey.publicKey.fingerprint)
    recorder.send(openingLines)
    recorder.sign(with: ReviewFixture.otherKey)
    let line = recorder.lines.count
    let named = ReviewFixture.evaluatorKey.publicKey.fingerprint
    let other = ReviewFixture.otherKey.publicKey.fingerprint
    #expect(
      verify(recorder.text).problems == [.otherKey(line: line, fingerprint: other, named: named)])
    #expect(
      VerificationProblem.otherKey(line: line, fingerprint: other, named: named).description
        == "ligne \(line) : signée par la clé \(other) au lieu de la clé \(named) nommée au début "
        + "de la session")
  }

  @Test func linesAfterTheLastSignatureAreAnUnsignedTail() {
    var recorder = ReviewFixture.signedSessionStopped()
    let first = recorder.lines.count + 1
    recorder.stopAndResume(after: 60)
    recorder.send(["oui"])
    let count = recorder.lines.count - first + 1
    #expect(verify(recorder.text).problems == [.unsignedTail(firstLine: first, count: count)])
    #expect(
      VerificationProblem.unsignedTail(firstLine: 12, count: 3).description
        == "3 lignes après la dernière signature (à partir de la ligne 12) : elles ne sont pas signées"
    )
  }

  @Test func deletedLineIsNamed() {
    var lines = ReviewFixture.lines(ReviewFixture.signedSession().text)
    lines.remove(at: 20)
    let problems = verify(ReviewFixture.join(lines), keys: trusted).problems
    #expect(problems.first == .integrity(TranscriptIssue(line: 21, kind: .brokenChain)))
    #expect(
      problems.contains(
        .integrity(TranscriptIssue(line: 21, kind: .sequenceGap(expected: 21, found: 22)))))
    #expect(
      problems.first?.description.contains(
        "ligne 21 : la chaîne d’intégrité est rompue (la ligne 20") == true)
  }

  @Test func swappedLinesAreNamed() {
    var lines = ReviewFixture.lines(ReviewFixture.signedSession().text)
    lines.swapAt(30, 31)
    let problems = verify(ReviewFixture.join(lines), keys: trusted).problems
    #expect(problems.first == .integrity(TranscriptIssue(line: 31, kind: .brokenChain)))
    #expect(
      problems.contains(
        .integrity(TranscriptIssue(line: 31, kind: .sequenceGap(expected: 31, found: 32)))))
  }

  @Test func duplicatedLineIsNamed() {
    var lines = ReviewFixture.lines(ReviewFixture.signedSession().text)
    lines.insert(lines[40], at: 41)
    let problems = verify(ReviewFixture.join(lines), keys: trusted).problems
    #expect(problems.first == .integrity(TranscriptIssue(line: 42, kind: .brokenChain)))
    #expect(
      problems.contains(
        .integrity(TranscriptIssue(line: 42, kind: .sequenceGap(expected: 42, found: 41)))))
  }

  @Test func editedAnswerWithoutRecomputingIsNamedByTheChain() {
    var lines = ReviewFixture.lines(ReviewFixture.signedSession().text)
    let index = lines.firstIndex { $0.contains(#""text":"Je négocie parfois.""#) }!
    lines[index] = lines[index].replacingOccurrences(of: "parfois", with: "toujours")
    let problems = verify(ReviewFixture.join(lines), keys: trusted).problems
    #expect(problems.first == .integrity(TranscriptIssue(line: index + 2, kind: .brokenChain)))
    // The signature signs the head, which the chain ties to every line: the chain is
    // what names the edit, the signature the one who wrote the head.
    #expect(problems.count == 1)
  }

  @Test func tornLastLineIsReported() {
    let text = ReviewFixture.signedSession().text
    let torn = text + #"{"seq":999,"time":"2026"#
    let lines = ReviewFixture.lines(text).count
    let problems = verify(torn, keys: trusted).problems
    #expect(problems == [.tornLine(TornLine(line: lines + 1, byteCount: 23))])
    #expect(
      problems[0].description
        == "ligne \(lines + 1) incomplète (23 octets sans fin de ligne) : le programme s’est "
        + "arrêté en l’écrivant")
  }

  @Test func truncatedBeforeTheSignatureIsUnsigned() {
    let lines = ReviewFixture.lines(ReviewFixture.signedSession().text)
    let truncated = ReviewFixture.join(Array(lines.prefix(50)))
    #expect(
      verify(truncated, keys: trusted).problems
        == [.unsigned(namedKey: ReviewFixture.evaluatorKey.publicKey.fingerprint)])
  }

  @Test func aSignatureWithGarbageIsBadNotACrash() {
    let text = ReviewFixture.signedSession().text
    for garbage in ["", "AAAA", String(repeating: "A", count: 88), "not base64 !"] {
      let forged = ReviewFixture.rechained(text) { entry in
        guard case .signature(var signature) = entry else { return entry }
        signature.signature = garbage
        return .signature(signature)
      }
      #expect(verify(forged).problems == [.badSignature(line: ReviewFixture.lines(forged).count)])
    }
    let wrongKey = ReviewFixture.rechained(text) { entry in
      guard case .signature(var signature) = entry else { return entry }
      signature.publicKey = ReviewFixture.otherKey.publicKey.base64
      return .signature(signature)
    }
    #expect(verify(wrongKey).problems == [.badSignature(line: ReviewFixture.lines(wrongKey).count)])
  }

  @Test func emptyFileAndNotJSONAreNotTranscripts() {
    #expect(verify("").problems == [.empty])
    #expect(
      VerificationProblem.empty.description
        == "le fichier est vide : ce n’est pas une transcription")
    let notJSON = verify("bonjour\n").problems
    #expect(notJSON == [.integrity(TranscriptIssue(line: 1, kind: .unreadable("JSON invalide")))])
  }

  @Test func messagesForTheEngineChecksAreFrench() {
    #expect(
      VerificationProblem.engineDrift(block: "C1.1", evidence: true, suggestion: true).description
        == "bloc C1.1 : les éléments trouvés et la suggestion diffèrent de ceux du moteur actuel "
        + "(le moteur a changé depuis la session ; la transcription est lue telle qu’enregistrée)")
    #expect(
      VerificationProblem.engineDrift(block: "C1.1", evidence: true, suggestion: false).description
        == "bloc C1.1 : les éléments trouvés diffèrent de ceux du moteur actuel "
        + "(le moteur a changé depuis la session ; la transcription est lue telle qu’enregistrée)")
    #expect(
      VerificationProblem.engineDrift(block: "C1.1", evidence: false, suggestion: true).description
        == "bloc C1.1 : la suggestion diffère de ceux du moteur actuel "
        + "(le moteur a changé depuis la session ; la transcription est lue telle qu’enregistrée)")
    #expect(
      VerificationProblem.replayMismatch(line: 4).description
        == "ligne 4 : elle diffère de ce que le programme actuel écrit pour les mêmes réponses "
        + "et les mêmes suggestions enregistrées")
    #expect(
      VerificationProblem.recapDiffers.description
        == "le bilan recompilé à partir des réponses diffère du bilan enregistré")
    #expect(
      VerificationProblem.otherDialogue(recorded: "aa", given: "bb").description
        == "le guide de la session (SHA-256 aa) n’est pas celui fourni (SHA-256 bb) : donnez le "
        + "bon fichier avec --dialogue")
    #expect(
      VerificationProblem.replay(.missingStart).description
        == "rejeu impossible : la première ligne n’est pas le début d’une session (session_started)"
    )
  }

  @Test func problemCodesAndLinesForScripts() {
    #expect(VerificationProblem.badSignature(line: 3).code == "bad_signature")
    #expect(VerificationProblem.badSignature(line: 3).line == 3)
    #expect(VerificationProblem.unsigned(namedKey: nil).line == nil)
    #expect(VerificationProblem.unsignedTail(firstLine: 5, count: 2).code == "unsigned_tail")
  }
}

extension ReviewFixture {
  /// The opening answered, stopped, signed at the stop (as the shell signs a suspension).
  static func signedSessionStopped() -> TranscriptRecorder {
    var recorder = TranscriptRecorder(signingKey: evaluatorKey.publicKey.fingerprint)
    recorder.send(openingLines)
    recorder.stop()
    recorder.sign(with: evaluatorKey)
    return recorder
  }
}
