import Foundation

/// A `signature` line that verifies.
public struct VerifiedSignature: Sendable, Equatable {
  /// 1-based line number of the `signature` line.
  public var line: Int
  /// The number of lines it signs.
  public var lines: Int
  /// The fingerprint of the key that made it.
  public var fingerprint: String
  /// Whether the key is among the trusted keys; `nil` when none were given.
  public var trusted: Bool?

  public init(line: Int, lines: Int, fingerprint: String, trusted: Bool?) {
    self.line = line
    self.lines = lines
    self.fingerprint = fingerprint
    self.trusted = trusted
  }
}

/// Checks the `signature` lines of a parsed transcript.
///
/// A signature is good when its public key's fingerprint is the one it names, its `head`
/// is the hash of the line just before it, its `lines` that line's `seq`, and the Ed25519
/// signature of those verifies. With trusted keys, the key must be one of them.
public enum SignatureCheck {
  /// The signatures that verify and the problems found.
  ///
  /// - Parameters:
  ///   - transcript: the transcript, parsed (its chain is checked by the parser).
  ///   - trustedKeys: the reviewer's trusted keys, or `nil` to check signatures only
  ///     against the key they carry (which proves nothing about who signed).
  public static func check(_ transcript: ParsedTranscript, trustedKeys: Set<SigningPublicKey>?)
    -> (signatures: [VerifiedSignature], problems: [VerificationProblem])
  {
    var signatures: [VerifiedSignature] = []
    var problems: [VerificationProblem] = []
    let named = transcript.sessionStart?.start.signingKey
    var lastSignatureLine = 0
    for (index, record) in transcript.records.enumerated() {
      guard case .signature(let signature) = record.entry else { continue }
      lastSignatureLine = record.line
      guard index > 0, transcript.records[index - 1].line == record.line - 1,
        let key = SigningPublicKey(base64: signature.publicKey),
        key.fingerprint == signature.key,
        let bytes = Data(base64Encoded: signature.signature)
      else {
        problems.append(.badSignature(line: record.line))
        continue
      }
      let previous = transcript.records[index - 1]
      let head = ContentHash.sha256(Data(previous.text.utf8))
      guard signature.head == head, signature.lines == previous.sequence,
        key.isValidSignature(
          bytes, for: TranscriptSignature.message(lines: signature.lines, head: head))
      else {
        problems.append(.badSignature(line: record.line))
        continue
      }
      let trusted = trustedKeys.map { $0.contains(key) }
      if trusted == false {
        problems.append(.untrustedKey(line: record.line, fingerprint: key.fingerprint))
      }
      if let named, named != key.fingerprint {
        problems.append(.otherKey(line: record.line, fingerprint: key.fingerprint, named: named))
      }
      signatures.append(
        VerifiedSignature(
          line: record.line, lines: signature.lines, fingerprint: key.fingerprint,
          trusted: trusted))
    }
    if lastSignatureLine == 0 {
      if named != nil || trustedKeys != nil { problems.append(.unsigned(namedKey: named)) }
    } else if let last = transcript.records.last, last.line > lastSignatureLine {
      let tail = transcript.records.filter { $0.line > lastSignatureLine }
      problems.append(.unsignedTail(firstLine: tail[0].line, count: tail.count))
    }
    return (signatures, problems)
  }
}
