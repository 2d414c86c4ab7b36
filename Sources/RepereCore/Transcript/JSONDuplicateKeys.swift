/// Finds a key given twice in one JSON object.
///
/// `JSONDecoder` keeps one of two equal keys and other readers (Python, jq) may keep the
/// other: a transcript line `{"text":"Dupont","text":"Durand"}` would then say two things.
/// Transcript lines are therefore refused when any of their objects repeats a key. Keys
/// are compared once their escapes are decoded (`"te\u0078t"` is `"text"`).
enum JSONDuplicateKeys {
  /// The first key found twice in one object of `bytes`, `nil` when there is none or the
  /// bytes are not JSON (the decoder reports that).
  static func firstDuplicate(in bytes: some Collection<UInt8>) -> String? {
    var scanner = Scanner(bytes: Array(bytes))
    return scanner.scanValue(depth: 0)
  }

  private struct Scanner {
    let bytes: [UInt8]
    var index = 0
    /// Deeper than any transcript line: beyond it, the decoder rejects the line anyway.
    static let maximumDepth = 64

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// Scans one value; returns a duplicate key if one is found inside it.
    mutating func scanValue(depth: Int) -> String? {
      skipSpace()
      guard index < bytes.count, depth < Self.maximumDepth else { return nil }
      switch bytes[index] {
      case UInt8(ascii: "{"): return scanObject(depth: depth)
      case UInt8(ascii: "["): return scanArray(depth: depth)
      case UInt8(ascii: "\""):
        _ = scanString()
        return nil
      default:
        // Numbers and literals: skip to the next delimiter.
        while index < bytes.count, !",]} \t\r\n".utf8.contains(bytes[index]) { index += 1 }
        return nil
      }
    }

    private mutating func scanObject(depth: Int) -> String? {
      index += 1
      var keys: Set<[UInt16]> = []
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
        guard bytes[index] == UInt8(ascii: "\""), let key = scanString() else { return nil }
        if !keys.insert(key).inserted {
          return String(decoding: key, as: UTF16.self)
        }
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

    /// Scans a string at `index` (on its opening quote) into UTF-16 code units with its
    /// escapes decoded; `nil` when it is not closed.
    private mutating func scanString() -> [UInt16]? {
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
                String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
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
      while index < bytes.count, " \t\r\n".utf8.contains(bytes[index]) { index += 1 }
    }
  }
}
