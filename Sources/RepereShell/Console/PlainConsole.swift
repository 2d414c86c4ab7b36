import RepereCore

/// The conversation as plain text, for a standard input that is not a terminal.
///
/// No escape codes, no wrapping, nothing that depends on the terminal or the time: the
/// output of a piped session is the same on every run. Each answer read is echoed after
/// its prompt, so the output reads like the conversation.
public final class PlainConsole: Console {
  private let reader: PlainLineReader
  private let output: OutputWriter
  private let renderer: EventTextRenderer
  private let echo: Bool
  /// The block's evidence as last shown: later updates show what changed.
  private var shownEvidence: InterviewEvent.Evidence?
  private let mode: SessionMode
  /// What the candidate prepared, by ask id (`--preparation`), shown under the questions.
  public var prepared: [String: String] = [:]

  /// - Parameters:
  ///   - echo: whether to write each answer after its prompt; false when the input is a
  ///     terminal that echoes it already (output redirected, input typed).
  ///   - mode: the interview or the candidate's preparation.
  public init(
    reader: PlainLineReader, output: OutputWriter = .standardOutput, echo: Bool = true,
    mode: SessionMode = .interview
  ) {
    self.reader = reader
    self.output = output
    self.renderer = EventTextRenderer(style: .plain, width: nil, mode: mode)
    self.echo = echo
    self.mode = mode
  }

  public func show(_ events: [InterviewEvent]) {
    let text = renderer.render(events, shownEvidence: &shownEvidence)
    if !text.isEmpty { output.write(text) }
  }

  public func read(_ ask: Ask) -> LineResult {
    output.write(
      renderer.renderQuestion(ask, prepared: prepared[ask.id])
        + SafeDisplay.escaped(ask.promptPrefix) + " ")
    let result = reader.readLine()
    switch result {
    // The echo shows the answer as the interview reads it: never a control or escape
    // character from the input (the transcript keeps the line as typed).
    case .line(let text, _, _): if echo { output.write(InputLine.clean(text).text + "\n") }
    default: output.write("\n")
    }
    return result
  }

  public func notify(_ notice: SessionNotice) {
    output.write(notice.frenchText(mode: mode) + "\n")
  }

  public func confirmQuit() -> Bool { true }

  public func remember(_ line: String, answering ask: Ask) {}
}
