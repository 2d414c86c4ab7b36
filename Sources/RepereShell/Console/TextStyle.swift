/// Colours for terminal output, or none: the same renderer serves terminals and pipes.
public struct TextStyle: Sendable {
  /// Whether escape codes are written at all.
  public var enabled: Bool

  /// No escape codes (pipes, `NO_COLOR`).
  public static let plain = TextStyle(enabled: false)
  /// ANSI colours.
  public static let ansi = TextStyle(enabled: true)

  public init(enabled: Bool) { self.enabled = enabled }

  /// Whether a terminal may be coloured: only if `NO_COLOR` is unset or empty
  /// (https://no-color.org) and `TERM` is not `dumb`.
  public static func allowsColour(environment: [String: String]) -> Bool {
    if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
    return environment["TERM"] != "dumb"
  }

  public func bold(_ text: String) -> String { wrap(text, "1") }
  public func dim(_ text: String) -> String { wrap(text, "2") }
  public func green(_ text: String) -> String { wrap(text, "32") }
  public func red(_ text: String) -> String { wrap(text, "31") }
  public func yellow(_ text: String) -> String { wrap(text, "33") }
  public func cyan(_ text: String) -> String { wrap(text, "36") }

  /// The text wrapped for a readline prompt: escape codes between `\u{1}` and `\u{2}` so
  /// that readline does not count them in the prompt's width.
  public func prompt(_ text: String) -> String {
    guard enabled else { return text }
    return "\u{1}\u{1B}[1;36m\u{2}\(text)\u{1}\u{1B}[0m\u{2}"
  }

  private func wrap(_ text: String, _ code: String) -> String {
    enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
