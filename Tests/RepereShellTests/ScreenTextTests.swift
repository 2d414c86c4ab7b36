import Foundation
import RepereCore
import Testing

@testable import RepereShell

/// The evaluator's screen, without a terminal: quiet back-edits, evidence updates, words
/// instead of ids, unbroken choices, rules and hanging indents (issue 10, items 3, 4, 6, 8).
@Suite("Screen text")
struct ScreenTextTests {
  private let plain = EventTextRenderer(style: .plain, width: nil)

  @Test("a back-edit that changes nothing says nothing")
  func unchangedBackEdit() {
    let edit = InterviewEvent.BackEdit(id: "C1.1.position", old: "En totalité", new: "En totalité")
    #expect(plain.render(.backEdit(edit)) == nil)
  }

  @Test("a changed long answer shows the words added, not both texts")
  func longBackEdit() {
    let old = "Je consulte la presse professionnelle et les sites des concurrents chaque semaine."
    let new = old + " Je vais aussi aux salons."
    let text = plain.render(.backEdit(.init(id: "C1.1.q2", old: old, new: new))) ?? ""
    #expect(text == "Réponse modifiée : ajouté « Je vais aussi aux salons. ».\n")
    let removed = plain.render(.backEdit(.init(id: "C1.1.q2", old: new, new: old))) ?? ""
    #expect(removed == "Réponse modifiée : retiré « Je vais aussi aux salons. ».\n")
    // Words added before the final full stop: the word that only lost it is not repeated.
    let extended = plain.render(
      .backEdit(
        .init(
          id: "C1.1.q2", old: "Je consulte la presse professionnelle.",
          new: "Je consulte la presse professionnelle et les salons, et les sites des concurrents.")
      ))
    #expect(
      extended == "Réponse modifiée : ajouté « et les salons, et les sites des concurrents ».\n")
    let replaced = plain.render(
      .backEdit(
        .init(
          id: "C1.1.q2", old: old, new: old.replacingOccurrences(of: "sites", with: "catalogues"))))
    #expect(replaced == "Réponse modifiée : retiré « sites », ajouté « catalogues ».\n")
    // Only spaces changed: nothing to see.
    #expect(plain.render(.backEdit(.init(id: "C1.1.q2", old: old, new: old + "   "))) == nil)
  }

  @Test("a changed short answer shows both")
  func shortBackEdit() {
    let text = plain.render(.backEdit(.init(id: "C1.1.gate", old: "oui", new: "non")))
    #expect(text == "Réponse modifiée : « oui » → « non ».\n")
  }

  @Test("the block's evidence is shown in full once, then as the criteria that changed")
  func evidenceDelta() {
    func line(_ number: Int, _ covered: Bool) -> InterviewEvent.EvidenceLine {
      .init(
        criterion: "C1.1.c\(number)", number: number, label: "critère \(number)",
        covered: covered, found: covered ? ["mot"] : [], discounted: [])
    }
    let first = InterviewEvent.Evidence(block: "C1.1", criteria: [line(1, true), line(2, false)])
    let second = InterviewEvent.Evidence(block: "C1.1", criteria: [line(1, true), line(2, true)])
    var shown: InterviewEvent.Evidence?
    let text = plain.render(
      [.evidence(first), .evidence(second), .evidence(second)], shownEvidence: &shown)
    #expect(text.components(separatedBy: "Éléments trouvés dans les réponses :").count == 2)
    #expect(text.contains("Éléments trouvés, mis à jour :\n  ✓ 2. critère 2 : « mot »\n"))
    #expect(!text.contains("mis à jour :\n  ✓ 1."))
    #expect(text.hasSuffix("Éléments trouvés : pas de changement.\n"))
    // A new block starts afresh.
    let next = plain.render(
      [
        .blockStarted(.init(block: "C1.2", title: "T", index: 2, total: 3)),
        .evidence(.init(block: "C1.2", criteria: [line(1, false)])),
      ], shownEvidence: &shown)
    #expect(next.contains("Éléments trouvés dans les réponses :"))
  }

  @Test(
    "ids never reach the screen: status and resumption in words",
    arguments: [
      ("identity.candidate.nom", "le nom du candidat"),
      ("identity.intervenant2.fonction", "la fonction de l’intervenant 2"),
      ("opening.parcours", "la question d’ouverture « parcours »"),
      ("C2.2.position", "le positionnement du bloc C2.2"),
      ("C1.1.q3", "la question 3 du bloc C1.1"),
      ("C1.1.gate", "la question oui/non du bloc C1.1"),
      ("C1.1.probe.2", "la relance du critère 2 du bloc C1.1"),
      ("C1.1.stray", "le choix entre complément et note du bloc C1.1"),
      ("C1.1.unknown", "la question en cours"),
      ("C3.means", "les moyens de la compétence C3"),
      ("C5.r4.manual", "un élément du bilan de la compétence C5"),
      ("end", "la dernière question"),
    ])
  func askInWords(id: String, words: String) {
    #expect(AskDescription.french(id) == words)
    let status = plain.render(
      .status(.init(id: id, block: nil, decided: 0, total: 24, positions: [], remaining: [])))
    #expect(status?.contains(words) == true)
    #expect(status?.contains(id) == false)
    #expect(plain.render(.resumed(.init(id: id)))?.contains(id) == false)
  }

  @Test("/etat names the block once")
  func statusNamesTheBlockOnce() {
    let position = plain.render(
      .status(
        .init(
          id: "C1.1.position", block: "C1.1", decided: 0, total: 24, positions: [], remaining: [])
      ))
    #expect(
      position
        == "Où en est l’entretien : le positionnement du bloc C1.1 ; 0/24 blocs positionnés.\n")
    let stray = plain.render(
      .status(
        .init(id: "C1.1.stray", block: "C1.1", decided: 0, total: 24, positions: [], remaining: []))
    )
    #expect(
      stray == "Où en est l’entretien : le choix entre complément et note du bloc C1.1 ; "
        + "0/24 blocs positionnés.\n")
    let opening = plain.render(
      .status(
        .init(
          id: "C1.1.unknown", block: "C1.1", decided: 0, total: 24, positions: [], remaining: [])))
    #expect(opening?.hasPrefix("Où en est l’entretien : la question en cours, bloc C1.1 ;") == true)
  }

  @Test("/etat at 40 columns: « Reste : » hangs its continuation lines under the first block")
  func statusListsHang() {
    let blocks = ["C1.1", "C1.2", "C1.3", "C1.4", "C1.5", "C2.1", "C2.2", "C2.3", "C2.4"]
    let text = EventTextRenderer(style: .plain, width: 40).render(
      .status(
        .init(
          id: "C1.1.position", block: "C1.1", decided: 1, total: 24,
          positions: [.init(block: "C1.1", level: .partiellement, label: "Partiellement")],
          remaining: blocks)))
    #expect(
      text == """
        Où en est l’entretien : le
        positionnement du bloc C1.1 ; 1/24 blocs
        positionnés.
        Positionnements : C1.1 Partiellement
        Reste : C1.1, C1.2, C1.3, C1.4, C1.5,
                C2.1, C2.2, C2.3, C2.4

        """)
  }

  @Test(
    "choices are never cut at 60 columns; continuation lines hang under the text",
    arguments: [40, 60, 100])
  func choicesAndIndents(width: Int) {
    let renderer = EventTextRenderer(style: .plain, width: width)
    let ask = Ask(
      id: "C1.1.position",
      text: "Positionnement du bloc C1.1 ? Entrée pour confirmer « Pas du tout ».",
      choices: ["En totalité", "Partiellement", "Pas du tout"], defaultChoice: "Pas du tout")
    let text = renderer.renderQuestion(ask)
    #expect(text.contains("3. Pas du tout (par défaut : Entrée)"))
    for line in text.split(separator: "\n") {
      #expect(line.count <= width, "\(line)")
      #expect(!line.hasSuffix("3.") && !line.hasSuffix("2."))
    }
    let evidence =
      renderer.render(
        .evidence(
          .init(
            block: "C1.1",
            criteria: [
              .init(
                criterion: "C1.1.c1", number: 1, label: "sources variées et nombreuses",
                covered: true,
                found: ["presse professionnelle", "salons", "sites des concurrents", "CRM"],
                discounted: [])
            ]))) ?? ""
    let lines = evidence.split(separator: "\n").dropFirst()
    #expect(lines.count >= 2)
    for continuation in lines.dropFirst() {
      #expect(
        continuation.hasPrefix("       ") && !continuation.hasPrefix("        "), "\(continuation)")
    }
  }

  @Test("choices keep their three spaces apart when they take two lines")
  func choicesOnTwoLines() {
    let renderer = EventTextRenderer(style: .plain, width: 60)
    let ask = Ask(
      id: "C1.1.position", text: "Positionnement du bloc C1.1 ?",
      choices: ["En totalité", "Partiellement", "Pas du tout"], defaultChoice: "Partiellement")
    #expect(
      renderer.renderQuestion(ask)
        == "Positionnement du bloc C1.1 ?\n"
        + "  1. En totalité   2. Partiellement (par défaut : Entrée)\n"
        + "  3. Pas du tout\n")
    let wide = EventTextRenderer(style: .plain, width: 100).renderQuestion(ask)
    #expect(
      wide.hasSuffix(
        "\n  1. En totalité   2. Partiellement (par défaut : Entrée)   3. Pas du tout\n"))
  }

  @Test("a block's title hangs under its text")
  func blockTitleHangs() {
    let renderer = EventTextRenderer(style: .plain, width: 60)
    let text = renderer.render(
      .blockStarted(
        .init(
          block: "C1.1", title: "Recueil structuré et analyse des informations liées à son secteur",
          index: 1, total: 24)))
    #expect(
      text
        == "\n── C1.1 · 1/24 — Recueil structuré et analyse des\n"
        + "   informations liées à son secteur\n")
  }

  @Test("a recap item's continuation lines hang under its text")
  func recapItemHangs() {
    let text = TextWrapper(width: 60).wrap(
      "    [x] la transmission au client d'une réponse concernant la réclamation ou le litige")
    #expect(
      text
        == "    [x] la transmission au client d'une réponse concernant\n"
        + "        la réclamation ou le litige")
    let open = TextWrapper(width: 40).wrap("    [?] l'élaboration de fichiers de prospects (C1.3)")
    #expect(open == "    [?] l'élaboration de fichiers de\n        prospects (C1.3)")
  }

  @Test("the header names the intervenants on a new session, not on resumption")
  func header() {
    let new = SessionNotice.header(guide: "CQP X", version: "1", resumed: false).frenchText
    #expect(new.contains("l’autre conduit l’entretien"))
    #expect(new.hasPrefix("Entretien de repérage des compétences\nCQP X (guide version 1)\n"))
    #expect(
      new.hasSuffix(
        "Aide : /aide. Arrêter : Ctrl-D ou /quitter ; l’entretien se reprend plus tard avec repere entretien --reprendre."
      ))
    let resumed = SessionNotice.header(guide: "CQP X", version: "1", resumed: true).frenchText
    #expect(resumed.hasPrefix("Reprise de l’entretien de repérage des compétences\n"))
    #expect(!resumed.contains("intervenants"))
  }

  @Test("a competence title's rules fit the width; never « ═══ » alone", arguments: [60, 100])
  func competenceRule(width: Int) {
    let renderer = EventTextRenderer(style: .plain, width: width)
    let text =
      renderer.render(
        .competenceStarted(
          .init(
            competence: "C2",
            title: "Concevoir et présenter une offre commerciale adaptée aux besoins d’un client")))
      ?? ""
    for line in text.split(separator: "\n") {
      #expect(line.count <= width, "\(line)")
      #expect(line.trimmingCharacters(in: .whitespaces) != "═══")
    }
  }

  @Test("Tab after /aller completes block ids")
  func gotoCompletion() {
    let places = ["C1", "C1.1", "C1.2", "C3", "C3.1", "C3.2", "C3.3"]
    #expect(
      TerminalConsole.completions(for: "/aller C3.", choices: [], places: places)
        == ["/aller C3.1", "/aller C3.2", "/aller C3.3"])
    #expect(
      TerminalConsole.completions(for: "/goto c1", choices: [], places: places)
        == ["/goto C1", "/goto C1.1", "/goto C1.2"])
    #expect(TerminalConsole.completions(for: "/al", choices: [], places: places) == ["/aller"])
  }
}
