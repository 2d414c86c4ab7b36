import Foundation
import Testing

@testable import RepereCore

/// `repere anonymiser`: no name, company or initial of the original anywhere in the copy.
@Suite struct AnonymisationTests {
  /// A session whose people have accented, compound names, mentioned in every form.
  static func namedSession() -> TranscriptRecorder {
    var recorder = TranscriptRecorder(signingKey: ReviewFixture.evaluatorKey.publicKey.fingerprint)
    recorder.send([
      "Lefèvre-Dubois", "Élodie", "Rhodanor Chimie SAS", "Garnier", "Jean-Marc",
      "Rhodanor Chimie SAS",
      "Tuteur", "Nguyen", "Anne", "OPCO 2i", "Évaluatrice",
      "ELODIE a commencé chez Rhodanor en 2018 ; le dossier d’Élodie est chez RCS.", "",
    ])
    recorder.send([
      "oui", "Je tiens le fichier dans le CRM, comme Garnier me l’a appris.",
      "Rien d’autre. Signé E.L.", "", "t", "Vu avec J.-M. Garnier et G. Garnier.",
      "/note elodie est à l’aise ; JG confirme ; rhodanor l’a formée ; Lefevre Dubois, EL.",
      "oui", "Chez RHODANOR je négocie le prix.", "", "oui", "Le besoin de nguyen.", "", "oui",
      "Rien.", "les deux",
    ])
    recorder.sign(with: ReviewFixture.evaluatorKey)
    return recorder
  }

  static let names = [
    "Lefèvre", "Lefevre", "Dubois", "Élodie", "Elodie", "Rhodanor", "Garnier", "Jean-Marc",
    "Jean", "Marc", "Nguyen", "Anne", "OPCO 2i",
  ]
  static let initials = ["E.L.", "EL", "JG", "J.-M.", "G. Garnier", "RCS"]

  private func anonymised() throws -> (TranscriptAnonymiser.Result, TranscriptRecorder) {
    let recorder = Self.namedSession()
    let parsed = ReviewFixture.parse(recorder.text)
    let result = try TranscriptAnonymiser.anonymise(
      parsed, identity: recorder.interview.record.identity,
      sourceSHA256: ContentHash.sha256(recorder.text))
    return (result, recorder)
  }

  @Test func noNameCompanyOrInitialIsLeftAnywhere() throws {
    let (result, recorder) = try anonymised()
    // The original does hold every one of them: the search below can fail.
    let original = recorder.text.caseAndAccentFolded
    for name in Self.names { #expect(original.contains(name.caseAndAccentFolded), "\(name)") }
    let copy = result.text.caseAndAccentFolded
    for name in Self.names {
      #expect(!copy.contains(name.caseAndAccentFolded), "« \(name) » left in the copy")
    }
    for initial in Self.initials {
      #expect(recorder.text.contains(initial), "\(initial) not in the original")
      #expect(!wordOccurs(initial, in: result.text), "« \(initial) » left in the copy")
    }
  }

  /// Whether `word` occurs in `text` not inside a longer word.
  private func wordOccurs(_ word: String, in text: String) -> Bool {
    var searchRange = text.startIndex..<text.endIndex
    while let range = text.range(of: word, range: searchRange) {
      let before =
        range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
      let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
      let boundaryBefore = !(before?.isLetter ?? false || before?.isNumber ?? false)
      let boundaryAfter =
        !(word.last?.isLetter ?? false) || !(after?.isLetter ?? false || after?.isNumber ?? false)
      if boundaryBefore && boundaryAfter { return true }
      searchRange = range.upperBound..<text.endIndex
    }
    return false
  }

  @Test func copyHasAValidChainSaysWhereItComesFromAndCarriesNoSignature() throws {
    let (result, recorder) = try anonymised()
    let parsed = ReviewFixture.parse(result.text)
    #expect(parsed.issues.isEmpty)
    #expect(parsed.tornLine == nil)
    let start = try #require(parsed.sessionStart?.start)
    #expect(start.anonymisedFrom == ContentHash.sha256(recorder.text))
    #expect(start.signingKey == nil)
    #expect(!parsed.records.contains { $0.entry.type == "signature" })
    #expect(result.droppedLines == [recorder.lines.count])
    #expect(TranscriptVerification.verify(parsed, trustedKeys: nil, engine: nil).isIntact)
  }

  @Test func copyReplaysWithThePseudonyms() throws {
    let (result, _) = try anonymised()
    let parsed = ReviewFixture.parse(result.text)
    let reading = try TranscriptReading(
      parsed, dialogue: InterviewFixture.dialogue, suggester: FakeSuggester())
    #expect(reading.record.identity.candidate.nom == "Candidat")
    #expect(reading.record.identity.candidate.prenom == "Alex")
    #expect(reading.record.identity.candidate.entreprise == "Entreprise-A")
    #expect(reading.record.identity.intervenant2.entreprise == "Entreprise-B")
    #expect(reading.isFinished)
    let script = ReplayScript(parsed)
    #expect(script.steps.count == 1 + parsed.inputs.count)
  }

  @Test func pseudonymsAreStableAndTheTableNamesEveryName() throws {
    let (first, _) = try anonymised()
    let (second, _) = try anonymised()
    #expect(first.text == second.text)
    let table = first.table.entries.map { "\($0.role)=\($0.original)→\($0.pseudonym)" }
    #expect(table.contains("candidat, nom=Lefèvre-Dubois→Candidat"))
    #expect(table.contains("candidat, prénom=Élodie→Alex"))
    #expect(table.contains("entreprise=Rhodanor Chimie SAS→Entreprise-A"))
    #expect(table.contains("entreprise=OPCO 2i→Entreprise-B"))
    #expect(table.contains("intervenant 1, nom=Garnier→Intervenant-Un"))
  }

  @Test func wordsThatOnlyContainANameAreKept() {
    let replacer = NameReplacer(rules: [NameReplacer.Rule(name: "Anne", replacement: "Lou")])
    #expect(
      replacer.replace(in: "Anne, l’année d’Anne ; ANNE ; annexe")
        == "Lou, l’année d’Lou ; Lou ; annexe")
    let exact = NameReplacer(rules: [NameReplacer.Rule(name: "EL", replacement: "AC", exact: true)])
    #expect(exact.replace(in: "EL et el, ELLE") == "AC et el, ELLE")
  }

  @Test func brokenTranscriptIsRefusedInFrench() {
    var lines = ReviewFixture.lines(Self.namedSession().text)
    lines.remove(at: 5)
    let parsed = ReviewFixture.parse(ReviewFixture.join(lines))
    #expect(throws: AnonymisationError.integrity(parsed.issues[0])) {
      try TranscriptAnonymiser.anonymise(parsed, identity: Identity(), sourceSHA256: "00")
    }
    #expect(
      AnonymisationError.integrity(parsed.issues[0]).description
        == "ligne 6 : la chaîne d’intégrité est rompue (la ligne 5 a été modifiée, ou des lignes "
        + "ont été supprimées ou déplacées) ; une transcription dont la chaîne est rompue n’est "
        + "pas anonymisée")
    #expect(
      AnonymisationError.missingStart.description
        == "la première ligne n’est pas le début d’une session (session_started)")
    #expect(
      AnonymisationError.rewrite(line: 3).description
        == "ligne 3 : son texte n’a pas pu être réécrit ; aucune copie n’est écrite")
  }
}
