import Foundation

@testable import RepereCore

/// A small dialogue for tests: two competences, three blocks, a defective block and a
/// recap item set by hand, shaped like the bundled guide.
enum InterviewFixture {
  static let dialogue = Dialogue(
    id: "fixture", title: "CQP Fixture", version: "1", source: nil,
    opening: Opening(
      presentation: GuideText("Présentation du CQP."),
      reminder: GuideText("Ce n’est pas un examen."),
      questions: [
        OpeningQuestion(id: "parcours", text: "Votre parcours ?"),
        OpeningQuestion(id: "motivation", text: "Votre motivation ?"),
      ]),
    levels: [
      Level(id: .totalite, label: "En totalité"),
      Level(id: .partiellement, label: "Partiellement"),
      Level(id: .pasDuTout, label: "Pas du tout"),
    ],
    means: [
      Means(id: "formation", label: "Suivi d'une formation"),
      Means(id: "pratique", label: "Pratique professionnelle"),
    ],
    competences: [
      Competence(
        id: "C1", title: GuideText("Vendre"),
        blocks: [
          block(
            "C1.1", title: "Prospection", questions: 2,
            criteria: [("fichier", ["fichier", "crm"]), ("relance", ["relance", "rappel"])]),
          block(
            "C1.2", title: "Négociation", questions: 1, criteria: [("prix", ["prix", "remise"])]),
        ]),
      Competence(
        id: "C2", title: GuideText("Conseiller"),
        blocks: [
          block(
            "C2.1", title: "Offre adaptée", questions: 1,
            criteria: [("besoin", ["besoin", "cahier"])],
            defect: "Critères d’une autre qualification.")
        ]),
    ],
    recap: Recap(competences: [
      RecapCompetence(
        competence: "C1",
        items: [
          RecapItem(id: "C1.r1", label: GuideText("la prospection"), block: "C1.1"),
          RecapItem(id: "C1.r2", label: GuideText("la négociation"), block: "C1.2"),
        ]),
      RecapCompetence(
        competence: "C2",
        items: [
          RecapItem(id: "C2.r1", label: GuideText("l’offre adaptée"), block: "C2.1"),
          RecapItem(
            id: "C2.r2", label: GuideText("l’identification des risques"), block: nil,
            note: "aucun bloc du guide"),
        ]),
    ]))

  private static func block(
    _ id: String, title: String, questions: Int, criteria: [(String, [String])],
    defect: String? = nil
  ) -> Block {
    let built = criteria.enumerated().map { index, criterion in
      Criterion(
        id: "\(id).c\(index + 1)", text: GuideText("Critère \(criterion.0)"), label: criterion.0,
        evidence: criterion.1, probe: "Un exemple de \(criterion.0) ?")
    }
    return Block(
      id: id, title: GuideText(title), gate: GuideText("Faites-vous : \(title.lowercased()) ?"),
      questions: (1...questions).map { GuideText("\(title) : question \($0) ?") },
      requiredCompetences: [GuideText("Savoir faire \(title.lowercased())")],
      criteria: built, trainingNeed: GuideText("Besoins en formation sur \(title.lowercased())"),
      defect: defect.map { SourceDefect(note: $0) })
  }
}

/// A deterministic suggester: a criterion is covered when an answer contains one of its
/// terms; all covered → En totalité, some → Partiellement, none → Pas du tout.
struct FakeSuggester: PositioningSuggester {
  func assess(block: Block, gate: Bool, answers: [String]) -> BlockAssessment {
    let criteria = block.assessedCriteria.map { criterion in
      var hits: [EvidenceHit] = []
      for (index, answer) in answers.enumerated() {
        let lowered = answer.lowercased()
        for term in criterion.evidence where lowered.contains(term) {
          hits.append(
            EvidenceHit(
              criterion: criterion.id, term: term, answer: index, span: 0..<term.count, text: term))
        }
      }
      return CriterionAssessment(
        criterion: criterion.id, hits: gate ? hits : [], counterSignals: [])
    }
    let covered = criteria.filter(\.isCovered).count
    let level: LevelID =
      covered == criteria.count ? .totalite : covered == 0 ? .pasDuTout : .partiellement
    let missing = criteria.filter { !$0.isCovered }.map(\.criterion)
    let reason =
      missing.isEmpty
      ? "Tous les critères sont illustrés." : "Manque : \(missing.joined(separator: ", "))."
    return BlockAssessment(
      block: block.id, level: level, criteria: criteria, reason: reason, signals: [])
  }

  /// Why a suggestion is unsure: an answer holds the word « incertain ».
  static let uncertainBecause = "réponse marquée « incertain »"

  /// `low` when an answer holds « incertain », else `high`.
  func confidence(
    of assessment: BlockAssessment, block: Block, gate: Bool, answers: [String]
  ) -> SuggestionConfidence {
    answers.contains { $0.contains("incertain") }
      ? SuggestionConfidence(level: .low, score: 0.4, uncertainBecause: Self.uncertainBecause)
      : SuggestionConfidence(level: .high, score: 0.9)
  }
}

/// Drives an interview with lines and a fixed clock, one minute per line.
struct Driver {
  var interview: Interview
  var clock = Date(timeIntervalSince1970: 1_773_050_400)  // 2026-03-09 10:00 UTC
  var log: [String] = []

  init(
    dialogue: Dialogue = InterviewFixture.dialogue,
    suggester: any PositioningSuggester = FakeSuggester()
  ) {
    interview = Interview(dialogue: dialogue, suggester: suggester)
  }

  /// Starts and returns the events.
  @discardableResult
  mutating func start() -> [InterviewEvent] {
    let events = interview.start(at: clock)
    log += events.map { $0.jsonLine() }
    return events
  }

  /// Feeds one line and returns the events.
  @discardableResult
  mutating func send(_ line: String) -> [InterviewEvent] {
    clock += 60
    let events = interview.receive(line, at: clock)
    log.append(#"{"input":"# + jsonEscaped(line) + "}")
    log += events.map { $0.jsonLine() }
    return events
  }

  /// Feeds lines in order; returns the events of the last one.
  @discardableResult
  mutating func send(_ lines: [String]) -> [InterviewEvent] {
    var last: [InterviewEvent] = []
    for line in lines { last = send(line) }
    return last
  }

  private func jsonEscaped(_ text: String) -> String {
    let data = try! InterviewEvent.makeEncoder().encode(text)
    return String(decoding: data, as: UTF8.self)
  }
}

/// The identity and opening lines of a standard session.
let openingLines = [
  "Martin", "Claire", "Chimica", "Durand", "Paul", "Chimica", "Tuteur", "Petit", "Anne",
  "OPCO 2i", "Évaluatrice", "Dix ans de vente.", "",
]
