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

      Arrêter : Ctrl-D ou /quitter ; reprendre : repere entretien --reprendre CHEMIN. \
      Une séance arrêtée avant toute saisie ne laisse pas de transcription.

      Code de sortie : 0 entretien terminé ; 3 entretien suspendu (fin de l’entrée, \
      /quitter, Ctrl-C, SIGTERM, SIGHUP), transcription enregistrée ; 1 erreur \
      (guide ou transcription refusés, fichier impossible à écrire) ; 64 option ou \
      argument incorrects.
      """,
    aliases: ["interview"]
  )

  /// Output formats of the conversation.
  enum OutputProtocol: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl
  }

  @OptionGroup var guide: GuideOption

  @Option(
    name: .customLong("transcript"),
    help: ArgumentHelp(
      "Fichier de transcription à créer (par défaut : entretien-AAAA-MM-JJ.jsonl dans le "
        + "dossier courant, renommé entretien-AAAA-MM-JJ-nom-prenom.jsonl une fois le "
        + "candidat connu).", valueName: "CHEMIN"))
  var transcriptPath: String?

  @Option(
    name: [.customLong("reprendre"), .customLong("resume")],
    help: ArgumentHelp(
      "Reprend l’entretien enregistré dans cette transcription.", valueName: "CHEMIN"))
  var resumePath: String?

  @Flag(help: "Reprend une transcription même si son contrôle d’intégrité échoue.")
  var force = false

  @Option(
    name: .customLong("preparation"),
    help: ArgumentHelp(
      "La préparation du candidat (transcription de repere preparation) : ses réponses sont "
        + "montrées, grisées, sous les questions ; seule la réponse donnée à l’entretien est "
        + "enregistrée. Avec --reprendre : celle que l’entretien a enregistrée.",
      valueName: "CHEMIN"))
  var preparationPath: String?

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
    signal(SIGPIPE, SIG_IGN)
    let (signals, launcher, suggester) = try Frontend.run { () throws(RepereError) in
      let signals = try Self.signalMonitor()
      let (launcher, suggester) = try Self.makeLauncher(guide, signed: true)
      return (signals, launcher, suggester)
    }
    let prepared = try Frontend.run { () throws(RepereError) in
      try preparationPath.map { path throws(RepereError) in
        let prepared = try Self.prepared(path, launcher: launcher)
        if let resumePath { try Self.check(prepared, path: path, resuming: resumePath) }
        return prepared
      }
    }
    let console = Self.makeConsole(
      signals: signals, outputProtocol: outputProtocol, places: Self.places(of: launcher.dialogue),
      prepared: prepared?.answers ?? [:])
    let session = try Frontend.run { () throws(RepereError) in
      do throws(ShellError) {
        return
          if let resumePath
        {
          try launcher.resume(path: resumePath, force: force, console: console)
        } else {
          try launcher.startNew(
            transcriptPath: transcriptPath, preparationSHA256: prepared?.sha256, console: console)
        }
      } catch {
        throw .shell(error)
      }
    }
    try Self.converse(session, console: console, warming: suggester)
  }

  /// Runs an opened session (an interview or a preparation) to its end and turns how it
  /// ended into the exit status: `finished` 0, otherwise `suspended` 3, or `failure` 1
  /// when the transcript could not be written.
  static func converse<Session: Conversation>(
    _ session: ConversationSession<Session>, console: any Console,
    warming suggester: BackgroundSuggester
  ) throws {
    // The opening is out and only the first question is left to show: the evidence engine
    // compiles from now on, beside the conversation (a resumed session replayed its blocks
    // from the transcript's recorded evidence, without it).
    suggester.warmUp()
    let outcome: SessionOutcome
    do {
      outcome = try session.run()
    } catch {
      // The transcript could not be written (disk full…): every answer before is on disk;
      // the session ends as suspended, with how to resume it, and exit status 1.
      Frontend.report(.shell(error))
      console.notify(.ended(path: session.transcriptPath, outcome: .suspended(reason: .writeError)))
      throw ExitCode.failure
    }
    console.notify(.ended(path: session.transcriptPath, outcome: outcome))
    if outcome != .finished { throw ExitCode.suspended }
  }

  /// The block and competence ids `/aller` completes on a terminal.
  static func places(of dialogue: Dialogue) -> [String] {
    dialogue.competences.flatMap { [$0.id] + $0.blocks.map(\.id) }
  }

  static func signalMonitor() throws(RepereError) -> SignalMonitor {
    do {
      return try SignalMonitor()
    } catch {
      throw .shell(error)
    }
  }

  /// Loads the guide and prepares the evidence engine (compiled once the session is open:
  /// see ``BackgroundSuggester/warmUp()``).
  /// - Parameter signed: whether the evaluator's key, when one exists, signs the transcript
  ///   (an interview); a candidate's preparation is never signed with it.
  static func makeLauncher(_ guide: GuideOption, signed: Bool) throws(RepereError)
    -> (SessionLauncher, BackgroundSuggester)
  {
    let loaded = try guide.load()
    let suggester: BackgroundSuggester
    do {
      suggester = try BackgroundSuggester(dialogue: loaded.dialogue)
    } catch {
      throw .evidence(error)
    }
    // With a signing key (`repere cle creer`), the transcript is signed at every stop.
    var signer: TranscriptSigner?
    if signed {
      do throws(ShellError) {
        signer = try KeyCommand.store.load()
      } catch {
        throw .shell(error)
      }
    }
    let launcher = SessionLauncher(
      guide: loaded, suggester: suggester, programVersion: Repere.configuration.version,
      signer: signer)
    return (launcher, suggester)
  }

  /// The console for the protocol, the kind of standard input and the kind of session.
  /// - Parameters:
  ///   - places: the block and competence ids `/aller` completes on a terminal.
  ///   - prepared: what the candidate prepared, by ask id, shown under the questions.
  static func makeConsole(
    signals: SignalMonitor, outputProtocol: OutputProtocol, mode: SessionMode = .interview,
    places: [String] = [], prepared: [String: String] = [:]
  ) -> any Console {
    let reader = PlainLineReader(descriptor: 0, signals: signals)
    switch outputProtocol {
    case .jsonl:
      let console = JSONLinesConsole(reader: reader)
      console.prepared = prepared
      return console
    case .text:
      guard TerminalSize.isTerminal(0), TerminalSize.isTerminal(1) else {
        let console = PlainConsole(reader: reader, echo: !TerminalSize.isTerminal(0), mode: mode)
        console.prepared = prepared
        return console
      }
      let colour = TextStyle.allowsColour(environment: ProcessInfo.processInfo.environment)
      let console = TerminalConsole(
        signals: signals, colour: colour, places: places, mode: mode)
      console.prepared = prepared
      return console
    }
  }

  /// Resuming with `--preparation`: the preparation must be the one the interview recorded
  /// when it began, so the transcript names what the evaluator was shown. A transcript that
  /// cannot be read is left to the resumption, which says why.
  private static func check(_ prepared: PreparedAnswers, path: String, resuming: String)
    throws(RepereError)
  {
    guard let bytes = try? FileBytes.contents(atPath: resuming),
      let (_, start) = TranscriptParser.parse(Data(bytes)).sessionStart,
      start.sessionMode == .interview
    else { return }
    do throws(PreparedAnswers.Refusal) {
      try prepared.check(recordedIn: start)
    } catch {
      throw .preparationRefused(path: path, error)
    }
  }

  /// Reads the preparation the candidate brought: its chain, its kind and its guide checked.
  private static func prepared(_ path: String, launcher: SessionLauncher)
    throws(RepereError) -> PreparedAnswers
  {
    let bytes: [UInt8]
    do {
      bytes = try FileBytes.contents(atPath: path)
    } catch {
      throw .file(path: path, action: "de lire la préparation", errno: error.errno)
    }
    do throws(PreparedAnswers.Refusal) {
      return try PreparedAnswers.read(
        bytes, dialogue: launcher.dialogue, sha256: launcher.guide.identity.sha256,
        suggester: launcher.suggester)
    } catch {
      throw .preparationRefused(path: path, error)
    }
  }
}
