/// The guide's rules read over an interview record: what is open, what each recap item
/// says, a competence's status, the labels of levels and means.
///
/// The one place these rules are written: the interview asks them while it runs (end of
/// the interview, `/etat`, a competence's summary) and the recap compiler asks the same
/// questions of a finished or replayed record.
public struct RecordQuery: Sendable {
  public let dialogue: Dialogue
  public let record: InterviewRecord

  public init(dialogue: Dialogue, record: InterviewRecord) {
    self.dialogue = dialogue
    self.record = record
  }

  /// Blocks not positioned yet, by id, in the guide's order.
  public var openBlocks: [String] {
    dialogue.blocks.map(\.id).filter { record.blocks[$0] == nil }
  }

  /// Competences not closed yet (needs and means), by id, in the guide's order.
  public var openCompetences: [String] {
    dialogue.competences.map(\.id).filter { record.closures[$0] == nil }
  }

  /// Whether every block is positioned and every competence closed.
  public var isComplete: Bool { openBlocks.isEmpty && openCompetences.isEmpty }

  /// The positions decided so far, in the guide's order, with the guide's labels.
  public var positions: [InterviewEvent.Position] {
    dialogue.blocks.compactMap { block in
      record.blocks[block.id].map {
        InterviewEvent.Position(block: block.id, level: $0.level, label: label(of: $0.level))
      }
    }
  }

  /// The recap items of a competence and what decides each: the block's positioning, or
  /// the setting by hand.
  ///
  /// - Parameters:
  ///   - competence: The competence.
  ///   - manual: The items set by hand; by default, those of the competence's closure (the
  ///     interview passes the ones of a closure in progress).
  public func items(of competence: Competence, manual: [String: ManualSetting]? = nil)
    -> [RecapItemResult]
  {
    let manual = manual ?? record.closures[competence.id]?.manual ?? [:]
    let items = dialogue.recap.competences.first { $0.competence == competence.id }?.items ?? []
    return items.map { item in
      if let block = item.block {
        let decided = record.blocks[block]
        return RecapItemResult(
          item: item.id, label: item.label.display, block: block, level: decided?.level,
          levelLabel: decided.map { label(of: $0.level) },
          needed: decided.map { $0.level != .totalite }, overrideReason: decided?.overrideReason,
          answers: decided?.answers.filter { !$0.isEmpty } ?? [],
          notes: record.notes.filter { $0.block == block }.map(\.text))
      }
      let setting = manual[item.id]
      return RecapItemResult(
        item: item.id, label: item.label.display, block: nil, level: nil, levelLabel: nil,
        needed: setting?.needed, overrideReason: nil, answers: [],
        notes: setting.map { [$0.note] } ?? [])
    }
  }

  /// The guide's rule: mastered only if every item is decided and none is a training need;
  /// incomplete while a block is not positioned or an item set by hand is undecided.
  public func status(of competence: Competence, items: [RecapItemResult]) -> CompetenceStatus {
    if competence.blocks.contains(where: { record.blocks[$0.id] == nil })
      || items.contains(where: { $0.needed == nil })
    {
      return .incomplete
    }
    return items.contains { $0.needed == true } ? .toDevelop : .mastered
  }

  /// The guide's label of a level (« En totalité »).
  public func label(of level: LevelID) -> String {
    dialogue.levels.first { $0.id == level }?.label ?? level.rawValue
  }

  /// The guide's labels of means ids, in the guide's order.
  public func labels(ofMeans ids: [String]) -> [String] {
    dialogue.means.filter { ids.contains($0.id) }.map(\.label)
  }
}
