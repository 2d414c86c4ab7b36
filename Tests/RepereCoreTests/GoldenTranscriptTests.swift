import Foundation
import Testing

@testable import RepereCore

/// Whole sessions fed as lines with a fixed clock, compared event for event with files
/// under `Golden/` (re-record with `REPERE_RECORD_GOLDEN=1`).
@Suite struct GoldenTranscriptTests {
  private func run(_ lines: [String], golden name: String, finished: Bool = true) {
    var driver = Driver()
    driver.start()
    driver.send(openingLines + lines)
    #expect(driver.interview.isFinished == finished)
    assertGolden(driver.log.joined(separator: "\n") + "\n", named: name)
  }

  @Test func expertSaysYesEverywhere() {
    run(
      [
        "oui", "Je tiens le fichier dans le CRM.", "Une relance chaque semaine.", "",
        "o", "Je négocie le prix et la remise.", "",
        "yes", "J’analyse le besoin du client.", "",
        "non", "Le candidat a suivi une formation sécurité.",
      ], golden: "expert-all-yes.jsonl")
  }

  @Test func candidateSaysNoEverywhere() {
    run(
      ["non", "", "n", "", "f", "NON", "", "oui", "Jamais abordé.", "les deux"],
      golden: "all-no.jsonl")
  }

  @Test func overridesWithReasons() {
    run(
      [
        "oui", "Le fichier est dans le CRM.", "Rien d’autre.", "", "t", "",
        "Exemples solides donnés à l’oral.",
        "non", "p", "Il négocie parfois avec son responsable.", "pratique",
        "oui", "Analyse du besoin.", "pdt", "Réponse trop vague.",
        "non", "RAS", "formation et pratique",
      ], golden: "overrides.jsonl")
  }

  @Test func backEditsAcrossBlocks() {
    run(
      [
        "oui", "CRM à jour.", "Relance mensuelle.", "",
        "/retour", "Partiellement", "Doute sur la régularité.",
        "/retour", "/retour", "Relance trimestrielle.", "t",
        "oui", "/retour", "non", "",
        "/retour", "/retour", "n", "", "f",
        "oui", "Le besoin du client.", "", "non", "RAS",
      ], golden: "back-edits.jsonl")
  }

  @Test func skipsAndProbes() {
    run(
      [
        "oui", "Je fais tout au téléphone.", "Voilà.", "J’ai un fichier Excel.", "passer", "",
        "/passer",
        "oui", "/note Très à l’aise à l’oral.", "Analyse du besoin.", "",
        "", "oui", "Pas abordé en entreprise.", "/passer",
        "reprendre", "oui", "Remise accordée.", "", "pratique",
        "", "oui", "Pas abordé.", "f",
      ], golden: "skips-and-probes.jsonl")
  }

  @Test func invalidInputsAreReasked() {
    run(
      [
        "/foo", "peut-être", "oui", "Le fichier\u{1B}[31m CRM\u{7}.", "\tRelance\t.", "pa", "xyz",
        "/aide", "/etat", "t", "non", "", "2", "Pas assez d’autonomie.", "", "zzz", "both",
        "/bilan", "oui", "besoin", "", "maybe", "non", "", "Sans objet.",
      ], golden: "invalid-inputs.jsonl")
  }

  @Test func quitSuspendsAndResumeContinues() {
    var driver = Driver()
    driver.start()
    driver.send(openingLines + ["oui", "CRM", "/quitter"])
    var resumed = Interview(dialogue: InterviewFixture.dialogue, suggester: FakeSuggester())
    _ = resumed.start(at: Date(timeIntervalSince1970: 1_773_050_400))
    for line in openingLines + ["oui", "CRM", "/quitter"] {
      _ = resumed.receive(line, at: Date(timeIntervalSince1970: 1_773_050_400))
    }
    let events = resumed.resume(at: Date(timeIntervalSince1970: 1_773_060_000))
    driver.log += events.map { $0.jsonLine() }
    #expect(resumed.pendingAsk?.id == "C1.1.q2")
    assertGolden(driver.log.joined(separator: "\n") + "\n", named: "quit-and-resume.jsonl")
  }
}
