import ArgumentParser
import Foundation
import RepereCore
import RepereShell

/// `repere relecture FICHIER` (alias `replay`): the session as it happened, for a reviewer;
/// with `--verifier`, a verdict per transcript.
struct ReplayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "relecture",
    abstract: "Rejoue un entretien pas à pas, ou vérifie des transcriptions (--verifier).",
    discussion: """
      Sur un terminal, la session est montrée étape par étape : Entrée pour l’étape \
      suivante, /bloc ID, /etape N, /precedent, /derogations, /retours, /chercher MOT, \
      /aide, /quitter. Avec --rythme, au rythme enregistré (--vitesse, --pause-max). \
      Sortie redirigée : toute la session en texte brut, identique d’une fois sur l’autre.

      --verifier FICHIER… : un verdict par fichier (chaîne, numéros, ligne tronquée, \
      signatures, clés de confiance avec --cles ou --cle, guide par son empreinte, rejeu \
      dans le moteur actuel et bilan recompilé). Code de sortie : 0 toutes intactes (et \
      signées par une clé de confiance quand des clés sont données) ; 1 sinon ; 64 option \
      invalide.
      """,
    aliases: ["replay"]
  )

  /// The verdicts' formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case texte, json

    init?(argument: String) {
      switch argument.lowercased() {
      case "texte", "text": self = .texte
      case "json": self = .json
      default: return nil
      }
    }
  }

  @Argument(help: ArgumentHelp("La ou les transcriptions (JSON Lines).", valueName: "FICHIER"))
  var paths: [String] = []

  @Flag(
    name: [.customLong("verifier"), .customLong("verify")],
    help: "Vérifie chaque transcription au lieu de la rejouer.")
  var verify = false

  @Flag(
    name: [.customLong("rythme"), .customLong("paced")],
    help: "Rejoue au rythme enregistré.")
  var paced = false

  @Option(
    name: [.customLong("vitesse"), .customLong("speed")],
    help: ArgumentHelp("Facteur de vitesse de --rythme (2 : deux fois plus vite).", valueName: "N"))
  var speed: Double = 1

  @Option(
    name: [.customLong("pause-max"), .customLong("max-pause")],
    help: ArgumentHelp("Attente la plus longue de --rythme, en secondes.", valueName: "S"))
  var maximumPause: Double?

  @Option(
    name: [.customLong("cles"), .customLong("keys")],
    help: ArgumentHelp(
      "Dossier des clés publiques de confiance (fichiers .pub ou .txt).", valueName: "DOSSIER"))
  var keyFolders: [String] = []

  @Option(
    name: [.customLong("cle"), .customLong("key")],
    help: ArgumentHelp(
      "Fichier d’une clé publique de confiance, telle que « repere cle afficher » l’écrit.",
      valueName: "FICHIER"))
  var keyFiles: [String] = []

  @Option(
    name: .customLong("format"),
    help: ArgumentHelp("Verdicts de --verifier : texte (ou text) ou json.", valueName: "FORMAT"))
  var format: Format = .texte

  @OptionGroup var guide: GuideOption

  func validate() throws {
    guard !paths.isEmpty else { throw ValidationError("Donnez une transcription à relire.") }
    if !verify {
      if paths.count > 1 {
        throw ValidationError("Une seule transcription à la fois (plusieurs avec --verifier).")
      }
      if !keyFolders.isEmpty || !keyFiles.isEmpty {
        throw ValidationError("--cles et --cle ne s’emploient qu’avec --verifier.")
      }
      if format != .texte { throw ValidationError("--format ne s’emploie qu’avec --verifier.") }
    } else if paced {
      throw ValidationError("--rythme ne s’emploie pas avec --verifier.")
    }
    guard speed.isFinite, speed > 0 else {
      throw ValidationError("--vitesse doit être un nombre positif (par exemple 2 ou 0,5).")
    }
    if let maximumPause, !(maximumPause.isFinite && maximumPause >= 0) {
      throw ValidationError("--pause-max doit être un nombre de secondes positif ou nul.")
    }
  }

  func run() throws {
    signal(SIGPIPE, SIG_IGN)
    if verify {
      let allPass = try Frontend.run { () throws(RepereError) in try verifyAll() }
      if !allPass { throw ExitCode.failure }
    } else {
      try Frontend.run { () throws(RepereError) in try replay(paths[0]) }
    }
  }

  private func verifyAll() throws(RepereError) -> Bool {
    let keysGiven = !keyFolders.isEmpty || !keyFiles.isEmpty
    let trusted: Set<SigningPublicKey>?
    do throws(ShellError) {
      trusted = keysGiven ? try TrustedKeys.load(files: keyFiles, folders: keyFolders) : nil
    } catch {
      throw .shell(error)
    }
    let loaded = try guide.load()
    let suggester: EvidenceSuggester
    do throws(EvidenceError) {
      suggester = try EvidenceSuggester(dialogue: loaded.dialogue)
    } catch {
      throw .evidence(error)
    }
    let engine = TranscriptVerification.Engine(
      dialogue: loaded.dialogue, guide: loaded.identity, suggester: suggester)
    var allPass = true
    for path in paths {
      let verdict: VerificationReport.Verdict
      do throws(ShellError) {
        let bytes = try UntrustedFile.contents(atPath: path, what: "la transcription")
        let parsed = TranscriptParser.parse(Data(bytes))
        verdict = VerificationReport.Verdict(
          path: path,
          verification: TranscriptVerification.verify(parsed, trustedKeys: trusted, engine: engine),
          keysGiven: keysGiven)
      } catch {
        verdict = VerificationReport.Verdict(
          path: path, verification: nil, readError: error.description, keysGiven: keysGiven)
      }
      allPass = allPass && verdict.passes
      OutputWriter.standardOutput.write(
        format == .json ? VerificationReport.json(verdict) : VerificationReport.text(verdict))
    }
    return allPass
  }

  private func replay(_ path: String) throws(RepereError) {
    let bytes: [UInt8]
    do throws(ShellError) {
      bytes = try UntrustedFile.contents(atPath: path, what: "la transcription")
    } catch {
      throw .shell(error)
    }
    let parsed = TranscriptParser.parse(Data(bytes))
    guard parsed.sessionStart != nil else {
      let reason =
        bytes.isEmpty
        ? "le fichier est vide"
        : parsed.issues.first.map { "ce n’est pas une transcription repere (\($0.description))" }
          ?? "ce n’est pas une transcription repere (la première ligne n’est pas session_started)"
      throw .replayRefused(path: path, reason: reason)
    }
    // A replay shows what the file says; what is wrong with it is said first, on stderr.
    let problems =
      parsed.issues.map(\.description)
      + (parsed.tornLine.map { ["ligne \($0.line) incomplète, ignorée"] } ?? [])
    if !problems.isEmpty {
      var standardError = StandardError()
      for problem in problems { print("Attention : \(problem).", to: &standardError) }
      print(
        "Cette transcription n’est pas intacte ; pour le détail : repere relecture --verifier.",
        to: &standardError)
    }
    let script = ReplayScript(parsed)
    let fileName = (path as NSString).lastPathComponent
    let interactive = !paced && TerminalSize.isTerminal(0) && TerminalSize.isTerminal(1)
    let onTerminal = TerminalSize.isTerminal(1)
    let style =
      onTerminal && TextStyle.allowsColour(environment: ProcessInfo.processInfo.environment)
      ? TextStyle.ansi : TextStyle.plain
    let renderer = ReplayTextRenderer(
      script: script, style: style, width: onTerminal ? TerminalSize.columns(of: 1) : nil)
    if interactive {
      let signals: SignalMonitor
      do throws(ShellError) {
        signals = try SignalMonitor()
      } catch {
        throw .shell(error)
      }
      InteractiveReplay(script: script, renderer: renderer, signals: signals, style: style)
        .run(fileName: fileName)
    } else {
      ReplayPlayer(
        script: script, renderer: renderer, write: OutputWriter.standardOutput.write
      ).play(
        fileName: fileName,
        pacing: paced ? ReplayPacing(speed: speed, maximumPause: maximumPause) : nil)
    }
  }
}
