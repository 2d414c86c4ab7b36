/// Reads a yes/no answer the way the interview's closed questions do.
public enum YesNoAnswer {
  /// `true` for « oui » (o, y, yes…), `false` for « non » (n, no…), `nil` otherwise.
  public static func parse(_ text: String) -> Bool? {
    ChoiceMatcher.yesNo.match(text).map { $0.value == "oui" }
  }
}
