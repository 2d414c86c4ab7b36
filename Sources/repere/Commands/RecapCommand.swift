import ArgumentParser
import Foundation
import RepereCore
import RepereShell

/// `repere bilan FICHIER` (alias `recap`): the recap of a transcript, to read, print, sign,
/// file or import.
struct RecapCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bilan",
    abstract:
      "Produit le bilan d’un entretien (ou la fiche d’une préparation) à partir de sa transcription.",
    discussion: """
      Rejoue la transcription dans l’entretien et compile le bilan comme l’entretien le \
      fait (même code) : terminé ou non (un entretien non terminé le dit et liste ce qui \
      manque). La chaîne d’intégrité est vérifiée d’abord : une transcription modifiée est \
      refusée (la ligne est nommée), ou, avec --force, le bilan porte un avertissement \
      visible dans tous les formats.

      Sur la transcription d’une préparation (repere preparation), donne la fiche de \
      préparation : par compétence, les questions à attendre, vos dernières réponses, ce \
      qui est bien illustré et les exemples à préparer ; sans positionnement ni signature.

      Avec --preparation PREP.jsonl (la préparation que le candidat a apportée à \
      l’entretien, repere entretien --preparation) : une annexe « Préparation du \
      candidat » compare, bloc par bloc, les critères que la préparation illustrait avec \
      la position décidée à l’entretien. Le fichier doit être celui que l’entretien a \
      enregistré (même SHA-256), intact, et une préparation ; --force ne s’y applique pas.

      Formats : texte (par défaut, pour le terminal), markdown, html (une page autonome \
      à imprimer sur A4 et à signer ; Scripts/bilan-pdf.sh en fait un PDF), json (schéma \
      repere.recap/1, voir Documentation/repere.recap-1.schema.json ; pour une fiche de \
      préparation, repere.preparation/1, voir Documentation/repere.preparation-1.schema.json).

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

  @Option(
    name: .customLong("preparation"),
    help: ArgumentHelp(
      "La préparation apportée à l’entretien (repere entretien --preparation) : ajoute "
        + "l’annexe « Préparation du candidat ».", valueName: "CHEMIN"))
  var preparationPath: String?

  @OptionGroup var guide: GuideOption

  func validate() throws {
    if overwrite, outputPath == nil {
      throw ValidationError("--ecraser ne s’emploie qu’avec --sortie.")
    }
    if templatePath != nil, format != .html {
      throw ValidationError("--modele ne s’emploie qu’avec --format html.")
    }
  }

  func run() throws {
    let warning = try Frontend.run { () throws(RepereError) -> String? in
      let loaded = try guide.load()
      let suggester: BackgroundSuggester
      do throws(EvidenceError) {
        suggester = try BackgroundSuggester(dialogue: loaded.dialogue)
      } catch {
        throw .evidence(error)
      }
      let transcript = TranscriptParser.parse(
        Data(try read(transcriptPath, what: "la transcription")))
      if transcript.sessionStart?.start.sessionMode == .preparation {
        if preparationPath != nil {
          throw .recapRefused(path: transcriptPath, .preparationNotInterview)
        }
        return try sheet(transcript, guide: loaded, suggester: suggester)
      }
      var document: RecapDocument
      do throws(TranscriptRecapError) {
        document = try TranscriptRecap.compile(
          transcript, fileName: (transcriptPath as NSString).lastPathComponent,
          dialogue: loaded.dialogue, guide: loaded.identity, suggester: suggester, force: force)
      } catch {
        throw .recapRefused(path: transcriptPath, error)
      }
      if let preparationPath, let (_, start) = transcript.sessionStart {
        let bytes = try read(preparationPath, what: "la préparation")
        do throws(PreparedAnswers.Refusal) {
          document.preparation = try PreparationAppendix.read(
            bytes, fileName: (preparationPath as NSString).lastPathComponent, interview: start,
            recap: document.recap, dialogue: loaded.dialogue, sha256: loaded.identity.sha256,
            suggester: suggester)
        } catch {
          throw .preparationRefused(path: preparationPath, error)
        }
      }
      try write(try render(document))
      return document.integrityWarning
    }
    // Forced: the warning is in the document, and said once more where it cannot be missed.
    if let warning {
      var standardError = StandardError()
      print(warning, to: &standardError)
    }
  }

  /// The preparation sheet of a preparation's transcript, written out.
  /// - Returns: the integrity warning of a forced sheet.
  private func sheet(
    _ transcript: ParsedTranscript, guide loaded: LoadedGuide, suggester: any PositioningSuggester
  ) throws(RepereError) -> String? {
    let sheet: PreparationSheet
    do throws(TranscriptRecapError) {
      sheet = try TranscriptPreparationSheet.compile(
        transcript, fileName: (transcriptPath as NSString).lastPathComponent,
        dialogue: loaded.dialogue, guide: loaded.identity, suggester: suggester, force: force)
    } catch {
      throw .recapRefused(path: transcriptPath, error)
    }
    let timeZone = TimeZone.current
    let text: String
    switch format {
    case .texte:
      text = RecapTextRenderer(timeZone: timeZone).render(sheet)
    case .markdown:
      text = RecapMarkdownRenderer(timeZone: timeZone).render(sheet)
    case .json:
      text = RecapJSONRenderer(timeZone: timeZone).render(sheet)
    case .html:
      var template: String?
      if let templatePath {
        template = String(decoding: try read(templatePath, what: "le modèle"), as: UTF8.self)
      }
      do throws(RecapHTMLRenderer.TemplateError) {
        text = try RecapHTMLRenderer.sheet(timeZone: timeZone, template: template).render(sheet)
      } catch {
        throw .recapTemplate(path: templatePath ?? "(intégré)", error)
      }
    }
    try write(
      format == .texte && outputPath == nil && TerminalSize.isTerminal(1)
        ? TextWrapper(width: TerminalSize.columns(of: 1)).wrap(text) : text)
    return sheet.integrityWarning
  }

  /// Writes the text to `--sortie` (private, never replaced unless `--ecraser`) or prints it.
  private func write(_ text: String) throws(RepereError) {
    if let outputPath {
      do throws(ShellError) {
        try PrivateOutputFile.save(text, to: outputPath, overwrite: overwrite)
      } catch {
        throw .shell(error)
      }
    } else {
      print(text, terminator: "")
    }
  }

  private func render(_ document: RecapDocument) throws(RepereError) -> String {
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
      var template: String?
      if let templatePath {
        template = String(decoding: try read(templatePath, what: "le modèle"), as: UTF8.self)
      }
      do throws(RecapHTMLRenderer.TemplateError) {
        return try RecapHTMLRenderer(timeZone: timeZone, template: template).render(document)
      } catch {
        throw .recapTemplate(path: templatePath ?? "(intégré)", error)
      }
    }
  }

  private func read(_ path: String, what: String) throws(RepereError) -> [UInt8] {
    do {
      return try FileBytes.contents(atPath: path)
    } catch {
      throw .file(path: path, action: "de lire \(what)", errno: error.errno)
    }
  }
}
