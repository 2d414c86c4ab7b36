/// The word lists of ``FrenchLexicon`` a folded word belongs to, as bits.
///
/// Reading an answer's context asks a dozen list questions of every token; looking the
/// word up once in ``FrenchLexicon/classesByWord`` answers them all with bit tests. The
/// table is derived from the lists themselves, so they stay the one place to edit words.
struct LexiconClasses: OptionSet, Sendable {
  let rawValue: UInt32

  static let elision = Self(rawValue: 1 << 0)
  static let stopWord = Self(rawValue: 1 << 1)
  static let determiner = Self(rawValue: 1 << 2)
  static let subjectPronoun = Self(rawValue: 1 << 3)
  static let clitic = Self(rawValue: 1 << 4)
  static let negationPartner = Self(rawValue: 1 << 5)
  static let standaloneNegation = Self(rawValue: 1 << 6)
  static let clauseOpener = Self(rawValue: 1 << 7)
  static let contrastOpener = Self(rawValue: 1 << 8)
  /// First word of a two-word contrast (« par » of « par contre »).
  static let contrastFirstWord = Self(rawValue: 1 << 9)
  static let notConditional = Self(rawValue: 1 << 10)
  static let trainingOnlyMarker = Self(rawValue: 1 << 11)
  static let otherActor = Self(rawValue: 1 << 12)
  static let notOccasionalAfterOnce = Self(rawValue: 1 << 13)
  static let smallNumberWord = Self(rawValue: 1 << 14)
  static let shortDurationUnit = Self(rawValue: 1 << 15)
  static let timeUnit = Self(rawValue: 1 << 16)
  static let frequencyWord = Self(rawValue: 1 << 17)
  static let knownTool = Self(rawValue: 1 << 18)
  static let capitalisedCommonWord = Self(rawValue: 1 << 19)
  /// First word of a hypothetical cue phrase.
  static let startsHypothetical = Self(rawValue: 1 << 20)
  /// First word of a someone-else cue phrase.
  static let startsSomeoneElse = Self(rawValue: 1 << 21)
  /// First word of an occasional-practice cue phrase.
  static let startsOccasional = Self(rawValue: 1 << 22)
  /// First word of a supervised-practice cue phrase.
  static let startsSupervised = Self(rawValue: 1 << 23)
  /// First word of a recent-practice cue phrase.
  static let startsRecent = Self(rawValue: 1 << 24)
  /// First word of a single-occasion cue phrase.
  static let startsOnce = Self(rawValue: 1 << 25)
  static let monthName = Self(rawValue: 1 << 26)
  /// First word of a generic-filler cue phrase.
  static let startsVague = Self(rawValue: 1 << 27)
  /// « je », « moi », « mon »…: the candidate speaking.
  static let firstPersonWord = Self(rawValue: 1 << 28)
  /// « Cand. », « candidate »: the candidate named in a note.
  static let candidateWord = Self(rawValue: 1 << 29)
  /// Words that put the candidate or their team in a sentence (« je », « on », « nous »).
  static let candidateMarker = Self(rawValue: 1 << 30)
  /// Words that may start a concrete detail or a duration (« chaque », « depuis », « ai »).
  static let detailTrigger = Self(rawValue: 1 << 31)
}

extension FrenchLexicon {
  /// The classes of every word of the lists; words in none are absent.
  static let classesByWord: [String: LexiconClasses] = {
    var table: [String: LexiconClasses] = [:]
    func add(_ words: some Sequence<String>, _ classes: LexiconClasses) {
      for word in words { table[word, default: []].formUnion(classes) }
    }
    add(elisions, .elision)
    add(stopWords, .stopWord)
    add(determiners, .determiner)
    add(subjectPronouns, .subjectPronoun)
    add(clitics, .clitic)
    add(negationPartners, .negationPartner)
    add(standaloneNegations, .standaloneNegation)
    add(clauseOpeners, .clauseOpener)
    add(contrastOpeners, .contrastOpener)
    add(contrastSecondWords.keys, .contrastFirstWord)
    add(notConditionals, .notConditional)
    add(trainingOnlyMarkers, .trainingOnlyMarker)
    add(otherActors, .otherActor)
    add(notOccasionalAfterOnce, .notOccasionalAfterOnce)
    add(smallNumberWords, .smallNumberWord)
    add(shortDurationUnits, .shortDurationUnit)
    add(timeUnits, .timeUnit)
    add(frequencyWords, .frequencyWord)
    add(knownTools, .knownTool)
    add(capitalisedCommonWords, .capitalisedCommonWord)
    add(hypotheticalPhrases.compactMap(\.first), .startsHypothetical)
    add(someoneElsePhrases.compactMap(\.first), .startsSomeoneElse)
    add(occasionalPhrases.compactMap(\.first), .startsOccasional)
    add(supervisedPhrases.compactMap(\.first), .startsSupervised)
    add(recentPhrases.compactMap(\.first), .startsRecent)
    add(oncePhrases.compactMap(\.first), .startsOnce)
    add(monthNames, .monthName)
    add(vaguePhrases.compactMap(\.first), .startsVague)
    add(firstPersonWords, .firstPersonWord)
    add(candidateWords, .candidateWord)
    add(candidateMarkers, .candidateMarker)
    add(detailTriggers, .detailTrigger)
    return table
  }()

  /// The lists `folded` belongs to (none for most words).
  static func classes(of folded: String) -> LexiconClasses {
    classesByWord[folded] ?? []
  }
}
