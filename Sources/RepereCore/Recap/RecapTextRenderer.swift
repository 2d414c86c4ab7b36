import Foundation

/// Renders a recap as plain French text for a terminal (no colour, no wrapping).
public struct RecapTextRenderer: Sendable {
  /// The time zone the date is shown in (the shell passes the local one).
  public var timeZone: TimeZone

  public init(timeZone: TimeZone = TimeZone(identifier: "UTC")!) {
    self.timeZone = timeZone
  }

  /// The recap as lines of text joined with `\n`, ending with a newline.
  public func render(_ recap: CompiledRecap) -> String { "" }
}
