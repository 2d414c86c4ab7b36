import Foundation

@testable import RepereCore

/// Transcripts for the reviewer's side: signed sessions, and the forger's edits of them.
enum ReviewFixture {
  /// Two fixed keys (seeds of 32 bytes), so that every run signs the same way.
  static let evaluatorKey = try! TranscriptSigner(rawRepresentation: Data(repeating: 7, count: 32))
  static let otherKey = try! TranscriptSigner(rawRepresentation: Data(repeating: 9, count: 32))

  /// The golden complete session, signed at its end by `signer`.
  static func signedSession(_ signer: TranscriptSigner = evaluatorKey) -> TranscriptRecorder {
    var recorder = TranscriptRecorder(signingKey: signer.publicKey.fingerprint)
    recorder.send(openingLines)
    recorder.send(completeSessionBlocks)
    recorder.sign(with: signer)
    return recorder
  }

  /// The block answers of ``RecapGoldenTests/completeSession()``.
  static let completeSessionBlocks = [
    "oui", "Je tiens le fichier dans le CRM.", "Rien d’autre.", "", "t",
    "Relances décrites à l’oral, exemples solides.",
    "oui", "Je négocie parfois.", "Toujours le prix et la remise.", "/note Négocie seul.", "",
    "oui", "/note Très à l’aise à l’oral.", "Je réponds vite.", "J’ai lu le cahier des charges.",
    "p", "Exemples trop courts pour ce bloc.",
    "oui", "Risques jamais abordés en entreprise.",
    "les deux",
  ]

  /// The transcript's records re-sealed into a new, valid chain after `edit`: what a
  /// forger who knows the format does. `edit` returns `nil` to drop a record.
  static func rechained(_ text: String, edit: (TranscriptEntry) -> TranscriptEntry?) -> String {
    let parsed = TranscriptParser.parse(Data(text.utf8))
    var chain = TranscriptChain()
    var lines: [String] = []
    for record in parsed.records {
      guard let entry = edit(record.entry) else { continue }
      lines.append(chain.seal(entry, at: record.date!))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `text` with one input line's text replaced (and the matching answer), chain recomputed.
  static func forgedAnswer(_ text: String, from old: String, to new: String) -> String {
    rechained(text) { entry in
      switch entry {
      case .input(var input) where input.text == old:
        input.text = new
        return .input(input)
      case .event(.answer(var answer)) where answer.text == old:
        answer.text = new
        return .event(.answer(answer))
      default:
        return entry
      }
    }
  }

  static func parse(_ text: String) -> ParsedTranscript {
    TranscriptParser.parse(Data(text.utf8))
  }

  static func lines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
  }

  static func join(_ lines: [String]) -> String { lines.joined(separator: "\n") + "\n" }

  /// The engine the fixture's sessions were recorded with.
  static var engine: TranscriptVerification.Engine {
    TranscriptVerification.Engine(
      dialogue: InterviewFixture.dialogue,
      guide: GuideIdentity(
        id: "fixture", version: "1", sha256: TranscriptRecorder.dialogueSHA256,
        source: "(intégré)"),
      suggester: FakeSuggester())
  }
}
