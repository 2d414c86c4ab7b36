import Yams

/// Builds a ``DecodedDialogue`` from a composed YAML tree, checking keys and types.
///
/// Missing or malformed values are reported and replaced by empty placeholders, so that
/// the tree is read to the end and the validator can still check the rest: the
/// dialogue it returns is only meaningful when no problem was reported.
struct DialogueDecoder {
  /// The format version this decoder reads.
  static let supportedFormat = 1

  private(set) var reader = YAMLNodeReader()

  /// Decodes the whole file.
  mutating func decode(root: Node) -> DecodedDialogue {
    let fields = reader.fields(
      of: root, "le fichier",
      required: [
        "format", "id", "title", "version", "opening", "levels", "means", "competences", "recap",
      ],
      optional: ["source"])
    if let format = reader.integer(fields?["format"], "« format »"),
      format != Self.supportedFormat, let node = fields?["format"]
    {
      reader.report(
        "« format » : le format \(format) n’est pas pris en charge ; cette version de repere lit le format \(Self.supportedFormat)",
        at: reader.position(of: node))
    }
    let id = reader.string(fields?["id"], "« id »")
    if let id, let node = fields?["id"], !Self.isSlug(id) {
      reader.report(
        "« id » : « \(id) » doit s’écrire en minuscules, chiffres et tirets (par exemple cqp-technico-commercial)",
        at: reader.position(of: node))
    }
    let title = reader.string(fields?["title"], "« title »")
    let version = reader.quotedString(fields?["version"], "« version »", example: "\"2026.1\"")
    let source = reader.string(fields?["source"], "« source »")
    let opening = decodeOpening(fields?["opening"])
    let levels = decodeLevels(fields?["levels"], key: fields?.keyNode("levels"))
    let means = decodeMeans(fields?["means"])
    let competences = decodeCompetences(fields?["competences"])
    let recap = decodeRecap(fields?["recap"], key: fields?.keyNode("recap"))
    return DecodedDialogue(
      id: id ?? "", title: title ?? "", version: version ?? "", source: source,
      presentation: opening.presentation, reminder: opening.reminder,
      openingQuestions: opening.questions, levels: levels, means: means,
      competences: competences, recap: recap)
  }

  // MARK: - Opening, levels, means

  private mutating func decodeOpening(_ node: Node?) -> (
    presentation: GuideText, reminder: GuideText, questions: [Located<OpeningQuestion>]
  ) {
    let empty = (GuideText(""), GuideText(""), [Located<OpeningQuestion>]())
    guard let node else { return empty }
    guard
      let fields = reader.fields(
        of: node, "« opening »", required: ["presentation", "reminder", "questions"])
    else { return empty }
    let presentation = reader.text(fields["presentation"], "« opening », « presentation »")
    let reminder = reader.text(fields["reminder"], "« opening », « reminder »")
    var questions: [Located<OpeningQuestion>] = []
    for (index, element)
      in (reader.sequence(fields["questions"], "« opening », « questions »") ?? [])
      .enumerated()
    {
      let what = "« opening », question \(index + 1)"
      guard let question = reader.fields(of: element, what, required: ["id", "text"]) else {
        continue
      }
      let id = reader.string(question["id"], "\(what), « id »")
      let text = reader.string(question["text"], "\(what), « text »")
      questions.append(
        Located(
          value: OpeningQuestion(id: id ?? "", text: text ?? ""),
          position: reader.position(of: question["id"] ?? element)))
    }
    return (presentation ?? GuideText(""), reminder ?? GuideText(""), questions)
  }

  private mutating func decodeLevels(_ node: Node?, key: Node?) -> DecodedLevels? {
    guard let node else { return nil }
    let elements = reader.sequence(node, "« levels »")
    // A list or an element not read as a level was reported: the list is then not judged
    // as a whole.
    var levels = DecodedLevels(
      key: reader.position(of: key ?? node), entries: [], isComplete: elements != nil)
    for (index, element) in (elements ?? []).enumerated() {
      let what = "« levels », niveau \(index + 1)"
      guard let fields = reader.fields(of: element, what, required: ["id", "label"]) else {
        continue
      }
      let rawID = reader.string(fields["id"], "\(what), « id »")
      let label = reader.string(fields["label"], "\(what), « label »")
      guard let rawID else { continue }
      guard let id = LevelID(rawValue: rawID) else {
        let known = LevelID.allCases.map(\.rawValue).joined(separator: ", ")
        reader.report(
          "\(what) : niveau inconnu « \(rawID) » ; les niveaux sont \(known)",
          at: reader.position(of: fields["id"] ?? element))
        continue
      }
      levels.entries.append(Level(id: id, label: label ?? ""))
    }
    levels.isComplete = levels.isComplete && levels.entries.count == (elements ?? []).count
    return levels
  }

  private mutating func decodeMeans(_ node: Node?) -> [Located<Means>] {
    var means: [Located<Means>] = []
    for (index, element) in (reader.sequence(node, "« means »") ?? []).enumerated() {
      let what = "« means », moyen \(index + 1)"
      guard let fields = reader.fields(of: element, what, required: ["id", "label"]) else {
        continue
      }
      let id = reader.string(fields["id"], "\(what), « id »")
      let label = reader.string(fields["label"], "\(what), « label »")
      means.append(
        Located(
          value: Means(id: id ?? "", label: label ?? ""),
          position: reader.position(of: fields["id"] ?? element)))
    }
    return means
  }

  // MARK: - Competences and blocks

  private mutating func decodeCompetences(_ node: Node?) -> [DecodedCompetence] {
    var competences: [DecodedCompetence] = []
    for (index, element) in (reader.sequence(node, "« competences »") ?? []).enumerated() {
      var what = Self.peekID(element).map { "compétence \($0)" } ?? "compétence \(index + 1)"
      guard
        let fields = reader.fields(of: element, what, required: ["id", "title", "blocks"])
      else { continue }
      let id = reader.string(fields["id"], "\(what), « id »")
      if let id {
        what = "compétence \(id)"
        if !Self.isCompetenceID(id), let idNode = fields["id"] {
          reader.report(
            "\(what) : l’identifiant doit avoir la forme C<numéro>, par exemple C1",
            at: reader.position(of: idNode))
        }
      }
      let title = reader.text(fields["title"], "\(what), « title »")
      var blocks: [DecodedBlock] = []
      for (blockIndex, blockNode)
        in (reader.sequence(fields["blocks"], "\(what), « blocks »") ?? [])
        .enumerated()
      {
        if let block = decodeBlock(blockNode, fallbackName: "\(what), bloc \(blockIndex + 1)") {
          blocks.append(block)
        }
      }
      competences.append(
        DecodedCompetence(
          id: Located(value: id ?? "", position: reader.position(of: fields["id"] ?? element)),
          title: title ?? GuideText(""), blocks: blocks))
    }
    return competences
  }

  private mutating func decodeBlock(_ node: Node, fallbackName: String) -> DecodedBlock? {
    let name = Self.peekID(node).map { "bloc \($0)" } ?? fallbackName
    guard
      let fields = reader.fields(
        of: node, name,
        required: [
          "id", "title", "gate", "questions", "required_competences", "criteria", "training_need",
        ],
        optional: ["defect", "evidence_criteria"])
    else { return nil }
    let id = reader.string(fields["id"], "\(fallbackName), « id »")
    let what = id.map { "bloc \($0)" } ?? fallbackName
    if let id, !Self.isBlockID(id), let idNode = fields["id"] {
      reader.report(
        "\(what) : l’identifiant doit avoir la forme C<compétence>.<bloc>, par exemple C1.2",
        at: reader.position(of: idNode))
    }
    let blockID = id ?? ""
    let title = reader.text(fields["title"], "\(what), « title »")
    let gate = reader.text(fields["gate"], "\(what), « gate » (question oui/non)")
    let questions = reader.texts(fields["questions"], "\(what), « questions »")
    let required = reader.texts(
      fields["required_competences"], "\(what), « required_competences »")
    var criteria = decodeCriteria(
      fields["criteria"], "\(what), critère", ids: blockID + ".c", listName: "\(what), « criteria »"
    )
    let trainingNeed = reader.text(fields["training_need"], "\(what), « training_need »")
    var defect: SourceDefect?
    if let defectNode = fields["defect"],
      let defectFields = reader.fields(of: defectNode, "\(what), « defect »", required: ["note"])
    {
      defect = SourceDefect(
        note: reader.string(defectFields["note"], "\(what), « defect », « note »") ?? "")
    }
    var evidenceCriteria: DecodedEvidenceCriteria?
    if let evidenceNode = fields["evidence_criteria"] {
      evidenceCriteria = DecodedEvidenceCriteria(
        key: reader.position(of: fields.keyNode("evidence_criteria") ?? evidenceNode),
        criteria: decodeCriteria(
          evidenceNode, "\(what), critère d’analyse", ids: blockID + ".c",
          listName: "\(what), « evidence_criteria »"))
    }
    // With evidence criteria, those take the `.c<n>` ids; the verbatim ones get `.s<n>`.
    if evidenceCriteria?.criteria.isEmpty == false {
      for index in criteria.indices {
        criteria[index].criterion.id = "\(blockID).s\(index + 1)"
      }
    }
    return DecodedBlock(
      id: Located(value: blockID, position: reader.position(of: fields["id"] ?? node)),
      title: title ?? GuideText(""), gate: gate ?? GuideText(""), questions: questions ?? [],
      requiredCompetences: required ?? [], criteria: criteria,
      trainingNeed: trainingNeed ?? GuideText(""), defect: defect,
      evidenceCriteria: evidenceCriteria)
  }

  private mutating func decodeCriteria(
    _ node: Node?, _ what: String, ids prefix: String, listName: String
  ) -> [DecodedCriterion] {
    var criteria: [DecodedCriterion] = []
    for (index, element) in (reader.sequence(node, listName) ?? []).enumerated() {
      let itemWhat = "\(what) \(index + 1)"
      guard
        let fields = reader.fields(
          of: element, itemWhat, required: ["text", "label"], optional: ["evidence", "probe"])
      else { continue }
      let text = reader.text(fields["text"], "\(itemWhat), « text »")
      let label = reader.string(fields["label"], "\(itemWhat), « label »")
      var decoded = DecodedCriterion(
        criterion: Criterion(
          id: "\(prefix)\(index + 1)", text: text ?? GuideText(""), label: label ?? "",
          evidence: [], probe: ""),
        position: reader.position(of: element))
      if let evidenceNode = fields["evidence"] {
        decoded.evidence = reader.position(of: evidenceNode)
        if let terms = reader.strings(evidenceNode, "\(itemWhat), « evidence »", nonEmpty: false) {
          decoded.criterion.evidence = terms
        } else {
          decoded.evidenceMalformed = true
        }
      }
      if let probeNode = fields["probe"] {
        decoded.probe = reader.position(of: probeNode)
        decoded.criterion.probe = reader.string(probeNode, "\(itemWhat), « probe »") ?? ""
      }
      criteria.append(decoded)
    }
    return criteria
  }

  // MARK: - Recap

  private mutating func decodeRecap(_ node: Node?, key: Node?) -> DecodedRecap? {
    guard let node else { return nil }
    var entries: [DecodedRecapCompetence] = []
    for (index, element) in (reader.sequence(node, "« recap »") ?? []).enumerated() {
      var what = "Bilan (« recap »), entrée \(index + 1)"
      guard
        let fields = reader.fields(of: element, what, required: ["competence", "items"])
      else { continue }
      let competence = reader.string(fields["competence"], "\(what), « competence »")
      if let competence { what = "Bilan de \(competence)" }
      var items: [DecodedRecapItem] = []
      for (itemIndex, itemNode) in (reader.sequence(fields["items"], "\(what), « items »") ?? [])
        .enumerated()
      {
        let itemID = "\(competence ?? "?").r\(itemIndex + 1)"
        let itemWhat = "\(what), élément \(itemID)"
        guard
          let itemFields = reader.fields(
            of: itemNode, itemWhat, required: ["label"], optional: ["block", "note"])
        else { continue }
        let label = reader.text(itemFields["label"], "\(itemWhat), « label »")
        let block = reader.string(itemFields["block"], "\(itemWhat), « block »")
        let note = reader.string(itemFields["note"], "\(itemWhat), « note »")
        items.append(
          DecodedRecapItem(
            item: RecapItem(id: itemID, label: label ?? GuideText(""), block: block, note: note),
            position: reader.position(of: itemNode),
            block: itemFields["block"].map { reader.position(of: $0) }))
      }
      entries.append(
        DecodedRecapCompetence(
          competence: Located(
            value: competence ?? "",
            position: reader.position(of: fields["competence"] ?? element)),
          items: items))
    }
    return DecodedRecap(key: reader.position(of: key ?? node), competences: entries)
  }

  // MARK: - Identifier shapes

  /// The `id` of a mapping, read before the mapping is checked, to name it in messages.
  static func peekID(_ node: Node) -> String? {
    // Compared by text: `mapping["id"]` would build a key node resolved by Yams's regex resolver.
    guard case .mapping(let mapping) = node,
      case .scalar(let id)? = mapping.first(where: { $0.key.string == "id" })?.value,
      !id.string.isEmpty
    else { return nil }
    return id.string
  }

  /// `[a-z0-9-]+`.
  static func isSlug(_ id: String) -> Bool {
    !id.isEmpty
      && id.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
      }
  }

  /// `C<n>`, n a positive number without leading zero.
  static func isCompetenceID(_ id: String) -> Bool {
    guard id.first == "C" else { return false }
    return isNumber(id.dropFirst())
  }

  /// `C<n>.<m>`.
  static func isBlockID(_ id: String) -> Bool {
    let parts = id.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 2 && isCompetenceID(String(parts[0])) && isNumber(parts[1])
  }

  private static func isNumber(_ text: Substring) -> Bool {
    !text.isEmpty && text.first != "0" && text.allSatisfy { $0.isASCII && $0.isNumber }
  }
}
