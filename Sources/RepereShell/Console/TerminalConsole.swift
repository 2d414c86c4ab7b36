import Foundation
import RepereCore

/// The conversation on a terminal: readline, colours (unless `NO_COLOR`), text wrapped to
/// the terminal's width, a prompt that shows progress (`C2.3 · 9/24 › `).
public final class TerminalConsole: Console {
  private let editor: LineEditor
  private let output: OutputWriter
  private let style: TextStyle
  /// The question pending, for tab completion of its choices.
  private let currentChoices = ChoiceBox()
  /// The block's evidence as last shown: later updates show what changed.
  private var shownEvidence: InterviewEvent.Evidence?
  private let mode: SessionMode
  /// What the candidate prepared, by ask id (`--preparation`), shown under the questions.
  public var prepared: [String: String] = [:]

  /// - Parameters:
  ///   - signals: the process's signal monitor.
  ///   - colour: whether escape codes may be written (a terminal without `NO_COLOR`).
  ///   - places: the block and competence ids `/aller` completes (`C3.` → `C3.1`…).
  ///   - mode: the interview or the candidate's preparation (its commands, its wording).
  public init(
    signals: SignalMonitor, colour: Bool, places: [String] = [],
    output: OutputWriter = .standardOutput, mode: SessionMode = .interview
  ) {
    self.output = output
    self.style = colour ? .ansi : .plain
    self.mode = mode
    let choices = currentChoices
    let commands =
      mode == .preparation ? ChatCommand.preparationCompletions : ChatCommand.completions
    self.editor = LineEditor(signals: signals) { typed in
      TerminalConsole.completions(
        for: typed, choices: choices.value, places: places, commands: commands)
    }
  }

  private var renderer: EventTextRenderer {
    // Measured each time: the terminal may have been resized.
    EventTextRenderer(
      style: style, width: TerminalSize.columns(of: output.descriptor), mode: mode)
  }

  public func show(_ events: [InterviewEvent]) {
    let text = renderer.render(events, shownEvidence: &shownEvidence)
    if !text.isEmpty { output.write(text) }
  }

  public func read(_ ask: Ask) -> LineResult {
    currentChoices.value = ask.choices ?? []
    output.write(renderer.renderQuestion(ask, prepared: prepared[ask.id]))
    return editor.readLine(
      prompt: style.prompt(SafeDisplay.escaped(ask.promptPrefix)) + " ", prefill: ask.prefill)
  }

  public func notify(_ notice: SessionNotice) {
    let text = notice.frenchText(mode: mode)
    switch notice {
    case .header:
      output.write(renderer.renderHeader(text) + "\n")
    case .lineCleared: output.write(style.dim(text) + "\n")
    case .transcript, .transcriptRenamed, .ended: output.write(style.dim(text) + "\n")
    default: output.write(style.yellow(text) + "\n")
    }
  }

  public func confirmQuit() -> Bool {
    while true {
      let question =
        mode == .preparation
        ? "Quitter la préparation (elle pourra être reprise) ? [o/N] "
        : "Quitter l’entretien (il pourra être repris) ? [o/N] "
      switch editor.readLine(prompt: question) {
      case .line(let text, _, _):
        if let answer = Self.quitAnswer(text) { return answer }
      case .interrupted, .endOfFile, .stopped:
        return true
      }
    }
  }

  public func remember(_ line: String, answering ask: Ask) {
    editor.addHistory(line)
  }

  /// The answer to « Quitter l’entretien ? »: the interview's yes/no matching; an empty
  /// line means no; `nil` asks again.
  static func quitAnswer(_ text: String) -> Bool? {
    text.trimmingCharacters(in: .whitespaces).isEmpty ? false : YesNoAnswer.parse(text)
  }

  /// Whole-line candidates: after `/aller ` (or `/goto `) the places, for a line starting
  /// with `/` the chat commands, else the choices.
  static func completions(
    for typed: String, choices: [String], places: [String] = [],
    commands: [String] = ChatCommand.completions
  ) -> [String] {
    for command in ChatCommand.all where command.kind == .goto {
      for name in [command.name] + command.aliases where typed.hasPrefix(name + " ") {
        let place = typed.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)
        return places.filter { $0.uppercased().hasPrefix(place.uppercased()) }
          .map { "\(name) \($0)" }
      }
    }
    let pool = typed.hasPrefix("/") ? commands : choices
    let folded = typed.caseAndAccentFolded
    return pool.filter {
      $0.caseAndAccentFolded.hasPrefix(folded)
    }
  }
}

/// The choices of the pending question, shared with the completion callback.
final class ChoiceBox: @unchecked Sendable {
  var value: [String] = []
}
