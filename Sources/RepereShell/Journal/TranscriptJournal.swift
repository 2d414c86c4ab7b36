import Foundation
import RepereCore

/// The transcript of a session on disk: entries sealed into a chain, appended, synced.
///
/// ``record(_:at:)`` returns only once the lines are on the disk, so a session killed at
/// any moment after it loses nothing already answered.
public final class TranscriptJournal {
  private let file: JournalFile
  private var chain: TranscriptChain

  /// The path of the transcript file.
  public var path: String { file.path }

  /// The file, e.g. to rename it once the candidate is known.
  public var journalFile: JournalFile { file }

  /// A journal appending to `file`, continuing `chain`.
  public init(file: JournalFile, chain: TranscriptChain = TranscriptChain()) {
    self.file = file
    self.chain = chain
  }

  /// Appends the entries as lines, all at `date`, then syncs the file.
  /// - Throws: ``ShellError/file(path:action:errno:)``.
  public func record(_ entries: [TranscriptEntry], at date: Date) throws(ShellError) {
    guard !entries.isEmpty else { return }
    var bytes: [UInt8] = []
    for entry in entries {
      bytes += Array(chain.seal(entry, at: date).utf8)
      bytes.append(0x0A)
    }
    // One write per batch: a crash tears at most the batch's last line.
    try file.append(bytes)
    try file.sync()
  }
}
