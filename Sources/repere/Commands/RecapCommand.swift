import ArgumentParser
import Foundation
import RepereCore
import RepereShell

/// `repere bilan FICHIER` (alias `recap`): the recap of a transcript, to read, print, sign,
/// file or import.
struct RecapCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bilan",
    abstract: "Produit le bilan d’un entretien à partir de sa transcription.",
    discussion: """
      Rejoue la transcription dans l’entretien et compile le bilan comme l’entretien le \
      fait (même code) : terminé ou non (un entretien non terminé le dit et liste ce qui \
      manque). La chaîne d’intégrité est vérifiée d’abord : une transcription modifiée est \
      refusée (la ligne est nommée), ou, avec --force, le bilan porte un avertissement \
      visible dans tous les formats.

      Formats : texte (par défaut, pour le terminal), markdown, html (une page autonome \
      à imprimer sur A4 et à signer ; Scripts/bilan-pdf.sh en fait un PDF), json (schéma \
      repere.recap/1, voir Documentation/repere.recap-1.schema.json).

      Code de sortie : 0 bilan produit ; 1 transcription refusée ou erreur ; 64 option \
      invalide.
      """,
    aliases: ["recap"]
  )

  /// The output formats, with their English aliases.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case texte, markdown, html, json

    init?(argument: String) {
      switch argument.lowercased() {
      case "texte", "text": self = .texte
      case "markdown", "md": self = .markdown
      case "html": self = .html
      case "json": self = .json
      default: return nil
      }
    }

    static var allValueStrings: [String] { ["texte", "markdown", "html", "json"] }
  }

  @Argument(
    help: ArgumentHelp("La transcription de l’entretien (JSON Lines).", valueName: "FICHIER"))
  var transcriptPath: String

  @Option(
    name: .customLong("format"),
    help: ArgumentHelp(
      "texte (ou text), markdown (ou md), html ou json.", valueName: "FORMAT"))
  var format: Format = .texte

  @Option(
    name: [.customLong("sortie"), .customLong("output")],
    help: ArgumentHelp(
      "Écrit le bilan dans ce fichier (créé en mode 0600) au lieu de la sortie standard.",
      valueName: "CHEMIN"))
  var outputPath: String?

  @Flag(
    name: [.customLong("ecraser"), .customLong("overwrite")],
    help: "Remplace le fichier de --sortie s’il existe (sinon il n’est jamais remplacé).")
  var overwrite = false

  @Flag(help: "Produit le bilan même si le contrôle d’intégrité échoue (avec un avertissement).")
  var force = false

  @Option(
    name: [.customLong("modele"), .customLong("template")],
    help: ArgumentHelp(
      "Modèle Mustache de la page HTML à la place du modèle intégré.", valueName: "FICHIER"))
  var templatePath: String?

  @OptionGroup var dialogue: DialogueOption

  func validate() throws {
    if overwrite, outputPath == nil {
      throw ValidationError("--ecraser ne s’emploie qu’avec --sortie.")
    }
    if templatePath != nil, format != .html {
      throw ValidationError("--modele ne s’emploie qu’avec --format html.")
    }
  }

  func run() throws {
    var standardError = StandardError()
    let loaded = try dialogue.loadWithText()
    do {
      let data = try readFile(transcriptPath, what: "la transcription")
      let interview = Interview(
        dialogue: loaded.dialogue, suggester: try EvidenceSuggester(dialogue: loaded.dialogue))
      let document = try TranscriptRecap.compile(
        TranscriptParser.parse(data),
        fileName: (transcriptPath as NSString).lastPathComponent, interview: interview,
        dialogueSHA256: ContentHash.sha256(loaded.text), force: force)
      let text = try render(document)
      if let outputPath {
        try PrivateOutputFile.save(text, to: outputPath, overwrite: overwrite)
      } else {
        print(text, terminator: "")
      }
      if let warning = document.integrityWarning {
        print(warning, to: &standardError)
      }
    } catch let error as TranscriptRecapError {
      print("Transcription « \(transcriptPath) » refusée : \(error)", to: &standardError)
      throw ExitCode.failure
    } catch {
      print("\(error)", to: &standardError)
      throw ExitCode.failure
    }
  }

  private func render(_ document: RecapDocument) throws -> String {
    let timeZone = TimeZone.current
    switch format {
    case .texte:
      let text = RecapTextRenderer(timeZone: timeZone).render(document)
      guard outputPath == nil, TerminalSize.isTerminal(1) else { return text }
      return TextWrapper(width: TerminalSize.columns(of: 1)).wrap(text)
    case .markdown:
      return RecapMarkdownRenderer(timeZone: timeZone).render(document)
    case .json:
      return RecapJSONRenderer(timeZone: timeZone).render(document)
    case .html:
      let template = try templatePath.map {
        String(decoding: try readFile($0, what: "le modèle"), as: UTF8.self)
      }
      return try RecapHTMLRenderer(timeZone: timeZone, template: template).render(document)
    }
  }

  private func readFile(_ path: String, what: String) throws -> Data {
    do {
      return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      throw ShellError.file(
        path: path, action: "de lire \(what)",
        errno: !exists ? ENOENT : isDirectory.boolValue ? EISDIR : EACCES)
    }
  }
}
