import ArgumentParser
import Foundation
import RepereCore
import RepereShell

/// `repere anonymiser FICHIER` (alias `anonymize`): a copy of a transcript without the
/// names of the candidate, the intervenants and the companies.
struct AnonymiseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "anonymiser",
    abstract: "Écrit une copie anonymisée d’une transcription.",
    discussion: """
      Les noms, prénoms, initiales et entreprises du candidat et des intervenants sont \
      remplacés partout (réponses et notes comprises, sans tenir compte de la casse ni des \
      accents) par des pseudonymes stables. La copie a une chaîne d’intégrité neuve, sa \
      première ligne dit de quelle transcription (par son SHA-256) elle est tirée, et elle \
      ne porte plus la signature de l’évaluateur. L’original n’est pas modifié.

      Par défaut la copie est entretien-anonyme-EMPREINTE.jsonl à côté de l’original ; \
      --table écrit la table de correspondance (mode 0600) pour la personne habilitée à \
      la garder.
      """,
    aliases: ["anonymize"]
  )

  @Argument(help: ArgumentHelp("La transcription à anonymiser.", valueName: "FICHIER"))
  var path: String

  @Option(
    name: [.customLong("sortie"), .customLong("output")],
    help: ArgumentHelp(
      "La copie anonymisée (créée en mode 0600, jamais remplacée).", valueName: "CHEMIN"))
  var outputPath: String?

  @Option(
    name: .customLong("table"),
    help: ArgumentHelp(
      "Écrit la table de correspondance noms → pseudonymes dans ce fichier (mode 0600).",
      valueName: "CHEMIN"))
  var tablePath: String?

  @OptionGroup var guide: GuideOption

  func run() throws {
    let message = try Frontend.run { () throws(RepereError) -> String in try anonymise() }
    var standardError = StandardError()
    print(message, to: &standardError)
  }

  private func anonymise() throws(RepereError) -> String {
    let bytes: [UInt8]
    do throws(ShellError) {
      bytes = try UntrustedFile.contents(atPath: path, what: "la transcription")
    } catch {
      throw .shell(error)
    }
    let parsed = TranscriptParser.parse(Data(bytes))
    let loaded = try guide.load()
    if let (_, start) = parsed.sessionStart, start.dialogueSHA256 != loaded.identity.sha256 {
      throw .anonymisationRefused(
        path: path,
        reason: "la session a été menée avec un autre guide ; donnez-le avec --dialogue")
    }
    let suggester: BackgroundSuggester
    do throws(EvidenceError) {
      suggester = try BackgroundSuggester(dialogue: loaded.dialogue)
    } catch {
      throw .evidence(error)
    }
    let source = ContentHash.sha256(bytes)
    let result: TranscriptAnonymiser.Result
    do {
      let reading = try TranscriptReading(parsed, dialogue: loaded.dialogue, suggester: suggester)
      result = try TranscriptAnonymiser.anonymise(
        parsed, identity: reading.record.identity, sourceSHA256: source)
    } catch let error as TranscriptReplayError {
      throw .anonymisationRefused(path: path, reason: error.description)
    } catch let error as AnonymisationError {
      throw .anonymisationRefused(path: path, reason: error.description)
    } catch {
      throw .anonymisationRefused(path: path, reason: "\(error)")
    }
    let output =
      outputPath
      ?? ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(
        "entretien-anonyme-\(source.prefix(12)).jsonl")
    do throws(ShellError) {
      try PrivateOutputFile.save(result.text, to: output, overwrite: false)
      if let tablePath {
        try PrivateOutputFile.save(
          Self.tableText(result.table, source: source), to: tablePath, overwrite: false)
      }
    } catch {
      throw .shell(error)
    }
    var message =
      "Copie anonymisée : \(SafeDisplay.escaped(output)) (\(result.table.entries.count) "
      + "nom\(result.table.entries.count > 1 ? "s" : "") remplacé\(result.table.entries.count > 1 ? "s" : "")"
    if !result.droppedLines.isEmpty {
      message +=
        ", \(result.droppedLines.count) signature\(result.droppedLines.count > 1 ? "s" : "") retirée\(result.droppedLines.count > 1 ? "s" : "")"
    }
    message += ")."
    if let tablePath {
      message += "\nTable de correspondance : \(SafeDisplay.escaped(tablePath)) (mode 0600)."
    }
    return message
  }

  /// The correspondence table: tab-separated, one name a line.
  static func tableText(_ table: PseudonymTable, source: String) -> String {
    var text =
      "# Table de correspondance de l’anonymisation de la transcription SHA-256 \(source)\n"
      + "# Données personnelles : à conserver par la personne habilitée seulement.\n"
      + "rôle\toriginal\tpseudonyme\n"
    for entry in table.entries {
      text += "\(entry.role)\t\(entry.original)\t\(entry.pseudonym)\n"
    }
    return text
  }
}
