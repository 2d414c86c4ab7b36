import Foundation
import RepereBundledGuide
import Testing

@testable import RepereCore

/// Golden sessions on the bundled guide with the real ``EvidenceSuggester``.
///
/// Answers are chosen by ask id (a scripted evaluator), so the sessions stay valid whatever
/// number of probes the suggester asks; the events are compared with `Golden/`.
@Suite struct BundledGuideGoldenTests {
  /// Runs a scripted session until finished, suspended, or 400 lines.
  private func run(golden name: String, answer: (Ask) -> String) throws -> Interview {
    let dialogue = BundledGuide.dialogue
    var driver = Driver(dialogue: dialogue, suggester: try EvidenceSuggester(dialogue: dialogue))
    driver.start()
    var suspended = false
    for _ in 0..<400 {
      guard let ask = driver.interview.pendingAsk, !suspended else { break }
      let events = driver.send(answer(ask))
      suspended = events.contains { if case .suspended = $0 { true } else { false } }
    }
    assertGolden(driver.log.joined(separator: "\n") + "\n", named: name)
    return driver.interview
  }

  /// Identity and opening answers shared by the sessions.
  private func opening(_ ask: Ask) -> String? {
    let values = [
      "identity.candidate.nom": "Lefèvre", "identity.candidate.prenom": "Sami",
      "identity.candidate.entreprise": "Polychim", "identity.intervenant1.nom": "Roux",
      "identity.intervenant1.prenom": "Hélène", "identity.intervenant1.entreprise": "Polychim",
      "identity.intervenant1.fonction": "Directrice commerciale",
      "identity.intervenant2.nom": "Girard", "identity.intervenant2.prenom": "Marc",
      "identity.intervenant2.entreprise": "Branche chimie",
      "identity.intervenant2.fonction": "Évaluateur",
    ]
    if let value = values[ask.id] { return value }
    if ask.id.hasPrefix("opening.") { return "Noté." }
    return nil
  }

  @Test func noEverywhere() throws {
    let interview = try run(golden: "bundled-all-no.jsonl") { ask in
      if let value = opening(ask) { return value }
      if ask.id.hasSuffix(".gate") { return "non" }
      if ask.id.hasSuffix(".means") { return "les deux" }
      if ask.id.hasSuffix(".manual") { return "oui" }
      if ask.id.hasSuffix(".note") { return "Aucune expérience de l’analyse des risques." }
      return ""
    }
    #expect(interview.isFinished)
    #expect(interview.record.blocks.count == 24)
    #expect(interview.recap.competences.allSatisfy { $0.status == .toDevelop })
    #expect(interview.recap.competences.allSatisfy { $0.means == ["formation", "pratique"] })
  }

  @Test func expertOnCompetenceOneThenQuits() throws {
    let answers = [
      "C1.1":
        "Chaque semaine je consulte la presse professionnelle, les salons, les bases de données clients et le CRM ; je croise les sources et je vérifie les chiffres auprès des fournisseurs.",
      "C1.2":
        "Depuis cinq ans je fixe mes objectifs de chiffre d’affaires par client avec mon directeur, j’estime la part de marché avec les données du syndicat et je propose des ajustements chaque trimestre.",
      "C1.3":
        "Je construis mon fichier de prospects dans le CRM à partir des annuaires, des salons et de LinkedIn, avec une qualification de chaque contact.",
      "C1.4":
        "J’organise mes tournées chaque semaine avec un planning, je priorise les clients à fort potentiel et j’utilise un agenda partagé.",
      "C1.5":
        "Je prospecte par téléphone tous les lundis, je prends une dizaine de rendez-vous par mois et je relance par courriel.",
    ]
    let interview = try run(golden: "bundled-expert-c1.jsonl") { ask in
      if let value = opening(ask) { return value }
      let block = ask.progress?.step ?? ""
      if ask.id == "C2.1.gate" { return "/quitter" }
      if ask.id.hasSuffix(".gate") { return "oui" }
      if ask.id.contains(".probe.") { return "" }
      if ask.id.hasSuffix(".means") { return "pratique" }
      if ask.id.hasSuffix(".override_reason") { return "Exemples précis donnés à l’oral." }
      // Enter confirms a sure suggestion; an unsure one has no default: the evaluator types it.
      if ask.id.hasSuffix(".position") { return ask.defaultChoice == nil ? "partiellement" : "" }
      return answers[block] ?? ""
    }
    #expect(!interview.isFinished)
    #expect(interview.pendingAsk?.id == "C2.1.gate")
    #expect(interview.record.blocks.count == 5)
  }
}
