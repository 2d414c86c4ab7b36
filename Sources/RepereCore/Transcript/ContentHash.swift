import Crypto
import Foundation

/// SHA-256 digests as lowercase hexadecimal, for dialogue files and transcript chaining.
public enum ContentHash {
  /// The SHA-256 of the bytes, as 64 lowercase hexadecimal digits.
  public static func sha256(_ bytes: some DataProtocol) -> String {
    hex(SHA256.hash(data: bytes))
  }

  /// The SHA-256 of the text's UTF-8 bytes.
  public static func sha256(_ text: String) -> String {
    sha256(Data(text.utf8))
  }

  private static let digits = Array("0123456789abcdef".utf8)

  private static func hex(_ digest: SHA256.Digest) -> String {
    var characters: [UInt8] = []
    characters.reserveCapacity(64)
    for byte in digest {
      characters.append(digits[Int(byte >> 4)])
      characters.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: characters, as: UTF8.self)
  }
}
