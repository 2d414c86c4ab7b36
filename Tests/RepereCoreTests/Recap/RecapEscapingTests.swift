import Foundation
import Testing

@testable import RepereCore

/// Person-written text in every field of the recap, in every format: shown as typed, never
/// obeyed (no markup, no table cell broken, no terminal escape, no text turned around).
@Suite struct RecapEscapingTests {
  /// What a person could type: markup, an entity, quotes, Markdown syntax, a terminal escape
  /// sequence, a bell, a right-to-left override.
  static let hostile = "<script>alert(1)</script> & \"q\" 'a' | *b* \u{1B}[31m\u{7} \u{202E}fin"

  /// The hostile text as each display format must show it.
  static let asText = #"<script>alert(1)</script> & "q" 'a' | *b* \u{1B}[31m\u{7} \u{202E}fin"#
  static let asHTML =
    #"&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#39;a&#39; | *b* \u{1B}[31m\u{7} \u{202E}fin"#
  static let asMarkdown =
    #"\<script\>alert(1)\</script\> \& "q" 'a' \| \*b\* \\u{1B}\[31m\\u{7} \\u{202E}fin"#

  /// The complete golden session with a tagged hostile text in every person-written field:
  /// `F01 …`, `F02 …`, so each field can be found in the output.
  static func hostileDocument() throws -> (RecapDocument, tags: [String]) {
    var document = try RecapGoldenTests.document(
      RecapGoldenTests.completeSession().text, fileName: "recap-complete.jsonl")
    var tags: [String] = []
    func poison(_ text: inout String) {
      let tag = "F" + (tags.count + 1 < 10 ? "0" : "") + String(tags.count + 1)
      tags.append(tag)
      text = "\(tag) \(hostile)"
    }
    var recap = document.recap
    for path: WritableKeyPath<Identity, Person> in [\.candidate, \.intervenant1, \.intervenant2] {
      poison(&recap.identity[keyPath: path].nom)
      poison(&recap.identity[keyPath: path].prenom)
      poison(&recap.identity[keyPath: path].entreprise)
      if path != \.candidate { poison(&recap.identity[keyPath: path].fonction) }
    }
    for index in recap.opening.indices { poison(&recap.opening[index].text) }
    for c in recap.competences.indices {
      for i in recap.competences[c].items.indices {
        if recap.competences[c].items[i].block == nil {
          for n in recap.competences[c].items[i].notes.indices {
            poison(&recap.competences[c].items[i].notes[n])
          }
        }
      }
      for b in recap.competences[c].blocks.indices {
        for a in recap.competences[c].blocks[b].answers.indices {
          poison(&recap.competences[c].blocks[b].answers[a].text)
        }
        for n in recap.competences[c].blocks[b].notes.indices {
          poison(&recap.competences[c].blocks[b].notes[n])
        }
        if recap.competences[c].blocks[b].overrideReason != nil {
          poison(&recap.competences[c].blocks[b].overrideReason!)
          // The recap item of the block shows the same reason.
          let block = recap.competences[c].blocks[b]
          for i in recap.competences[c].items.indices
          where recap.competences[c].items[i].block == block.block {
            recap.competences[c].items[i].overrideReason = block.overrideReason
          }
        }
      }
      recap.competences[c].notes.append("")
      poison(&recap.competences[c].notes[recap.competences[c].notes.count - 1])
    }
    recap.generalNotes.append("")
    poison(&recap.generalNotes[0])
    document.recap = recap
    poison(&document.source.transcriptFileName)
    return (document, tags)
  }

  @Test func everyFieldIsEscapedInTheText() throws {
    let (document, tags) = try Self.hostileDocument()
    let text = RecapTextRenderer().render(document)
    for tag in tags { #expect(text.contains("\(tag) \(Self.asText)"), "\(tag)") }
    #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" || $0 == "\u{202E}" })
  }

  @Test func everyFieldIsEscapedInMarkdown() throws {
    let (document, tags) = try Self.hostileDocument()
    let markdown = RecapMarkdownRenderer().render(document)
    for tag in tags { #expect(markdown.contains("\(tag) \(Self.asMarkdown)"), "\(tag)") }
    // No `<` reaches a Markdown renderer unescaped: no raw HTML.
    #expect(!markdown.replacingOccurrences(of: "\\<", with: "").contains("<"))
    for line in markdown.split(separator: "\n")
    where line.unicodeScalars.contains(where: { $0 == "\u{1B}" || $0 == "\u{202E}" }) {
      Issue.record("raw control character: \(line.debugDescription)")
    }
    // A table row keeps its number of cells: every `|` typed is escaped.
    for line in markdown.split(separator: "\n") where line.hasPrefix("| F") {
      #expect(line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == 3)
    }
  }

  @Test func everyFieldIsEscapedInHTML() throws {
    let (document, tags) = try Self.hostileDocument()
    let html = try RecapHTMLRenderer().render(document)
    for tag in tags { #expect(html.contains("\(tag) \(Self.asHTML)"), "\(tag)") }
    #expect(!html.contains("<script"))
    #expect(!html.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
  }

  @Test func everyFieldIsKeptExactlyInJSON() throws {
    let (document, tags) = try Self.hostileDocument()
    let json = RecapJSONRenderer().render(document)
    // Control characters are JSON escapes; the values read back are the text typed.
    #expect(!json.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" })
    var found: Set<String> = []
    func collect(_ value: Any) {
      switch value {
      case let string as String:
        if string.hasSuffix(Self.hostile), string.count == Self.hostile.count + 4 {
          found.insert(String(string.prefix(3)))
        }
      case let array as [Any]: array.forEach(collect)
      case let object as [String: Any]: object.values.forEach(collect)
      default: break
      }
    }
    collect(try JSONSerialization.jsonObject(with: Data(json.utf8)))
    #expect(found == Set(tags))
  }

  /// A bidirectional override typed in the interview is removed by input cleaning (and the
  /// cleaning recorded); markup typed stays text in every format.
  @Test func bidiTypedInTheInterviewIsCleanedAndMarkupStaysText() throws {
    var recorder = TranscriptRecorder()
    recorder.send(["Martin\u{202E}", "Claire", "<b>Chimica</b> & Cie"])
    recorder.stop()
    let document = try RecapGoldenTests.document(recorder.text, fileName: "t.jsonl")
    let text = RecapTextRenderer().render(document)
    #expect(text.contains("Claire Martin, <b>Chimica</b> & Cie"))
    #expect(!text.unicodeScalars.contains("\u{202E}"))
    #expect(
      try RecapHTMLRenderer().render(document).contains("&lt;b&gt;Chimica&lt;/b&gt; &amp; Cie"))
  }
}
