/// Finds a key given twice in one JSON object.
///
/// `JSONDecoder` keeps one of two equal keys and other readers (Python, jq) may keep the
/// other: a transcript line `{"text":"Dupont","text":"Durand"}` would then say two things.
/// Transcript lines are therefore refused when any of their objects repeats a key. Keys
/// are compared once their escapes are decoded (`"te\u0078t"` is `"text"`).
///
/// Every line of every transcript read goes through it: it reads the bytes in place, skips
/// string values without decoding them, and decodes a key only when it holds an escape or
/// a non-ASCII byte.
enum JSONDuplicateKeys {
  /// The first key found twice in one object of `bytes`, `nil` when there is none or the
  /// bytes are not JSON (the decoder reports that).
  static func firstDuplicate(in bytes: some Collection<UInt8>) -> String? {
    if let found = bytes.withContiguousStorageIfAvailable({ scan($0) }) { return found }
    return Array(bytes).withUnsafeBufferPointer { scan($0) }
  }

  private static func scan(_ buffer: UnsafeBufferPointer<UInt8>) -> String? {
    var scanner = Scanner(bytes: buffer)
    return scanner.scanValue(depth: 0)
  }

  private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    /// Deeper than any transcript line: beyond it, the decoder rejects the line anyway.
    static let maximumDepth = 64
    /// Up to this many keys, an object's keys are compared one by one; beyond, hashed (a
    /// hostile line with a million keys must not take a million squared comparisons).
    static let linearKeys = 16

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Scans one value; returns a duplicate key if one is found inside it.
    mutating func scanValue(depth: Int) -> String? {
      skipSpace()
      guard index < bytes.count, depth < Self.maximumDepth else { return nil }
      switch bytes[index] {
      case UInt8(ascii: "{"): return scanObject(depth: depth)
      case UInt8(ascii: "["): return scanArray(depth: depth)
      case UInt8(ascii: "\""):
        skipString()
        return nil
      default:
        // Numbers and literals: skip to the next delimiter.
        while index < bytes.count, !Self.isDelimiter(bytes[index]) { index += 1 }
        return nil
      }
    }

    private mutating func scanObject(depth: Int) -> String? {
      index += 1
      var keys: [[UInt16]] = []
      var hashed: Set<[UInt16]> = []
      while true {
        skipSpace()
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "}") {
          index += 1
          return nil
        }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
          continue
        }
        guard bytes[index] == UInt8(ascii: "\""), let key = scanKey() else { return nil }
        let repeated: Bool
        if keys.count < Self.linearKeys {
          repeated = keys.contains(key)
          keys.append(key)
          if keys.count == Self.linearKeys { hashed = Set(keys) }
        } else {
          repeated = !hashed.insert(key).inserted
        }
        if repeated { return String(decoding: key, as: UTF16.self) }
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
        index += 1
        if let duplicate = scanValue(depth: depth + 1) { return duplicate }
      }
    }

    private mutating func scanArray(depth: Int) -> String? {
      index += 1
      while true {
        skipSpace()
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "]") {
          index += 1
          return nil
        }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
          continue
        }
        let start = index
        if let duplicate = scanValue(depth: depth + 1) { return duplicate }
        if index == start { return nil }  // not JSON: stop rather than loop
      }
    }

    /// Skips a string value at `index` (on its opening quote), escapes included.
    private mutating func skipString() {
      index += 1
      while index < bytes.count {
        switch bytes[index] {
        case UInt8(ascii: "\""):
          index += 1
          return
        case UInt8(ascii: "\\"): index += 2
        default: index += 1
        }
      }
    }

    /// Scans a key at `index` (on its opening quote) into UTF-16 code units with its
    /// escapes decoded; `nil` when it is not closed.
    private mutating func scanKey() -> [UInt16]? {
      let start = index + 1
      var end = start
      // The common key: ASCII without escapes, its bytes are its code units.
      while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"),
        bytes[end] < 0x80
      {
        end += 1
      }
      if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
        index = end + 1
        return bytes[start..<end].map(UInt16.init)
      }
      return scanEscapedKey()
    }

    /// Scans a key holding escapes or non-ASCII characters: decoded as UTF-8, then its
    /// escapes as UTF-16 code units.
    private mutating func scanEscapedKey() -> [UInt16]? {
      index += 1
      var raw: [UInt8] = []
      var units: [UInt16] = []
      func flush() {
        units += String(decoding: raw, as: UTF8.self).utf16
        raw.removeAll()
      }
      while index < bytes.count {
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""):
          flush()
          return units
        case UInt8(ascii: "\\"):
          guard index < bytes.count else { return nil }
          flush()
          let escape = bytes[index]
          index += 1
          switch escape {
          case UInt8(ascii: "u"):
            guard index + 4 <= bytes.count,
              let value = UInt16(
                String(decoding: bytes[index..<index + 4], as: UTF8.self),
                radix: 16)
            else { return nil }
            index += 4
            units.append(value)
          case UInt8(ascii: "n"): units.append(0x0A)
          case UInt8(ascii: "t"): units.append(0x09)
          case UInt8(ascii: "r"): units.append(0x0D)
          case UInt8(ascii: "b"): units.append(0x08)
          case UInt8(ascii: "f"): units.append(0x0C)
          default: units.append(UInt16(escape))
          }
        default:
          raw.append(byte)
        }
      }
      return nil
    }

    private mutating func skipSpace() {
      while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
      byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    private static func isDelimiter(_ byte: UInt8) -> Bool {
      isSpace(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]")
        || byte == UInt8(ascii: "}")
    }
  }
}
