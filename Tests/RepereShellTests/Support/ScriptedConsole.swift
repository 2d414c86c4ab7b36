import Foundation
import RepereCore
import RepereShell

/// A console that answers from a script and keeps what it was shown.
final class ScriptedConsole: Console {
  /// Gives the line to type for an ask, or `nil` to end the input there.
  private let answer: (Ask) -> String?
  /// How many answers to give before the input ends; `nil` for no limit.
  private var remaining: Int?
  private(set) var events: [InterviewEvent] = []
  private(set) var notices: [SessionNotice] = []
  private(set) var asked: [Ask] = []

  /// How many times in a row one question may be asked before the input ends.
  private static let maximumRepeats = 8

  init(limit: Int? = nil, answer: @escaping (Ask) -> String?) {
    self.remaining = limit
    self.answer = answer
  }

  func show(_ events: [InterviewEvent]) { self.events += events }

  func read(_ ask: Ask) -> LineResult {
    // The same question asked over and over means the script's answer is refused: end
    // the input, so that the test fails on the outcome instead of looping for ever.
    if asked.suffix(Self.maximumRepeats).count == Self.maximumRepeats,
      asked.suffix(Self.maximumRepeats).allSatisfy({ $0.id == ask.id })
    {
      return .endOfFile
    }
    asked.append(ask)
    if let remaining {
      guard remaining > 0 else { return .endOfFile }
      self.remaining = remaining - 1
    }
    guard let line = answer(ask) else { return .endOfFile }
    return .line(line)
  }

  func notify(_ notice: SessionNotice) { notices.append(notice) }

  func confirmQuit() -> Bool { true }

  func remember(_ line: String, answering ask: Ask) {}
}

/// A short interview: names, « non » at every gate, defaults elsewhere; « partiellement »
/// at a positioning whose suggestion is uncertain (no default to accept).
enum ShortScript {
  static func answer(_ ask: Ask) -> String? {
    let id = ask.id
    if id.hasSuffix(".position"), ask.defaultChoice == nil { return "partiellement" }
    if id.hasSuffix(".nom") { return "Dupont" }
    if id.hasSuffix(".prenom") { return "Marie" }
    if id.hasSuffix(".gate") { return id == "C1.1.gate" ? "oui" : "non" }
    if id.hasSuffix(".q1") { return "Je qualifie mes prospects avec le CRM chaque semaine." }
    if id.hasSuffix(".manual") { return "non" }
    if id.hasSuffix(".note") { return "Pas de besoin relevé." }
    if id.hasSuffix(".means") { return "1" }
    if id.hasSuffix(".override_reason") { return "raison" }
    return ""
  }
}

/// A clock that moves one second per reading, from a fixed date.
final class SteppingClock: @unchecked Sendable {
  private var current: Date

  init(start: Date = Date(timeIntervalSince1970: 1_795_000_000)) { current = start }

  func now() -> Date {
    defer { current += 1 }
    return current
  }
}
