import ArgumentParser

/// The `repere` command: the « repérage des compétences » interview of a CQP and its tools.
@main
struct Repere: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "repere",
    abstract: "Conduit l’entretien de repérage des compétences d’un CQP.",
    discussion: """
      Le guide d’entretien est un fichier de dialogue YAML (dossier Dialogues/). \
      Sans fichier, repere utilise le guide intégré du CQP Technico-commercial(e) \
      des industries chimiques.
      """,
    version: "0.1.0",
    subcommands: [
      InterviewCommand.self, PreparationCommand.self, RecapCommand.self, CheckCommand.self,
      SuggestCommand.self,
    ],
    defaultSubcommand: InterviewCommand.self
  )
}
