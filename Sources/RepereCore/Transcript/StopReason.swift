/// Why a session stopped before the interview's end; resumable with `--reprendre`.
///
/// Written as `reason` in the transcript's `session_stopped` record and in the
/// `session_end` line of `--protocol jsonl`.
public enum StopReason: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
  /// `/quitter` (or `/quit`): the interview itself recorded `suspended`.
  case quit
  /// End of standard input: Ctrl-D on a terminal, the end of a pipe.
  case endOfInput = "end_of_input"
  /// Ctrl-C on an empty line, confirmed.
  case interrupt
  /// SIGTERM.
  case sigterm
  /// SIGHUP: the terminal was closed.
  case sighup
  /// The transcript could not be written (disk full…): the session stopped at once; the
  /// reason is told on `session_end`, never written to the transcript.
  case writeError = "write_error"
}
