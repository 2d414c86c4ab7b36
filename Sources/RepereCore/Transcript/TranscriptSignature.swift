import Foundation

/// Payload of `signature`: the evaluator's Ed25519 signature of every line before it.
///
/// Each line carries the SHA-256 of the line before it, so the hash of the last line
/// (the chain's head) stands for the whole transcript up to it: signing the head signs
/// every line before. Anyone can recompute a chain after editing a line; only the holder
/// of the private key can sign the new head.
public struct TranscriptSignature: Sendable, Equatable, Codable {
  /// The fingerprint of the signing key (``SigningPublicKey/fingerprint``).
  public var key: String
  /// The public key, base64 of its 32 bytes: the signature can be checked without it
  /// being trusted, and trust is then a matter of comparing fingerprints.
  public var publicKey: String
  /// The number of lines signed (the `seq` of the line before this one).
  public var lines: Int
  /// The SHA-256 of the line before this one: the head of the chain signed.
  public var head: String
  /// The Ed25519 signature of ``message(lines:head:)``, base64.
  public var signature: String

  public init(key: String, publicKey: String, lines: Int, head: String, signature: String) {
    self.key = key
    self.publicKey = publicKey
    self.lines = lines
    self.head = head
    self.signature = signature
  }

  /// The bytes signed: a domain label, the number of lines and the head, so a signature
  /// of a repere transcript means nothing anywhere else.
  public static func message(lines: Int, head: String) -> Data {
    Data("repere-transcription-signature/1\n\(lines)\n\(head)\n".utf8)
  }

  enum CodingKeys: String, CodingKey {
    case key, lines, head, signature
    case publicKey = "public_key"
  }
}
