import ArgumentParser
import RepereCore

@main
struct Repere: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "repere",
    subcommands: [SuggestCommand.self])
}
