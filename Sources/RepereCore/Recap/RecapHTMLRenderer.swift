import Foundation
import Mustache

/// Renders a recap document as one self-contained HTML page to print on A4 and sign.
///
/// The layout is a Mustache template (`Resources/recap.html.mustache`, built into the
/// binary; another one can be given, so a CQP body restyles the document without code).
/// The renderer only builds the values; Mustache escapes every one of them for HTML, after
/// ``SafeDisplay`` has made control and bidirectional characters visible.
public struct RecapHTMLRenderer: Sendable {
  /// Why a template cannot be used.
  public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
  }

  /// The template built into the binary.
  public static var bundledTemplate: String {
    String(decoding: PackageResources.recap_html_mustache, as: UTF8.self)
  }

  public var timeZone: TimeZone
  let template: MustacheTemplate

  /// A renderer with the built-in template, or with `template` (Mustache text).
  /// - Throws: ``TemplateError`` when the template does not parse.
  public init(timeZone: TimeZone = TimeZone(identifier: "UTC")!, template: String? = nil)
    throws(TemplateError)
  {
    self.timeZone = timeZone
    do {
      self.template = try MustacheTemplate(string: template ?? Self.bundledTemplate)
    } catch {
      throw TemplateError(description: "modèle Mustache illisible : \(error)")
    }
  }

  /// The document as HTML.
  public func render(_ document: RecapDocument) -> String {
    template.render(values(document))
  }

  // MARK: - Values of the template

  private func values(_ document: RecapDocument) -> [String: Any] {
    // Absent values are left out, not set to nil: Mustache takes a key present as true.
    let recap = document.recap
    let date = RecapWording.date(recap.date, timeZone: timeZone)
    let candidate = recap.identity.candidate
    let intervenants = [
      ("Intervenant 1", recap.identity.intervenant1),
      ("Intervenant 2", recap.identity.intervenant2),
    ].enumerated().map { index, pair -> [String: Any] in
      let (role, person) = pair
      return [
        "role": role, "nom": safe(person.nom), "prenom": safe(person.prenom),
        "entreprise": safe(person.entreprise), "fonction": safe(person.fonction),
        "name": safe(RecapWording.name(person)), "hasFonction": !person.fonction.isEmpty,
        "hasEntreprise": !person.entreprise.isEmpty, "last": index == 1,
      ]
    }
    let values: [String: Any?] = [
      "heading": RecapWording.heading, "title": recap.title, "date": date,
      "warning": document.integrityWarning.map(safe),
      "complete": recap.complete, "unfinished": RecapWording.unfinished,
      "missingHeading": RecapWording.missingHeading, "hasPending": !recap.pending.isEmpty,
      "pending": recap.pending.map { safe(RecapWording.pending($0)) },
      "candidate": [
        "nom": safe(candidate.nom), "prenom": safe(candidate.prenom),
        "entreprise": safe(candidate.entreprise), "name": safe(RecapWording.name(candidate)),
      ],
      "intervenants": intervenants,
      "openingHeading": RecapWording.openingHeading, "hasOpening": !recap.opening.isEmpty,
      "opening": recap.opening.map { note -> [String: Any] in
        [
          "label": RecapWording.opening(note), "question": note.question,
          "text": safe(note.text), "hasText": !note.text.isEmpty,
        ]
      },
      "rule": RecapWording.rule,
      "competences": recap.competences.map { competence(document, $0) },
      "notesHeading": RecapWording.notesHeading, "hasGeneralNotes": !recap.generalNotes.isEmpty,
      "generalNotes": recap.generalNotes.map(safe),
      "undersigned": RecapWording.undersigned, "declaration": recap.declaration,
      "appendixHeading": RecapWording.appendixHeading,
      "blocks": recap.competences.flatMap { $0.blocks.map(block) },
      "preparation": document.preparation.map(preparation),
      "footer": safe(RecapWording.footer(document, timeZone: timeZone)),
    ]
    return values.compactMapValues { $0 }
  }

  /// The appendix « Préparation du candidat »: its summary and a row per block.
  private func preparation(_ appendix: PreparationAppendix) -> [String: Any] {
    [
      "heading": RecapWording.preparationHeading,
      "summary": safe(RecapWording.preparationSummary(appendix, timeZone: timeZone)),
      "preparationColumn": RecapWording.preparationColumn,
      "interviewColumn": RecapWording.interviewColumn,
      "readingColumn": RecapWording.readingColumn,
      "blocks": appendix.blocks.map { block -> [String: Any] in
        [
          "id": safe(block.block), "title": safe(block.title),
          "coverage": safe(RecapWording.preparationCoverage(block)),
          "position": RecapWording.interviewPosition(block),
          "reading": RecapWording.reading(block.reading),
        ]
      },
    ]
  }

  private func competence(_ document: RecapDocument, _ competence: CompetenceRecap)
    -> [String: Any]
  {
    let chosen = Set(competence.means ?? [])
    let options = document.recap.meansOptions
    return [
      "heading": RecapWording.competenceHeading(competence.competence),
      "title": competence.title, "incomplete": competence.status == .incomplete,
      "mastered": competence.status == .mastered, "toDevelop": competence.status == .toDevelop,
      "masteredLabel": RecapWording.mastered, "toDevelopLabel": RecapWording.toDevelop,
      "items": competence.items.map { item -> [String: Any] in
        let decision: String
        if let block = item.block {
          decision = "\(block) : \(item.levelLabel ?? "non positionné")"
        } else {
          decision =
            item.needed == nil ? "réglé à la main, pas encore décidé" : "réglé à la main"
        }
        let values: [String: Any?] = [
          "label": item.label, "needed": item.needed == true, "decision": decision,
          "overrideReason": item.overrideReason.map(safe),
          "notes": item.block == nil ? item.notes.map(safe) : [],
        ]
        return values.compactMapValues { $0 }
      },
      "meansHeading": RecapWording.meansHeading,
      "means": options.enumerated().map { index, option -> [String: Any] in
        [
          "label": option.label, "chosen": chosen.contains(option.id),
          "last": index == options.count - 1,
        ]
      },
      "notes": competence.notes.map(safe),
    ]
  }

  private func block(_ block: BlockRecap) -> [String: Any] {
    let values: [String: Any?] = [
      "id": block.block, "title": block.title, "state": RecapWording.state(block),
      "started": block.state != .notStarted, "gate": RecapWording.gate(block.gate),
      "hasAnswers": !block.answers.isEmpty,
      "answers": block.answers.map { answer -> [String: Any] in
        [
          "question": answer.question, "probe": answer.isProbe, "text": safe(answer.text),
          "hasText": !answer.text.isEmpty,
        ]
      },
      "hasEvidence": !block.evidence.isEmpty,
      "evidence": block.evidence.map { line -> [String: Any] in
        [
          "number": line.number, "label": line.label, "covered": line.covered ? "oui" : "non",
          "found": safe(line.found.joined(separator: ", ")),
          "discounted": safe(line.discounted.joined(separator: ", ")),
        ]
      },
      "suggestion": block.suggested.map(RecapWording.level),
      "suggestionReason": block.suggestionReason.map(safe),
      "uncertainty": RecapWording.uncertainty(block).map(safe),
      "decision": block.decided.map { RecapWording.level($0) },
      "decisionNote": RecapWording.decisionNote(block),
      "overrideReason": block.overrideReason.map(safe),
      "notes": block.notes.map(safe),
      "time": RecapWording.duration(block.timeSpent),
    ]
    return values.compactMapValues { $0 }
  }

  private func safe(_ text: String) -> String { SafeDisplay.escaped(text) }
}
