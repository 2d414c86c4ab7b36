import Yams

/// A stop-gap reader of dialogue files, until the validating `DialogueLoader` is merged.
///
/// It reads only what the evidence engine needs and reports no positions. To be removed.
public enum InterimDialogueReader {
  /// Reads a dialogue from YAML text; `nil` if the text is not a dialogue.
  public static func read(yaml: String) -> Dialogue? {
    guard let root = (try? Yams.load(yaml: yaml)) as? [String: Any] else { return nil }
    func text(_ value: Any?) -> GuideText {
      if let string = value as? String { return GuideText(string) }
      if let map = value as? [String: Any] {
        return GuideText(
          map["source"] as? String ?? "", correction: map["correction"] as? String,
          note: map["note"] as? String)
      }
      return GuideText("")
    }
    func criteria(_ value: Any?, block: String) -> [Criterion] {
      ((value as? [[String: Any]]) ?? []).enumerated().map { index, map in
        Criterion(
          id: "\(block).c\(index + 1)", text: text(map["text"]),
          label: map["label"] as? String ?? "", evidence: map["evidence"] as? [String] ?? [],
          probe: map["probe"] as? String ?? "")
      }
    }
    let competences = ((root["competences"] as? [[String: Any]]) ?? []).map { competence in
      Competence(
        id: competence["id"] as? String ?? "", title: text(competence["title"]),
        blocks: ((competence["blocks"] as? [[String: Any]]) ?? []).map { block in
          let id = block["id"] as? String ?? ""
          return Block(
            id: id, title: text(block["title"]), gate: text(block["gate"]),
            questions: ((block["questions"] as? [Any]) ?? []).map(text),
            requiredCompetences: ((block["required_competences"] as? [Any]) ?? []).map(text),
            criteria: criteria(block["criteria"], block: id),
            trainingNeed: text(block["training_need"]),
            defect: (block["defect"] as? [String: Any]).map {
              SourceDefect(note: $0["note"] as? String ?? "")
            },
            evidenceCriteria: criteria(block["evidence_criteria"], block: id))
        })
    }
    return Dialogue(
      id: root["id"] as? String ?? "", title: root["title"] as? String ?? "",
      version: root["version"] as? String ?? "", source: root["source"] as? String,
      opening: Opening(presentation: GuideText(""), reminder: GuideText(""), questions: []),
      levels: [], means: [], competences: competences, recap: Recap(competences: []))
  }
}
