#if REPERE_FUZZ
  import Foundation
  import RepereBundledGuide
  @testable import RepereCore
  @testable import RepereShell

  #if canImport(Glibc)
    import Glibc
  #endif

  /// The fuzz targets: each takes the fuzzer's bytes, runs one part of the program on them
  /// and checks properties that must hold whatever the bytes (a broken one traps).
  enum FuzzTargets {
    /// The targets by name, as `Scripts/fuzz.sh` runs them.
    static let all: [String: @Sendable ([UInt8]) -> Void] = [
      "transcript": transcript,
      "dialogue": dialogue,
      "input": input,
      "cases": cases,
      "signature": signature,
      "anonymiser": anonymiser,
    ]

    /// Built once: compiling the evidence engine takes far longer than one execution.
    static let guide = BundledGuide.dialogue
    static let suggester = try! EvidenceSuggester(dialogue: guide)

    /// The transcript parser and the resume preparation (replay and comparison).
    static func transcript(_ bytes: [UInt8]) {
      let parsed = TranscriptParser.parse(Data(bytes))
      precondition(parsed.completeByteCount <= bytes.count)
      precondition(parsed.records.allSatisfy { $0.line >= 1 && !$0.text.isEmpty })
      if let torn = parsed.tornLine { precondition(torn.byteCount > 0) }
      _ = JSONDuplicateKeys.firstDuplicate(in: bytes)
      // The fast line decoder reads a line as JSONDecoder does, or declines.
      for line in bytes.split(separator: 0x0A) {
        let fast = Array(line).withUnsafeBufferPointer {
          JSONLineDecoder.read(TranscriptParser.Line.self, from: $0)
        }
        guard let fast else { continue }
        precondition(fast.duplicateKey == JSONDuplicateKeys.firstDuplicate(in: line))
        if let value = fast.value {
          precondition(
            value == (try? JSONDecoder().decode(TranscriptParser.Line.self, from: Data(line))))
        }
      }
      guard parsed.sessionStart != nil else { return }
      if let replayed = try? TranscriptReplay.replay(
        parsed, into: Interview(dialogue: guide, suggester: suggester))
      {
        precondition(replayed.inputs == parsed.inputs.count)
        precondition(replayed.missingEvents.isEmpty == (replayed.missingEventsDate == nil))
      }
    }

    /// A fixed key, so that the fuzzer's mutations of a signed transcript hit the checks.
    static let signer = try! TranscriptSigner(rawRepresentation: Data(repeating: 7, count: 32))

    /// The signature check and the whole verification: never traps, every message is safe
    /// to show, and a transcript is intact only with no problem.
    static func signature(_ bytes: [UInt8]) {
      let parsed = TranscriptParser.parse(Data(bytes))
      let verdict = TranscriptVerification.verify(
        parsed, trustedKeys: [signer.publicKey],
        engine: TranscriptVerification.Engine(
          dialogue: guide,
          guide: GuideIdentity(
            id: guide.id, version: guide.version, sha256: BundledGuide.sha256, source: "f"),
          suggester: suggester))
      precondition(verdict.isIntact == verdict.problems.allSatisfy(\.isInformational))
      // Intact with a trusted key given means a signature verified and covers the last line.
      if verdict.isIntact {
        precondition(verdict.signatures.last?.line == parsed.records.last?.line)
        precondition(verdict.signatures.allSatisfy { $0.trusted == true })
      }
      for problem in verdict.problems {
        precondition(!problem.description.unicodeScalars.contains { SafeDisplay.isUnsafe($0) })
      }
    }

    /// The anonymiser on any parsed transcript: the copy, when made, has a valid chain and
    /// none of the identity's names (taken from the fuzzer's bytes too).
    static func anonymiser(_ bytes: [UInt8]) {
      let parsed = TranscriptParser.parse(Data(bytes))
      let seeds = String(decoding: bytes.prefix(64), as: UTF8.self)
        .split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count >= 3 }
      var identity = Identity()
      identity.candidate.nom = seeds.first ?? ""
      identity.intervenant1.entreprise = seeds.dropFirst().first ?? ""
      guard
        let result = try? TranscriptAnonymiser.anonymise(
          parsed, identity: identity, sourceSHA256: ContentHash.sha256(bytes))
      else { return }
      let copy = TranscriptParser.parse(Data(result.text.utf8))
      precondition(copy.issues.isEmpty && copy.tornLine == nil)
      // No whole word of what a person typed (inputs, answers, notes) is a name (pseudonyms
      // that happen to hold it aside). Keys, record types and the guide's own texts are not
      // names: a seed such as « seq » or « des » may stand there.
      var typed = ""
      for line in result.text.split(separator: "\n") {
        guard
          let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
          let type = object["type"] as? String, ["input", "answer", "note"].contains(type),
          let text = object["text"] as? String
        else { continue }
        typed += text + "\n"
      }
      let words = Set(
        typed.caseAndAccentFolded.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
          .map(String.init))
      let pseudonyms = Set(["alex", "candidat", "entreprise", "a", "sam", "lou", "intervenant"])
      for name in [identity.candidate.nom, identity.intervenant1.entreprise] where !name.isEmpty {
        let folded = name.caseAndAccentFolded
        precondition(pseudonyms.contains(folded) || !words.contains(folded))
      }
    }

    /// The dialogue loader and validator.
    static func dialogue(_ bytes: [UInt8]) {
      let result = DialogueLoader.read(String(decoding: bytes, as: UTF8.self))
      precondition(result.isValid == (result.dialogue != nil))
      for line in DialogueDiagnostic.printedLines(result.diagnostics, file: "f.yaml") {
        precondition(!line.unicodeScalars.contains { SafeDisplay.isUnsafe($0) })
      }
      if let dialogue = result.dialogue { _ = DialogueStatistics(dialogue).summary }
    }

    /// The input cleaner, the choice matcher, safe display and JSON escapes; then the lines
    /// fed to an interview.
    static func input(_ bytes: [UInt8]) {
      let (text, _) = LineResult.decode(bytes)
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let matchers = [
        ChoiceMatcher.yesNo, .endChoice, .levels(guide.levels), .means(guide.means),
      ]
      for line in lines {
        let cleaned = InputLine.clean(line)
        precondition(!cleaned.text.unicodeScalars.contains { SafeDisplay.isUnsafe($0) })
        precondition(cleaned.text.count <= InputLine.maximumLength)
        _ = InputLine.hasVisibleCharacter(cleaned.text)
        for matcher in matchers {
          if let choice = matcher.match(cleaned.text) {
            precondition(matcher.choices.contains { $0.value == choice.value })
          }
        }
        let shown = SafeDisplay.escaped(line)
        precondition(!shown.unicodeScalars.contains { SafeDisplay.isUnsafe($0) })
        let json = InterviewEvent.note(.init(block: nil, text: line)).jsonLine()
        precondition(
          !json.unicodeScalars.contains {
            $0.value < 0x20 || (0x80...0x9F).contains($0.value) || $0.value == 0x2028
              || $0.value == 0x2029
          })
        let decoded = try! JSONDecoder().decode(InterviewEvent.self, from: Data(json.utf8))
        precondition(decoded == .note(.init(block: nil, text: line)))
      }
      var interview = Interview(dialogue: guide, suggester: suggester)
      _ = interview.start(at: Date(timeIntervalSince1970: 0))
      for line in lines.prefix(64) {
        _ = interview.receive(line, at: Date(timeIntervalSince1970: 1))
      }
    }

    /// The `suggerer` case reader: bytes through a pipe, with a small line limit.
    static func cases(_ bytes: [UInt8]) {
      var ends: [Int32] = [-1, -1]
      guard pipe(&ends) == 0 else { return }
      // Fuzz inputs are small (-max_len), far below a pipe's capacity.
      _ = bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, min($0.count, 60_000)) }
      close(ends[1])
      defer { close(ends[0]) }
      let reader = PlainLineReader(
        descriptor: ends[0], signals: nil, maximumLineBytes: 2_048, stopsAtLongLine: true)
      do {
        try CaseReader.read(reader, dialogue: guide, evaluate: true) { outcome in
          if case .success(let checked) = outcome {
            let assessment = suggester.assess(
              block: checked.block, gate: checked.gate, answers: checked.answers)
            precondition(assessment.block == checked.block.id)
          }
        }
      } catch {
        precondition(error.description.contains("trop longue"))
      }
    }
  }

#endif
