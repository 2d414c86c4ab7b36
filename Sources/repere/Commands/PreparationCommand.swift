import ArgumentParser
import Foundation
import RepereCore
import RepereShell

/// `repere preparation` (alias `prepare`): the candidate practises the interview alone.
struct PreparationCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "preparation",
    abstract:
      "Vous prépare à l’entretien de repérage : les questions du guide, un retour par bloc.",
    discussion: """
      Pour le candidat : les mêmes questions que l’entretien, mot pour mot. Après chaque \
      bloc, pas de positionnement (ce sont les évaluateurs qui le décident, à \
      l’entretien) mais un retour : les critères que vos réponses illustrent déjà, avec \
      les mots qui le montrent, et pour les autres un exemple à préparer. /recommencer \
      reprend un bloc et montre le progrès depuis la tentative précédente.

      Chaque réponse est enregistrée dans la transcription (JSON Lines, mode 0600) avant \
      la question suivante : continuez une autre fois avec --reprendre. repere bilan sur \
      cette transcription donne la fiche de préparation.

      Code de sortie : 0 préparation terminée ; 3 préparation suspendue (fin de l’entrée, \
      /quitter, Ctrl-C, SIGTERM, SIGHUP), transcription enregistrée ; 1 erreur ; 64 \
      option invalide.
      """,
    aliases: ["prepare"]
  )

  @OptionGroup var guide: GuideOption

  @Option(
    name: .customLong("competence"),
    help: ArgumentHelp(
      "Compétence à préparer (ex. C3) ; plusieurs possibles. Par défaut : tout le guide.",
      valueName: "COMPÉTENCE"))
  var competences: [String] = []

  @Option(
    name: .customLong("bloc"),
    help: ArgumentHelp("Bloc à préparer (ex. C3.2) ; plusieurs possibles.", valueName: "BLOC"))
  var blocks: [String] = []

  @Option(
    name: .customLong("transcript"),
    help: ArgumentHelp(
      "Fichier de transcription à créer (par défaut : preparation-DATE-NOM-PRENOM.jsonl "
        + "dans le dossier courant).", valueName: "CHEMIN"))
  var transcriptPath: String?

  @Option(
    name: [.customLong("reprendre"), .customLong("resume")],
    help: ArgumentHelp(
      "Continue la préparation enregistrée dans cette transcription.", valueName: "CHEMIN"))
  var resumePath: String?

  @Flag(help: "Reprend une transcription même si son contrôle d’intégrité échoue.")
  var force = false

  @Option(
    name: .customLong("protocol"),
    help: ArgumentHelp("Format des échanges : text ou jsonl.", valueName: "FORMAT"))
  var outputProtocol: InterviewCommand.OutputProtocol = .text

  func validate() throws {
    if resumePath != nil, transcriptPath != nil {
      throw ValidationError(
        "--reprendre et --transcript s’excluent : la reprise continue la transcription donnée.")
    }
    if resumePath != nil, !competences.isEmpty || !blocks.isEmpty {
      throw ValidationError(
        "--reprendre continue avec les blocs choisis au début ; --competence et --bloc "
          + "ne s’y ajoutent pas (dans la session : /aller BLOC).")
    }
    if force, resumePath == nil {
      throw ValidationError("--force ne s’emploie qu’avec --reprendre.")
    }
  }

  func run() throws {
    signal(SIGPIPE, SIG_IGN)
    let (signals, launcher, background) = try Frontend.run { () throws(RepereError) in
      let signals = try InterviewCommand.signalMonitor()
      // A preparation is the candidate's: never signed with an evaluator's key.
      let (launcher, background) = try InterviewCommand.makeLauncher(guide, signed: false)
      return (signals, launcher, background)
    }
    let dialogue = launcher.dialogue
    let selection: [Int]
    do {
      selection = try PreparationSelection.resolve(
        dialogue, competences: competences, blocks: blocks)
    } catch {
      throw ValidationError(error.description)
    }
    let console = InterviewCommand.makeConsole(
      signals: signals, outputProtocol: outputProtocol, mode: .preparation,
      places: InterviewCommand.places(of: dialogue))
    let suggester = launcher.suggester
    let session = try Frontend.run { () throws(RepereError) in
      do throws(ShellError) {
        if let resumePath {
          return try launcher.resume(path: resumePath, force: force, console: console) { start in
            // The blocks chosen at the start, as recorded: the replay needs the same ones.
            Preparation(
              dialogue: dialogue, suggester: suggester,
              selection: try? PreparationSelection.resolve(
                dialogue, competences: [], blocks: start.blocks ?? []))
          }
        }
        let chosen = competences.isEmpty && blocks.isEmpty
        return try launcher.startNew(
          Preparation(dialogue: dialogue, suggester: suggester, selection: selection),
          transcriptPath: transcriptPath,
          blocks: chosen ? nil : selection.map { dialogue.blocks[$0].id }, console: console)
      } catch {
        throw .shell(error)
      }
    }
    try InterviewCommand.converse(session, console: console, warming: background)
  }
}
