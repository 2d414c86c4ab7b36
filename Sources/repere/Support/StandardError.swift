import Foundation

/// Standard error as a text stream, for reports that must not mix with JSON output.
struct StandardError: TextOutputStream {
  mutating func write(_ string: String) {
    FileHandle.standardError.write(Data(string.utf8))
  }
}
