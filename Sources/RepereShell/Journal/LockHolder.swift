import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process holding the lock of a transcript, for the message that refuses a second one.
public struct LockHolder: Sendable, Equatable {
  /// Its process id.
  public var pid: Int32
  /// Its command name (`repere`), when readable.
  public var command: String?

  public init(pid: Int32, command: String?) {
    self.pid = pid
    self.command = command
  }

  /// The holder of the `flock` lock on the open file, found in `/proc/locks` (Linux);
  /// `nil` where that cannot be read.
  static func find(descriptor: Int32) -> LockHolder? {
    var status = stat()
    guard fstat(descriptor, &status) == 0,
      let locks = try? String(contentsOfFile: "/proc/locks", encoding: .utf8)
    else { return nil }
    let inode = String(status.st_ino)
    for line in locks.split(separator: "\n") {
      // `1: FLOCK  ADVISORY  WRITE 12345 08:01:1234567 0 EOF`
      let fields = line.split(separator: " ")
      guard fields.count >= 6, fields[1] == "FLOCK", let pid = Int32(fields[4]),
        pid != getpid(), fields[5].split(separator: ":").last.map(String.init) == inode
      else { continue }
      let command = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?
        .trimmingCharacters(in: .whitespacesAndNewlines)
      return LockHolder(pid: pid, command: command?.isEmpty == false ? command : nil)
    }
    return nil
  }
}
