import Foundation

/// One labelled case (format: `Documentation/PositioningCases.md`): a block's answers and
/// the expected positioning.
///
/// Fields the engine does not need (`why`) are ignored when decoding; all fields are
/// optional, and a field of the wrong type decodes as absent and is remembered in
/// `malformed`, so that a malformed case can be reported on its own line.
public struct PositioningCase: Sendable, Equatable, Decodable {
  public var id: String?
  public var block: String?
  /// `oui` or `non`.
  public var gate: String?
  public var answers: [String]?
  /// `totalite`, `partiellement` or `pas_du_tout`, when the case is labelled.
  public var expected: String?
  /// The family of difficulty the case was written for (`limits`, `shorthand`…), if any.
  public var family: String?
  /// Names of the fields present with a type other than the one expected.
  public var malformed: Set<String> = []

  public init(
    id: String?, block: String?, gate: String?, answers: [String]?, expected: String? = nil
  ) {
    self.id = id
    self.block = block
    self.gate = gate
    self.answers = answers
    self.expected = expected
  }

  private enum CodingKeys: String, CodingKey {
    case id, block, gate, answers, expected, family
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    var malformed: Set<String> = []
    func field<Value: Decodable>(_ key: CodingKeys, _ type: Value.Type) -> Value? {
      guard container.contains(key) else { return nil }
      if (try? container.decodeNil(forKey: key)) == true { return nil }
      guard let value = try? container.decode(type, forKey: key) else {
        malformed.insert(key.rawValue)
        return nil
      }
      return value
    }
    id = field(.id, String.self)
    block = field(.block, String.self)
    gate = field(.gate, String.self)
    answers = field(.answers, [String].self)
    expected = field(.expected, String.self)
    family = field(.family, String.self)
    self.malformed = malformed
  }
}

/// A case checked against a dialogue, ready to be assessed.
public struct CheckedCase: Sendable, Equatable {
  public var id: String
  public var block: Block
  /// The answer to the block's yes/no question.
  public var gate: Bool
  public var answers: [String]
  /// The expected level, only when it was asked for and given.
  public var expected: LevelID?
  /// The case's family, if it has one.
  public var family: String? = nil
}

extension PositioningCase {
  /// Checks this case against `dialogue`: an id, a known block, a yes/no answer and as many
  /// answers as the block has open questions; the expected level only when `withExpected`
  /// (otherwise the field is ignored, whatever it holds).
  /// - Returns: the checked case, or a French message saying what is wrong.
  public func checked(
    against dialogue: Dialogue, withExpected: Bool
  ) -> Result<CheckedCase, CaseError> {
    guard let id, !id.isEmpty else {
      return .failure(CaseError("champ « id » manquant ou qui n’est pas un texte."))
    }
    guard let blockID = block else {
      return .failure(CaseError("champ « block » manquant ou qui n’est pas un texte."))
    }
    guard let block = dialogue.block(blockID) else {
      return .failure(
        CaseError("bloc inconnu « \(blockID) » : il n’existe pas dans le guide « \(dialogue.id) ».")
      )
    }
    let isYes: Bool
    switch gate?.trimmingCharacters(in: .whitespaces).lowercased() {
    case "oui": isYes = true
    case "non": isYes = false
    default:
      return .failure(
        CaseError("champ « gate » manquant ou invalide : « oui » ou « non » attendu."))
    }
    if malformed.contains("answers") {
      return .failure(CaseError("champ « answers » invalide : une liste de textes est attendue."))
    }
    let answers = self.answers ?? []
    let questions = block.questions.count
    if isYes && answers.count != questions {
      return .failure(
        CaseError(
          "le bloc \(blockID) a \(Self.plural(questions, "question ouverte", "questions ouvertes")) mais le cas donne \(Self.plural(answers.count, "réponse", "réponses"))."
        ))
    }
    if !isYes && !answers.isEmpty && answers.count != questions {
      return .failure(
        CaseError(
          "réponse « non » à la question oui/non : « answers » doit être vide, or le cas donne \(Self.plural(answers.count, "réponse", "réponses"))."
        ))
    }
    var level: LevelID?
    if withExpected {
      if malformed.contains("expected") {
        return .failure(
          CaseError("champ « expected » invalide : totalite, partiellement ou pas_du_tout attendu.")
        )
      }
      if let expected {
        guard let known = LevelID(rawValue: expected) else {
          return .failure(
            CaseError(
              "niveau attendu inconnu « \(expected) » : totalite, partiellement ou pas_du_tout."))
        }
        level = known
      }
    }
    return .success(
      CheckedCase(
        id: id, block: block, gate: isYes, answers: answers, expected: level, family: family))
  }

  private static func plural(_ count: Int, _ one: String, _ many: String) -> String {
    "\(count) \(count > 1 ? many : one)"
  }
}

/// Why a case cannot be assessed, in French.
public struct CaseError: Error, Sendable, Equatable {
  public var message: String

  public init(_ message: String) { self.message = message }
}
