import RepereBundledGuide

@testable import RepereCore

/// A hand-built block and engine for the evidence tests.
enum EvidenceFixture {
  static let stemmer = FrenchStemmer()!
  static let normaliser = FrenchNormaliser(stemmer: stemmer)

  /// A block on sector intelligence with three criteria.
  static let block = Block(
    id: "C9.1", title: GuideText("Veille"), gate: GuideText("Faites-vous de la veille ?"),
    questions: [GuideText("Quelles sources ?"), GuideText("Comment vérifiez-vous ?")],
    requiredCompetences: [GuideText("Recueillir des informations")],
    criteria: [
      Criterion(
        id: "C9.1.c1", text: GuideText("Les sources sont variées"), label: "sources variées",
        evidence: ["base de données", "réseaux sociaux", "salon", "Kompass", "presse"],
        probe: "Quelles sources utilisez-vous ?"),
      Criterion(
        id: "C9.1.c2", text: GuideText("Les informations sont vérifiées"),
        label: "fiabilité vérifiée",
        evidence: ["vérification", "recouper", "deuxième source", "confirmer", "fiable"],
        probe: "Comment vérifiez-vous ?"),
      Criterion(
        id: "C9.1.c3", text: GuideText("Les résultats sont suivis"), label: "tableau de bord",
        evidence: ["tableau de bord", "CA", "indicateur", "reporting", "KPI"],
        probe: "Quels indicateurs suivez-vous ?"),
    ],
    trainingNeed: GuideText("Besoins en formation sur la veille"))

  static let dialogue = Dialogue(
    id: "fixture", title: "Fixture", version: "1", source: nil,
    opening: Opening(presentation: GuideText(""), reminder: GuideText(""), questions: []),
    levels: [], means: [],
    competences: [Competence(id: "C9", title: GuideText("Veille"), blocks: [block])],
    recap: Recap(competences: []))

  static let suggester = try! EvidenceSuggester(dialogue: dialogue)

  /// The engine on the bundled guide.
  static let bundledSuggester = try! EvidenceSuggester(dialogue: BundledGuide.dialogue)

  /// The credited hits of one criterion for some answers.
  static func hits(_ criterion: String, _ answers: [String]) -> [EvidenceHit] {
    suggester.assess(block: block, gate: true, answers: answers).criteria
      .first { $0.criterion == criterion }?.hits ?? []
  }

  /// The kinds of the block-level signals for some answers, in order.
  static func signals(_ answers: [String]) -> [EvidenceSignal.Kind] {
    suggester.assess(block: block, gate: true, answers: answers).signals.map(\.kind)
  }

  /// The evidence gathered from some answers, before the level is chosen.
  static func evidence(_ answers: [String]) -> BlockEvidence {
    suggester.gather(block: block, answers: answers)
  }

  /// The counter-signals of one criterion for some answers.
  static func counters(_ criterion: String, _ answers: [String]) -> [EvidenceHit] {
    suggester.assess(block: block, gate: true, answers: answers).criteria
      .first { $0.criterion == criterion }?.counterSignals ?? []
  }
}
