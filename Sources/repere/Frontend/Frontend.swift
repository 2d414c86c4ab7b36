import ArgumentParser
import RepereShell

/// What every command does with its errors: the French message on standard error, then
/// exit status 1 (`failure`).
enum Frontend {
  /// Runs `body`, turning a ``RepereError`` into its message and `ExitCode.failure`.
  static func run<Value>(_ body: () throws(RepereError) -> Value) throws(ExitCode) -> Value {
    do {
      return try body()
    } catch {
      report(error)
      throw ExitCode.failure
    }
  }

  /// Prints an error's French message on standard error.
  static func report(_ error: RepereError) {
    var standardError = StandardError()
    print(error.description, to: &standardError)
  }
}
