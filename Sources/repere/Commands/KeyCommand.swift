import ArgumentParser
import Foundation
import RepereCore
import RepereShell

/// `repere cle` (alias `key`): the evaluator's signing key.
struct KeyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cle",
    abstract: "Gère la clé qui signe vos transcriptions (Ed25519).",
    discussion: """
      Quand une clé existe, chaque entretien signe sa transcription à chaque suspension et \
      à la fin. La clé privée est dans $XDG_CONFIG_HOME/repere/cle-signature (par défaut \
      ~/.config/repere/cle-signature), en mode 0600 : ne la copiez nulle part. Remettez la \
      clé publique (repere cle afficher) à l’organisme certificateur et lisez-lui \
      l’empreinte par un autre canal, pour qu’il la compare.
      """,
    subcommands: [CreateKeyCommand.self, ShowKeyCommand.self],
    aliases: ["key"]
  )

  /// The user's key store.
  static var store: SigningKeyStore {
    SigningKeyStore.user(environment: ProcessInfo.processInfo.environment)
  }
}

/// `repere cle creer` (alias `generate`): creates the signing key, never replacing one.
struct CreateKeyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "creer",
    abstract: "Crée votre clé de signature (jamais remplacée si elle existe).",
    aliases: ["generate", "create"]
  )

  func run() throws {
    let store = KeyCommand.store
    let signer = try Frontend.run { () throws(RepereError) -> TranscriptSigner in
      do throws(ShellError) {
        return try store.create()
      } catch {
        throw .shell(error)
      }
    }
    OutputWriter.standardOutput.write(
      "Clé de signature créée : \(SafeDisplay.escaped(store.path)) (mode 0600, à ne pas "
        + "copier).\nClé publique à remettre à l’organisme certificateur :\n"
        + signer.publicKey.printed)
  }
}

/// `repere cle afficher` (alias `show`): the public key and its fingerprint.
struct ShowKeyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "afficher",
    abstract: "Affiche votre clé publique et son empreinte (à remettre aux relecteurs).",
    aliases: ["show"]
  )

  func run() throws {
    let store = KeyCommand.store
    let signer = try Frontend.run { () throws(RepereError) -> TranscriptSigner in
      let loaded: TranscriptSigner?
      do throws(ShellError) {
        loaded = try store.load()
      } catch {
        throw .shell(error)
      }
      guard let loaded else { throw .noSigningKey(path: store.path) }
      return loaded
    }
    OutputWriter.standardOutput.write(signer.publicKey.printed)
  }
}
