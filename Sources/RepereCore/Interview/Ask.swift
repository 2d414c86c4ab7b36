/// A question the interview waits on: what the shell shows as a prompt.
///
/// Exactly one ``Ask`` is pending while the interview is not finished; it is also the
/// last event of every batch returned by ``Interview/start(at:)`` and
/// ``Interview/receive(_:at:)`` (except after `/quitter`).
public struct Ask: Sendable, Equatable, Codable {
  /// Stable, meaningful id: `identity.candidate.nom`, `opening.parcours`, `C1.1.gate`,
  /// `C1.1.q1`, `C1.1.probe.2`, `C1.1.position`, `C1.1.override_reason`, `C1.means`,
  /// `C5.r4.manual`, `C5.r4.note`, `end`.
  public var id: String
  /// The question, in French.
  public var text: String
  /// The labels of the accepted answers when the question is closed, `nil` when free.
  public var choices: [String]?
  /// The choice label an empty line takes, when any.
  public var defaultChoice: String?
  /// Text to pre-fill the input line with (the previous answer after `/retour`).
  public var prefill: String?
  /// Where the interview is, for the prompt (`C2.3 · 9/24 ›`); `nil` before the blocks.
  public var progress: Progress?
  /// Whether an empty line is refused (required answer with no default).
  public var required: Bool

  public init(
    id: String, text: String, choices: [String]? = nil, defaultChoice: String? = nil,
    prefill: String? = nil, progress: Progress? = nil, required: Bool = false
  ) {
    self.id = id
    self.text = text
    self.choices = choices
    self.defaultChoice = defaultChoice
    self.prefill = prefill
    self.progress = progress
    self.required = required
  }

  enum CodingKeys: String, CodingKey {
    case id, text, choices, prefill, progress, required
    case defaultChoice = "default"
  }

  /// The prompt prefix the shells show, e.g. `C2.3 · 9/24 ›`, or `›` with no progress.
  public var promptPrefix: String {
    guard let progress else { return "›" }
    return "\(progress.step) · \(progress.index)/\(progress.total) ›"
  }
}

/// Where the interview stands when a question is asked.
public struct Progress: Sendable, Equatable, Codable {
  /// The current block id (`C2.3`), or the competence id (`C2`) while closing a competence.
  public var step: String
  /// 1-based index of the current block among all blocks (for a competence: its last block).
  public var index: Int
  /// Number of blocks in the dialogue (24 for the bundled guide).
  public var total: Int

  public init(step: String, index: Int, total: Int) {
    self.step = step
    self.index = index
    self.total = total
  }
}
