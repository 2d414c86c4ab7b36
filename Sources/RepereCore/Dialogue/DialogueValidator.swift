/// Checks the rules of a decoded dialogue that span several places of the file.
///
/// Duplicate ids, block ids prefixed by their competence, evidence terms and probes,
/// evidence criteria only with a defect, the three levels, and the recap's links to
/// blocks. The decoder has already checked keys and types; each element it read carries
/// its position, so a problem is reported where its element is.
struct DialogueValidator {
  /// The fewest evidence terms a criterion used for evidence may have.
  static let minimumEvidenceTerms = 5

  let decoded: DecodedDialogue
  /// The dialogue without positions, for the look-ups across the file.
  let dialogue: Dialogue
  private(set) var diagnostics: [DialogueDiagnostic] = []

  init(_ decoded: DecodedDialogue) {
    self.decoded = decoded
    self.dialogue = decoded.dialogue
  }

  /// Runs every check and returns the problems found.
  mutating func validate() -> [DialogueDiagnostic] {
    checkLevels()
    checkUnique(
      decoded.openingQuestions.map { Located(value: $0.value.id, position: $0.position) },
      what: "question d’accueil (« opening »)")
    checkUnique(
      decoded.means.map { Located(value: $0.value.id, position: $0.position) },
      what: "moyen (« means »)")
    checkUnique(decoded.competences.map(\.id), what: "compétence")
    checkUnique(decoded.competences.flatMap(\.blocks).map(\.id), what: "bloc")
    for competence in decoded.competences {
      for block in competence.blocks {
        checkPrefix(of: block, in: competence)
        checkEvidence(of: block)
      }
    }
    checkRecap()
    return diagnostics
  }

  private mutating func report(_ message: String, at position: SourcePosition) {
    diagnostics.append(DialogueDiagnostic(at: position, message))
  }

  // MARK: - Checks

  private mutating func checkLevels() {
    // Unknown level ids were reported by the decoder; only judge a fully read list.
    guard let levels = decoded.levels, levels.isComplete else { return }
    let position = levels.key
    let expected = LevelID.allCases
    let found = levels.entries.map(\.id)
    guard found != expected else { return }
    let expectedList = expected.map(\.rawValue).joined(separator: ", ")
    report(
      "« levels » : il faut exactement les trois niveaux \(expectedList), dans cet ordre (trouvé : \(found.map(\.rawValue).joined(separator: ", ")))",
      at: position)
  }

  private mutating func checkUnique(_ ids: [Located<String>], what: String) {
    var seen: [String: SourcePosition] = [:]
    for located in ids where !located.value.isEmpty {
      let (id, position) = (located.value, located.position)
      if let first = seen[id] {
        report(
          "identifiant de \(what) « \(id) » en double (déjà utilisé ligne \(first.line))",
          at: position)
      } else {
        seen[id] = position
      }
    }
  }

  private mutating func checkPrefix(of block: DecodedBlock, in competence: DecodedCompetence) {
    let (blockID, competenceID) = (block.id.value, competence.id.value)
    guard !blockID.isEmpty, !competenceID.isEmpty,
      DialogueDecoder.isBlockID(blockID),
      !blockID.hasPrefix(competenceID + ".")
    else { return }
    report(
      "bloc \(blockID) : placé dans la compétence \(competenceID), son identifiant doit commencer par « \(competenceID). »",
      at: block.id.position)
  }

  private mutating func checkEvidence(of block: DecodedBlock) {
    let what = "bloc \(block.id.value)"
    if let key = block.evidenceCriteria?.key, block.defect == nil {
      report(
        "\(what) : « evidence_criteria » n’est permis qu’avec un « defect » qui explique pourquoi les critères du guide ne servent pas",
        at: key)
    }
    let kind = block.evidenceCriteria == nil ? "critère" : "critère d’analyse"
    for criterion in block.assessedCriteria {
      checkEvidence(of: criterion, named: "\(kind) \(criterion.criterion.id)")
    }
    checkSharedTerms(of: block.assessedCriteria, named: kind)
  }

  /// Reports an evidence term given to two criteria of one block, at the second: a word
  /// that illustrates two criteria tells neither apart.
  private mutating func checkSharedTerms(of criteria: [DecodedCriterion], named kind: String) {
    var owners: [String: String] = [:]
    for decoded in criteria {
      guard let position = decoded.evidence else { continue }
      let criterion = decoded.criterion
      var own: Set<String> = []
      for term in criterion.evidence {
        // Plain Swift string work: this runs over every term at each start-up.
        let key = String(TextFolding.fold(term.trimmingWhitespace()).map { $0 == "’" ? "'" : $0 })
        guard own.insert(key).inserted else { continue }
        if let owner = owners[key] {
          report(
            "\(kind) \(criterion.id) : terme-indice « \(term) » déjà donné au \(kind) \(owner) du même bloc ; gardez-le dans le seul critère qu’il illustre le mieux",
            at: position)
        } else {
          owners[key] = criterion.id
        }
      }
    }
  }

  private mutating func checkEvidence(of decoded: DecodedCriterion, named name: String) {
    let minimum = Self.minimumEvidenceTerms
    let criterion = decoded.criterion
    if let evidencePosition = decoded.evidence {
      if !decoded.evidenceMalformed && criterion.evidence.count < minimum {
        report(
          "\(name) : \(criterion.evidence.count) terme(s)-indice(s) dans « evidence », il en faut au moins \(minimum)",
          at: evidencePosition)
      }
      var seen: Set<String> = []
      for term in criterion.evidence where !seen.insert(term.lowercased()).inserted {
        report(
          "\(name) : terme-indice « \(term) » en double dans « evidence »", at: evidencePosition)
      }
      for term in criterion.evidence where Self.isOnlyFunctionWords(term) {
        report(
          "\(name) : terme-indice « \(term) » fait seulement de mots grammaticaux (articles, prépositions…) : il se trouverait dans n’importe quelle réponse ; donnez un mot qui a un sens propre au critère",
          at: evidencePosition)
      }
    } else {
      report(
        "\(name) : termes-indices absents ; ajoutez « evidence » avec au moins \(minimum) termes",
        at: decoded.position)
    }
    if decoded.probe == nil {
      report(
        "\(name) : relance absente ; ajoutez « probe », la question à poser quand les réponses n’illustrent pas ce critère",
        at: decoded.position)
    }
  }

  /// Whether every word of a term is a function word once folded (« dû à » is `du a`,
  /// which any answer holds).
  static func isOnlyFunctionWords(_ term: String) -> Bool {
    let words = TextFolding.fold(term).split { !$0.isLetter && !$0.isNumber }
    return !words.isEmpty && words.allSatisfy { FrenchLexicon.stopWords.contains(String($0)) }
  }

  private mutating func checkRecap() {
    guard let recap = decoded.recap else { return }
    let recapPosition = recap.key
    let competenceIDs = dialogue.competences.map(\.id)
    let recapIDs = dialogue.recap.competences.map(\.competence)
    var seen: Set<String> = []
    for entry in recap.competences {
      let competence = entry.competence.value
      guard !competence.isEmpty else { continue }
      if !competenceIDs.contains(competence) {
        report(
          "Bilan (« recap ») : la compétence « \(competence) » n’existe pas dans « competences »",
          at: entry.competence.position)
      } else if !seen.insert(competence).inserted {
        report(
          "Bilan (« recap ») : la compétence \(competence) a déjà une entrée",
          at: entry.competence.position)
      }
      checkItems(of: entry)
    }
    let missing = competenceIDs.filter { !$0.isEmpty && !recapIDs.contains($0) }
    for id in missing {
      report("Bilan (« recap ») : il manque l’entrée de la compétence \(id)", at: recapPosition)
    }
    // Judge the order only when each competence has exactly one entry (else reported above).
    if missing.isEmpty, recapIDs.count == competenceIDs.count, recapIDs != competenceIDs {
      report(
        "Bilan (« recap ») : les entrées doivent suivre l’ordre des compétences (\(competenceIDs.joined(separator: ", ")))",
        at: recapPosition)
    }
    checkEveryBlockIsRecapped()
  }

  private mutating func checkItems(of entry: DecodedRecapCompetence) {
    let competence = dialogue.competences.first { $0.id == entry.competence.value }
    for decoded in entry.items {
      let item = decoded.item
      let what = "Bilan de \(entry.competence.value), élément \(item.id)"
      guard let blockID = item.block else {
        if item.note == nil {
          report(
            "\(what) : un élément sans « block » doit avoir une « note » qui dit pourquoi (l’évaluateur le coche à la main)",
            at: decoded.position)
        }
        continue
      }
      let position = decoded.block ?? decoded.position
      guard let owner = dialogue.competence(ofBlock: blockID) else {
        report("\(what) : le bloc « \(blockID) » n’existe pas", at: position)
        continue
      }
      if let competence, owner.id != competence.id {
        report(
          "\(what) : le bloc \(blockID) appartient à la compétence \(owner.id), pas à \(competence.id)",
          at: position)
      }
    }
  }

  private mutating func checkEveryBlockIsRecapped() {
    let recapped = Set(dialogue.recap.items.compactMap(\.block))
    for block in decoded.competences.flatMap(\.blocks)
    where !block.id.value.isEmpty && !recapped.contains(block.id.value) {
      report(
        "bloc \(block.id.value) : aucun élément du Bilan (« recap ») ne le désigne ; ajoutez un élément avec « block: \(block.id.value) »",
        at: block.id.position)
    }
  }
}
