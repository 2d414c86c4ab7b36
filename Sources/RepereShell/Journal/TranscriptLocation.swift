import Foundation
import RepereCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a new transcript goes: `entretien-2026-11-29-dupont-marie.jsonl` (for a
/// preparation, `preparation-2026-11-29-dupont-marie.jsonl`) in the current directory, or
/// the path given with `--transcript`.
public enum TranscriptLocation {
  /// The default file name for a session started on `date` (local calendar day).
  ///
  /// - Parameters:
  ///   - candidate: the candidate's name and first name, slugified; `nil` before they are
  ///     known.
  ///   - suffix: `2`, `3`… to avoid an existing file.
  ///   - mode: the kind of session, which begins the name.
  public static func defaultName(
    date: Date, candidate: String?, suffix: Int? = nil, timeZone: TimeZone = .current,
    mode: SessionMode = .interview
  ) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    var name =
      prefix(mode)
      + String(format: "-%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    if let candidate, case let slug = slugify(candidate), !slug.isEmpty { name += "-" + slug }
    if let suffix { name += "-\(suffix)" }
    return name + ".jsonl"
  }

  /// The first word of a default name: `entretien` or `preparation`.
  static func prefix(_ mode: SessionMode) -> String {
    mode == .preparation ? "preparation" : "entretien"
  }

  /// Lowercase ASCII letters and digits separated by single hyphens: « Dupont Marie-Ève »
  /// gives `dupont-marie-eve`. At most 60 characters.
  public static func slugify(_ text: String) -> String {
    let folded = text.caseAndAccentFolded
    var slug = ""
    var pendingHyphen = false
    for scalar in folded.unicodeScalars {
      let ascii = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      if ascii, scalar.isASCII {
        if pendingHyphen, !slug.isEmpty { slug += "-" }
        pendingHyphen = false
        slug.unicodeScalars.append(scalar)
      } else {
        pendingHyphen = true
      }
    }
    return String(slug.prefix(60)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
  }

  /// Creates a new transcript file in `directory` with the default name, adding `-2`,
  /// `-3`… when a file of that name exists.
  /// - Throws: ``ShellError`` when no file can be created.
  public static func createDefault(
    in directory: String, date: Date, candidate: String?, deferDirectorySync: Bool = false,
    mode: SessionMode = .interview
  ) throws(ShellError) -> JournalFile {
    var suffix: Int?
    while true {
      let name = defaultName(date: date, candidate: candidate, suffix: suffix, mode: mode)
      let path = directory == "." ? name : (directory as NSString).appendingPathComponent(name)
      do {
        return try JournalFile.create(at: path, deferDirectorySync: deferDirectorySync)
      } catch .file(_, _, let code) where code == EEXIST && (suffix ?? 1) < 999 {
        suffix = (suffix ?? 1) + 1
      }
    }
  }
}

extension TranscriptLocation {
  /// Renames a transcript created with the default name to include the candidate's name,
  /// adding `-2`, `-3`… to avoid an existing file.
  ///
  /// - Returns: whether the file was renamed.
  public static func rename(
    _ file: JournalFile, date: Date, candidate: String, mode: SessionMode = .interview
  ) -> Bool {
    let directory = (file.path as NSString).deletingLastPathComponent
    var suffix: Int?
    while (suffix ?? 1) < 999 {
      let name = defaultName(date: date, candidate: candidate, suffix: suffix, mode: mode)
      let path = directory.isEmpty ? name : (directory as NSString).appendingPathComponent(name)
      if path == file.path { return false }
      if file.move(to: path) { return true }
      guard errno == EEXIST else { return false }
      suffix = (suffix ?? 1) + 1
    }
    return false
  }
}

extension TranscriptLocation {
  /// Whether the file name is a default name given before the candidate was known
  /// (`entretien-2026-11-29.jsonl`, `entretien-2026-11-29-2.jsonl`): a resumed session
  /// renames it once the name is known.
  public static func hasDefaultNameWithoutCandidate(
    _ path: String, mode: SessionMode = .interview
  ) -> Bool {
    let name = (path as NSString).lastPathComponent
    let start = prefix(mode) + "-"
    guard name.hasPrefix(start), name.hasSuffix(".jsonl") else { return false }
    let middle = name.dropFirst(start.count).dropLast(".jsonl".count)
    let parts = middle.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3 || parts.count == 4 else { return false }
    let sizes = [4, 2, 2]
    for (part, size) in zip(parts, sizes)
    where part.count != size || !part.allSatisfy(\.isASCII) || Int(part) == nil {
      return false
    }
    return parts.count == 3 || (Int(parts[3]).map { $0 >= 2 } ?? false)
  }
}
