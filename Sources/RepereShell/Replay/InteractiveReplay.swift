import Foundation
import RepereCore

/// The step-by-step replay on a terminal: Entrée shows the next step, commands (read with
/// readline, completed with Tab) jump to a block or a step, list overrides and back-edits,
/// search a word, quit.
public final class InteractiveReplay {
  private var navigation: ReplayNavigation
  private let renderer: ReplayTextRenderer
  private let editor: LineEditor
  private let style: TextStyle
  private let output: OutputWriter

  /// - Parameters:
  ///   - script: the steps.
  ///   - renderer: their text.
  ///   - signals: the process's signal monitor (Ctrl-C, window changes).
  ///   - style: colours or none.
  public init(
    script: ReplayScript, renderer: ReplayTextRenderer, signals: SignalMonitor, style: TextStyle,
    output: OutputWriter = .standardOutput
  ) {
    navigation = ReplayNavigation(script: script)
    self.renderer = renderer
    self.style = style
    self.output = output
    let names = ReplayNavigation.commands.map(\.name).filter { $0.hasPrefix("/") }
      .map { String($0.split(separator: " ")[0]) }
    editor = LineEditor(signals: signals) { typed in
      names.filter { $0.hasPrefix(typed) }
    }
  }

  /// Shows the header and the first step, then reads commands until the reviewer quits or
  /// the input ends.
  public func run(fileName: String) {
    output.write(renderer.header(fileName: fileName))
    output.write("Entrée : étape suivante ; /aide : les commandes.\n")
    show(navigation.receive(""))
    while true {
      let position = navigation.current.map { "\($0 + 1)" } ?? "0"
      let total = navigation.script.steps.count
      switch editor.readLine(prompt: style.prompt("relecture \(position)/\(total) › ")) {
      case .line(let text, _, _):
        if !text.isEmpty { editor.addHistory(text) }
        let action = navigation.receive(text)
        if action == .quit { return }
        show(action)
      case .interrupted(let hadText):
        if !hadText { return }
      case .endOfFile, .stopped:
        output.write("\n")
        return
      }
    }
  }

  private func show(_ action: ReplayNavigation.Action) {
    switch action {
    case .step(let index): output.write(renderer.render(step: index))
    case .summary:
      output.write(renderer.summary())
      output.write("Fin de la session. /quitter pour sortir, /etape N pour revoir une étape.\n")
    case .overrides: output.write(renderer.overrides())
    case .backEdits: output.write(renderer.backEdits())
    case .search(let word, let steps): output.write(renderer.search(word: word, steps: steps))
    case .help: output.write(ReplayTextRenderer.help())
    case .quit: break
    case .invalid(let message): output.write(style.yellow(message) + "\n")
    }
  }
}
