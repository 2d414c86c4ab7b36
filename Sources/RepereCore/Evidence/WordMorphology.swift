/// What the French dictionary says about one word form: its lemma, its parts of speech and,
/// for a verb, its mood, tense and person.
///
/// Built from hunspell's analyses (« st:proposer po:v1_it_q__a po:cond po:1sg po:2sg »).
/// A form may have several readings (« fait »: a noun, a present, a participle); the tags
/// are their union, except the moods and tenses that decide a reading of the practice
/// (conditional, future, imperfect), which are set only when every verbal reading has
/// them, so that an ambiguous form never turns a practice into a hypothesis.
public struct WordMorphology: Sendable, Equatable {
  /// The lemma of the first verbal reading, else of the first reading (« vérifierais » →
  /// « vérifier »); `nil` for a word the dictionary does not know.
  public var lemma: String?
  /// Parts of speech, moods, tenses and persons.
  public var tags: Tags

  /// A word the dictionary does not know.
  public static let unknown = WordMorphology(lemma: nil, tags: [])

  public init(lemma: String?, tags: Tags) {
    self.lemma = lemma
    self.tags = tags
  }

  /// Whether the dictionary knows the word.
  public var isKnown: Bool { lemma != nil }

  /// Parts of speech, moods, tenses and persons, as bits.
  public struct Tags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let verb = Tags(rawValue: 1 << 0)
    public static let noun = Tags(rawValue: 1 << 1)
    public static let adjective = Tags(rawValue: 1 << 2)
    public static let adverb = Tags(rawValue: 1 << 3)
    public static let properNoun = Tags(rawValue: 1 << 4)
    /// An article or another determiner (« du », « la »).
    public static let determiner = Tags(rawValue: 1 << 5)
    public static let preposition = Tags(rawValue: 1 << 6)
    /// A grammatical word (`po:mg`): article, pronoun, preposition, conjunction.
    public static let functionWord = Tags(rawValue: 1 << 7)
    public static let subjectPronoun = Tags(rawValue: 1 << 8)
    /// Every verbal reading is a conditional (« pourrais », « faudrait »).
    public static let conditional = Tags(rawValue: 1 << 9)
    /// Every verbal reading is a simple future (« vérifierai »).
    public static let future = Tags(rawValue: 1 << 10)
    /// Every verbal reading is an imperfect (« devais », « donnait »).
    public static let imperfect = Tags(rawValue: 1 << 11)
    /// A present indicative reading.
    public static let present = Tags(rawValue: 1 << 12)
    /// A past participle reading.
    public static let pastParticiple = Tags(rawValue: 1 << 13)
    /// An infinitive reading.
    public static let infinitive = Tags(rawValue: 1 << 14)
    /// A first-person-singular reading (verb or pronoun).
    public static let firstSingular = Tags(rawValue: 1 << 15)
    /// A third-person reading (verb or pronoun).
    public static let thirdPerson = Tags(rawValue: 1 << 16)
    /// A first-person-plural reading.
    public static let firstPlural = Tags(rawValue: 1 << 17)
    /// The dictionary knows the word.
    public static let known = Tags(rawValue: 1 << 18)
  }

  /// Merges hunspell's analyses of one word (one string per reading).
  public init(analyses: [String]) {
    var lemma: String?
    var verbLemma: String?
    var tags: Tags = []
    var verbReadings = 0
    var conditional = 0
    var future = 0
    var imperfect = 0
    for analysis in analyses {
      var readingLemma: String?
      var isVerb = false
      for field in analysis.split(separator: " ") {
        if field.hasPrefix("st:") {
          readingLemma = String(field.dropFirst(3))
          continue
        }
        guard field.hasPrefix("po:") else { continue }
        let value = field.dropFirst(3)
        if value.hasPrefix("v") && value.count > 3 && value.contains("_") {
          isVerb = true
          tags.insert(.verb)
          continue
        }
        switch value {
        case "nom": tags.insert(.noun)
        case "adj": tags.insert(.adjective)
        case "adv": tags.insert(.adverb)
        case "npr", "prn", "patr": tags.insert(.properNoun)
        case "det", "detpos", "detdem", "detind", "detneg", "detex": tags.insert(.determiner)
        case "prep": tags.insert(.preposition)
        case "mg": tags.insert(.functionWord)
        case "propersuj": tags.insert(.subjectPronoun)
        case "cond": conditional += 1
        case "ifut": future += 1
        case "iimp": imperfect += 1
        case "ipre": tags.insert(.present)
        case "ppas": tags.insert(.pastParticiple)
        case "infi": tags.insert(.infinitive)
        case "1sg": tags.insert(.firstSingular)
        case "1pe": tags.insert(.firstSingular)
        case "3sg", "3pl", "3pe": tags.insert(.thirdPerson)
        case "1pl": tags.insert(.firstPlural)
        default: break
        }
      }
      if isVerb {
        verbReadings += 1
        if verbLemma == nil { verbLemma = readingLemma }
      }
      if lemma == nil { lemma = readingLemma }
    }
    if verbReadings > 0 {
      if conditional == verbReadings { tags.insert(.conditional) }
      if future == verbReadings { tags.insert(.future) }
      if imperfect == verbReadings { tags.insert(.imperfect) }
    }
    if !analyses.isEmpty { tags.insert(.known) }
    self.lemma = verbLemma ?? lemma
    self.tags = tags
  }
}
