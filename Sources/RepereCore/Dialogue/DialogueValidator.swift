/// Checks the rules of a decoded dialogue that span several places of the file.
///
/// Duplicate ids, block ids prefixed by their competence, evidence terms and probes,
/// evidence criteria only with a defect, the three levels, and the recap's links to
/// blocks. The decoder has already checked keys and types.
struct DialogueValidator {
  /// The fewest evidence terms a criterion used for evidence may have.
  static let minimumEvidenceTerms = 5

  let dialogue: Dialogue
  let locations: DialogueLocations
  private(set) var diagnostics: [DialogueDiagnostic] = []

  init(dialogue: Dialogue, locations: DialogueLocations) {
    self.dialogue = dialogue
    self.locations = locations
  }

  /// Runs every check and returns the problems found.
  mutating func validate() -> [DialogueDiagnostic] {
    checkLevels()
    checkUnique(
      dialogue.opening.questions.map(\.id), at: locations.openingQuestions,
      what: "question d’accueil (« opening »)")
    checkUnique(dialogue.means.map(\.id), at: locations.means, what: "moyen (« means »)")
    checkUnique(
      dialogue.competences.map(\.id), at: locations.competences.map(\.id), what: "compétence")
    checkUnique(
      dialogue.blocks.map(\.id), at: locations.competences.flatMap(\.blocks).map(\.id), what: "bloc"
    )
    for (competence, location) in zip(dialogue.competences, locations.competences) {
      for (block, blockLocation) in zip(competence.blocks, location.blocks) {
        checkPrefix(of: block, in: competence, at: blockLocation)
        checkEvidence(of: block, at: blockLocation)
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
    guard let position = locations.levels else { return }
    let expected = LevelID.allCases
    let found = dialogue.levels.map(\.id)
    // Unknown level ids were reported by the decoder; only judge a fully read list.
    guard found.count == locations.levelEntries.count, found != expected else { return }
    let expectedList = expected.map(\.rawValue).joined(separator: ", ")
    report(
      "« levels » : il faut exactement les trois niveaux \(expectedList), dans cet ordre (trouvé : \(found.map(\.rawValue).joined(separator: ", ")))",
      at: position)
  }

  private mutating func checkUnique(_ ids: [String], at positions: [SourcePosition], what: String) {
    var seen: [String: SourcePosition] = [:]
    for (id, position) in zip(ids, positions) where !id.isEmpty {
      if let first = seen[id] {
        report(
          "identifiant de \(what) « \(id) » en double (déjà utilisé ligne \(first.line))",
          at: position)
      } else {
        seen[id] = position
      }
    }
  }

  private mutating func checkPrefix(
    of block: Block, in competence: Competence, at location: BlockLocations
  ) {
    guard !block.id.isEmpty, !competence.id.isEmpty,
      DialogueDecoder.isBlockID(block.id),
      !block.id.hasPrefix(competence.id + ".")
    else { return }
    report(
      "bloc \(block.id) : placé dans la compétence \(competence.id), son identifiant doit commencer par « \(competence.id). »",
      at: location.id)
  }

  private mutating func checkEvidence(of block: Block, at location: BlockLocations) {
    let what = "bloc \(block.id)"
    if let key = location.evidenceCriteriaKey, block.defect == nil {
      report(
        "\(what) : « evidence_criteria » n’est permis qu’avec un « defect » qui explique pourquoi les critères du guide ne servent pas",
        at: key)
    }
    if location.evidenceCriteriaKey == nil {
      for (criterion, criterionLocation) in zip(block.criteria, location.criteria) {
        checkEvidence(of: criterion, named: "critère \(criterion.id)", at: criterionLocation)
      }
      checkSharedTerms(of: block.criteria, named: "critère", at: location.criteria)
    } else {
      for (criterion, criterionLocation) in zip(block.evidenceCriteria, location.evidenceCriteria) {
        checkEvidence(
          of: criterion, named: "critère d’analyse \(criterion.id)", at: criterionLocation)
      }
      checkSharedTerms(
        of: block.evidenceCriteria, named: "critère d’analyse", at: location.evidenceCriteria)
    }
  }

  /// Reports an evidence term given to two criteria of one block, at the second: a word
  /// that illustrates two criteria tells neither apart.
  private mutating func checkSharedTerms(
    of criteria: [Criterion], named kind: String, at locations: [CriterionLocations]
  ) {
    var owners: [String: String] = [:]
    for (criterion, location) in zip(criteria, locations) {
      guard let position = location.evidence else { continue }
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

  private mutating func checkEvidence(
    of criterion: Criterion, named name: String, at location: CriterionLocations
  ) {
    let minimum = Self.minimumEvidenceTerms
    if let evidencePosition = location.evidence {
      if !location.evidenceMalformed && criterion.evidence.count < minimum {
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
        at: location.node)
    }
    if location.probe == nil {
      report(
        "\(name) : relance absente ; ajoutez « probe », la question à poser quand les réponses n’illustrent pas ce critère",
        at: location.node)
    }
  }

  /// Whether every word of a term is a function word once folded (« dû à » is `du a`,
  /// which any answer holds).
  static func isOnlyFunctionWords(_ term: String) -> Bool {
    let words = TextFolding.fold(term).split { !$0.isLetter && !$0.isNumber }
    return !words.isEmpty && words.allSatisfy { FrenchLexicon.stopWords.contains(String($0)) }
  }

  private mutating func checkRecap() {
    guard let recapPosition = locations.recap else { return }
    let competenceIDs = dialogue.competences.map(\.id)
    let recapIDs = dialogue.recap.competences.map(\.competence)
    var seen: Set<String> = []
    for (entry, location) in zip(dialogue.recap.competences, locations.recapCompetences) {
      guard !entry.competence.isEmpty else { continue }
      if !competenceIDs.contains(entry.competence) {
        report(
          "Bilan (« recap ») : la compétence « \(entry.competence) » n’existe pas dans « competences »",
          at: location.competence)
      } else if !seen.insert(entry.competence).inserted {
        report(
          "Bilan (« recap ») : la compétence \(entry.competence) a déjà une entrée",
          at: location.competence)
      }
      checkItems(of: entry, at: location)
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

  private mutating func checkItems(of entry: RecapCompetence, at location: RecapCompetenceLocations)
  {
    let competence = dialogue.competences.first { $0.id == entry.competence }
    for (item, itemLocation) in zip(entry.items, location.items) {
      let what = "Bilan de \(entry.competence), élément \(item.id)"
      guard let blockID = item.block else {
        if item.note == nil {
          report(
            "\(what) : un élément sans « block » doit avoir une « note » qui dit pourquoi (l’évaluateur le coche à la main)",
            at: itemLocation.node)
        }
        continue
      }
      let position = itemLocation.block ?? itemLocation.node
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
    for (competence, location) in zip(dialogue.competences, locations.competences) {
      for (block, blockLocation) in zip(competence.blocks, location.blocks)
      where !block.id.isEmpty && !recapped.contains(block.id) {
        report(
          "bloc \(block.id) : aucun élément du Bilan (« recap ») ne le désigne ; ajoutez un élément avec « block: \(block.id) »",
          at: blockLocation.id)
      }
    }
  }
}
