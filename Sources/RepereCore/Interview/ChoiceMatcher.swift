/// Matches a typed answer to one of a closed question's choices.
///
/// An answer matches a choice when, once normalized (case, accents, spaces), it equals one
/// of the choice's forms or the choice's number; failing that, when it is the prefix of
/// forms of exactly one choice.
struct ChoiceMatcher: Sendable {
  /// One accepted choice.
  struct Choice: Sendable {
    /// Canonical value (`oui`, `totalite`…).
    var value: String
    /// Label shown (`En totalité`).
    var label: String
    /// Normalized accepted forms.
    var forms: [String]
  }

  var choices: [Choice]

  /// The labels to show.
  var labels: [String] { choices.map(\.label) }

  /// The choice the text designates, or `nil` when none or several do.
  func match(_ text: String) -> Choice? {
    let input = text.normalizedForMatching
    guard !input.isEmpty else { return nil }
    // Compared without arithmetic: `Int(input)` may be `Int.min` or `Int.max`.
    if let number = Int(input), number >= 1, number <= choices.count {
      return choices[number - 1]
    }
    let exact = choices.filter { $0.forms.contains(input) }
    if exact.count == 1 { return exact[0] }
    let prefixed = choices.filter { choice in choice.forms.contains { $0.hasPrefix(input) } }
    return prefixed.count == 1 ? prefixed[0] : nil
  }

  /// A French hint listing the choices.
  var hint: String {
    let list = choices.enumerated().map { "\($0.offset + 1). \($0.element.label)" }
    return "Réponses possibles : " + list.joined(separator: ", ") + "."
  }

  /// oui / non.
  static let yesNo = ChoiceMatcher(choices: [
    Choice(value: "oui", label: "oui", forms: ["oui", "o", "y", "yes"]),
    Choice(value: "non", label: "non", forms: ["non", "n", "no"]),
  ])

  /// reprendre / terminer, at the end with things left open.
  static let endChoice = ChoiceMatcher(choices: [
    Choice(value: "reprendre", label: "reprendre", forms: ["reprendre", "r", "resume"]),
    Choice(value: "terminer", label: "terminer", forms: ["terminer", "t", "fin", "finish"]),
  ])

  /// complément / note, for free text typed at the positioning.
  static let strayText = ChoiceMatcher(choices: [
    Choice(
      value: "complement", label: "complément",
      forms: ["complement", "c", "complement de reponse", "reponse", "ajouter"]),
    Choice(value: "note", label: "note", forms: ["note", "n"]),
  ])

  /// The dialogue's positioning levels.
  static func levels(_ levels: [Level]) -> ChoiceMatcher {
    ChoiceMatcher(
      choices: levels.map { level in
        var forms = [level.label.normalizedForMatching, level.id.rawValue]
        switch level.id {
        case .totalite: forms += ["t", "totalite", "en totalite", "total", "tout"]
        case .partiellement: forms += ["p", "partiellement", "partiel", "partielle"]
        case .pasDuTout: forms += ["pdt", "pas du tout", "pas"]
        }
        return Choice(value: level.id.rawValue, label: level.label, forms: forms)
      })
  }

  /// The dialogue's means, then « Les deux » (or « Tous ») to choose them all.
  static func means(_ means: [Means]) -> ChoiceMatcher {
    var choices = means.map { item in
      var forms = [item.id.normalizedForMatching, item.label.normalizedForMatching]
      switch item.id {
      case "formation": forms += ["f", "formation", "suivi", "suivi de formation", "training"]
      case "pratique": forms += ["pratique", "pratique pro", "practice"]
      default: break
      }
      return Choice(value: item.id, label: item.label, forms: forms)
    }
    if means.count > 1 {
      let label = means.count == 2 ? "Les deux" : "Tous"
      choices.append(
        Choice(
          value: means.map(\.id).joined(separator: "+"), label: label,
          forms: ["les deux", "deux", "both", "tous", "toutes", "all", "les 2"]))
    }
    return ChoiceMatcher(choices: choices)
  }
}
