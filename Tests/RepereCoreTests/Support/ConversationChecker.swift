import Foundation

@testable import RepereCore

/// Drives a conversation line by line and checks, after every batch, the rules the shells
/// rely on (``Conversation``):
///
/// - a batch answering `/quitter` ends with `suspended` (naming the pending ask) and holds
///   no `ask`;
/// - once finished, a batch holds no `ask` and no ask is pending;
/// - otherwise the batch holds exactly one `ask`, it is the last event, and it is the
///   pending ask as the conversation derives it from its state;
/// - `resume(at:)` gives `resumed` (naming the pending ask), perhaps the block's heading,
///   and the pending ask, and a fresh conversation fed the same lines resumes the same way;
/// - `stateIssues` (the machine's own invariants) finds nothing.
struct ConversationChecker<Session: Conversation> {
  /// A fresh, unstarted conversation: the replay that checks a resume starts from it.
  let make: () -> Session
  /// What is wrong with the machine's state, if anything (empty when it holds).
  let stateIssues: (Session) -> [String]
  var session: Session
  let startDate = Date(timeIntervalSince1970: 1_773_050_400)  // 2026-03-09 10:00 UTC
  var clock: Date
  /// Every input so far with its time, to replay.
  var inputs: [(line: String, date: Date)] = []
  /// Everything found wrong, with the input that led to it.
  var issues: [String] = []
  /// Every batch, in order.
  var batches: [[InterviewEvent]] = []
  /// Whether a resume was checked against a replay already (once per session: a replay
  /// costs the whole session again).
  private var replayedOnce = false

  init(_ make: @escaping () -> Session, stateIssues: @escaping (Session) -> [String]) {
    self.make = make
    self.stateIssues = stateIssues
    session = make()
    clock = startDate
  }

  mutating func start() {
    let batch = session.start(at: startDate)
    check(batch, after: "(start)")
  }

  /// Feeds one line; after `/quitter` (a `suspended` batch), resumes.
  mutating func send(_ line: String) {
    clock += 60
    inputs.append((line, clock))
    let batch = session.receive(line, at: clock)
    check(batch, after: line)
    if batch.last?.kind == .suspended {
      resume()
    }
  }

  /// Resumes the live conversation; the first time, a fresh one fed the same lines too
  /// (as a shell resumes a transcript), and both must agree.
  mutating func resume() {
    clock += 3_600
    let batch = session.resume(at: clock)
    batches.append(batch)
    let context = "resume after \(inputs.count) lines"
    if !replayedOnce {
      replayedOnce = true
      var replayed = make()
      _ = replayed.start(at: startDate)
      for input in inputs { _ = replayed.receive(input.line, at: input.date) }
      if replayed.resume(at: clock) != batch {
        issues.append("\(context): the replayed conversation resumes otherwise")
      }
      if replayed.pendingAsk != session.pendingAsk {
        issues.append("\(context): the replayed conversation waits on another ask")
      }
    }
    guard let pending = session.pendingAsk else {
      if !batch.isEmpty { issues.append("\(context): events once finished: \(types(batch))") }
      return
    }
    if batch.first != .resumed(.init(id: pending.id)) || batch.last != .ask(pending)
      || asks(in: batch).count != 1
    {
      issues.append("\(context): \(types(batch))")
    }
    issues += stateIssues(session).map { "\(context): \($0)" }
  }

  private mutating func check(_ batch: [InterviewEvent], after line: String) {
    batches.append(batch)
    let context = "after « \(line.prefix(40)) » (input \(inputs.count))"
    let asks = asks(in: batch)
    if batch.last?.kind == .suspended {
      if !asks.isEmpty { issues.append("\(context): an ask before suspended: \(types(batch))") }
      if batch.last != .suspended(.init(id: session.pendingAsk?.id ?? "end")) {
        issues.append("\(context): suspended names another ask than the pending one")
      }
    } else if session.isFinished {
      if !asks.isEmpty { issues.append("\(context): an ask once finished: \(types(batch))") }
      if session.pendingAsk != nil { issues.append("\(context): an ask pending once finished") }
    } else {
      if asks.count != 1 { issues.append("\(context): \(asks.count) asks: \(types(batch))") }
      if batch.last?.kind != .ask {
        issues.append("\(context): not ending with ask: \(types(batch))")
      }
      if let last = asks.last, last != session.pendingAsk {
        issues.append("\(context): the ask shown is not the pending ask")
      }
    }
    issues += stateIssues(session).map { "\(context): \($0)" }
  }

  private func asks(in batch: [InterviewEvent]) -> [Ask] {
    batch.compactMap {
      guard case .ask(let ask) = $0 else { return nil }
      return ask
    }
  }

  private func types(_ batch: [InterviewEvent]) -> String {
    batch.map(\.type).joined(separator: ", ")
  }
}

/// Lines a hurried or careless evaluator (or candidate) might type at any prompt: answers
/// that fit the pending ask, empty lines, every chat command with good and bad arguments,
/// free text at closed prompts, noise. Seeded: the same seed gives the same lines.
struct RandomLines {
  var random: SplitMix64
  let targets: [String]
  let phrases: [String]

  init(seed: UInt64, dialogue: Dialogue) {
    random = SplitMix64(seed: seed)
    targets =
      dialogue.blocks.map(\.id) + dialogue.competences.map(\.id)
      + ["", "C9.9", dialogue.blocks[0].id.lowercased()]
    let terms = dialogue.blocks.flatMap(\.assessedCriteria).flatMap(\.evidence)
    phrases =
      terms.map { "Je m’occupe du \($0) chaque semaine avec mon équipe." }
      + [
        "Je fais tout au téléphone.", "Non, je ne le fais jamais moi-même.",
        "Réponse incertaine sur ce point.", "passer", "Voilà.", "RAS",
        "Il faut voir avec mon responsable demain matin.",
      ]
  }

  private mutating func pick(_ items: [String]) -> String {
    items[Int.random(in: 0..<items.count, using: &random)]
  }

  /// The next line, given the pending ask (`nil` once finished).
  mutating func next(for ask: Ask?) -> String {
    switch Int.random(in: 0..<100, using: &random) {
    case 0..<45: reply(to: ask)
    case 45..<55: ""
    case 55..<65: "/retour"
    case 65..<71: "/passer"
    case 71..<77: "/aller \(pick(targets))"
    case 77..<79: "/quitter"
    case 79..<83: "/positionner"
    case 83..<92:
      pick([
        "/note Très à l’aise.", "/note", "/etat", "/bilan", "/criteres", "/aide", "/foo",
        "/recommencer", "/recommencer \(pick(targets))", "/RETOUR",
      ])
    default:
      pick([
        "peut-être", "zzz", "//slash", "0", "9", "\u{1B}[31mrouge\u{7}", "\t \t",
        String(repeating: "très long ", count: 1_100),
        "Le candidat parle longuement de son parcours antérieur.",
      ])
    }
  }

  /// An answer that fits the ask: a choice (label, number, prefix, combination) for a
  /// closed question, a sentence for an open one.
  private mutating func reply(to ask: Ask?) -> String {
    guard let choices = ask?.choices, !choices.isEmpty else { return pick(phrases) }
    let number = Int.random(in: 0..<choices.count, using: &random)
    switch Int.random(in: 0..<5, using: &random) {
    case 0: return String(number + 1)
    case 1: return String(choices[number].prefix(3))
    case 2: return pick(["les deux", "f+p", "oui", "non", "t", "p", "pdt"])
    default: return choices[number]
    }
  }
}
