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
  /// The signals, in the order of the answer.
  var signals: [Signal]
  /// Justification markers (« parce que », « afin de », « pour » + infinitive) outside any
  /// discounted scope, in the order of the answer.
  var justifications: [ClosedRange<Int>]
  /// Per token, the index of its sentence.
  var sentenceOfToken: [Int]

  /// Reads the context of `tokens` (one answer).
  init(tokens: [Token]) {
    self.init(tokens: tokens, classes: tokens.map { FrenchLexicon.classes(of: $0.folded) })
  }

  /// Reads the context of `tokens`, given the lexicon classes of each token's folded form
  /// (as ``FrenchNormaliser`` computes them along with the tokens).
  init(tokens: [Token], classes: [LexiconClasses]) {
    var reader = PracticeContextReader(tokens: tokens, classes: classes)
    reader.read()
    discounts = reader.discounts
    signals = reader.signals
    justifications = reader.justifications
    sentenceOfToken = reader.sentenceOfToken
  }
}

/// The work of ``PracticeContext``: sentences, clauses, cues and their scopes.
private struct PracticeContextReader {
  let tokens: [Token]
  let folded: [String]
  /// The lexicon lists each token's folded form belongs to.
  let classes: [LexiconClasses]
  var discounts: [EvidenceHit.Discount?]
  var signals: [PracticeContext.Signal] = []
  var justifications: [ClosedRange<Int>] = []
  var sentenceOfToken: [Int] = []
  private var sentences: [Range<Int>] = []
  private var clauses: [Range<Int>] = []

  init(tokens: [Token], classes: [LexiconClasses]) {
    self.tokens = tokens
    self.folded = tokens.map(\.folded)
    self.classes = classes
    self.discounts = Array(repeating: nil, count: tokens.count)
  }

  mutating func read() {
    segment()
    for clause in clauses { readNegation(in: clause) }
    for sentence in sentences {
      readHypothetical(in: sentence)
      readSomeoneElse(in: sentence)
    }
    readPassiveDelegation()
    readOccasionalAndSupervised()
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

  // MARK: Negation

  /// Marks the scope of each negation of a clause: from the cue to the end of the clause.
  private mutating func readNegation(in clause: Range<Int>) {
    var index = clause.lowerBound
    while index < clause.upperBound {
      let word = folded[index]
      var isCue = false
      if word == "ne" || (word == "n" && tokens[index].kind == .elision) {
        isCue = (index + 1..<clause.upperBound).contains {
          classes[$0].contains(.negationPartner)
        }
      } else if classes[index].contains(.standaloneNegation) {
        let cancelled =
          index + 1 < tokens.count
          && FrenchLexicon.negationCancellers[word]?.contains(folded[index + 1]) == true
        isCue = !cancelled
      } else if word == "non", index == firstLexical(in: clause), index == 0 {
        isCue = true
      }
      if isCue {
        for scoped in (index + 1)..<clause.upperBound { discounts[scoped] = .negated }
        if isDenial(cue: index, clause: clause) {
          signals.append(.init(kind: .denied, tokens: index...index))
        }
        return
      }
      index += 1
    }
  }

  /// Whether a negation denies the candidate's own practice: it is in the first person, or
  /// the answer opens with it (« Non, pas de relances », « Aucun. »).
  private func isDenial(cue: Int, clause: Range<Int>) -> Bool {
    if folded[cue] == "sans" { return false }
    if cue == 0 { return true }
    return clause.contains { isFirstPerson(at: $0) }
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
    // The subject test is a few bit tests; the ending test works on the text.
    guard !classes[index].contains(.notConditional),
      hasSubject(before: index, firstPersonOnly: false)
    else { return false }
    let word = folded[index]
    return Self.characterCount(word) >= 5
      && FrenchLexicon.conditionalEndings.contains(where: { word.hasSuffix($0) })
  }

  /// « je le basculerai »: a future in the first person.
  private func isFutureVerb(at index: Int) -> Bool {
    guard hasSubject(before: index, firstPersonOnly: true) else { return false }
    let word = folded[index]
    return word.hasSuffix("rai") && Self.characterCount(word) >= 5
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
    for index in sentence {
      let cue =
        isCleftOnOther(at: index) || isReflexiveTakingCharge(at: index)
        || (classes[index].contains(.startsSomeoneElse)
          && FrenchLexicon.someoneElseIndex.match(tokens, at: index) != nil)
        || (!hasFirstPerson && isOtherActorDoing(at: index, in: sentence))
      guard cue else { continue }
      mark(sentence, as: .someoneElse)
      signals.append(.init(kind: .someoneElse, tokens: index...index))
      return
    }
  }

  /// « c'est le marketing qui… », « ce sont mes collègues qui… ».
  private func isCleftOnOther(at index: Int) -> Bool {
    guard folded[index] == "c" || folded[index] == "ce", index + 2 < tokens.count,
      ["est", "sont", "etait", "etaient"].contains(folded[index + 1])
    else { return false }
    let subject = folded[index + 2]
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
      if !classes[next].contains(.otherActor),
        FrenchLexicon.actionStems.contains(where: { stem.hasPrefix($0) })
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
        guard actor < clause.upperBound, classes[actor].contains(.otherActor)
        else { continue }
        let participle = tokens[index - 1].stem
        guard FrenchLexicon.delegatedParticipleStems.contains(where: { participle.hasPrefix($0) })
        else { continue }
        mark(clause, as: .someoneElse)
        signals.append(.init(kind: .someoneElse, tokens: index...actor))
        break
      }
    }
  }

  // MARK: Level signals

  private mutating func readOccasionalAndSupervised() {
    for index in tokens.indices where tokens[index].isLexical {
      if let end = occasionalCue(at: index) {
        signals.append(.init(kind: .occasional, tokens: index...end))
      }
      if classes[index].contains(.startsSupervised),
        let length = FrenchLexicon.supervisedIndex.match(tokens, at: index)
      {
        signals.append(.init(kind: .supervised, tokens: index...(index + length - 1)))
      }
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
    if folded[index] == "depuis", index + 2 < tokens.count,
      classes[index + 2].contains(.shortDurationUnit)
    {
      let amount = tokens[index + 1]
      if classes[index + 1].contains(.smallNumberWord) { return index + 2 }
      if amount.kind == .number, let value = Double(amount.folded), value <= 6 {
        return index + 2
      }
    }
    guard classes[index].contains(.startsOccasional) else { return nil }
    return FrenchLexicon.occasionalIndex.match(tokens, at: index).map { index + $0 - 1 }
  }

  /// Frequencies, numbers, named tools, sources and clients, durations — outside any
  /// discounted scope.
  private mutating func readConcrete() {
    var isSentenceStart = Array(repeating: false, count: tokens.count)
    for sentence in sentences {
      if let first = firstLexical(in: sentence) { isSentenceStart[first] = true }
    }
    for index in tokens.indices where tokens[index].isLexical && discounts[index] == nil {
      let token = tokens[index]
      let word = folded[index]
      var end: Int?
      if token.kind == .number {
        end = index
      } else if word == "chaque", index + 1 < tokens.count, tokens[index + 1].isLexical {
        end = index + 1
      } else if word == "tous" || word == "toutes", index + 2 < tokens.count,
        folded[index + 1] == "les",
        classes[index + 2].contains(.timeUnit) || tokens[index + 2].kind == .number
      {
        end = index + 2
      } else if word == "par", index + 1 < tokens.count,
        classes[index + 1].contains(.timeUnit)
      {
        end = index + 1
      } else if !classes[index].isDisjoint(with: [.frequencyWord, .knownTool]) {
        end = index
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

  // MARK: Justifications

  /// Finds the justification markers not in a discounted scope, and numbers the sentences.
  private mutating func readJustifications() {
    sentenceOfToken = Array(repeating: -1, count: tokens.count)
    for (number, sentence) in sentences.enumerated() {
      for index in sentence { sentenceOfToken[index] = number }
    }
    for index in tokens.indices where tokens[index].isLexical && discounts[index] == nil {
      if let length = FrenchLexicon.justificationIndex.match(tokens, at: index) {
        justifications.append(index...(index + length - 1))
      } else if isPurposeClause(at: index) {
        justifications.append(index...(index + 1))
      }
    }
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
    for index in range where discounts[index] == nil { discounts[index] = discount }
  }
}
