import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The files `repere stats` reads, handed out one at a time to parallel readers.
///
/// Arguments are files (read whatever their name), folders (walked recursively, lazily,
/// keeping the `.jsonl` files, hidden ones aside), or `-` (one path per line of standard
/// input, read as needed). Nothing is listed ahead: memory does not grow with the number of
/// files.
public final class TranscriptPaths: @unchecked Sendable {
  private let lock = NSLock()
  private var pending: [String]
  private var walker: FileManager.DirectoryEnumerator?
  private var walkedFolder = ""
  private let readLine: @Sendable () -> String?
  private var readingStandardInput = false

  /// - Parameters:
  ///   - arguments: The paths as given (files, folders, `-`).
  ///   - readLine: Where `-` reads its paths (standard input by default).
  public init(
    _ arguments: [String], readLine: @escaping @Sendable () -> String? = { Swift.readLine() }
  ) {
    pending = arguments.reversed()
    self.readLine = readLine
  }

  /// The next file to read, `nil` when there is none left. Safe to call from any thread.
  public func next() -> String? {
    lock.lock()
    defer { lock.unlock() }
    while true {
      if readingStandardInput {
        guard let line = readLine() else {
          readingStandardInput = false
          continue
        }
        let path = line.trimmingCharacters(in: .whitespaces)
        if !path.isEmpty { return path }
        continue
      }
      if let walker {
        while let relative = walker.nextObject() as? String {
          let path = (walkedFolder as NSString).appendingPathComponent(relative)
          let kind = Self.kind(of: path)
          if (relative as NSString).lastPathComponent.hasPrefix(".") {
            if kind == .folder { walker.skipDescendants() }
            continue
          }
          if kind == .file, relative.hasSuffix(".jsonl") { return path }
        }
        self.walker = nil
      }
      guard let argument = pending.popLast() else { return nil }
      if argument == "-" {
        readingStandardInput = true
        continue
      }
      if Self.kind(of: argument) == .folder {
        walker = FileManager.default.enumerator(atPath: argument)
        walkedFolder = argument
        continue
      }
      return argument
    }
  }

  private enum Kind { case file, folder, other }

  /// What `path` is, following symbolic links (`stat`).
  private static func kind(of path: String) -> Kind {
    var status = stat()
    guard stat(path, &status) == 0 else { return .other }
    switch status.st_mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFDIR: return .folder
    default: return .other
    }
  }
}
