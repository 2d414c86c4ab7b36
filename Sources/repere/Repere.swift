import ArgumentParser
import RepereCore

@main
struct Repere: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "repere")
  func run() throws { print(BundledDialogue.yaml) }
}
