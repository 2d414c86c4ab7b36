import Foundation
import RepereBundledGuide
import Testing

@testable import RepereCore

/// The recap's appendix « Préparation du candidat » (`repere bilan --preparation`): the
/// preparation of ``PreparationGoldenTests`` brought to an interview on the bundled guide,
/// the recap with the appendix in every format (golden files), the reading of each block,
/// and the preparation files refused. Re-record with `REPERE_RECORD_GOLDEN=1`.
@Suite struct PreparationAppendixTests {
  private static let dialogue = BundledGuide.dialogue
  private static let guide = GuideIdentity(
    id: dialogue.id, version: dialogue.version, sha256: TranscriptRecorder.dialogueSHA256,
    source: "(intégré)")

  /// The interview the preparation was brought to (its hash in `session_started`, or none):
  /// C1.1 « Partiellement » (vague at the preparation), C1.2 « Pas du tout » (a criterion
  /// illustrated at the preparation), C1.3 « En totalité » (retried), every other block
  /// answered « non ».
  static func interview(preparationSHA256: String?) -> TranscriptRecorder {
    var recorder = TranscriptRecorder(
      Interview(dialogue: dialogue, suggester: EvidenceFixture.bundledSuggester),
      dialogue: dialogue, preparationSHA256: preparationSHA256)
    let fixed = [
      "identity.candidate.nom": "Lefèvre", "identity.candidate.prenom": "Julie",
      "identity.candidate.entreprise": "Chimica SAS", "identity.intervenant1.nom": "Durand",
      "identity.intervenant1.prenom": "Paul", "identity.intervenant1.entreprise": "Chimica SAS",
      "identity.intervenant1.fonction": "Responsable commercial",
      "identity.intervenant2.nom": "Petit", "identity.intervenant2.prenom": "Anne",
      "identity.intervenant2.entreprise": "OPCO 2i",
      "identity.intervenant2.fonction": "Évaluatrice",
      "C1.1.position": "p", "C1.2.position": "pdt", "C1.3.position": "t",
      "C5.r4.manual": "oui", "C5.r4.note": "Analyse des risques jamais pratiquée seule.",
    ]
    let practised = ["C1.1", "C1.2", "C1.3"]
    recorder.answerAll { id in
      if let answer = fixed[id] { return answer }
      let block = String(id.split(separator: ".").prefix(2).joined(separator: "."))
      if id.hasSuffix(".gate") { return practised.contains(block) ? "oui" : "non" }
      if id.hasSuffix(".position") { return "pdt" }
      if id.hasSuffix(".override_reason") { return "Décidé avec les exemples de l’entretien." }
      if id.hasSuffix(".means") { return "formation" }
      if id.contains(".q") {
        return "Je le fais chaque semaine pour mes clients, avec le CRM et les fiches produits."
      }
      return ""
    }
    return recorder
  }

  /// The recap of the interview with the appendix of the golden preparation.
  static func documentWithPreparation() throws -> RecapDocument {
    let preparation = try PreparationGoldenTests.session().text
    let interview = interview(preparationSHA256: ContentHash.sha256(preparation))
    var (document, result) = try appendix(preparation: preparation, interview: interview)
    document.preparation = try result.get()
    return document
  }

  static func appendix(
    preparation: String, interview: TranscriptRecorder, fileName: String = "preparation.jsonl"
  ) throws -> (RecapDocument, Result<PreparationAppendix, PreparedAnswers.Refusal>) {
    let parsed = TranscriptParser.parse(Data(interview.text.utf8))
    let document = try TranscriptRecap.compile(
      parsed, fileName: "entretien.jsonl", dialogue: dialogue, guide: guide,
      suggester: EvidenceFixture.bundledSuggester, force: false)
    let start = try #require(parsed.sessionStart?.start)
    let result = Result(catching: { () throws(PreparedAnswers.Refusal) in
      try PreparationAppendix.read(
        Array(preparation.utf8), fileName: fileName, interview: start, recap: document.recap,
        dialogue: dialogue, sha256: guide.sha256, suggester: EvidenceFixture.bundledSuggester)
    })
    return (document, result)
  }

  @Test func theRecapWithItsPreparationInEveryFormat() throws {
    let preparation = try PreparationGoldenTests.session().text
    let interview = Self.interview(preparationSHA256: ContentHash.sha256(preparation))
    #expect(interview.interview.isFinished)
    assertGolden(interview.text, named: "recap-preparation.jsonl")
    var (document, result) = try Self.appendix(preparation: preparation, interview: interview)
    document.preparation = try result.get()
    assertGolden(RecapTextRenderer().render(document), named: "recap-preparation.txt")
    assertGolden(RecapMarkdownRenderer().render(document), named: "recap-preparation.md")
    assertGolden(try RecapHTMLRenderer().render(document), named: "recap-preparation.html")
    assertGolden(RecapJSONRenderer().render(document), named: "recap-preparation.json")

    // Each block: the preparation's latest attempt, the decision, the reading.
    let appendix = try #require(document.preparation)
    #expect(appendix.sha256 == ContentHash.sha256(preparation))
    #expect(appendix.fileName == "preparation.jsonl")
    #expect(appendix.blocks.map(\.block) == Self.dialogue.blocks.map(\.id))
    let byBlock = Dictionary(uniqueKeysWithValues: appendix.blocks.map { ($0.block, $0) })
    let c13 = try #require(byBlock["C1.3"])
    #expect(c13.attempts == 2)
    #expect(c13.decided == .totalite)
    #expect(c13.reading == .confirmed)
    #expect(byBlock["C1.2"]?.decided == .pasDuTout)
    #expect(byBlock["C1.2"]?.reading == .notConfirmed)
    #expect(byBlock["C1.1"]?.decided == .partiellement)
    #expect(byBlock["C2.1"]?.reading == .notPrepared)
    #expect(appendix.preparedCount == 3)
    // Without --preparation, the recap is unchanged: no appendix in any format.
    document.preparation = nil
    #expect(!RecapTextRenderer().render(document).contains(RecapWording.preparationHeading))
    #expect(!RecapJSONRenderer().render(document).contains("\"preparation\""))
  }

  /// Whether practised, criteria illustrated of 3, the decision, and the reading expected.
  private static let readings: [(Bool, Int, LevelID?, PreparationComparison.Reading)] = [
    (false, 0, .totalite, .notPrepared),
    (true, 2, nil, .notPositioned),
    (true, 3, .totalite, .confirmed),
    (true, 1, .partiellement, .confirmed),
    (true, 1, .totalite, .confirmed),
    (true, 3, .partiellement, .notConfirmed),
    (true, 1, .pasDuTout, .notConfirmed),
    (true, 0, .partiellement, .shownAtInterview),
    (true, 0, .pasDuTout, .notIllustrated),
  ]

  @Test func theReadingOfABlock() {
    for (prepared, illustrated, decided, expected) in Self.readings {
      #expect(
        PreparationComparison.reading(
          prepared: prepared, illustrated: illustrated, criteria: 3, decided: decided)
          == expected, "\(prepared) \(illustrated) \(String(describing: decided))")
    }
    #expect(Set(Self.readings.map(\.3)) == Set(PreparationComparison.Reading.allCases))
  }

  @Test func theSummaryCountsInFrench() {
    let date = Date(timeIntervalSince1970: 1_773_050_400)
    func summary(prepared: Int, confirmed: Int) -> String {
      let blocks = (0..<4).map { index in
        PreparationComparison(
          block: "C1.\(index + 1)", title: "Bloc", attempts: index < prepared ? 1 : 0,
          latest: nil, decided: nil)
      }
      var appendix = PreparationAppendix(
        fileName: "p.jsonl", sha256: "ab", date: date, blocks: blocks)
      for index in 0..<4 {
        appendix.blocks[index].attempts = index < prepared ? 1 : 0
        appendix.blocks[index].reading =
          index < confirmed ? .confirmed : index < prepared ? .notConfirmed : .notPrepared
      }
      return RecapWording.preparationSummary(appendix, timeZone: .gmt)
    }
    #expect(summary(prepared: 0, confirmed: 0).contains(" Aucun bloc préparé sur 4. "))
    #expect(summary(prepared: 1, confirmed: 0).contains(" 1 bloc préparé sur 4, aucun confirmé à "))
    #expect(
      summary(prepared: 1, confirmed: 1).contains(" 1 bloc préparé sur 4, dont 1 confirmé à "))
    #expect(
      summary(prepared: 3, confirmed: 2).contains(" 3 blocs préparés sur 4, dont 2 confirmés à "))
    #expect(
      summary(prepared: 0, confirmed: 0).hasPrefix(
        "Préparation du 09/03/2026, fichier p.jsonl, celle que l’entretien a enregistrée "
          + "(SHA-256 ab)."))
  }

  @Test func everyReadingIsWordedInFrench() {
    let words = PreparationComparison.Reading.allCases.map(RecapWording.reading)
    #expect(Set(words).count == PreparationComparison.Reading.allCases.count)
    #expect(words.contains("préparé et confirmé"))
    #expect(words.contains("préparé, non confirmé à l’entretien"))
    #expect(words.contains("non préparé"))
  }

  @Test func anInterviewWithoutAPreparationHasNothingToCompare() throws {
    let preparation = try PreparationGoldenTests.session().text
    let (_, result) = try Self.appendix(
      preparation: preparation, interview: Self.interview(preparationSHA256: nil))
    #expect(throws: PreparedAnswers.Refusal.notRecorded) { try result.get() }
    #expect(
      PreparedAnswers.Refusal.notRecorded.description
        == "l’entretien n’a enregistré aucune préparation (il a été commencé sans --preparation) : "
        + "retirez --preparation.")
  }

  @Test func anotherPreparationIsRefusedByItsHash() throws {
    let preparation = try PreparationGoldenTests.session().text
    let recorded = ContentHash.sha256(preparation)
    // Another preparation, intact and on the same guide.
    let selection = try PreparationSelection.resolve(
      Self.dialogue, competences: [], blocks: ["C1.1"])
    var other = ConversationRecorder(
      Preparation(
        dialogue: Self.dialogue, suggester: EvidenceFixture.bundledSuggester,
        selection: selection),
      dialogue: Self.dialogue, blocks: ["C1.1"])
    other.send(["Lefèvre", "Julie", "non"])
    let (_, result) = try Self.appendix(
      preparation: other.text, interview: Self.interview(preparationSHA256: recorded))
    let actual = ContentHash.sha256(other.text)
    #expect(throws: PreparedAnswers.Refusal.notTheOneBrought(recorded: recorded, actual: actual)) {
      try result.get()
    }
    #expect(
      PreparedAnswers.Refusal.notTheOneBrought(recorded: recorded, actual: actual).description
        == "ce n’est pas le fichier apporté à l’entretien : son SHA-256 est \(actual), "
        + "l’entretien a enregistré \(recorded). Indiquez la préparation telle que le candidat "
        + "l’a remise à l’entretien.")
  }

  @Test func anEditedFileOrAnInterviewIsRefused() throws {
    let preparation = try PreparationGoldenTests.session().text
    let interview = Self.interview(preparationSHA256: ContentHash.sha256(preparation))
    let edited = preparation.replacingOccurrences(of: "Ça dépend.", with: "Ça dépend du client.")
    #expect(edited != preparation)
    let (_, broken) = try Self.appendix(preparation: edited, interview: interview)
    #expect {
      try broken.get()
    } throws: { error in
      guard case .integrity(let issue) = error as? PreparedAnswers.Refusal else { return false }
      return issue.kind == .brokenChain
        && (error as? PreparedAnswers.Refusal)?.description.hasSuffix(
          "Elle a pu être modifiée après coup : demandez au candidat le fichier tel que repere "
            + "preparation l’a écrit.") == true
    }
    let (_, notAPreparation) = try Self.appendix(preparation: interview.text, interview: interview)
    #expect(throws: PreparedAnswers.Refusal.notAPreparation) { try notAPreparation.get() }
  }
}
