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
      guard parsed.sessionStart != nil else { return }
      if let replayed = try? TranscriptReplay.replay(
        parsed, into: Interview(dialogue: guide, suggester: suggester))
      {
        precondition(replayed.inputs == parsed.inputs.count)
        precondition(replayed.missingEvents.isEmpty == (replayed.missingEventsDate == nil))
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
