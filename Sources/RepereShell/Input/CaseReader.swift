import Foundation
import RepereCore

/// Reads the cases of `repere suggerer`, one JSON object a line, within the interview's
/// limits: a line of at most ``PlainLineReader/maximumLineBytes`` bytes (a longer one
/// stops the reading with an error) and answers of at most ``InputLine/maximumLength``
/// characters.
public enum CaseReader {
  /// What one input line gives.
  public enum Outcome: Sendable {
    /// A case checked against the guide.
    case success(CheckedCase)
    /// A line that is not a valid case: its id when readable, and why, in French.
    case failure(id: String?, String)
  }

  /// Why the reading stopped before the end of the input.
  public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
  }

  /// Reads every line of `reader`, calling `body` for each non-blank one.
  /// - Throws: ``ReadError`` for a line longer than the limit (the reading stops).
  public static func read(
    _ reader: PlainLineReader, dialogue: Dialogue, evaluate: Bool,
    _ body: (Outcome) -> Void
  ) throws(ReadError) {
    var number = 0
    while true {
      switch reader.readLine() {
      case .endOfFile:
        return
      case .stopped, .interrupted:
        throw ReadError(description: "lecture des cas interrompue")
      case .line(let text, _, let truncated):
        number += 1
        if truncated > 0 {
          throw ReadError(
            description: "ligne \(number) : trop longue (plus de \(reader.maximumLineBytes) "
              + "octets) ; un cas tient sur une ligne de taille raisonnable")
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { continue }
        body(outcome(line: trimmed, number: number, dialogue: dialogue, evaluate: evaluate))
      }
    }
  }

  /// Decodes one line and checks it against the guide.
  public static func outcome(line: String, number: Int, dialogue: Dialogue, evaluate: Bool)
    -> Outcome
  {
    guard let item = try? JSONDecoder().decode(PositioningCase.self, from: Data(line.utf8)) else {
      return .failure(id: nil, "ligne \(number) : JSON invalide (un objet est attendu).")
    }
    for (index, answer) in (item.answers ?? []).enumerated()
    where answer.count > InputLine.maximumLength {
      return .failure(
        id: item.id,
        "ligne \(number) : réponse \(index + 1) trop longue (\(answer.count) caractères, au "
          + "plus \(InputLine.maximumLength), comme dans l’entretien).")
    }
    switch item.checked(against: dialogue, withExpected: evaluate) {
    case .failure(let error): return .failure(id: item.id, error.message)
    case .success(let checked): return .success(checked)
    }
  }
}
