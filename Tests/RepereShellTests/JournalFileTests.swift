import Foundation
import RepereCore
import Testing

@testable import RepereShell

@Suite("Journal file", .serialized)
struct JournalFileTests {
  private func mode(of path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
  }

  @Test("a new transcript is private (0600) whatever the umask")
  func modeIgnoresUmask() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    for (index, mask) in [mode_t(0o000), 0o022, 0o077].enumerated() {
      let previous = umask(mask)
      defer { umask(previous) }
      let path = directory.path("t\(index).jsonl")
      _ = try JournalFile.create(at: path)
      #expect(try mode(of: path) == 0o600)
    }
  }

  @Test("reopening for appending makes an open transcript private again")
  func reopenTightensMode() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("t.jsonl")
    _ = FileManager.default.createFile(
      atPath: path, contents: Data(), attributes: [.posixPermissions: 0o644])
    _ = try JournalFile.openForAppending(at: path)
    #expect(try mode(of: path) == 0o600)
  }

  @Test("creating over an existing file fails instead of overwriting it")
  func createNeverOverwrites() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("t.jsonl")
    try Data("précieux\n".utf8).write(to: URL(fileURLWithPath: path))
    #expect(throws: ShellError.self) { try JournalFile.create(at: path) }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "précieux\n")
  }

  @Test("records are appended as chained lines and are on disk after record()")
  func appendAndSync() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("t.jsonl")
    let journal = TranscriptJournal(file: try JournalFile.create(at: path))
    let date = Date(timeIntervalSince1970: 1_795_000_000.25)
    try journal.record([.input(InputRecord(ask: "a", text: "un"))], at: date)
    // Read through another descriptor: the bytes are there before the journal is closed.
    let first = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(first.last == 0x0A)
    try journal.record(
      [.input(InputRecord(ask: "b", text: "deux")), .input(InputRecord(ask: "c", text: "trois"))],
      at: date)
    let parsed = TranscriptParser.parse(try Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(parsed.issues.isEmpty)
    #expect(parsed.tornLine == nil)
    #expect(parsed.records.map(\.sequence) == [1, 2, 3])
    #expect(parsed.inputs.map(\.input.text) == ["un", "deux", "trois"])
    #expect(parsed.records.first?.time == "2026-11-18T11:06:40.250Z")
  }

  @Test("the default name holds the date and the candidate, and never collides")
  func defaultNames() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let date = Date(timeIntervalSince1970: 1_795_000_000)
    let utc = TimeZone(identifier: "UTC")!
    #expect(
      TranscriptLocation.defaultName(date: date, candidate: "Dupont Marie-Ève", timeZone: utc)
        == "entretien-2026-11-18-dupont-marie-eve.jsonl")
    let first = try TranscriptLocation.createDefault(
      in: directory.url.path, date: date, candidate: "Dupont Marie")
    let second = try TranscriptLocation.createDefault(
      in: directory.url.path, date: date, candidate: "Dupont Marie")
    #expect(first.path != second.path)
    #expect(second.path.hasSuffix("-dupont-marie-2.jsonl"))
  }

  @Test(
    "slugs keep letters and digits only",
    arguments: [
      ("  Élise  O'Brien ", "elise-o-brien"),
      ("Zoë/../etc", "zoe-etc"),
      ("", ""),
      ("N° 12 — Müller", "n-12-muller"),
    ])
  func slugs(input: String, expected: String) {
    #expect(TranscriptLocation.slugify(input) == expected)
  }

  @Test("renaming never replaces an existing file")
  func renameAvoidsExisting() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let date = Date(timeIntervalSince1970: 1_795_000_000)
    let taken = directory.path(
      TranscriptLocation.defaultName(date: date, candidate: "Dupont Marie"))
    try Data("autre session\n".utf8).write(to: URL(fileURLWithPath: taken))
    let file = try TranscriptLocation.createDefault(
      in: directory.url.path, date: date, candidate: nil)
    #expect(TranscriptLocation.rename(file, date: date, candidate: "Dupont Marie"))
    #expect(file.path.hasSuffix("-dupont-marie-2.jsonl"))
    #expect(try String(contentsOfFile: taken, encoding: .utf8) == "autre session\n")
  }
}
