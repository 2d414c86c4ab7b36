/// What the wording of one answer says about the practice it describes.
///
/// For each token: whether it stands in the scope of a negation, of a hypothetical or of
/// someone else's practice; and, for the whole answer, the signals that move the level
/// (occasional or supervised practice, concrete details, denials).
struct PracticeContext: Sendable, Equatable {
  /// A signal found in the answer, with the tokens that show it.
  struct Signal: Sendable, Equatable {
    var kind: EvidenceSignal.Kind
    var tokens: ClosedRange<Int>
  }

  /// Per token, why a hit starting there would not count, if it would not.
  var discounts: [EvidenceHit.Discount?]
  /// Per token, the tokens of the clause or sentence whose reading decided its discount or
  /// its assisted reading (« je ne les calcule pas »), to quote to the evaluator.
  var scopes: [Range<Int>?]
  /// Per token, whether it stands in a clause where the candidate works beside someone who
  /// leads (« c’est lui qui mène, moi je prends les notes »).
  var assisting: [Bool]
  /// Per token, whether the practice it stands in is restricted (« pas toujours »).
  var restricted: [Bool]
  /// Per token, whether its negation is the candidate denying a practice (« je ne les
  /// calcule pas »), not a word excluded (« sans solvant ») or someone else's negation.
  var deniedByCandidate: [Bool]
  /// The signals, in the order of the answer.
  var signals: [Signal]
  /// Justification markers (« parce que », « afin de », « pour » + infinitive) outside any
  /// discounted scope, in the order of the answer.
  var justifications: [ClosedRange<Int>]
  /// Per token, the index of its sentence.
  var sentenceOfToken: [Int]
  /// The sentences where the candidate speaks of their own work: a first-person word
  /// (« je », « moi », « mon », « on », « nous »…) or, in a third-person note, the
  /// candidate named.
  var personalSentences: Set<Int>
  /// The sentences where the candidate, as the subject, does something: « je », « moi »
  /// or, in a note, the candidate, then a verb neither discounted nor of opinion or being
  /// (« moi je prépare le dossier », not « je pense que… », « je ne transmets rien »).
  var actingSentences: Set<Int>
  /// The tokens that frame an evaluator's report (« Cand. explique que… »): the verb of the
  /// report is not a word of the practice.
  var reportingFrames: Set<Int>
  /// How many signs the answer is a note on the candidate in the third person: sentences
  /// opening on the candidate, « il », « elle », a report or a subjectless verb, and « lui »
  /// or the candidate named anywhere.
  var notesOnCandidate: Int

  /// Reads the context of `tokens` (one answer).
  init(tokens: [Token]) {
    self.init(
      tokens: tokens, classes: tokens.map { FrenchLexicon.classes(of: $0.folded) },
      morphology: Array(repeating: [], count: tokens.count))
  }

  /// Reads the context of `tokens`, given the lexicon classes of each token's folded form
  /// and its morphology (as ``FrenchNormaliser`` computes them along with the tokens).
  init(tokens: [Token], classes: [LexiconClasses], morphology: [WordMorphology.Tags]) {
    var reader = PracticeContextReader(tokens: tokens, classes: classes, morphology: morphology)
    reader.read()
    discounts = reader.discounts
    scopes = reader.scopes
    assisting = reader.assisting
    restricted = reader.restricted
    deniedByCandidate = reader.deniedByCandidate
    signals = reader.signals
    justifications = reader.justifications
    sentenceOfToken = reader.sentenceOfToken
    personalSentences = reader.personalSentences
    actingSentences = reader.actingSentences
    reportingFrames = reader.reportingFrames
    notesOnCandidate = reader.notesOnCandidate + (reader.mentionsCandidate ? 1 : 0)
  }

  /// Whether the token stands in a sentence where the candidate speaks of their own work.
  func isInPersonalSentence(_ index: Int) -> Bool {
    personalSentences.contains(sentenceOfToken[index])
  }

  /// Whether the token stands in a sentence where the candidate does something as the
  /// subject.
  func isInActingSentence(_ index: Int) -> Bool {
    actingSentences.contains(sentenceOfToken[index])
  }
}

/// The work of ``PracticeContext``: sentences, clauses, cues and their scopes.
private struct PracticeContextReader {
  let tokens: [Token]
  let folded: [String]
  /// The lexicon lists each token's folded form belongs to.
  let classes: [LexiconClasses]
  /// What the dictionary says of each token's word form.
  let morphology: [WordMorphology.Tags]
  var discounts: [EvidenceHit.Discount?]
  var scopes: [Range<Int>?]
  var assisting: [Bool]
  var restricted: [Bool]
  var deniedByCandidate: [Bool]
  /// Whether the answer speaks in the first person somewhere.
  let hasFirstPersonInAnswer: Bool
  /// Whether the answer names the candidate or says « lui » (« créé par lui »).
  let mentionsCandidate: Bool
  /// Whether the answer is an evaluator's note in the third person (« Cand. relance… »,
  /// « Elle prépare… »): « il » and « elle » then stand for the candidate.
  let isThirdPersonNote: Bool
  var signals: [PracticeContext.Signal] = []
  var justifications: [ClosedRange<Int>] = []
  var sentenceOfToken: [Int] = []
  var personalSentences: Set<Int> = []
  var actingSentences: Set<Int> = []
  var reportingFrames: Set<Int> = []
  /// Sentences that open the way a note on the candidate does (``isNoteOpening(_:)``).
  var notesOnCandidate = 0
  private var sentences: [Range<Int>] = []
  private var clauses: [Range<Int>] = []
  /// Per token, whether it stands in two negations that cancel out into « every »
  /// (« y a pas un client que je rappelle pas »): neither is a denial.
  private var inUniversal: [Bool] = []

  init(tokens: [Token], classes: [LexiconClasses], morphology: [WordMorphology.Tags]) {
    self.tokens = tokens
    self.folded = tokens.map(\.folded)
    self.classes = classes
    self.morphology = morphology
    self.discounts = Array(repeating: nil, count: tokens.count)
    self.scopes = Array(repeating: nil, count: tokens.count)
    self.assisting = Array(repeating: false, count: tokens.count)
    self.restricted = Array(repeating: false, count: tokens.count)
    self.deniedByCandidate = Array(repeating: false, count: tokens.count)
    let hasFirstPerson = classes.contains { $0.contains(.firstPersonWord) }
    let namesCandidate = classes.contains { $0.contains(.candidateWord) }
    let opensOnThird = folded.first.map { $0 == "il" || $0 == "elle" } ?? false
    self.isThirdPersonNote = !hasFirstPerson && (namesCandidate || opensOnThird)
    self.hasFirstPersonInAnswer = hasFirstPerson
    self.mentionsCandidate = namesCandidate || tokens.contains { $0.folded == "lui" }
  }

  mutating func read() {
    segment()
    markReportingFrames()
    markUniversalNegations()
    for clause in clauses { readNegation(in: clause) }
    readNotedAbsences()
    for sentence in sentences {
      readHypothetical(in: sentence)
      readSomeoneElse(in: sentence)
    }
    readPassiveDelegation()
    readOccasionalAndSupervised()
    readExtent()
    readConcrete()
    readJustifications()
    signals.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
  }

  // MARK: Segmentation

  /// Splits the tokens into sentences (full stops, contrasts) and clauses (commas,
  /// conjunctions that open a new clause).
  private mutating func segment() {
    var sentenceStart = 0
    var clauseStart = 0
    func close(_ range: Range<Int>, into list: inout [Range<Int>]) {
      if !range.isEmpty { list.append(range) }
    }
    for index in tokens.indices {
      let token = tokens[index]
      if token.kind == .sentenceBreak {
        close(clauseStart..<index, into: &clauses)
        close(sentenceStart..<index, into: &sentences)
        sentenceStart = index + 1
        clauseStart = index + 1
      } else if token.kind == .clauseBreak {
        close(clauseStart..<index, into: &clauses)
        clauseStart = index + 1
      } else if opensContrast(at: index) {
        close(clauseStart..<index, into: &clauses)
        close(sentenceStart..<index, into: &sentences)
        sentenceStart = index
        clauseStart = index
      } else if opensClause(at: index) {
        close(clauseStart..<index, into: &clauses)
        clauseStart = index
      }
    }
    close(clauseStart..<tokens.count, into: &clauses)
    close(sentenceStart..<tokens.count, into: &sentences)
  }

  private func opensContrast(at index: Int) -> Bool {
    if classes[index].contains(.contrastOpener) { return true }
    if classes[index].contains(.contrastFirstWord),
      let second = FrenchLexicon.contrastSecondWords[folded[index]], index + 1 < tokens.count
    {
      return folded[index + 1] == second
    }
    return false
  }

  private func opensClause(at index: Int) -> Bool {
    if classes[index].contains(.clauseOpener) { return true }
    if folded[index] == "et", index + 1 < tokens.count {
      return classes[index + 1].contains(.subjectPronoun)
        || folded[index + 1] == "puis"
    }
    return false
  }

  // MARK: Reports

  /// Marks the verbs by which a third-person note reports what the candidate says: right
  /// after the candidate named (« Cand. explique que… », « La candidate précise : … »), or
  /// opening a clause with no subject (« Dit ne l’avoir jamais ouvert »).
  private mutating func markReportingFrames() {
    guard isThirdPersonNote else { return }
    for index in tokens.indices where FrenchLexicon.reportingVerbs.contains(folded[index]) {
      let opensClause = index == 0 || tokens[index - 1].isBreak
      // « Cand. explique », « La candidate précise », « Elle dit », « Cand. Dit ».
      let afterCandidate =
        (index >= 1 && isCandidateInNote(at: index - 1))
        || (index >= 2 && tokens[index - 1].isBreak && isCandidateInNote(at: index - 2))
      if opensClause || afterCandidate { reportingFrames.insert(index) }
    }
  }

  /// Whether the clause opens with a note's report of what the candidate says, then a
  /// negation: « Dit ne l’avoir jamais ouvert », « Précise toutefois ne pas… ».
  private func opensWithReportedNegation(_ clause: Range<Int>, cue: Int) -> Bool {
    guard let first = firstLexical(in: clause), reportingFrames.contains(first) else {
      return false
    }
    return (first + 1..<cue).allSatisfy {
      !tokens[$0].isLexical || FrenchLexicon.reportingAdverbs.contains(folded[$0])
        || folded[$0] == "ne" || folded[$0] == "n"
        || FrenchLexicon.objectPronouns.contains(folded[$0])
    }
  }

  /// Whether a denial disowns the whole practice rather than setting a limit to it: « N’a
  /// jamais analysé lui-même un cahier des charges », « je l’ai jamais fait moi-même »,
  /// « Précise ne l’avoir jamais appliquée ». « jamais », and either the candidate stressed
  /// (« lui-même », « moi-même », « personnellement ») or, in a compound past, a pronoun
  /// that takes up no object named before it (« les marges, je ne les ai jamais
  /// calculées » is a limit).
  private func disowns(clause: Range<Int>, scope: Range<Int>) -> Bool {
    if clause.contains(where: { isStressedSelf(at: $0) }) { return true }
    guard clause.contains(where: { folded[$0] == "jamais" }) else { return false }
    for index in clause
    where FrenchLexicon.objectPronouns.contains(folded[index]) && index + 1 < clause.upperBound
      && ["avoir", "ai", "a", "as"].contains(folded[index + 1])
    {
      // An object put before the clause is taken up by the pronoun: a limit, unless what
      // stands there is only the note's report (« Précise toutefois ne l’avoir… »).
      let before = min(scope.lowerBound, clause.lowerBound)..<index
      let namesNothing = before.allSatisfy {
        !tokens[$0].isLexical || classes[$0].contains(.subjectPronoun)
          || isCandidateInNote(at: $0) || reportingFrames.contains($0)
          || FrenchLexicon.reportingAdverbs.contains(folded[$0]) || isContrastWord($0)
          || ["ne", "n", "jamais", "moi", "et"].contains(folded[$0])
      }
      if namesNothing { return true }
    }
    return false
  }

  /// « moi-même », « lui-même », « elle-même », « personnellement », « en personne ».
  private func isStressedSelf(at index: Int) -> Bool {
    let word = folded[index]
    if word == "personnellement" { return true }
    if word == "personne", index > 0, folded[index - 1] == "en" { return true }
    guard word == "meme", index > 0 else { return false }
    return ["moi", "lui", "elle"].contains(folded[index - 1])
  }

  // MARK: Negation

  /// Marks the negations that say « every » by denying an exception: « (il n’)y a pas un
  /// client que je ne rappelle pas », « pas une semaine où je fais pas mon planning »,
  /// « y en a pas un que je vois pas deux fois par an », « aucun devis qui part sans
  /// relecture ». The first negation bears on « un » or « une » (or « aucun ») and a noun,
  /// a relative pronoun with its own subject follows within a few words, and a second
  /// negation (or « sans ») stands in the relative clause.
  private mutating func markUniversalNegations() {
    inUniversal = Array(repeating: false, count: tokens.count)
    for sentence in sentences {
      var index = sentence.lowerBound
      while index < sentence.upperBound {
        if let end = universalNegation(at: index, in: sentence) {
          // With its « ne » (« il n’y a pas un client que… »).
          let start =
            (max(sentence.lowerBound, index - 3)..<index).first {
              folded[$0] == "ne" || folded[$0] == "n"
            } ?? index
          for marked in start...end { inUniversal[marked] = true }
          index = end + 1
        } else {
          index += 1
        }
      }
    }
  }

  /// The last token of a universal negation starting at `cue`, if one starts there.
  private func universalNegation(at cue: Int, in sentence: Range<Int>) -> Int? {
    let word = folded[cue]
    var next = cue + 1
    if word == "pas" || word == "jamais" {
      // « pas un », « pas une », « pas un seul », « jamais sur un délai »
      if next + 1 < sentence.upperBound, FrenchLexicon.universalPrepositions.contains(folded[next]),
        ["un", "une"].contains(folded[next + 1])
      {
        next += 1
      }
      guard next < sentence.upperBound, ["un", "une"].contains(folded[next]) else { return nil }
      next += 1
      if next < sentence.upperBound, ["seul", "seule"].contains(folded[next]) { next += 1 }
    } else if word == "aucun" || word == "aucune" {
      // « aucune offre ne part sans le feu vert de la production »
      if let end = exceptionDenied(afterSubject: next, in: sentence) { return end }
    } else {
      return nil
    }
    // The relative pronoun, after at most five words of the noun phrase (« pas un client
    // de mon portefeuille que… »).
    guard
      let relative = (next..<min(next + 6, sentence.upperBound)).first(where: {
        FrenchLexicon.relativePronouns.contains(folded[$0])
      }),
      (next..<relative).allSatisfy({ tokens[$0].kind == .word })
    else { return nil }
    // « où » and « que » take a subject of their own (« où je », « que le client »); « qui »
    // is the subject.
    let afterRelative = relative + 1
    guard afterRelative < sentence.upperBound else { return nil }
    if folded[relative] != "qui" {
      let subject = folded[afterRelative]
      guard
        classes[afterRelative].contains(.subjectPronoun)
          || ["ne", "n", "le", "la", "les", "l", "mon", "ma", "mes"].contains(subject)
      else { return nil }
    }
    // The second negation, in the relative clause (before a comma or the sentence's end).
    var index = afterRelative
    while index < sentence.upperBound, index <= relative + 12 {
      let token = tokens[index]
      if token.kind == .clauseBreak || token.kind == .sentenceBreak { return nil }
      if ["pas", "jamais", "rien", "sans"].contains(folded[index]) {
        return clauseEnd(after: index, in: sentence)
      }
      index += 1
    }
    return nil
  }

  /// After « aucun » and its noun: « ne », a verb and « sans » in the same clause (« aucune
  /// offre ne part sans… »): the last token of the clause, if so.
  private func exceptionDenied(afterSubject start: Int, in sentence: Range<Int>) -> Int? {
    guard
      let particle = (start..<min(start + 4, sentence.upperBound)).first(where: {
        folded[$0] == "ne" || folded[$0] == "n"
      }),
      (start..<particle).allSatisfy({ tokens[$0].kind == .word })
    else { return nil }
    var index = particle + 1
    while index < sentence.upperBound, index <= particle + 10 {
      let token = tokens[index]
      if token.kind == .clauseBreak || token.kind == .sentenceBreak { return nil }
      if folded[index] == "sans" { return clauseEnd(after: index, in: sentence) }
      index += 1
    }
    return nil
  }

  /// The last token of the clause that holds `index`.
  private func clauseEnd(after index: Int, in sentence: Range<Int>) -> Int {
    let clause = clauses.first { $0.contains(index) }
    return min(clause?.upperBound ?? sentence.upperBound, sentence.upperBound) - 1
  }

  /// Marks the scope of the negation of a clause, if it has one.
  ///
  /// « ne … pas » and the spoken « pas » without « ne » (« je vérifie pas ») deny the whole
  /// clause, its verb and its objects; « sans », « aucun », « ni » at the head of a phrase
  /// deny what follows them. An object put before the clause and taken up by a pronoun
  /// (« les marges, je ne les calcule pas ») is denied with it. A negation that is itself
  /// negated or that denies a fault (« jamais … sans », « je n’hésite pas ») affirms; one
  /// that only weakens (« pas toujours », « pas forcément ») restricts.
  private mutating func readNegation(in clause: Range<Int>) {
    var index = clause.lowerBound
    while index < clause.upperBound {
      if inUniversal[index] {
        index += 1
        continue
      }
      let word = folded[index]
      var isCue = false
      var isForward = false
      if word == "ne" || (word == "n" && tokens[index].kind == .elision) {
        isCue = (index + 1..<clause.upperBound).contains {
          classes[$0].contains(.negationPartner)
        }
      } else if classes[index].contains(.standaloneNegation) {
        let cancelled =
          index + 1 < tokens.count
          && FrenchLexicon.negationCancellers[word]?.contains(folded[index + 1]) == true
        isCue = !cancelled && !isConstituentNegation(at: index, in: clause)
        // « sans X », « aucun X », « pas de X »: the phrase after the cue; « jamais fait »,
        // « je vérifie pas »: the clause.
        isForward =
          FrenchLexicon.phraseNegations.contains(word)
          || (index + 1 < clause.upperBound
            && ["de", "d", "du", "des"].contains(folded[index + 1])
            && !hasVerb(in: clause.lowerBound..<index))
      } else if word == "non", index == firstLexical(in: clause), index == 0 {
        isCue = true
        isForward = true
      } else if word == "non", index + 1 < clause.upperBound, isParticiple(at: index + 1) {
        // « critères non analysés », « MAJ non faite »: a note's negation.
        isCue = true
      }
      if isCue {
        if let weakener = weakener(after: index, in: clause) {
          for scoped in clause { restricted[scoped] = true }
          signals.append(.init(kind: .restricted, tokens: index...weakener))
          return
        }
        if affirmsDespiteNegation(cue: index, clause: clause) || isCondition(clause)
          || onlyDelays(cue: index, in: clause) || followsLack(clause)
          || citesRule(around: clause)
        {
          return
        }
        var scope = isForward ? index..<clause.upperBound : clause
        if !isForward, let object = dislocatedObject(before: clause) {
          scope = object..<clause.upperBound
        }
        let isDenial = isDenial(cue: index, clause: clause)
        for scoped in scope where scoped != index {
          discounts[scoped] = .negated
          scopes[scoped] = scope
          deniedByCandidate[scoped] = isDenial
        }
        if isDenial {
          // The denied clause, to quote as the limit it sets.
          let last = (scope.lowerBound..<clause.upperBound).last { tokens[$0].isLexical } ?? index
          signals.append(
            .init(kind: .denied, tokens: min(scope.lowerBound, index)...max(last, index)))
          if disowns(clause: clause, scope: scope) {
            let first = firstLexical(in: clause) ?? index
            signals.append(.init(kind: .disowned, tokens: min(first, index)...max(last, index)))
          }
        }
        return
      }
      index += 1
    }
  }

  /// Marks what an evaluator's note says is absent: a topic, a colon, then only words of
  /// absence (« Gravité / impact : non abordé », « Relances : non », « tx RDV : NSP »,
  /// « Vérif. sources : sans objet », « Relation perso : ? pas d’ex. »). The topic is denied,
  /// as a limit the note sets.
  private mutating func readNotedAbsences() {
    for colon in tokens.indices where tokens[colon].isBreak && tokens[colon].surface == ":" {
      let topicStart =
        (tokens.indices.prefix(colon).last { tokens[$0].isBreak }).map { $0 + 1 } ?? 0
      let markerEnd = (colon + 1..<tokens.count).first { tokens[$0].isBreak } ?? tokens.count
      let marker = colon + 1..<markerEnd
      let topic = topicStart..<colon
      guard !topic.isEmpty, topic.count <= 6, !marker.isEmpty, marker.count <= 4,
        marker.allSatisfy({ FrenchLexicon.absenceWords.contains(folded[$0]) }),
        marker.contains(where: { FrenchLexicon.absenceCues.contains(folded[$0]) })
      else { continue }
      for index in topic where discounts[index] == nil {
        discounts[index] = .negated
        scopes[index] = topicStart..<markerEnd
        deniedByCandidate[index] = true
      }
      signals.append(.init(kind: .denied, tokens: topicStart...(markerEnd - 1)))
    }
  }

  /// Whether a « pas » without « ne » negates a word rather than the practice: a quantity
  /// capped (« 20 min pas plus », « pas plus de 48 h ») or a contrast after what is done
  /// (« je vends le rdv pas le prix », « la solution, pas le produit »). Typed live, a
  /// denial puts « pas » right after its verb (« je vérifie pas », « j’ai pas le temps »).
  private func isConstituentNegation(at cue: Int, in clause: Range<Int>) -> Bool {
    guard folded[cue] == "pas", cue + 1 < tokens.count else { return false }
    let next = folded[cue + 1]
    let previous = (0..<cue).last { tokens[$0].isLexical || tokens[$0].kind == .sentenceBreak }
    // Right after a verb, or after the word that follows a subject or object pronoun
    // (« je recoupe pas », « je le fais pas », « j’ai pas »): a denial typed live.
    let afterVerb =
      previous.map { previous in
        guard tokens[previous].isLexical else { return false }
        if isVerbForm(at: previous) { return true }
        guard previous > 0, tokens[previous - 1].isLexical else { return false }
        if classes[previous - 1].contains(.subjectPronoun) { return true }
        // « je le fais pas »: an object pronoun between subject and verb (« le chiffre »
        // is a determiner and its noun).
        return previous > 1 && FrenchLexicon.objectPronouns.contains(folded[previous - 1])
          && classes[previous - 2].contains(.subjectPronoun)
      } ?? false
    if afterVerb { return false }
    if next == "plus" || next == "moins" {
      // « pas plus », « pas plus de 3 jours »: a limit the candidate keeps to.
      let after = cue + 2
      return after >= clause.upperBound || !tokens[after].isLexical
        || tokens[after].kind == .number
        || (["de", "d"].contains(folded[after]) && after + 1 < tokens.count
          && tokens[after + 1].kind == .number)
    }
    guard classes[cue + 1].contains(.determiner),
      cue + 2 < tokens.count, !FrenchLexicon.lackNouns.contains(folded[cue + 2])
    else { return false }
    // Something is done before it in the sentence: the « pas » sets what it is not.
    var index = cue - 1
    while index >= 0, tokens[index].kind != .sentenceBreak {
      if tokens[index].isLexical,
        isVerbForm(at: index) || classes[index].contains(.subjectPronoun)
      {
        return true
      }
      index -= 1
    }
    return false
  }

  /// Whether the word reads only as a verb (the dictionary's reading): « recoupe », « chiffre »
  /// are nouns too, and a « pas » after them may follow either.
  private func isVerbForm(at index: Int) -> Bool {
    let tags = morphology[index]
    return tags.contains(.verb) && !tags.contains(.noun) && !tags.contains(.functionWord)
  }

  /// The last token of a word that turns the negation at `cue` into a restriction
  /// (« pas toujours », « pas systématiquement », « pas tous »).
  private func weakener(after cue: Int, in clause: Range<Int>) -> Int? {
    // « Pas vraiment, … » opening an answer is a soft « non ».
    if folded[cue] == "pas", firstLexical(in: 0..<tokens.count).map({ cue <= $0 + 1 }) ?? false {
      return nil
    }
    // After « ne », the weakener follows the partner (« ne … pas toujours »).
    var partner = cue
    if folded[cue] == "ne" || folded[cue] == "n" {
      partner =
        (cue + 1..<clause.upperBound).first { classes[$0].contains(.negationPartner) } ?? cue
    }
    var next = partner + 1
    while next < clause.upperBound, next <= partner + 2 {
      if FrenchLexicon.negationWeakeners.contains(folded[next]) && !isDelay(at: next) {
        return next
      }
      next += 1
    }
    return nil
  }

  /// Whether « tout de suite » starts at `index`.
  private func isDelay(at index: Int) -> Bool {
    folded[index] == "tout" && index + 2 < tokens.count && folded[index + 1] == "de"
      && folded[index + 2] == "suite"
  }

  /// Whether the negation at `cue` only delays the practice (« je ne relance pas tout de
  /// suite », « j’ai pas lâché tout de suite »): it is done, later.
  private func onlyDelays(cue: Int, in clause: Range<Int>) -> Bool {
    var partner = cue
    if folded[cue] == "ne" || folded[cue] == "n" {
      partner =
        (cue + 1..<clause.upperBound).first { classes[$0].contains(.negationPartner) } ?? cue
    }
    guard folded[partner] == "pas" else { return false }
    return (partner + 1...partner + 2).contains { $0 < clause.upperBound && isDelay(at: $0) }
  }

  /// Whether a clause states a condition or a time (« si le client ne répond pas », « tant
  /// que je n’ai pas deux sources »): its negation denies no practice.
  private func isCondition(_ clause: Range<Int>) -> Bool {
    guard let first = firstLexical(in: clause) else { return false }
    // « tant que », « avant que », « sans que »: « que » opens the clause after the word.
    if folded[first] == "que" || folded[first] == "qu", first > 0,
      ["tant", "avant", "sans"].contains(folded[first - 1])
    {
      return true
    }
    return FrenchLexicon.conditionOpeners.contains(folded[first])
  }

  /// Whether the clause tells what follows from lacking something, in a sentence opened by
  /// « sans » with no comma since (« sans SAP je promets des délais que j’ai pas »): a
  /// consequence imagined, not a practice denied.
  private func followsLack(_ clause: Range<Int>) -> Bool {
    var index = clause.lowerBound - 1
    while index >= 0, !tokens[index].isBreak {
      if folded[index] == "sans", firstLexical(in: clauseStart(of: index)..<index + 1) == index {
        return true
      }
      index -= 1
    }
    return false
  }

  /// Whether the sentence of the clause says the negation is a rule kept (« jamais les
  /// comptes des distributeurs, c’est la règle », « pas de remise, c’est interdit », « en
  /// respectant notre charte : on ne démarche pas… »).
  private func citesRule(around clause: Range<Int>) -> Bool {
    guard let sentence = sentences.first(where: { $0.contains(clause.lowerBound) }) else {
      return false
    }
    for index in sentence {
      if FrenchLexicon.ruleIndex.match(tokens, at: index) != nil { return true }
      // « respecter la règle », outside the negated clause (« je ne respecte pas la
      // procédure » is a limit).
      guard !clause.contains(index), tokens[index].stem.hasPrefix("respect") else { continue }
      let window = index + 1..<min(index + 5, sentence.upperBound)
      if window.contains(where: { FrenchLexicon.ruleNouns.contains(folded[$0]) }) { return true }
    }
    return false
  }

  /// Whether a negated clause affirms a practice: a second negation (« jamais … sans »), a
  /// verb of failing negated (« je n’oublie jamais », « je n’hésite pas »), a care taken
  /// (« veiller à ne pas créer de doublons »: « ne pas » before an infinitive), or a
  /// difference stated (« il ne tient pas le même discours »).
  private func affirmsDespiteNegation(cue: Int, clause: Range<Int>) -> Bool {
    if folded[cue] == "sans" || folded[cue] == "aucun" || folded[cue] == "aucune" {
      return false
    }
    if folded[cue] == "ne" || folded[cue] == "n", cue + 2 < clause.upperBound, cue > 0,
      ["a", "pour", "de", "d", "afin"].contains(folded[cue - 1]),
      folded[cue + 1] == "pas" || folded[cue + 1] == "jamais" || folded[cue + 1] == "plus"
    {
      let verb = cue + 2
      let tags = morphology[verb]
      let word = folded[verb]
      if tags.contains(.infinitive)
        || (!morphology[verb].contains(.known) && (word.hasSuffix("er") || word.hasSuffix("ir")))
      {
        return true
      }
    }
    for index in clause where index > cue && folded[index] == "meme" {
      if index > 0, classes[index - 1].contains(.determiner) { return true }
    }
    // « je me contente pas de lire le CCTP », « je me suis pas contenté du tarif »: doing
    // more, not less.
    for index in clause where folded[index].hasPrefix("content") && index > clause.lowerBound {
      // The pronoun within three words before: « je me contente », « je me suis pas contenté ».
      if (max(0, index - 3)..<index).contains(where: {
        FrenchLexicon.reflexivePronouns.contains(folded[$0])
      }) {
        return true
      }
    }
    for index in clause where index > cue {
      // « je vends pas n’importe quoi », « on ne relance pas n’importe comment »: a litotes
      // that says what is done with care.
      if folded[index] == "importe", folded[index - 1] == "n" { return true }
      // « je parle pas pareil à l’acheteur qu’au labo »: adapting, not denying.
      if folded[index] == "pareil", index <= cue + 2 { return true }
    }
    // « je raccroche pas tant que le client n’a pas dit oui », « je pars pas avant d’avoir
    // reformulé »: a practice held to a condition, a rule of conduct.
    for index in stride(from: cue + 1, to: min(tokens.count - 1, cue + 7), by: 1) {
      if tokens[index].isBreak { break }
      let next = folded[index + 1]
      if folded[index] == "tant", next == "que" || next == "qu" { return true }
      if folded[index] == "avant", ["que", "qu", "de", "d"].contains(next) { return true }
    }
    for index in clause where index != cue {
      if folded[index] == "sans" && index > cue { return true }
      let stem = tokens[index].stem
      if tokens[index].kind == .word,
        FrenchLexicon.failingVerbStems.contains(where: { stem.hasPrefix($0) }),
        !FrenchLexicon.failingStemNouns.contains(folded[index])
      {
        return true
      }
      if folded[index] == "ton", index >= 2, folded[index - 1] == "le",
        FrenchLexicon.temperVerbStems.contains(where: { tokens[index - 2].stem.hasPrefix($0) })
      {
        return true
      }
    }
    return false
  }

  /// The first token of an object put before `clause` and taken up by a pronoun in it
  /// (« les marges, je ne les calcule pas », « la gravité, par contre, je ne l’ai pas
  /// évaluée »): the chunks before it, back to the sentence's start, that hold no subject.
  private func dislocatedObject(before clause: Range<Int>) -> Int? {
    let hasObjectPronoun = clause.contains {
      FrenchLexicon.objectPronouns.contains(folded[$0]) && $0 > clause.lowerBound
        && (folded[$0 - 1] == "ne" || folded[$0 - 1] == "n"
          || classes[$0 - 1].contains(.subjectPronoun))
    }
    guard hasObjectPronoun else { return nil }
    var start: Int?
    var index = clause.lowerBound - 1
    var words = 0
    while index >= 0 {
      let token = tokens[index]
      if token.kind == .sentenceBreak { break }
      if token.isLexical {
        if classes[index].contains(.subjectPronoun) || words >= 8 { break }
        words += 1
        if !isContrastWord(index) { start = index }
      }
      index -= 1
    }
    return start
  }

  /// Whether the token is a word of a contrast (« par contre », « en revanche », « mais »).
  private func isContrastWord(_ index: Int) -> Bool {
    classes[index].contains(.contrastOpener) || classes[index].contains(.contrastFirstWord)
      || folded[index] == "contre" || folded[index] == "revanche"
  }

  /// Whether a conjugated verb stands in `range` (the dictionary's reading, else a subject
  /// pronoun followed by a word).
  private func hasVerb(in range: Range<Int>) -> Bool {
    for index in range where tokens[index].kind == .word {
      let tags = morphology[index]
      if tags.contains(.verb) && !tags.contains(.noun) && !tags.contains(.functionWord) {
        return true
      }
      if classes[index].contains(.subjectPronoun), index + 1 < range.upperBound {
        return true
      }
    }
    return false
  }

  /// Whether a negation denies the candidate's own practice: it is in the first person, or
  /// the answer opens with it (« Non, pas de relances », « Aucun. »).
  private func isDenial(cue: Int, clause: Range<Int>) -> Bool {
    if folded[cue] == "sans" { return false }
    // « Non… », « Bof, pas vraiment… » opening the answer.
    if cue <= 1 { return true }
    // A note reporting the candidate's denial: « Dit ne l’avoir jamais ouvert ».
    if opensWithReportedNegation(clause, cue: cue) { return true }
    // A note's clause with no subject (« N’a jamais répondu », « Ne sait pas »): the
    // candidate's.
    // A contrast may open it (« Toutefois n’a jamais… »); the « n’ » of « n’a » is not the
    // « N » of « N+1 ».
    let opening = clause.first {
      tokens[$0].isLexical && !isContrastWord($0)
        && !FrenchLexicon.reportingAdverbs.contains(folded[$0])
    }
    if !isNegationPhrase(cue), let first = opening,
      first == cue || (folded[first] == "ne" || folded[first] == "n"),
      !clause.contains(where: {
        classes[$0].contains(.subjectPronoun)
          || (classes[$0].contains(.otherActor) && tokens[$0].kind != .elision)
      })
    {
      return true
    }
    if clause.contains(where: { isFirstPerson(at: $0) || isCandidateInNote(at: $0) }) {
      return true
    }
    // « la logistique, on le fait pas », « nous ne le vérifions pas »: the candidate's team,
    // the candidate in it; not when another actor is named after the subject (« on n’a pas
    // de service qualité »).
    // Not what a clause reports (« j’ai signalé qu’on ne tenait pas le délai »).
    if let first = firstLexical(in: clause),
      FrenchLexicon.relativePronouns.contains(folded[first]) || folded[first] == "si"
    {
      return false
    }
    guard
      let subject = clause.first(where: {
        $0 < cue && (folded[$0] == "on" || folded[$0] == "nous")
          && ($0 == clause.lowerBound || !classes[$0 - 1].contains(.subjectPronoun))
      })
    else { return false }
    return !(subject..<clause.upperBound).contains { classes[$0].contains(.otherActor) }
  }

  /// Whether the cue negates a noun phrase (« sans », « aucun », « pas de »), not a verb.
  private func isNegationPhrase(_ cue: Int) -> Bool {
    FrenchLexicon.phraseNegations.contains(folded[cue])
      || (cue + 1 < tokens.count && ["de", "d"].contains(folded[cue + 1]))
  }

  /// Whether the word is a past participle (the dictionary's reading, else its ending).
  private func isParticiple(at index: Int) -> Bool {
    if morphology[index].contains(.pastParticiple) { return true }
    let word = folded[index]
    return !morphology[index].contains(.known) && Self.characterCount(word) >= 4
      && (word.hasSuffix("e") || word.hasSuffix("es") || word.hasSuffix("ee")
        || word.hasSuffix("ees"))
  }

  /// Whether the token names the candidate in an evaluator's third-person note.
  private func isCandidateInNote(at index: Int) -> Bool {
    isThirdPersonNote
      && (folded[index] == "il" || folded[index] == "elle"
        || FrenchLexicon.candidateWords.contains(folded[index]))
  }

  private func firstLexical(in range: Range<Int>) -> Int? {
    range.first { tokens[$0].isLexical }
  }

  // MARK: Hypothetical practice

  /// Marks the sentence, from the clause of the cue on, when a cue shows that the practice
  /// is hypothetical, only theoretical or only known from training.
  private mutating func readHypothetical(in sentence: Range<Int>) {
    let hasTraining = sentence.contains {
      folded[$0].utf8.first == UInt8(ascii: "f") && folded[$0].hasPrefix("formation")
    }
    for index in sentence {
      let afterIndirectIf = index > 0 && folded[index - 1] == "s"
      let isTrainingOnly = hasTraining && classes[index].contains(.trainingOnlyMarker)
      let cue =
        isConditionalVerb(at: index) || isFutureVerb(at: index)
        || isHypotheticalCondition(at: index) || isObligation(at: index)
        || (!afterIndirectIf && classes[index].contains(.startsHypothetical)
          && FrenchLexicon.hypotheticalIndex.match(tokens, at: index) != nil)
        || isTrainingOnly
      guard cue else { continue }
      let from =
        isTrainingOnly
        ? sentence.lowerBound : clauseStart(of: index)
      mark(from..<sentence.upperBound, as: .hypothetical)
      signals.append(.init(kind: .hypothetical, tokens: index...index))
      return
    }
  }

  /// « je pourrais », « il faudrait », « ce serait »: a conditional after its subject.
  private func isConditionalVerb(at index: Int) -> Bool {
    guard !classes[index].contains(.notConditional) else { return false }
    // A known word is read from its tags (one bit test); an unknown one (no accents, a
    // typo) from its ending. The subject test comes last.
    let tags = morphology[index]
    let isConditional: Bool
    if tags.contains(.known) {
      isConditional = tags.contains(.conditional)
    } else {
      let word = folded[index]
      isConditional =
        Self.characterCount(word) >= 5
        && FrenchLexicon.conditionalEndings.contains(where: { word.hasSuffix($0) })
    }
    return isConditional && hasSubject(before: index, firstPersonOnly: false)
  }

  /// « je le basculerai »: a future in the first person.
  private func isFutureVerb(at index: Int) -> Bool {
    let tags = morphology[index]
    let isFuture =
      tags.contains(.known)
      ? tags.contains(.future)
      : folded[index].hasSuffix("rai") && Self.characterCount(folded[index]) >= 5
    return isFuture && hasSubject(before: index, firstPersonOnly: true)
  }

  /// « une offre doit réunir… »: a rule stated, not a practice described.
  private func isObligation(at index: Int) -> Bool {
    folded[index] == "doit" || folded[index] == "doivent"
  }

  /// « si je devais », « si on me donnait »: a condition in the imperfect, not an indirect
  /// question (« pour savoir si ça leur convenait »).
  private func isHypotheticalCondition(at index: Int) -> Bool {
    guard folded[index] == "si" else { return false }
    if index > 0,
      FrenchLexicon.indirectQuestionStems.contains(where: {
        tokens[index - 1].stem.hasPrefix($0)
      })
    {
      return false
    }
    var next = index + 1
    // « si un jour je devais », « si jamais on me demandait ».
    while next < tokens.count, next <= index + 3, tokens[next].isLexical,
      !classes[next].contains(.subjectPronoun)
    {
      next += 1
    }
    guard next < tokens.count, classes[next].contains(.subjectPronoun) else {
      return false
    }
    next += 1
    while next < tokens.count, next <= index + 4, tokens[next].isLexical {
      let word = folded[next]
      if Self.characterCount(word) >= 4,
        word.hasSuffix("ais") || word.hasSuffix("ait") || word.hasSuffix("aient")
      {
        return true
      }
      if !classes[next].contains(.clitic) { return false }
      next += 1
    }
    return false
  }

  /// Whether a subject pronoun stands right before `index`, with only clitics between.
  /// With `firstPersonOnly`, the subject must be « je » or « j' ».
  private func hasSubject(before index: Int, firstPersonOnly: Bool) -> Bool {
    var previous = index - 1
    var steps = 0
    while previous >= 0, steps < 4, tokens[previous].isLexical {
      let isSubject =
        firstPersonOnly
        ? folded[previous] == "je" || folded[previous] == "j"
        : classes[previous].contains(.subjectPronoun)
      if isSubject { return true }
      if !classes[previous].contains(.clitic) { return false }
      previous -= 1
      steps += 1
    }
    return false
  }

  // MARK: Someone else's practice

  /// Marks the sentence when it says that someone else does the work.
  private mutating func readSomeoneElse(in sentence: Range<Int>) {
    let hasFirstPerson = sentence.contains { isFirstPerson(at: $0) }
    if hasFirstPersonInAnswer, !isThirdPersonNote, let subject = thirdPartySubject(of: sentence) {
      for index in sentence where discounts[index] == nil {
        discounts[index] = .someoneElse
        scopes[index] = sentence
      }
      signals.append(.init(kind: .someoneElse, tokens: subject...subject))
      return
    }
    for index in sentence {
      let cue =
        isCleftOnOther(at: index) || isReflexiveTakingCharge(at: index)
        || (classes[index].contains(.startsSomeoneElse)
          && FrenchLexicon.someoneElseIndex.match(tokens, at: index) != nil)
        || (!hasFirstPerson && isOtherActorDoing(at: index, in: sentence))
        || isPluralSubjectDoing(at: index, in: sentence)
      guard cue else { continue }
      markOthers(in: sentence, cue: index)
      return
    }
  }

  /// Marks the clauses of a sentence where someone else works; the clauses where the
  /// candidate speaks of their own part (« moi je prends les notes ») are the candidate's,
  /// assisting: the sentence then shows assisted practice.
  private mutating func markOthers(in sentence: Range<Int>, cue: Int) {
    var candidateClauses: [Range<Int>] = []
    for clause in clauses where clause.overlaps(sentence) {
      let part =
        max(
          clause.lowerBound, sentence.lowerBound)..<min(
          clause.upperBound, sentence.upperBound)
      let isOwnPart =
        part.contains { isCandidateSubject(at: $0) } && !part.contains(cue)
        && !part.contains { discounts[$0] == .negated }
      if isOwnPart {
        candidateClauses.append(part)
        for index in part {
          assisting[index] = true
          scopes[index] = sentence
        }
      } else {
        for index in part where discounts[index] == nil {
          discounts[index] = .someoneElse
          scopes[index] = sentence
        }
      }
    }
    if candidateClauses.isEmpty {
      signals.append(.init(kind: .someoneElse, tokens: cue...cue))
    } else {
      signals.append(.init(kind: .supervised, tokens: cue...cue))
    }
  }

  /// Whether the token is the candidate as the subject of a clause (« je », « j’ », « moi »,
  /// or « il »/« elle »/« Cand. » in a third-person note).
  private func isCandidateSubject(at index: Int) -> Bool {
    folded[index] == "je" || (folded[index] == "j" && tokens[index].kind == .elision)
      || folded[index] == "moi" || isCandidateInNote(at: index)
  }

  /// The noun of a third party that is the subject of a sentence where the candidate does
  /// not appear (« Les technico-commerciaux posent des questions », « L’offre est
  /// déterminée par le labo »): in an answer told in the first person, what such a sentence
  /// describes is not the candidate's practice. The candidate's counterparts (« le client
  /// voulait… ») are the story of the candidate's own case, not a third party at work.
  private func thirdPartySubject(of sentence: Range<Int>) -> Int? {
    guard
      !sentence.contains(where: {
        classes[$0].contains(.candidateMarker) || isCandidateInNote(at: $0)
      })
    else { return nil }
    var noun: Int?
    for index in sentence where tokens[index].kind == .word {
      let tags = morphology[index]
      let isVerb =
        tags.contains(.verb) && !tags.contains(.noun) && !tags.contains(.adjective)
        && !tags.contains(.functionWord) && !tags.contains(.pastParticiple)
      if isVerb {
        guard let noun, tags.contains(.thirdPerson) else { return nil }
        return noun
      }
      if classes[index].contains(.subjectPronoun)
        || FrenchLexicon.counterparts.contains(folded[index])
      {
        return nil
      }
      if noun == nil, tags.contains(.noun) || classes[index].contains(.otherActor),
        index > sentence.lowerBound,
        classes[index - 1].contains(.determiner) || folded[index - 1] == "l"
      {
        noun = index
      }
    }
    return nil
  }

  /// « c'est le marketing qui… », « ce sont mes collègues qui… ».
  private func isCleftOnOther(at index: Int) -> Bool {
    guard folded[index] == "c" || folded[index] == "ce", index + 2 < tokens.count,
      ["est", "sont", "etait", "etaient"].contains(folded[index + 1])
    else { return false }
    let subject = folded[index + 2]
    // In a third-person note, « c’est elle qui… » is the candidate.
    if isThirdPersonNote && (subject == "elle" || subject == "lui") { return false }
    let isPronoun = ["eux", "lui", "elle", "elles", "ils"].contains(subject)
    let isDeterminer = classes[index + 2].contains(.determiner) || subject == "l"
    guard isPronoun || isDeterminer else { return false }
    if !isPronoun {
      let noun = (index + 3..<min(index + 6, tokens.count)).first { tokens[$0].isLexical }
      guard let noun, classes[noun].contains(.otherActor) else { return false }
    }
    var next = index + 3
    while next < tokens.count, next <= index + 9, tokens[next].isLexical {
      if folded[next] == "qui" { return true }
      next += 1
    }
    return false
  }

  /// « Ils recherchent les fiches techniques », « elles vérifient… »: a plural subject
  /// doing, in a sentence where nobody of the candidate's side speaks (no « je », « on »,
  /// « nous »…). The candidate is one person: a plural is someone else, or the clients.
  private func isPluralSubjectDoing(at index: Int, in sentence: Range<Int>) -> Bool {
    guard folded[index] == "ils" || folded[index] == "elles",
      index == sentence.lowerBound || tokens[index - 1].isBreak
        || ["et", "puis", "qui", "donc"].contains(folded[index - 1]),
      !sentence.contains(where: { FrenchLexicon.personalWords.contains(folded[$0]) })
    else { return false }
    var next = index + 1
    while next < sentence.upperBound, tokens[next].isLexical,
      classes[next].contains(.clitic)
    {
      next += 1
    }
    guard next < sentence.upperBound, tokens[next].kind == .word else { return false }
    let tags = morphology[next]
    return tags.contains(.verb) && tags.contains(.thirdPerson)
  }

  /// « l'ADV s'en occupe », « qui s'en charge ».
  private func isReflexiveTakingCharge(at index: Int) -> Bool {
    guard folded[index] == "s", tokens[index].kind == .elision, index + 2 < tokens.count,
      folded[index + 1] == "en"
    else { return false }
    let verb = tokens[index + 2].stem
    return verb.hasPrefix("occup") || verb.hasPrefix("charg")
  }

  /// « le contrôle de gestion diffuse… », « la direction fixe… »: another actor, then a verb
  /// of doing, in a sentence without the first person.
  private func isOtherActorDoing(at index: Int, in sentence: Range<Int>) -> Bool {
    guard classes[index].contains(.otherActor), index > sentence.lowerBound,
      classes[index - 1].contains(.determiner)
        || (folded[index - 1] == "l" && tokens[index - 1].kind == .elision)
    else { return false }
    var next = index + 1
    while next < sentence.upperBound, next <= index + 4, tokens[next].isLexical {
      let stem = tokens[next].stem
      let tags = morphology[next]
      // Right after the actor (« le marketing achète », « l’équipe marketing achète »), a
      // third-person verb reading wins over a rare noun one (« achète » is a noun too in
      // the dictionary).
      let followsActor = (index + 1..<next).allSatisfy { classes[$0].contains(.otherActor) }
      let isVerb =
        tags.contains(.verb) && tags.contains(.thirdPerson)
        && ((!tags.contains(.noun) && !tags.contains(.adjective)) || followsActor)
      if !classes[next].contains(.otherActor),
        isVerb || FrenchLexicon.actionStems.contains(where: { stem.hasPrefix($0) })
      {
        return true
      }
      next += 1
    }
    return false
  }

  /// « fixés par la direction », « calculée par le marketing »: the clause's work is done
  /// by someone else.
  private mutating func readPassiveDelegation() {
    for clause in clauses {
      for index in clause where folded[index] == "par" && index > clause.lowerBound {
        var actor = index + 1
        if actor < clause.upperBound,
          classes[actor].contains(.determiner) || folded[actor] == "l"
        {
          actor += 1
        }
        // The actor may come after a word or two of its name (« par les key account
        // managers », « par notre équipe »).
        guard
          let named = (actor..<min(actor + 3, clause.upperBound)).first(where: {
            classes[$0].contains(.otherActor)
          }),
          (actor..<named).allSatisfy({ tokens[$0].kind == .word })
        else { continue }
        actor = named
        let participle = tokens[index - 1].stem
        let isParticiple =
          morphology[index - 1].contains(.pastParticiple)
          || FrenchLexicon.delegatedParticipleStems.contains(where: { participle.hasPrefix($0) })
        guard isParticiple else { continue }
        if FrenchLexicon.supervisionStems.contains(where: { participle.hasPrefix($0) }) {
          // « validé par la direction »: the candidate's work, approved as usual.
          break
        }
        mark(clause, as: .someoneElse)
        for scoped in clause { scopes[scoped] = clause }
        signals.append(.init(kind: .someoneElse, tokens: index...actor))
        break
      }
    }
  }

  // MARK: Level signals

  private mutating func readOccasionalAndSupervised() {
    let pastTutelage = sentencesOfPastTutelage()
    for index in tokens.indices where tokens[index].isLexical {
      if let end = occasionalCue(at: index) {
        let isOnce = folded[index] == "une" || classes[index].contains(.startsOnce)
        signals.append(.init(kind: isOnce ? .once : .occasional, tokens: index...end))
      }
      if classes[index].contains(.startsSupervised),
        !pastTutelage.contains(where: { $0.contains(index) }),
        let length = FrenchLexicon.supervisedIndex.match(tokens, at: index)
      {
        signals.append(.init(kind: .supervised, tokens: index...(index + length - 1)))
      }
    }
  }

  /// The sentences that tell a supervision of the start, over since: « au début ma tutrice
  /// me montrait, mais ça fait trois ans que je fais la veille toute seule », « les
  /// premières semaines sa tutrice venait avec lui ; il va seul chez ses clients depuis un
  /// an ». A start of the sentence (« au début », « les premières semaines »), then, later
  /// in the answer, the candidate alone (« seul », « seule », « en autonomie »).
  private func sentencesOfPastTutelage() -> [Range<Int>] {
    sentences.filter { sentence in
      guard
        let start = sentence.first(where: { index in
          FrenchLexicon.startOfTutelage.contains { phrase(at: index, equals: $0) }
        })
      else { return false }
      return (start..<tokens.count).contains { FrenchLexicon.autonomyWords.contains(folded[$0]) }
    }
  }

  /// The last token of an occasional-practice cue starting at `index`.
  private func occasionalCue(at index: Int) -> Int? {
    if folded[index] == "une", phrase(at: index, equals: ["une", "fois"]) {
      let after = index + 2
      if after < tokens.count, tokens[after].isLexical,
        classes[after].contains(.notOccasionalAfterOnce)
      {
        return nil
      }
      return index + 1
    }
    guard classes[index].contains(.startsOccasional) else { return nil }
    return FrenchLexicon.occasionalIndex.match(tokens, at: index).map { index + $0 - 1 }
  }

  /// How long the candidate has practised: recent practice (« depuis deux mois », « je
  /// débute », « mon tout premier devis », « arrivée en septembre »), a single occasion
  /// (« à deux reprises »), or a long practice (« depuis 2017 », « depuis douze ans »).
  private mutating func readExtent() {
    let phraseStarts: LexiconClasses = [.startsRecent, .startsVague, .startsOnce]
    let cues = phraseStarts.union(.detailTrigger)
    for index in tokens.indices where !classes[index].isDisjoint(with: cues) {
      if classes[index].contains(.detailTrigger) {
        if let end = shortDuration(at: index) {
          signals.append(.init(kind: .recent, tokens: index...end))
          continue
        } else if let end = longDuration(at: index) {
          signals.append(.init(kind: .regular, tokens: index...end))
          continue
        }
      }
      // One look-up for the three lists: recent, filler, single occasion.
      guard !classes[index].isDisjoint(with: phraseStarts),
        let (length, kind) = FrenchLexicon.extentIndex.match(tokens, at: index)
      else { continue }
      let after = index + length
      if kind == .once, isFrequencyOrConjunction(after: after) { continue }
      if kind == .recent, isStartOfRoutine(after: after) { continue }
      if kind == .once, isSingleOfSomethingElse(at: index, after: after) { continue }
      signals.append(.init(kind: kind, tokens: index...(after - 1)))
    }
  }

  /// Whether the « fois » that ends a single-occasion cue is a frequency (« deux fois par
  /// mois ») or, in « une fois », a conjunction (« je ne crée le compte qu’une fois le
  /// décideur identifié »).
  private func isFrequencyOrConjunction(after: Int) -> Bool {
    guard after < tokens.count, after >= 2, folded[after - 1] == "fois" else { return false }
    if folded[after] == "par" || folded[after] == "chaque" { return true }
    return folded[after - 2] == "une" && classes[after].contains(.notOccasionalAfterOnce)
  }

  /// Whether « je commence » is followed by what starts a routine, not a job: « je commence
  /// toujours par… », « je commence mes journées par… ».
  private func isStartOfRoutine(after: Int) -> Bool {
    guard after < tokens.count, folded[after - 1] == "commence", tokens[after].isLexical
    else { return false }
    return FrenchLexicon.routineAfterStart.contains(folded[after])
  }

  /// Whether « un seul », « une seule » counts something other than the candidate's
  /// occasions: « un seul et même interlocuteur », « chez un seul fournisseur », « à une
  /// seule adresse ».
  private func isSingleOfSomethingElse(at index: Int, after: Int) -> Bool {
    guard folded[index] == "un" || folded[index] == "une",
      index + 1 < tokens.count, folded[index + 1] == "seul" || folded[index + 1] == "seule"
    else { return false }
    if after < tokens.count, folded[after] == "et" || folded[after] == "fois" {
      return folded[after] == "et"
    }
    guard index > 0, tokens[index - 1].isLexical else { return false }
    return FrenchLexicon.prepositions.contains(folded[index - 1])
  }

  /// The last token of « depuis deux mois », « il y a trois semaines », « depuis mars »,
  /// « depuis mon arrivée » starting at `index`.
  private func shortDuration(at index: Int) -> Int? {
    var amountIndex: Int
    if folded[index] == "depuis" {
      amountIndex = index + 1
    } else if phrase(at: index, equals: ["il", "y", "a"]), isArrivalNear(index) {
      amountIndex = index + 3
    } else {
      return nil
    }
    guard amountIndex < tokens.count, tokens[amountIndex].isLexical else { return nil }
    if classes[amountIndex].contains(.determiner), amountIndex + 1 < tokens.count,
      FrenchLexicon.arrivalWords.contains(folded[amountIndex + 1])
    {
      return amountIndex + 1
    }
    if folded[amountIndex] == "peu" { return amountIndex }
    var unitIndex = amountIndex + 1
    if folded[amountIndex] == "quelques" || folded[amountIndex] == "deux"
      || folded[amountIndex] == "trois"
    {
      unitIndex = amountIndex + 1
    }
    guard unitIndex < tokens.count, classes[unitIndex].contains(.shortDurationUnit) else {
      return nil
    }
    let amount = tokens[amountIndex]
    if classes[amountIndex].contains(.smallNumberWord) { return unitIndex }
    if amount.kind == .number, let value = Double(amount.folded) {
      let limit: Double = folded[unitIndex].hasPrefix("mois") ? 11 : 30
      return value <= limit ? unitIndex : nil
    }
    return nil
  }

  /// Whether an arrival or a start is said near « il y a » (« arrivée il y a deux mois »).
  private func isArrivalNear(_ index: Int) -> Bool {
    let range = max(0, index - 4)..<min(tokens.count, index + 6)
    return range.contains { FrenchLexicon.arrivalWords.contains(folded[$0]) }
  }

  /// The last token of « depuis 2017 », « depuis douze ans », « depuis 5 ans ».
  private func longDuration(at index: Int) -> Int? {
    guard folded[index] == "depuis" || folded[index] == "pendant", index + 1 < tokens.count
    else { return nil }
    let amount = tokens[index + 1]
    if amount.kind == .number, let value = Double(amount.folded) {
      if value >= 1990 && value <= 2100 { return index + 1 }
      if index + 2 < tokens.count, ["an", "ans", "annee", "annees"].contains(folded[index + 2]),
        value >= 2
      {
        return index + 2
      }
    }
    if index + 2 < tokens.count, ["ans", "annees"].contains(folded[index + 2]),
      amount.kind == .word, !["un", "une", "quelques"].contains(amount.folded)
    {
      return index + 2
    }
    return nil
  }

  /// Frequencies, numbers, named tools, sources and clients, durations — outside any
  /// discounted scope.
  private mutating func readConcrete() {
    var isSentenceStart = Array(repeating: false, count: tokens.count)
    for sentence in sentences {
      if let first = firstLexical(in: sentence) { isSentenceStart[first] = true }
    }
    let triggers: LexiconClasses = [.detailTrigger, .frequencyWord, .knownTool, .monthName]
    for index in tokens.indices where tokens[index].isLexical && discounts[index] == nil {
      let token = tokens[index]
      // Most words start no detail: a capital, a digit or a listed word is needed.
      guard
        token.kind == .number || token.isCapitalised || !classes[index].isDisjoint(with: triggers)
      else { continue }
      let word = folded[index]
      var end: Int?
      // « les KPI classiques », « les outils Excel habituels »: named, then made generic.
      if isQualifiedAsGeneric(index) { continue }
      if let frequency = frequencyCue(at: index) {
        signals.append(.init(kind: .regular, tokens: index...frequency))
        // « régulièrement », « au quotidien », « à chaque fois » say a habit, not what it is.
        if FrenchLexicon.genericFrequencies.contains(word)
          || (word == "chaque" && folded[frequency] == "fois")
        {
          continue
        }
        end = frequency
      } else if token.kind == .number {
        // « une vision 360 », « à 360° »: a figure of speech, not a figure.
        if word == "360" { continue }
        end = index
      } else if !classes[index].isDisjoint(with: [.frequencyWord, .knownTool, .monthName]) {
        end = index
      } else if word == "exemple" || word == "hier" {
        end = index
      } else if word == "dernier" || word == "derniere", index > 0,
        classes[index - 1].contains(.timeUnit) || folded[index - 1] == "fois"
      {
        end = index
      } else if let participle = pastEvent(at: index) {
        // « j’ai proposé », « je lui ai demandé »: a case told, not a habit stated.
        end = participle
      } else if token.kind == .word, token.isCapitalised, Self.characterCount(word) >= 2,
        !isSentenceStart[index], !classes[index].contains(.capitalisedCommonWord)
      {
        end = index
      }
      if let end {
        signals.append(.init(kind: .concrete, tokens: index...end))
      }
    }
  }

  /// Whether the word, a name or a figure, is followed by a word that makes it generic
  /// (« les KPI classiques », « nos outils habituels »), a word or two later.
  private func isQualifiedAsGeneric(_ index: Int) -> Bool {
    var next = index + 1
    while next < tokens.count, next <= index + 2, tokens[next].isLexical {
      if FrenchLexicon.genericQualifiers.contains(folded[next]) { return true }
      next += 1
    }
    return false
  }

  /// The last token of a frequency starting at `index`: « chaque semaine », « tous les
  /// lundis », « par mois », « 3 RDV/sem », « hebdo », « systématiquement ».
  private func frequencyCue(at index: Int) -> Int? {
    let word = folded[index]
    if word == "chaque", index + 1 < tokens.count, tokens[index + 1].isLexical {
      return index + 1
    }
    if word == "tous" || word == "toutes", index + 2 < tokens.count, folded[index + 1] == "les",
      classes[index + 2].contains(.timeUnit) || tokens[index + 2].kind == .number
    {
      return index + 2
    }
    if word == "par", index + 1 < tokens.count, classes[index + 1].contains(.timeUnit) {
      return index + 1
    }
    if classes[index].contains(.frequencyWord) { return index }
    // A number, at most two words, then a unit of time: « 1x/sem », « 3 visites / mois ».
    if tokens[index].kind == .number {
      var next = index + 1
      while next < tokens.count, next <= index + 3, tokens[next].isLexical {
        if classes[next].contains(.timeUnit), next > index + 1 {
          let unit = folded[next]
          if ["semaine", "mois", "jour", "an", "trimestre", "annee"].contains(unit) {
            return next
          }
        }
        next += 1
      }
    }
    return nil
  }

  /// The participle of a compound past told by the candidate (« j’ai proposé », « je
  /// leur ai envoyé », « elle a relancé » in a note), when `index` is its auxiliary.
  private func pastEvent(at index: Int) -> Int? {
    guard ["ai", "a", "avons"].contains(folded[index]), index > 0 else { return nil }
    var subject = index - 1
    while subject >= 0, subject >= index - 3, tokens[subject].isLexical,
      classes[subject].contains(.clitic), !isCandidateSubject(at: subject)
    {
      subject -= 1
    }
    guard subject >= 0, isCandidateSubject(at: subject) || folded[subject] == "on" else {
      return nil
    }
    var next = index + 1
    while next < tokens.count, next <= index + 3, tokens[next].kind == .word {
      if morphology[next].contains(.pastParticiple) {
        // « j’ai suivi ça », « on a fait ce qu’il fallait »: nothing told.
        return isGenericObject(after: next) ? nil : next
      }
      let word = folded[next]
      if !morphology[next].contains(.known), Self.characterCount(word) >= 4,
        word.hasSuffix("e") || word.hasSuffix("i") || word.hasSuffix("u") || word.hasSuffix("is")
      {
        return next
      }
      next += 1
    }
    return nil
  }

  /// Whether what follows a participle is « ça », « cela » or « ce qu… »: a told case
  /// names what was done.
  private func isGenericObject(after participle: Int) -> Bool {
    let next = participle + 1
    guard next < tokens.count, tokens[next].isLexical else { return false }
    if folded[next] == "ca" || folded[next] == "cela" { return true }
    return folded[next] == "ce" && next + 1 < tokens.count
      && ["qu", "que", "qui"].contains(folded[next + 1])
  }

  // MARK: Justifications

  /// Finds the justification markers not in a discounted scope, and numbers the sentences.
  private mutating func readJustifications() {
    sentenceOfToken = Array(repeating: -1, count: tokens.count)
    for (number, sentence) in sentences.enumerated() {
      for index in sentence { sentenceOfToken[index] = number }
      // Where the candidate speaks of their own work: not a sentence all hypothetical,
      // denied or someone else's (« je crois qu’il y a aussi… », « si un jour je devais… »).
      if sentence.contains(where: {
        FrenchLexicon.personalWords.contains(folded[$0]) || isCandidateInNote(at: $0)
      }), sentence.contains(where: { tokens[$0].isLexical && discounts[$0] == nil }) {
        personalSentences.insert(number)
      }
      if sentence.contains(where: { actsAsSubject(at: $0, in: sentence) }) {
        actingSentences.insert(number)
      }
      for clause in clauses where sentence.contains(clause.lowerBound) {
        if let first = firstLexical(in: clause), isNoteOpening(first) { notesOnCandidate += 1 }
      }
    }
    for index in tokens.indices where tokens[index].isLexical && discounts[index] == nil {
      if let length = FrenchLexicon.justificationIndex.match(tokens, at: index) {
        justifications.append(index...(index + length - 1))
      } else if isPurposeClause(at: index) {
        justifications.append(index...(index + 1))
      }
    }
  }

  /// Whether the candidate is the subject at `index` and a verb of doing follows it within
  /// a few words (object pronouns and « ne » between), with nothing discounted: « moi je
  /// prépare », « j’ai envoyé », « Cand. relance ». A verb of opinion or knowledge before
  /// « que » (« je pense que ») and « être » are no doing.
  private func actsAsSubject(at index: Int, in sentence: Range<Int>) -> Bool {
    guard isCandidateSubject(at: index), folded[index] != "moi" || index + 1 < sentence.upperBound,
      discounts[index] == nil
    else { return false }
    var next = index + 1
    while next < sentence.upperBound, next <= index + 4, tokens[next].isLexical {
      if discounts[next] != nil { return false }
      let word = folded[next]
      if isCandidateSubject(at: next) || classes[next].contains(.clitic)
        || FrenchLexicon.objectPronouns.contains(word)
      {
        next += 1
        continue
      }
      let tags = morphology[next]
      guard tags.contains(.verb), !tags.contains(.functionWord) else { return false }
      if FrenchLexicon.beingVerbs.contains(word) { return false }
      let thenQue = next + 1 < sentence.upperBound && ["que", "qu"].contains(folded[next + 1])
      return !thenQue
    }
    return false
  }

  /// Whether a sentence opens the way a note on the candidate does: the candidate named,
  /// « il », « elle », a report (« Dit… », « Précise… »), or a verb or a negation with no
  /// subject (« Vend des silicones… », « Ne contacte ni… »).
  private func isNoteOpening(_ index: Int) -> Bool {
    let word = folded[index]
    // « Il faut… », « Il est essentiel… », « Il y a… »: impersonal, nobody.
    if word == "il", index + 1 < tokens.count,
      FrenchLexicon.impersonalVerbs.contains(folded[index + 1])
    {
      return false
    }
    if FrenchLexicon.candidateWords.contains(word) || word == "il" || word == "elle"
      || word == "ne" || word == "n" || FrenchLexicon.reportingVerbs.contains(word)
    {
      return true
    }
    let tags = morphology[index]
    return tags.contains(.verb) && tags.contains(.thirdPerson) && !tags.contains(.noun)
      && !tags.contains(.functionWord) && !tags.contains(.adjective)
  }

  /// « pour vérifier », « pour gagner du temps »: « pour » before an infinitive.
  private func isPurposeClause(at index: Int) -> Bool {
    guard folded[index] == "pour", index + 1 < tokens.count, tokens[index + 1].kind == .word
    else { return false }
    let word = folded[index + 1]
    guard word.count >= 4, !FrenchLexicon.stopWords.contains(word),
      !FrenchLexicon.determiners.contains(word)
    else { return false }
    return word.hasSuffix("er") || word.hasSuffix("ir") || word.hasSuffix("re")
  }

  // MARK: Helpers

  /// Whether the token at `index` is « je », « j' » or « moi ».
  private func isFirstPerson(at index: Int) -> Bool {
    let word = folded[index]
    return word == "je" || word == "j" || word == "moi"
  }

  /// The number of `Character`s of a folded word, counted on its bytes when it is ASCII
  /// without carriage return (one byte, one character).
  static func characterCount(_ word: String) -> Int {
    let utf8 = word.utf8
    if utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return utf8.count }
    return word.count
  }

  /// Whether the lexical tokens from `index` are exactly the folded words of `words`.
  private func phrase(at index: Int, equals words: [String]) -> Bool {
    guard index + words.count <= tokens.count else { return false }
    for (offset, word) in words.enumerated() {
      let token = tokens[index + offset]
      if !token.isLexical || token.folded != word { return false }
    }
    return true
  }

  private func clauseStart(of index: Int) -> Int {
    clauses.first { $0.contains(index) }?.lowerBound ?? index
  }

  /// Marks the tokens of `range` not already negated.
  private mutating func mark(_ range: Range<Int>, as discount: EvidenceHit.Discount) {
    for index in range where discounts[index] == nil {
      discounts[index] = discount
      scopes[index] = range
    }
  }
}
