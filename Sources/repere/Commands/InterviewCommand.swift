import ArgumentParser
import Foundation
import RepereCore
import RepereShell

/// `repere entretien` (alias `interview`; what a bare `repere` runs): the guided interview.
struct InterviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "entretien",
    abstract: "Conduit l’entretien de repérage des compétences (commande par défaut).",
    discussion: """
      Pose les questions du guide une à une, enregistre réponses et notes, montre les \
      éléments trouvés et suggère un positionnement par bloc, puis compile le bilan. \
      Chaque réponse est enregistrée sur le disque dans la transcription (JSON Lines, \
      mode 0600) avant la question suivante : l’entretien peut être repris avec \
      --reprendre après Ctrl-D, /quitter, un arrêt ou une panne.

      Sur un terminal : édition de ligne, complétion par Tab, historique de la session. \
      Entrée redirigée : une ligne par réponse, sortie sans couleur. Avec --protocol \
      jsonl : un objet JSON par ligne (voir le README).

      Code de sortie : 0 entretien terminé ; 3 entretien suspendu (fin de l’entrée, \
      /quitter, Ctrl-C, SIGTERM, SIGHUP), transcription enregistrée ; 1 erreur.
      """,
    aliases: ["interview"]
  )

  /// Output formats of the conversation.
  enum OutputProtocol: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl
  }

  @Option(
    name: .customLong("dialogue"),
    help: ArgumentHelp("Fichier de guide (YAML) au lieu du guide intégré.", valueName: "FICHIER"))
  var dialoguePath: String?

  @Option(
    name: .customLong("transcript"),
    help: ArgumentHelp(
      "Fichier de transcription à créer (par défaut : entretien-DATE-NOM-PRENOM.jsonl dans "
        + "le dossier courant).", valueName: "CHEMIN"))
  var transcriptPath: String?

  @Option(
    name: [.customLong("reprendre"), .customLong("resume")],
    help: ArgumentHelp(
      "Reprend l’entretien enregistré dans cette transcription.", valueName: "CHEMIN"))
  var resumePath: String?

  @Flag(help: "Reprend une transcription même si son contrôle d’intégrité échoue.")
  var force = false

  @Option(
    name: .customLong("protocol"),
    help: ArgumentHelp("Format des échanges : text ou jsonl.", valueName: "FORMAT"))
  var outputProtocol: OutputProtocol = .text

  func validate() throws {
    if resumePath != nil, transcriptPath != nil {
      throw ValidationError(
        "--reprendre et --transcript s’excluent : la reprise continue la transcription donnée.")
    }
    if force, resumePath == nil {
      throw ValidationError("--force ne s’emploie qu’avec --reprendre.")
    }
  }

  func run() throws {
    var standardError = StandardError()
    signal(SIGPIPE, SIG_IGN)
    let signals: SignalMonitor
    let launcher: SessionLauncher
    do {
      signals = try SignalMonitor()
      launcher = try makeLauncher()
    } catch {
      print("\(error)", to: &standardError)
      throw ExitCode.failure
    }
    let meansLabels = Dictionary(
      launcher.dialogue.means.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
    let console = makeConsole(signals: signals, meansLabels: meansLabels)
    let session: InterviewSession
    let outcome: SessionOutcome
    do {
      if let resumePath {
        session = try launcher.resume(path: resumePath, force: force, console: console)
      } else {
        session = try launcher.startNew(transcriptPath: transcriptPath, console: console)
      }
    } catch {
      print(error.description, to: &standardError)
      throw ExitCode.failure
    }
    do {
      outcome = try session.run()
    } catch {
      // The transcript could not be written (disk full…): every answer before this one is
      // on disk; the session ends as suspended, with how to resume it, and exit code 1.
      print(error.description, to: &standardError)
      console.notify(
        .ended(path: session.transcriptPath, outcome: .suspended(reason: "write_error")))
      throw ExitCode.failure
    }
    console.notify(.ended(path: session.transcriptPath, outcome: outcome))
    if outcome != .finished { throw ExitCode(3) }
  }

  /// Loads the dialogue and the evidence engine.
  private func makeLauncher() throws -> SessionLauncher {
    let file: DialogueFile
    if let dialoguePath {
      file = try DialogueFile.read(path: dialoguePath)
    } else {
      file = .bundled
    }
    let dialogue = try DialogueLoader.load(file.text, fileName: file.displayName)
    // Compiled while the first questions (identity) are asked: faster to the first prompt.
    let suggester = try BackgroundSuggester(dialogue: dialogue)
    return SessionLauncher(
      dialogue: dialogue, dialogueText: file.text,
      dialogueSource: file.isBundled ? "(intégré)" : file.displayName,
      suggester: suggester, programVersion: Repere.configuration.version)
  }

  /// The console for the protocol and the kind of standard input.
  private func makeConsole(signals: SignalMonitor, meansLabels: [String: String]) -> any Console {
    let reader = PlainLineReader(descriptor: 0, signals: signals)
    switch outputProtocol {
    case .jsonl:
      return JSONLinesConsole(reader: reader)
    case .text:
      guard TerminalSize.isTerminal(0), TerminalSize.isTerminal(1) else {
        return PlainConsole(
          reader: reader, echo: !TerminalSize.isTerminal(0), meansLabels: meansLabels)
      }
      let colour = TextStyle.allowsColour(environment: ProcessInfo.processInfo.environment)
      return TerminalConsole(signals: signals, colour: colour, meansLabels: meansLabels)
    }
  }
}
