/// One labelled case of `../shared/cases/`: a block's answers and the expected positioning.
///
/// Fields the engine does not need (`why`) are ignored when decoding; all fields are
/// optional so that a malformed case can be reported on its own line.
public struct PositioningCase: Sendable, Equatable, Decodable {
  public var id: String?
  public var block: String?
  /// `oui` or `non`.
  public var gate: String?
  public var answers: [String]?
  /// `totalite`, `partiellement` or `pas_du_tout`, when the case is labelled.
  public var expected: String?

  public init(
    id: String?, block: String?, gate: String?, answers: [String]?, expected: String? = nil
  ) {
    self.id = id
    self.block = block
    self.gate = gate
    self.answers = answers
    self.expected = expected
  }
}
