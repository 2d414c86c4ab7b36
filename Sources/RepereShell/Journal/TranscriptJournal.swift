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

  /// The number of lines written and the hash of the last one: what a signature signs.
  public var head: (lines: Int, hash: String) {
    (chain.nextSequence - 1, chain.previousHash)
  }

  /// A journal appending to `file`, continuing `chain`.
  public init(file: JournalFile, chain: TranscriptChain = TranscriptChain()) {
    self.file = file
    self.chain = chain
  }

  /// Appends the entries as lines, all at `date`, then syncs the file.
  ///
  /// - Parameters:
  ///   - entries: The entries, sealed into the chain in order.
  ///   - date: The time written on each line.
  ///   - sync: Whether to wait until the lines are on the disk. Only the session's first
  ///     lines are written without it: nothing typed can be lost yet, and the first answer's
  ///     sync puts them on the disk with it.
  /// - Throws: ``ShellError/file(path:action:errno:)``.
  public func record(_ entries: [TranscriptEntry], at date: Date, sync: Bool = true)
    throws(ShellError)
  {
    guard !entries.isEmpty else { return }
    var bytes: [UInt8] = []
    for entry in entries {
      bytes += Array(chain.seal(entry, at: date).utf8)
      bytes.append(0x0A)
    }
    // One write per batch: a crash tears at most the batch's last line.
    try file.append(bytes)
    if sync { try file.sync() }
  }
}
