import Foundation
import RepereCore

/// The public keys a reviewer trusts: files as `repere cle afficher` prints them, given one
/// by one (`--cle`) or as a folder (`--cles`, every `.pub` or `.txt` file in it).
public enum TrustedKeys {
  /// The keys in the files and folders.
  /// - Throws: ``ShellError/signingKey(path:reason:)`` for a file that holds no key (a
  ///   mistyped trust is never silently ignored); file errors.
  public static func load(files: [String], folders: [String]) throws(ShellError)
    -> Set<SigningPublicKey>
  {
    var paths = files
    for folder in folders {
      let names: [String]
      do {
        names = try FileManager.default.contentsOfDirectory(atPath: folder)
      } catch {
        throw .file(path: folder, action: "de lire le dossier de clés", errno: ENOENT)
      }
      paths += names.sorted().filter { $0.hasSuffix(".pub") || $0.hasSuffix(".txt") }
        .map { folder + "/" + $0 }
    }
    var keys: Set<SigningPublicKey> = []
    for path in paths {
      let bytes = try UntrustedFile.contents(atPath: path, what: "la clé publique")
      guard let key = SigningPublicKey.parse(String(decoding: bytes, as: UTF8.self)) else {
        throw .signingKey(
          path: path,
          reason: "aucune clé publique (une ligne « \(SigningPublicKey.label) BASE64 », telle "
            + "que « repere cle afficher » l’écrit)")
      }
      keys.insert(key)
    }
    return keys
  }
}
