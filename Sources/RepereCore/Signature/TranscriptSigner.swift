import Crypto
import Foundation

/// Why a private signing key cannot be read.
public enum SigningKeyError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The text is not a key written by ``TranscriptSigner/keyFileText``.
  case malformed

  public var description: String {
    switch self {
    case .malformed:
      "ce n’est pas une clé de signature repere (la première ligne doit être "
        + "« \(TranscriptSigner.label) » suivie de la clé en base64)"
    }
  }
}

/// The evaluator's private Ed25519 key, signing the heads of transcript chains.
///
/// Pure: the key is made by the caller (``init(rawRepresentation:)`` from a file, or a
/// fresh key from the system's random generator with ``generate()``), and signing reads
/// nothing else.
public struct TranscriptSigner: Sendable {
  /// The first word of a private key file.
  public static let label = "repere-ed25519-prive"

  /// The private key's 32 bytes (swift-crypto's key type is not `Sendable`).
  private let seed: Data

  private var key: Curve25519.Signing.PrivateKey {
    // Checked when the signer was made.
    try! Curve25519.Signing.PrivateKey(rawRepresentation: seed)
  }

  /// A new random key.
  public static func generate() -> TranscriptSigner {
    TranscriptSigner(seed: Curve25519.Signing.PrivateKey().rawRepresentation)
  }

  private init(seed: Data) { self.seed = seed }

  /// The key from its 32 bytes.
  /// - Throws: ``SigningKeyError/malformed`` when they are not an Ed25519 private key.
  public init(rawRepresentation: Data) throws(SigningKeyError) {
    guard rawRepresentation.count == 32,
      (try? Curve25519.Signing.PrivateKey(rawRepresentation: rawRepresentation)) != nil
    else { throw .malformed }
    self.seed = rawRepresentation
  }

  /// The key from the text of its file (``keyFileText``).
  /// - Throws: ``SigningKeyError/malformed``.
  public init(keyFileText text: String) throws(SigningKeyError) {
    let words = text.split(whereSeparator: { $0 == " " || $0.isNewline })
    guard words.count >= 2, words[0] == Self.label, let data = Data(base64Encoded: String(words[1]))
    else { throw .malformed }
    try self.init(rawRepresentation: data)
  }

  /// The text of the private key file: `repere-ed25519-prive BASE64` and a newline.
  public var keyFileText: String {
    "\(Self.label) \(key.rawRepresentation.base64EncodedString())\n"
  }

  /// The public key to hand to reviewers.
  public var publicKey: SigningPublicKey {
    // A key swift-crypto made always has a valid public key.
    SigningPublicKey(rawRepresentation: key.publicKey.rawRepresentation)!
  }

  /// The `signature` entry for a chain whose last line has sequence number `lines` and
  /// hash `head`.
  public func sign(lines: Int, head: String) -> TranscriptSignature {
    let message = TranscriptSignature.message(lines: lines, head: head)
    // Signing with a valid key does not fail (swift-crypto throws only on internal errors).
    let signature = try! key.signature(for: message)
    let publicKey = self.publicKey
    return TranscriptSignature(
      key: publicKey.fingerprint, publicKey: publicKey.base64, lines: lines, head: head,
      signature: signature.base64EncodedString())
  }
}
