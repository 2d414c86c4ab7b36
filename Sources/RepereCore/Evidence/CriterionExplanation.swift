/// Says in French why one criterion is or is not counted, quoting the answer.
///
/// « compté : « je recoupe avec deux sources » », « nié : « je ne les calcule pas » »,
/// « fait par d’autres : « c’est le service qualité qui s’en charge » », « non illustré ».
enum CriterionExplanation {
  /// Most characters of a quote before it is cut with « … ».
  static let quoteLimit = 90

  static func why(_ criterion: CriterionAssessment) -> String {
    if let hit = criterion.hits.first {
      let denied = criterion.counterSignals.first { $0.reading.polarity == .denied }
      let assisted = criterion.hits.first { $0.reading.actor == .assisting }
      let restricted = criterion.hits.first { $0.reading.polarity == .restricted }
      var text = "compté : \(quote(hit.text))"
      if let assisted {
        text = "compté, pratique assistée : \(quote(assisted.reading.context ?? assisted.text))"
      } else if let restricted {
        text = "compté en partie : \(quote(restricted.reading.context ?? restricted.text))"
      }
      if let denied { text += " ; mais nié : \(quote(denied.reading.context ?? denied.text))" }
      return text
    }
    guard let counter = criterion.counterSignals.first else { return "non illustré" }
    let context = quote(counter.reading.context ?? counter.text)
    switch counter.discount {
    case .negated:
      return counter.reading.polarity == .denied
        ? "nié : \(context)" : "sous une négation : \(context)"
    case .hypothetical: return "hypothétique ou seulement théorique : \(context)"
    case .someoneElse: return "fait par d’autres : \(context)"
    case nil: return "non illustré"
    }
  }

  /// `text` between French quotes, cut at a word after ``quoteLimit`` characters.
  static func quote(_ text: String) -> String {
    "« \(shortened(text)) »"
  }

  /// `text` cut at a word after ``quoteLimit`` characters, with « … ».
  static func shortened(_ text: String) -> String {
    guard text.count > quoteLimit else { return text }
    var cut = String(text.prefix(quoteLimit))
    if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
    return cut + "…"
  }
}
