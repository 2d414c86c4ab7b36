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

  @Test("reopening for resuming makes an open transcript private again, and says it did")
  func reopenTightensMode() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("t.jsonl")
    _ = FileManager.default.createFile(
      atPath: path, contents: Data(), attributes: [.posixPermissions: 0o644])
    let file = try JournalFile.openForResuming(at: path)
    #expect(file.originalMode == 0o644)
    #expect(file.makePrivate())
    #expect(try mode(of: path) == 0o600)
  }

  @Test("a transcript open in one place cannot be opened for writing in another")
  func secondOpenRefused() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("t.jsonl")
    do {
      let first = try JournalFile.create(at: path)
      // flock locks belong to the open file: a second open, even here, is refused.
      #expect(throws: ShellError.transcriptLocked(path: path, holder: nil)) {
        try JournalFile.openForResuming(at: path)
      }
      withExtendedLifetime(first) {}
    }
    _ = try JournalFile.openForResuming(at: path)  // free again once closed
  }

  @Test("resuming refuses a symbolic link and leaves its target untouched")
  func resumeRefusesSymbolicLink() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let target = directory.path("target.jsonl")
    _ = FileManager.default.createFile(
      atPath: target, contents: Data("x\n".utf8), attributes: [.posixPermissions: 0o644])
    let link = directory.path("link.jsonl")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    #expect(throws: ShellError.symbolicLink(path: link)) {
      try JournalFile.openForResuming(at: link)
    }
    #expect(try mode(of: target) == 0o644)
  }

  @Test("resuming a FIFO or /dev/null says it is not a regular file, without blocking")
  func resumeRefusesSpecialFiles() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let fifo = directory.path("fifo")
    #expect(mkfifo(fifo, 0o600) == 0)
    #expect(throws: ShellError.notRegularFile(path: fifo)) {
      try JournalFile.openForResuming(at: fifo)
    }
    #expect(throws: ShellError.notRegularFile(path: "/dev/null")) {
      try JournalFile.openForResuming(at: "/dev/null")
    }
  }

  @Test("creating over a dangling symbolic link says it is a link, not an existing file")
  func createOverDanglingLink() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let link = directory.path("t.jsonl")
    try FileManager.default.createSymbolicLink(
      atPath: link, withDestinationPath: directory.path("absent"))
    #expect(throws: ShellError.symbolicLink(path: link)) { try JournalFile.create(at: link) }
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
