import Foundation
import RepereCore

/// The text of a replay: each step as the evaluator saw it (question, line typed, what the
/// program answered), and the reviewer's lists (overrides, back-edits, time per block).
///
/// Events are rendered by the interview's own ``EventTextRenderer``, so a replay reads as
/// the session did; every text from the transcript goes through ``SafeDisplay``. Times are
/// shown from the session's start (`+00:12:05`) and dates in UTC: the same file gives the
/// same text on every machine.
public struct ReplayTextRenderer: Sendable {
  private let events: EventTextRenderer
  private let style: TextStyle
  private let script: ReplayScript
  private let start: Date?

  /// - Parameters:
  ///   - script: the steps.
  ///   - style: colours on a terminal, none on a pipe.
  ///   - width: the terminal's width, `nil` not to wrap.
  public init(script: ReplayScript, style: TextStyle, width: Int?) {
    self.script = script
    self.style = style
    self.events = EventTextRenderer(
      style: style, width: width, timeZone: TimeZone(identifier: "UTC") ?? .current)
    self.start = script.steps.first?.date
  }

  /// The title: file, date, guide, program, signer.
  public func header(fileName: String) -> String {
    var lines = [style.bold("Relecture de « \(safe(fileName)) »")]
    if case .opening(let start)? = script.steps.first?.kind {
      lines.append(
        "Session du \(script.steps.first?.date.map(Self.utc) ?? "?") — guide "
          + "\(safe(start.dialogue)) \(safe(start.dialogueVersion)), "
          + "\(safe(start.program)) \(safe(start.programVersion))")
      if let key = start.signingKey { lines.append("Clé de signature annoncée : \(safe(key))") }
      if let source = start.anonymisedFrom {
        lines.append("Copie anonymisée de la transcription de SHA-256 \(safe(source))")
      }
    }
    lines.append("\(script.steps.count) étape\(script.steps.count > 1 ? "s" : "")")
    return lines.joined(separator: "\n") + "\n"
  }

  /// One step, ending with a newline.
  public func render(step index: Int) -> String {
    let step = script.steps[index]
    var heading = "── étape \(index + 1)/\(script.steps.count) · ligne \(step.line)"
    if let offset = offset(step.date) { heading += " · \(offset)" }
    if let block = step.block { heading += " · bloc \(safe(block))" }
    var text = "\n" + style.dim(heading + " ──") + "\n"
    switch step.kind {
    case .opening:
      text += "Début de la session.\n"
    case .input(let ask, let askID, let typed):
      if let ask {
        text += events.renderQuestion(ask)
      } else {
        text += "Question « \(safe(askID)) »\n"
      }
      text += style.cyan("› ") + safe(typed) + "\n"
    case .stopped(let reason):
      text += style.yellow("Session interrompue (\(Self.describe(reason))).") + "\n"
    case .resumed:
      text += style.yellow("Reprise de la session.") + "\n"
    case .signed(let fingerprint):
      text += style.dim("Signé par la clé \(safe(fingerprint)).") + "\n"
    }
    for event in step.events {
      if let rendered = events.render(event) { text += rendered }
    }
    return text
  }

  /// The overrides: block, suggestion, decision, reason.
  public func overrides() -> String {
    let overrides = script.overrides
    guard !overrides.isEmpty else { return "Aucun positionnement ne diffère de la suggestion.\n" }
    var lines = ["Positionnements différents de la suggestion :"]
    for (step, decision) in overrides {
      lines.append(
        "  étape \(step + 1) · \(safe(decision.block)) : suggéré « \(safe(decision.suggested.rawValue)) », "
          + "retenu « \(safe(decision.label)) » — motif : \(safe(decision.reason ?? "(aucun)"))")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The back-edits: question, old and new answer.
  public func backEdits() -> String {
    let edits = script.backEdits
    guard !edits.isEmpty else { return "Aucune réponse modifiée après /retour.\n" }
    var lines = ["Réponses modifiées après /retour :"]
    for (step, edit) in edits {
      lines.append(
        "  étape \(step + 1) · \(safe(edit.id)) : « \(safe(edit.old)) » → « \(safe(edit.new)) »")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The steps where a word was found.
  public func search(word: String, steps: [Int]) -> String {
    guard !steps.isEmpty else { return "« \(safe(word)) » ne figure dans aucune étape.\n" }
    return "« \(safe(word)) » figure aux étapes "
      + steps.map { String($0 + 1) }.joined(separator: ", ") + ".\n"
  }

  /// Time per block, then the overrides and back-edits.
  public func summary() -> String {
    var lines = ["", style.bold("Temps passé par bloc :")]
    let times = script.timePerBlock
    if times.isEmpty { lines.append("  (aucun bloc abordé)") }
    for (block, seconds) in times {
      lines.append("  \(safe(block)) : \(Self.duration(seconds))")
    }
    return lines.joined(separator: "\n") + "\n" + overrides() + backEdits()
  }

  /// The commands of the step-by-step replay.
  public static func help() -> String {
    (["Commandes de la relecture :"]
      + ReplayNavigation.commands.map { "  \($0.name) — \($0.help)" })
      .joined(separator: "\n") + "\n"
  }

  private func offset(_ date: Date?) -> String? {
    guard let start, let date else { return nil }
    return "+" + Self.duration(date.timeIntervalSince(start))
  }

  static func duration(_ seconds: Double) -> String {
    let total = max(0, Int(seconds.rounded(.down)))
    return String(format: "%02d:%02d:%02d", total / 3600, total % 3600 / 60, total % 60)
  }

  static func utc(_ date: Date) -> String {
    String(TranscriptTime.format(date).prefix(16)).replacingOccurrences(of: "T", with: " ")
      + " UTC"
  }

  static func describe(_ reason: StopReason) -> String {
    switch reason {
    case .quit: "/quitter"
    case .endOfInput: "fin de l’entrée"
    case .interrupt: "Ctrl-C"
    case .sigterm: "arrêt demandé (SIGTERM)"
    case .sighup: "terminal fermé (SIGHUP)"
    case .writeError: "erreur d’écriture"
    }
  }

  private func safe(_ text: String) -> String { SafeDisplay.escaped(text) }
}
