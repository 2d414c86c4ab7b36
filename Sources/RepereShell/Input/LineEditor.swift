@preconcurrency internal import CReadline

#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// GNU readline is driven through its callback interface: the editor polls the terminal
// and the signal pipe itself, so Ctrl-C, SIGTERM and SIGHUP are seen between two keys
// without readline's own signal handlers. Readline state is process-wide; the C callbacks
// below reach it through these globals, touched only from the thread that reads lines.

/// The line the callback handler received; `nil` with `lineCompleted` means end of file.
nonisolated(unsafe) private var receivedLine: UnsafeMutablePointer<CChar>?
/// Whether the callback handler was called since the prompt was installed.
nonisolated(unsafe) private var lineCompleted = false
/// Text to insert into the line when the next prompt starts (`/retour`).
nonisolated(unsafe) private var pendingPrefill: String?
/// The completion source of the editor in use.
nonisolated(unsafe) private var completionSource: (@Sendable (String) -> [String])?
/// The candidates of the completion in progress.
nonisolated(unsafe) private var completionCandidates: [String] = []
nonisolated(unsafe) private var completionIndex = 0

private let handleLine: @convention(c) (UnsafeMutablePointer<CChar>?) -> Void = { line in
  receivedLine = line
  lineCompleted = true
  // Removing the handler here keeps readline from showing the prompt again.
  rl_callback_handler_remove()
}

private let insertPrefill: @convention(c) () -> Int32 = {
  if let text = pendingPrefill, !text.isEmpty {
    _ = rl_insert_text(text)
  }
  pendingPrefill = nil
  return 0
}

private let nextCandidate:
  @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<
    CChar
  >? = { _, state in
    if state == 0 { completionIndex = 0 }
    guard completionIndex < completionCandidates.count else { return nil }
    defer { completionIndex += 1 }
    return strdup(completionCandidates[completionIndex])
  }

private let completeLine:
  @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<
    UnsafeMutablePointer<CChar>?
  >? = { text, _, _ in
    // Never fall back to file names: answers are not paths.
    rl_attempted_completion_over = 1
    rl_completion_append_character = 0
    let typed = text.map { String(cString: $0) } ?? ""
    completionCandidates = completionSource?(typed) ?? []
    return rl_completion_matches(text, nextCandidate)
  }

/// Line editing on a terminal with GNU readline: history, completion, pre-filled input.
///
/// History stays in memory: nothing typed is ever written to a history file. Completion
/// works on the whole line typed so far (the word-break set is empty), so candidates are
/// whole answers: `/aide`, `pas du tout`, `/aller C3.2`.
public final class LineEditor {
  private let signals: SignalMonitor

  /// Prepares readline for the terminal on standard input and output.
  ///
  /// - Parameters:
  ///   - signals: the process's signal monitor, polled while waiting for keys.
  ///   - completions: returns the candidates for the line typed so far (whole lines).
  public init(signals: SignalMonitor, completions: @escaping @Sendable (String) -> [String]) {
    self.signals = signals
    completionSource = completions
    LineEditor.configureReadline()
  }

  /// Stores a line in the in-memory history (Up and Down recall it during the session).
  public func addHistory(_ line: String) {
    guard !line.isEmpty else { return }
    add_history(line)
  }

  /// Reads one line, showing `prompt` and pre-filling the input with `prefill`.
  ///
  /// Escape sequences in `prompt` must be wrapped in `\u{1}`…`\u{2}` so readline can
  /// count the visible width.
  public func readLine(prompt: String, prefill: String? = nil) -> LineResult {
    receivedLine = nil
    lineCompleted = false
    pendingPrefill = prefill
    rl_callback_handler_install(prompt, handleLine)
    let input = fileno(rl_instream ?? stdin)
    while !lineCompleted {
      switch signals.wait(for: input) {
      case .readable:
        rl_callback_read_char()
      case .signal(.windowChange):
        rl_resize_terminal()
      case .signal(let signal):
        let hadText = rl_end > 0
        abandonLine()
        if signal == .interrupt { return .interrupted(hadText: hadText) }
        return .stopped(signal)
      }
    }
    guard let line = receivedLine else {
      // A closed terminal ends the input too: its SIGHUP says it was not Ctrl-D.
      if let signal = signals.stopSignal(within: 100), signal != .interrupt {
        return .stopped(signal)
      }
      return .endOfFile
    }
    defer { free(line) }
    let length = strlen(line)
    let bytes = UnsafeBufferPointer(
      start: UnsafeRawPointer(line).assumingMemoryBound(to: UInt8.self), count: length)
    let (text, repaired) = LineResult.decode(bytes)
    return .line(text, repairedEncoding: repaired)
  }

  /// Drops the line being typed and gives the terminal back, as after a signal.
  private func abandonLine() {
    rl_replace_line("", 1)
    rl_free_line_state()
    rl_callback_sigcleanup()
    rl_cleanup_after_signal()
    rl_callback_handler_remove()
    fputs("\n", rl_outstream ?? stdout)
    fflush(rl_outstream ?? stdout)
  }

  nonisolated(unsafe) private static var configured = false

  /// Sets readline up once: name, locale, signals, completion, key bindings.
  private static func configureReadline() {
    guard !configured else { return }
    configured = true
    // Readline decodes multibyte input per the locale; Swift never calls setlocale.
    if let locale = setlocale(LC_CTYPE, ""), !String(cString: locale).lowercased().contains("utf") {
      _ = setlocale(LC_CTYPE, "C.UTF-8")
    }
    rl_readline_name = UnsafePointer(strdup("repere")!)
    rl_catch_signals = 0
    rl_catch_sigwinch = 0
    rl_change_environment = 0
    rl_attempted_completion_function = completeLine
    rl_completer_word_break_characters = UnsafePointer(strdup("")!)
    rl_startup_hook = insertPrefill
    // Reads ~/.inputrc, then overrides what the interview needs whatever it says.
    rl_initialize()
    for (name, value) in [
      ("disable-completion", "off"), ("input-meta", "on"), ("output-meta", "on"),
      ("convert-meta", "off"),
    ] {
      rl_variable_bind(name, value)
    }
    rl_inhibit_completion = 0
    rl_bind_key(9, rl_complete)
  }
}
