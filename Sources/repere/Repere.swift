import ArgumentParser
import Foundation

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
      InterviewCommand.self, PreparationCommand.self, RecapCommand.self, ReplayCommand.self,
      AnonymiseCommand.self, KeyCommand.self, CheckCommand.self, SuggestCommand.self,
      StatsCommand.self,
    ],
    defaultSubcommand: InterviewCommand.self
  )

  /// Parses and runs the command, every message in French (see ``FrenchCommandLine``).
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    let known = Set(
      subcommandNames + configuration.subcommands.flatMap { $0.configuration.aliases })
    let help = helpCommand(for: arguments)
    if let problem = FrenchCommandLine.problem(in: arguments, known: known) {
      fail(problem, code: .usage, help: help)
    }
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        // Help or version, asked for: on standard output.
        print(FrenchCommandLine.help(fullMessage(for: error)))
        Foundation.exit(0)
      }
      if error is ExitCode { Foundation.exit(code.rawValue) }
      fail(FrenchCommandLine.message(for: message(for: error)), code: code, help: help)
    }
    Foundation.exit(0)
  }

  private static var subcommandNames: [String] {
    configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
  }

  /// Prints a command-line problem and how to get help, then exits.
  private static func fail(_ message: String, code: ExitCode, help: String) -> Never {
    var standardError = StandardError()
    print("repere : \(message)", to: &standardError)
    if code == .usage { print("Aide : \(help).", to: &standardError) }
    Foundation.exit(code.rawValue)
  }

  /// The help to point to after a usage error: the subcommand's own when the first word
  /// that is not an option names one (by its name or an alias: `repere prepare --x` →
  /// `repere preparation --help`), else the general help.
  static func helpCommand(for arguments: [String]) -> String {
    guard let first = arguments.first(where: { !$0.hasPrefix("-") }),
      let subcommand = configuration.subcommands.first(where: {
        $0.configuration.commandName == first || $0.configuration.aliases.contains(first)
      }),
      let name = subcommand.configuration.commandName
    else { return "repere --help" }
    return "repere \(name) --help"
  }
}
