import Crypto
import Foundation

/// An evaluator's Ed25519 public key, as handed to reviewers.
///
/// Printed as two lines (``printed``): `repere-ed25519 BASE64` and the fingerprint, which
/// a reviewer reads back to the evaluator over the phone or on paper before trusting it.
public struct SigningPublicKey: Sendable, Equatable, Hashable {
  /// The first word of a printed public key.
  public static let label = "repere-ed25519"

  /// The key's 32 bytes.
  public let rawRepresentation: Data

  /// A key from its 32 bytes; `nil` if they are not an Ed25519 public key.
  public init?(rawRepresentation: Data) {
    guard (try? Curve25519.Signing.PublicKey(rawRepresentation: rawRepresentation)) != nil
    else { return nil }
    self.rawRepresentation = rawRepresentation
  }

  /// A key from base64 of its 32 bytes; `nil` if it is not one.
  public init?(base64: String) {
    guard let data = Data(base64Encoded: base64), data.count == 32 else { return nil }
    self.init(rawRepresentation: data)
  }

  /// Base64 of the key's bytes.
  public var base64: String { rawRepresentation.base64EncodedString() }

  /// The first 128 bits of the SHA-256 of the key, as eight groups of four hexadecimal
  /// digits (`3f2a-91c0-…`): short enough to read aloud, long enough that no one can make
  /// another key with the same fingerprint.
  public var fingerprint: String {
    let hex = ContentHash.sha256(rawRepresentation)
    var groups: [Substring] = []
    var index = hex.startIndex
    for _ in 0..<8 {
      let end = hex.index(index, offsetBy: 4)
      groups.append(hex[index..<end])
      index = end
    }
    return groups.joined(separator: "-")
  }

  /// The key as `repere cle afficher` prints it and reviewers keep it in a file.
  public var printed: String {
    "\(Self.label) \(base64)\nempreinte : \(fingerprint)\n"
  }

  /// Reads a key as printed by ``printed``: the first line that starts with
  /// `repere-ed25519 ` gives the key; other lines (the fingerprint, comments) are ignored.
  ///
  /// - Returns: the key, or `nil` when the text holds none.
  public static func parse(_ text: String) -> SigningPublicKey? {
    for line in text.split(whereSeparator: \.isNewline) {
      let words = line.split(separator: " ", omittingEmptySubsequences: true)
      guard words.count >= 2, words[0] == label else { continue }
      return SigningPublicKey(base64: String(words[1]))
    }
    return nil
  }

  /// Whether `signature` is this key's signature of `message`.
  public func isValidSignature(_ signature: Data, for message: Data) -> Bool {
    guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: rawRepresentation)
    else { return false }
    return key.isValidSignature(signature, for: message)
  }
}
