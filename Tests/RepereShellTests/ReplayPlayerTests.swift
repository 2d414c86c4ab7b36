import Foundation
import RepereCore
import RepereShell
import Testing

/// `repere relecture` without a terminal: all at once, or at the recorded pace with the
/// waits given to an injected sleep (no real time passes in these tests).
@Suite struct ReplayPlayerTests {
  /// A session of three inputs, 10 s, 40 s and 100 s apart, then a stop.
  private func script() -> ReplayScript {
    let start = Date(timeIntervalSince1970: 1_773_050_400)
    var chain = TranscriptChain()
    var text = ""
    func seal(_ entry: TranscriptEntry, _ seconds: Double) {
      text += chain.seal(entry, at: start + seconds) + "\n"
    }
    seal(
      .sessionStarted(
        SessionStart(
          programVersion: "test", dialogue: "d", dialogueVersion: "1",
          dialogueSHA256: String(repeating: "0", count: 64), dialogueSource: "(intégré)")), 0)
    seal(.input(InputRecord(ask: "identity.candidate.nom", text: "Martin")), 10)
    seal(.input(InputRecord(ask: "identity.candidate.prenom", text: "Claire\u{1B}[2J")), 50)
    seal(.input(InputRecord(ask: "identity.candidate.entreprise", text: "Chimica")), 150)
    seal(.sessionStopped(SessionStop(reason: .endOfInput, ask: "x")), 151)
    return ReplayScript(TranscriptParser.parse(Data(text.utf8)))
  }

  private func play(_ pacing: ReplayPacing?) -> (text: String, waits: [Double]) {
    let script = script()
    var text = ""
    var waits: [Double] = []
    let renderer = ReplayTextRenderer(script: script, style: .plain, width: nil)
    ReplayPlayer(
      script: script, renderer: renderer, write: { text += $0 }, sleep: { waits.append($0) }
    ).play(fileName: "t.jsonl", pacing: pacing)
    return (text, waits)
  }

  @Test func pipedReplayNeverWaits() {
    let (text, waits) = play(nil)
    #expect(waits.isEmpty)
    #expect(text.contains("── étape 3/5 · ligne 3 · +00:00:50 ──"))
    #expect(text.contains("› Claire\\u{1B}[2J"))
    #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }

  @Test func pacedReplayWaitsTheRecordedGapsDividedBySpeedAndCapped() {
    let (text, waits) = play(ReplayPacing(speed: 2, maximumPause: 30))
    #expect(waits == [5, 20, 30, 0.5])
    #expect(text == play(nil).text, "the pace changes the timing, never the text")
  }

  @Test func pacedReplayAtRecordedSpeedWithoutCap() {
    #expect(play(ReplayPacing()).waits == [10, 40, 100, 1])
  }

  @Test func summaryIsFrench() {
    let (text, _) = play(nil)
    #expect(text.contains("Temps passé par bloc :\n  (aucun bloc abordé)"))
    #expect(text.contains("Aucun positionnement ne diffère de la suggestion."))
    #expect(text.contains("Aucune réponse modifiée après /retour."))
    #expect(text.contains("Session interrompue (fin de l’entrée)."))
    #expect(
      text.hasPrefix(
        "Relecture de « t.jsonl »\nSession du 2026-03-09 10:00 UTC — guide d 1, repere test\n5 étapes\n"
      ))
  }
}
