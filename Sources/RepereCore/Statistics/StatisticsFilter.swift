import Foundation

/// Which sessions `repere stats` counts: `--depuis`, `--jusqu-a`, `--evaluateur`.
///
/// The guide is chosen with `--dialogue FICHIER` as in every command: sessions conducted with
/// another guide are not filtered out but skipped (``SessionSkip/otherGuide``), and counted.
public struct StatisticsFilter: Sendable, Equatable {
  /// Sessions started at or after this instant.
  public var since: Date?
  /// Sessions started before this instant (the day after `--jusqu-a`, so the day is included).
  public var until: Date?
  /// An intervenant's name, compared without case or accents with « Prénom Nom » or « Nom »,
  /// or the fingerprint of the key that signed the session.
  public var evaluator: String?

  public init(
    since: Date? = nil, until: Date? = nil, evaluator: String? = nil
  ) {
    self.since = since
    self.until = until
    self.evaluator = evaluator
  }

  /// Whether the session is counted.
  public func admits(_ session: SessionSummary) -> Bool {
    if since != nil || until != nil {
      guard let started = session.started else { return false }
      if let since, started < since { return false }
      if let until, started >= until { return false }
    }
    if let evaluator {
      let wanted = Self.folded(evaluator)
      if let key = session.signingKey, Self.folded(key) == wanted { return true }
      return session.evaluators.contains { name in
        Self.folded(name) == wanted
          || Self.folded(name.split(separator: " ").last.map(String.init) ?? "") == wanted
      }
    }
    return true
  }

  /// The name's evaluator as it is grouped: folded, so « Anne PETIT » and « anne petit » agree.
  static func folded(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
