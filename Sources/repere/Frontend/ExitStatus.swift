import ArgumentParser

/// The exit statuses of `repere`, named; listed once for users in the README.
extension ExitCode {
  /// 0: the command did its work; for `entretien`, the interview is finished.
  static let finished = ExitCode.success
  // `failure` (1): an error explained on standard error (unreadable or invalid guide,
  // transcript refused, invalid cases…). It is ArgumentParser's own `ExitCode.failure`.
  /// 3: the interview was suspended (end of input, `/quitter`, Ctrl-C, SIGTERM, SIGHUP); its
  /// transcript is saved and resumable with `--reprendre`.
  static let suspended = ExitCode(3)
  /// 64: a wrong option or argument, found by `validate()` (`ValidationError`).
  static let usage = ExitCode.validationFailure
}
