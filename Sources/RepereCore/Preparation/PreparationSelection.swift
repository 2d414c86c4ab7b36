/// The blocks a candidate chose to practise: `--competence C3`, `--bloc C3.2`, several
/// allowed, every block when none is given.
public enum PreparationSelection {
  /// Why a choice names no block of the guide.
  public enum Refusal: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownCompetence(String, known: [String])
    case unknownBlock(String, known: [String])

    public var description: String {
      switch self {
      case .unknownCompetence(let id, let known):
        "la compétence « \(SafeDisplay.escaped(id)) » n’existe pas dans ce guide "
          + "(compétences : \(known.joined(separator: ", ")))."
      case .unknownBlock(let id, let known):
        "le bloc « \(SafeDisplay.escaped(id)) » n’existe pas dans ce guide "
          + "(blocs : \(known.joined(separator: ", ")))."
      }
    }
  }

  /// The indices (in `dialogue.blocks`) of the blocks chosen, in the guide's order, each
  /// once.
  /// - Parameters:
  ///   - competences: Competence ids (`C3`), case-insensitive.
  ///   - blocks: Block ids (`C3.2`), case-insensitive.
  /// - Throws: ``Refusal`` for an id the guide does not have.
  public static func resolve(
    _ dialogue: Dialogue, competences: [String], blocks: [String]
  ) throws(Refusal) -> [Int] {
    let all = dialogue.blocks
    if competences.isEmpty, blocks.isEmpty { return Array(all.indices) }
    var chosen: Set<String> = []
    for id in competences {
      guard let competence = dialogue.competences.first(where: { same($0.id, id) }) else {
        throw .unknownCompetence(id, known: dialogue.competences.map(\.id))
      }
      chosen.formUnion(competence.blocks.map(\.id))
    }
    for id in blocks {
      guard let block = all.first(where: { same($0.id, id) }) else {
        throw .unknownBlock(id, known: all.map(\.id))
      }
      chosen.insert(block.id)
    }
    return all.indices.filter { chosen.contains(all[$0].id) }
  }

  /// The block an argument names (`C3.2`), or the first block of a competence (`C3`).
  static func block(named id: String, in dialogue: Dialogue) -> Int? {
    let blocks = dialogue.blocks
    if let index = blocks.firstIndex(where: { same($0.id, id) }) { return index }
    guard let competence = dialogue.competences.first(where: { same($0.id, id) }),
      let first = competence.blocks.first
    else { return nil }
    return blocks.firstIndex { $0.id == first.id }
  }

  private static func same(_ a: String, _ b: String) -> Bool {
    a.normalizedForMatching == b.trimmingWhitespace().normalizedForMatching
  }
}
