/// What the words of a block's answers say about how well the engine could read them, for
/// the confidence of its suggestion.
public struct AnswerFacts: Sendable, Equatable {
  /// Words and numbers over all answers.
  public var words: Int
  /// Words the French dictionary does not know and the engine does not read as a shorthand,
  /// a name or a sigle (« cmde », « rdvs »), as written, at most a few.
  public var unreadWords: [String]
  /// How many such words there are.
  public var unreadCount: Int
  /// Words that name the candidate as the one acting: « je », « j’ », « moi », « mon »…, or
  /// « il », « elle », « Cand. » in an evaluator's note.
  public var candidateNamed: Int
  /// Words that name others acting: « on », « nous », « notre », « l’entreprise », « le
  /// service »…
  public var othersNamed: Int

  public init(
    words: Int, unreadWords: [String], unreadCount: Int, candidateNamed: Int, othersNamed: Int
  ) {
    self.words = words
    self.unreadWords = unreadWords
    self.unreadCount = unreadCount
    self.candidateNamed = candidateNamed
    self.othersNamed = othersNamed
  }

  /// Whether some word names the candidate.
  public var namesTheCandidate: Bool { candidateNamed > 0 }

  /// Most unread words quoted.
  static let quotedUnread = 3

  /// Folded words that name the candidate as the one acting.
  static let candidateWords: Set<String> = [
    "je", "j", "jai", "jle", "jla", "jme", "jsuis", "jfais", "moi", "me", "m", "mon", "ma", "mes",
    "perso", "il", "elle", "cand", "candidat", "candidate", "lui",
  ]

  /// Folded words that name others acting.
  static let othersWords: Set<String> = [
    "on", "nous", "notre", "nos", "ils", "elles", "entreprise", "societe", "service", "equipe",
    "direction", "collegue", "collegues",
  ]

  /// Unknown words that are pieces of a known word split at its apostrophe.
  static let knownPieces: Set<String> = ["aujourd", "hui", "quelqu"]

  /// Most letters of an unknown word read as a shorthand the engine does not know (longer
  /// unknown words are mostly words typed without their accents, which the engine reads).
  static let unreadLength = 6

  /// The facts of answers read as plain space-separated words, with no dictionary: every
  /// word is taken as read.
  public init(plain answers: [String]) {
    var words = 0
    var candidate = 0
    var others = 0
    for answer in answers {
      for word in answer.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
        words += 1
        let folded = word.lowercased()
        if Self.candidateWords.contains(folded) { candidate += 1 }
        if Self.othersWords.contains(folded) { others += 1 }
      }
    }
    self.init(
      words: words, unreadWords: [], unreadCount: 0, candidateNamed: candidate,
      othersNamed: others)
  }
}

extension EvidenceSuggester {
  /// How well the engine reads `answers`: their words, those it does not know, and whether
  /// they say who acts.
  public func answerFacts(_ answers: [String]) -> AnswerFacts {
    var words = 0
    var unread: [String] = []
    var unreadCount = 0
    var candidate = 0
    var others = 0
    for answer in answers {
      let analysis = normaliser.analyse(answer)
      for (index, token) in analysis.tokens.enumerated() where token.isLexical {
        words += 1
        if AnswerFacts.candidateWords.contains(token.folded) { candidate += 1 }
        if AnswerFacts.othersWords.contains(token.folded) { others += 1 }
        guard token.kind == .word, !token.isCapitalised, token.folded.count >= 2,
          token.folded.count <= AnswerFacts.unreadLength,
          !AnswerFacts.knownPieces.contains(token.folded),
          analysis.morphology[index].isEmpty, analysis.classes[index].isEmpty,
          ShorthandLexicon.indexByAbbreviation[token.folded] == nil
        else { continue }
        unreadCount += 1
        if unread.count < AnswerFacts.quotedUnread, !unread.contains(token.surface) {
          unread.append(token.surface)
        }
      }
    }
    return AnswerFacts(
      words: words, unreadWords: unread, unreadCount: unreadCount, candidateNamed: candidate,
      othersNamed: others)
  }
}
