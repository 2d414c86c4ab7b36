import Foundation
import RepereCore

/// The verdicts of `repere relecture --verifier`: French text for people, JSON Lines for
/// scripts (one object per file, `repere.verification/1`).
public enum VerificationReport {
  /// The verdict on one file, or why it could not be read.
  public struct Verdict: Sendable, Equatable {
    public var path: String
    /// The verification, or `nil` when the file could not be read.
    public var verification: TranscriptVerification?
    /// Why the file could not be read.
    public var readError: String?
    /// Whether trusted keys were given.
    public var keysGiven: Bool

    public init(
      path: String, verification: TranscriptVerification?, readError: String? = nil,
      keysGiven: Bool
    ) {
      self.path = path
      self.verification = verification
      self.readError = readError
      self.keysGiven = keysGiven
    }

    /// Whether the file passes.
    public var passes: Bool { verification?.isIntact ?? false }
  }

  /// The French text of a verdict, ending with a newline.
  public static func text(_ verdict: Verdict) -> String {
    let name = SafeDisplay.escaped(verdict.path)
    guard let verification = verdict.verification else {
      return "\(name) : REFUSÉE — \(SafeDisplay.escaped(verdict.readError ?? "illisible"))\n"
    }
    let lines = "\(verification.lineCount) ligne\(verification.lineCount > 1 ? "s" : "")"
    var text: String
    if verification.isIntact {
      text = "\(name) : intacte — \(lines), \(signatureSummary(verification, verdict.keysGiven))\n"
    } else {
      let count = verification.problems.filter { !$0.isInformational }.count
      text =
        "\(name) : REFUSÉE — \(lines), \(count) problème\(count > 1 ? "s" : "") :\n"
    }
    // Engine drift informs: the transcript is read as recorded whatever today's engine says.
    for problem in verification.problems {
      text += "  - \(problem.isInformational ? "à noter : " : "")\(problem.description)\n"
    }
    return text
  }

  private static func signatureSummary(_ verification: TranscriptVerification, _ keysGiven: Bool)
    -> String
  {
    guard let last = verification.signatures.last else {
      return "non signée (l’intégrité de la chaîne ne prouve pas qui l’a écrite)"
    }
    let trust =
      keysGiven
      ? "de confiance"
      : "non comparée à des clés de confiance (donnez --cles ou --cle)"
    return "signée par la clé \(last.fingerprint) (\(trust))"
  }

  /// The JSON line of a verdict, ending with a newline.
  public static func json(_ verdict: Verdict) -> String {
    var object: [String: Any] = [
      "schema": "repere.verification/1",
      "file": verdict.path,
      "intact": verdict.passes,
    ]
    if let verification = verdict.verification {
      object["lines"] = verification.lineCount
      object["signatures"] = verification.signatures.map { signature -> [String: Any] in
        var entry: [String: Any] = [
          "line": signature.line, "lines": signature.lines, "key": signature.fingerprint,
        ]
        if let trusted = signature.trusted { entry["trusted"] = trusted }
        return entry
      }
      object["problems"] = verification.problems.map { problem -> [String: Any] in
        var entry: [String: Any] = ["code": problem.code, "message": problem.description]
        if let line = problem.line { entry["line"] = line }
        return entry
      }
    } else {
      object["problems"] = [["code": "unreadable", "message": verdict.readError ?? ""]]
    }
    // Plain strings, numbers and booleans: serialisation cannot fail.
    let data = try! JSONSerialization.data(
      withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    return JSONText.escaped(String(decoding: data, as: UTF8.self)) + "\n"
  }
}
