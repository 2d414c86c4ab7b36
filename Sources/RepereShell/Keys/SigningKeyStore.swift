import Foundation
import RepereCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the evaluator's private signing key lives, and how it is created and read.
///
/// `$XDG_CONFIG_HOME/repere/cle-signature` (by default `~/.config/repere/cle-signature`),
/// created `0600` in a `0700` directory, never replaced. A key readable by others is
/// refused, as ssh refuses one.
public struct SigningKeyStore: Sendable {
  /// The key file's path.
  public var path: String

  public init(path: String) { self.path = path }

  /// The store of the user: from `XDG_CONFIG_HOME`, else `HOME/.config`.
  public static func user(environment: [String: String]) -> SigningKeyStore {
    let base =
      environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.config")
    return SigningKeyStore(path: base + "/repere/cle-signature")
  }

  /// Whether a key file exists (or anything else at its path).
  public var exists: Bool {
    var status = stat()
    return lstat(path, &status) == 0
  }

  /// Creates a new key and writes it; never replaces an existing one.
  /// - Returns: the new key.
  /// - Throws: ``ShellError/outputExists(path:)`` when a key exists; file errors.
  public func create() throws(ShellError) -> TranscriptSigner {
    let directory = (path as NSString).deletingLastPathComponent
    try makeDirectory(directory)
    let signer = TranscriptSigner.generate()
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      if errno == EEXIST { throw .outputExists(path: path) }
      throw .file(path: path, action: "de créer la clé de signature", errno: errno)
    }
    defer { close(descriptor) }
    guard fchmod(descriptor, 0o600) == 0 else {
      let code = errno
      unlink(path)
      throw .file(path: path, action: "de protéger la clé de signature", errno: code)
    }
    let bytes = Array(signer.keyFileText.utf8)
    let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    guard written == bytes.count, fsync(descriptor) == 0 else {
      let code = errno
      unlink(path)
      throw .file(path: path, action: "d’écrire la clé de signature", errno: code)
    }
    return signer
  }

  /// Reads the key; `nil` when there is none.
  /// - Throws: ``ShellError/signingKey(path:reason:)`` when the file is not a key, or is
  ///   readable by others; file errors.
  public func load() throws(ShellError) -> TranscriptSigner? {
    guard exists else { return nil }
    var status = stat()
    guard lstat(path, &status) == 0 else {
      throw .file(path: path, action: "de lire la clé de signature", errno: errno)
    }
    guard status.st_mode & S_IFMT == S_IFREG else {
      throw .signingKey(path: path, reason: "ce n’est pas un fichier ordinaire")
    }
    guard status.st_mode & 0o077 == 0 else {
      throw .signingKey(
        path: path,
        reason:
          "d’autres que vous peuvent la lire (mode \(String(status.st_mode & 0o777, radix: 8))) ; "
          + "protégez-la avec « chmod 600 \(path) », ou, si elle a pu être copiée, créez-en une autre"
      )
    }
    let bytes = try UntrustedFile.contents(atPath: path, what: "la clé de signature")
    do {
      return try TranscriptSigner(keyFileText: String(decoding: bytes, as: UTF8.self))
    } catch {
      throw .signingKey(path: path, reason: error.description)
    }
  }

  private func makeDirectory(_ directory: String) throws(ShellError) {
    do {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
    } catch {
      throw .file(path: directory, action: "de créer le dossier", errno: EACCES)
    }
  }
}
