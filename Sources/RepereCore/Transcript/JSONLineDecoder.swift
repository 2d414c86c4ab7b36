import Foundation

/// Decodes one JSON line into a `Decodable` value faster than `JSONDecoder`, or declines.
///
/// Every line of every transcript read is decoded, and `JSONDecoder` spends most of its time
/// building a dictionary of each object's keys. This decoder runs the same `init(from:)`
/// of the same types over a flat index of the line's values, looking keys up one by one.
/// It is strict and partial: it declines (returns `nil`) whatever it is not sure to read
/// exactly as `JSONDecoder` does — any JSON it does not fully validate, any key with an
/// escape or a non-ASCII character, a number that is not a plain integer for an integer type, a
/// string that is not valid UTF-8, `Date`, `Data`, `URL` and `Decimal` values, any error —
/// and the caller then decodes with `JSONDecoder`, which decides and explains. So a value
/// it returns is the one `JSONDecoder` returns, and every error message is `JSONDecoder`'s.
///
/// It finds, in the same pass, the first key an object repeats, as ``JSONDuplicateKeys``
/// does; such a line's value is left to `JSONDecoder` (the decoders may keep either value).
///
/// Only for types whose `init(from:)` lets every error through (no `try?` falling back to a
/// default): such a fallback would take a decline for a value that is not there. The
/// transcript entries are such types; `JSONLineDecoderTests` checks them on every line.
enum JSONLineDecoder {
  /// What the decoder read of a line whose JSON it accepts.
  struct Reading<Value> {
    /// The value, `nil` when the decoder declines to decode it (then `JSONDecoder` does).
    var value: Value?
    /// The first key given twice in one object, as ``JSONDuplicateKeys`` finds it. With one,
    /// the value is left to `JSONDecoder` (which of the two counts is its choice).
    var duplicateKey: String?
  }

  /// Reads `bytes` as `T`; `nil` when the decoder declines the line's JSON (then neither
  /// the value nor the duplicate key is known).
  static func read<T: Decodable>(_ type: T.Type, from bytes: UnsafeBufferPointer<UInt8>)
    -> Reading<T>?
  {
    guard let tape = JSONTape(bytes) else { return nil }
    if let duplicate = tape.duplicateKey { return Reading(value: nil, duplicateKey: duplicate) }
    return Reading(value: try? T(from: TapeDecoder(tape: tape, node: 0)), duplicateKey: nil)
  }

  /// `bytes` decoded as `T`, or `nil` when this decoder declines.
  static func decode<T: Decodable>(_ type: T.Type, from bytes: UnsafeBufferPointer<UInt8>) -> T? {
    read(type, from: bytes)?.value
  }
}

/// Thrown inside ``JSONLineDecoder`` to decline; never seen outside.
private struct Declined: Error {}

/// The values of one JSON text, in document order, each with the index after its subtree.
private final class JSONTape {
  enum Kind: UInt8 { case object, array, string, number, `true`, `false`, null }

  struct Node {
    var kind: Kind
    /// For a string, whether it holds an escape; for a number, whether it has a fraction or
    /// an exponent.
    var flag: Bool
    /// The bytes of the value (a string's without its quotes).
    var start: Int
    var end: Int
    /// The index of the node after this value and everything inside it.
    var next: Int
  }

  let bytes: UnsafeBufferPointer<UInt8>
  private(set) var nodes: [Node] = []
  private var index = 0
  /// The first key found twice in one object, in document order, as ``JSONDuplicateKeys``
  /// finds it.
  private(set) var duplicateKey: String?

  /// Deeper than any transcript line: the decoder declines beyond.
  private static let maximumDepth = 64
  /// More keys in one object than any transcript line: the decoder declines beyond (its
  /// duplicate check compares keys one by one).
  private static let maximumKeys = 64

  /// The tape of `bytes`, `nil` unless they are exactly one valid JSON value with blanks.
  init?(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    nodes.reserveCapacity(32)
    guard scanValue(depth: 0) else { return nil }
    skipSpace()
    guard index == bytes.count else { return nil }
  }

  private func skipSpace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  private func scanValue(depth: Int) -> Bool {
    skipSpace()
    guard index < bytes.count, depth < Self.maximumDepth else { return false }
    switch bytes[index] {
    case UInt8(ascii: "{"): return scanObject(depth: depth)
    case UInt8(ascii: "["): return scanArray(depth: depth)
    case UInt8(ascii: "\""): return scanString()
    case UInt8(ascii: "t"): return scanLiteral("true", .true)
    case UInt8(ascii: "f"): return scanLiteral("false", .false)
    case UInt8(ascii: "n"): return scanLiteral("null", .null)
    default: return scanNumber()
    }
  }

  private func open(_ kind: Kind) -> Int {
    nodes.append(Node(kind: kind, flag: false, start: index, end: index, next: 0))
    return nodes.count - 1
  }

  private func close(_ node: Int) {
    nodes[node].end = index
    nodes[node].next = nodes.count
  }

  private func scanObject(depth: Int) -> Bool {
    let node = open(.object)
    index += 1
    skipSpace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      close(node)
      return true
    }
    var keys: [Int] = []
    while true {
      guard keys.count < Self.maximumKeys else { return false }
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), scanString(),
        isPlainKey(nodes[nodes.count - 1])
      else { return false }
      if duplicateKey == nil { noteDuplicate(nodes.count - 1, among: &keys) }
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return false }
      index += 1
      guard scanValue(depth: depth + 1) else { return false }
      skipSpace()
      guard index < bytes.count else { return false }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      guard bytes[index] == UInt8(ascii: "}") else { return false }
      index += 1
      close(node)
      return true
    }
  }

  private func scanArray(depth: Int) -> Bool {
    let node = open(.array)
    index += 1
    skipSpace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      close(node)
      return true
    }
    while true {
      guard scanValue(depth: depth + 1) else { return false }
      skipSpace()
      guard index < bytes.count else { return false }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      guard bytes[index] == UInt8(ascii: "]") else { return false }
      index += 1
      close(node)
      return true
    }
  }

  /// Records `key` as the first duplicate if an earlier key of its object has its bytes
  /// (plain keys: equal bytes, equal keys), and adds it to them. Objects hold a few keys:
  /// compared one by one, up to a bound beyond which the check is left to
  /// ``JSONDuplicateKeys`` (a hostile line must not take a quadratic time).
  private func noteDuplicate(_ key: Int, among keys: inout [Int]) {
    let name = nodes[key]
    for other in keys {
      let earlier = nodes[other]
      if earlier.end - earlier.start == name.end - name.start,
        memcmp(
          bytes.baseAddress! + earlier.start, bytes.baseAddress! + name.start,
          name.end - name.start) == 0
      {
        duplicateKey = String(decoding: bytes[name.start..<name.end], as: UTF8.self)
        return
      }
    }
    keys.append(key)
  }

  /// Whether a key is compared as plain bytes exactly as `JSONDecoder` compares it: ASCII
  /// without escapes (`"te\u0078t"` is `"text"`, and a non-ASCII key may equal an ASCII one
  /// once normalised).
  private func isPlainKey(_ key: Node) -> Bool {
    !key.flag && !bytes[key.start..<key.end].contains { $0 >= 0x80 }
  }

  /// A string at `index` (its opening quote): control characters refused, escapes checked.
  private func scanString() -> Bool {
    index += 1
    let start = index
    var escaped = false
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        nodes.append(Node(kind: .string, flag: escaped, start: start, end: index, next: 0))
        nodes[nodes.count - 1].next = nodes.count
        index += 1
        return true
      case UInt8(ascii: "\\"):
        escaped = true
        guard index + 1 < bytes.count else { return false }
        switch bytes[index + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
          UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
          index += 2
        case UInt8(ascii: "u"):
          guard index + 6 <= bytes.count,
            (index + 2..<index + 6).allSatisfy({ Self.hexValue(bytes[$0]) != nil })
          else { return false }
          index += 6
        default:
          return false
        }
      case 0..<0x20:
        return false
      default:
        index += 1
      }
    }
    return false
  }

  private func scanLiteral(_ literal: StaticString, _ kind: Kind) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard index + count <= bytes.count else { return false }
    for offset in 0..<count where bytes[index + offset] != literal.utf8Start[offset] {
      return false
    }
    nodes.append(Node(kind: kind, flag: false, start: index, end: index + count, next: 0))
    nodes[nodes.count - 1].next = nodes.count
    index += count
    return true
  }

  /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
  private func scanNumber() -> Bool {
    let start = index
    func digits() -> Int {
      let first = index
      while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
      return index - first
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard index < bytes.count else { return false }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
    } else if digits() == 0 {
      return false
    }
    var real = false
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      real = true
      guard digits() > 0 else { return false }
    }
    if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
      index += 1
      real = true
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
      {
        index += 1
      }
      guard digits() > 0 else { return false }
    }
    nodes.append(Node(kind: .number, flag: real, start: start, end: index, next: 0))
    nodes[nodes.count - 1].next = nodes.count
    return true
  }

  static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case 0x30...0x39: UInt32(byte - 0x30)
    case 0x41...0x46: UInt32(byte - 0x41 + 10)
    case 0x61...0x66: UInt32(byte - 0x61 + 10)
    default: nil
    }
  }

  // MARK: - Reading values

  func kind(_ node: Int) -> Kind { nodes[node].kind }

  /// The value of `key` in the object at `node`, if any (its keys are plain: ``isPlainKey``).
  func member(_ key: String, of node: Int) -> Int? {
    var key = key
    return key.withUTF8 { wanted -> Int? in
      var child = node + 1
      let end = nodes[node].next
      while child < end {
        let name = nodes[child]
        let length = name.end - name.start
        if length == wanted.count,
          length == 0 || memcmp(bytes.baseAddress! + name.start, wanted.baseAddress!, length) == 0
        {
          return child + 1
        }
        child = nodes[child + 1].next
      }
      return nil
    }
  }

  /// The keys of the object at `node`, in order.
  func keys(of node: Int) -> [String] {
    var keys: [String] = []
    var child = node + 1
    while child < nodes[node].next {
      let name = nodes[child]
      keys.append(String(decoding: bytes[name.start..<name.end], as: UTF8.self))
      child = nodes[child + 1].next
    }
    return keys
  }

  /// The values of the array at `node`, in order.
  func elements(of node: Int) -> [Int] {
    var elements: [Int] = []
    var child = node + 1
    while child < nodes[node].next {
      elements.append(child)
      child = nodes[child].next
    }
    return elements
  }

  func string(_ node: Int) throws(Declined) -> String {
    let value = nodes[node]
    guard value.kind == .string else { throw Declined() }
    let raw = UnsafeBufferPointer(rebasing: bytes[value.start..<value.end])
    if !value.flag { return try Self.validated(raw) }
    var unescaped: [UInt8] = []
    unescaped.reserveCapacity(raw.count)
    var offset = 0
    while offset < raw.count {
      let byte = raw[offset]
      guard byte == UInt8(ascii: "\\") else {
        unescaped.append(byte)
        offset += 1
        continue
      }
      let escape = raw[offset + 1]
      offset += 2
      switch escape {
      case UInt8(ascii: "b"): unescaped.append(0x08)
      case UInt8(ascii: "f"): unescaped.append(0x0C)
      case UInt8(ascii: "n"): unescaped.append(0x0A)
      case UInt8(ascii: "r"): unescaped.append(0x0D)
      case UInt8(ascii: "t"): unescaped.append(0x09)
      case UInt8(ascii: "u"):
        var value = Self.hex4(raw, offset)
        offset += 4
        if (0xD800..<0xDC00).contains(value) {
          // A high surrogate must be followed by a low one; anything else is declined.
          guard offset + 6 <= raw.count, raw[offset] == UInt8(ascii: "\\"),
            raw[offset + 1] == UInt8(ascii: "u")
          else { throw Declined() }
          let low = Self.hex4(raw, offset + 2)
          guard (0xDC00..<0xE000).contains(low) else { throw Declined() }
          offset += 6
          value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00..<0xE000).contains(value) {
          throw Declined()
        }
        guard let scalar = Unicode.Scalar(value) else { throw Declined() }
        unescaped.append(contentsOf: UTF8.encode(scalar)!)
      default: unescaped.append(escape)  // `"`, `\`, `/`
      }
    }
    return try unescaped.withUnsafeBufferPointer { (raw) throws(Declined) in
      try Self.validated(raw)
    }
  }

  /// The bytes as a string when they are valid UTF-8; declined otherwise.
  ///
  /// Decoded with the standard library's fast path, which repairs invalid bytes, and kept
  /// only if nothing was repaired: the same bytes come out.
  private static func validated(_ raw: UnsafeBufferPointer<UInt8>) throws(Declined) -> String {
    var text = String(decoding: raw, as: UTF8.self)
    let same = text.withUTF8 { utf8 in
      utf8.count == raw.count
        && (raw.isEmpty || memcmp(utf8.baseAddress!, raw.baseAddress!, raw.count) == 0)
    }
    guard same else { throw Declined() }
    return text
  }

  private static func hex4(_ raw: UnsafeBufferPointer<UInt8>, _ offset: Int) -> UInt32 {
    (offset..<offset + 4).reduce(0) { $0 << 4 | hexValue(raw[$1])! }
  }

  func bool(_ node: Int) throws(Declined) -> Bool {
    switch nodes[node].kind {
    case .true: true
    case .false: false
    default: throw Declined()
    }
  }

  func integer<T: FixedWidthInteger>(_ node: Int, as type: T.Type) throws(Declined) -> T {
    let value = nodes[node]
    guard value.kind == .number, !value.flag else { throw Declined() }
    var offset = value.start
    let negative = bytes[offset] == UInt8(ascii: "-")
    if negative {
      guard T.isSigned else { throw Declined() }
      offset += 1
    }
    var result: T = 0
    while offset < value.end {
      let digit = T(bytes[offset] - 0x30)
      let (shifted, overflow) = result.multipliedReportingOverflow(by: 10)
      let (next, overflow2) =
        negative
        ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
      guard !overflow, !overflow2 else { throw Declined() }
      result = next
      offset += 1
    }
    return result
  }

  func double(_ node: Int) throws(Declined) -> Double {
    let value = nodes[node]
    // An exponent may overflow or underflow, which readers treat differently: declined.
    guard value.kind == .number,
      !bytes[value.start..<value.end].contains(where: { $0 | 0x20 == UInt8(ascii: "e") }),
      let number = Double(
        String(
          decoding: UnsafeBufferPointer(rebasing: bytes[value.start..<value.end]), as: UTF8.self)),
      number.isFinite
    else { throw Declined() }
    return number
  }

  /// A value of any type: the common ones read directly, the others by their `init(from:)`;
  /// those `JSONDecoder` treats apart (dates, data, URLs, decimals) declined.
  func decode<T: Decodable>(_ type: T.Type, at node: Int) throws -> T {
    if T.self == String.self { return try string(node) as! T }
    if T.self == Int.self { return try integer(node, as: Int.self) as! T }
    if T.self == Bool.self { return try bool(node) as! T }
    if T.self == Double.self { return try double(node) as! T }
    if T.self == Date.self || T.self == Data.self || T.self == URL.self || T.self == Decimal.self
      || T.self == Float.self
    {
      throw Declined()
    }
    return try T(from: TapeDecoder(tape: self, node: node))
  }
}

/// A `Decoder` on one value of a tape.
private struct TapeDecoder: Decoder {
  let tape: JSONTape
  let node: Int

  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard tape.kind(node) == .object else { throw Declined() }
    return KeyedDecodingContainer(KeyedContainer<Key>(tape: tape, node: node))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard tape.kind(node) == .array else { throw Declined() }
    return UnkeyedContainer(tape: tape, elements: tape.elements(of: node))
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    SingleValueContainer(tape: tape, node: node)
  }
}

private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let tape: JSONTape
  let node: Int

  var codingPath: [any CodingKey] { [] }

  var allKeys: [Key] { tape.keys(of: node).compactMap { Key(stringValue: $0) } }

  func contains(_ key: Key) -> Bool { tape.member(key.stringValue, of: node) != nil }

  private func value(_ key: Key) throws -> Int {
    guard let value = tape.member(key.stringValue, of: node) else { throw Declined() }
    return value
  }

  func decodeNil(forKey key: Key) throws -> Bool { tape.kind(try value(key)) == .null }
  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try tape.bool(value(key)) }
  func decode(_ type: String.Type, forKey key: Key) throws -> String {
    try tape.string(value(key))
  }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
    try tape.double(value(key))
  }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float { throw Declined() }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
    try tape.integer(value(key), as: Int.self)
  }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 {
    try tape.integer(value(key), as: type)
  }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 {
    try tape.integer(value(key), as: type)
  }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 {
    try tape.integer(value(key), as: type)
  }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 {
    try tape.integer(value(key), as: type)
  }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt {
    try tape.integer(value(key), as: type)
  }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 {
    try tape.integer(value(key), as: type)
  }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
    try tape.integer(value(key), as: type)
  }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
    try tape.integer(value(key), as: type)
  }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
    try tape.integer(value(key), as: type)
  }
  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try tape.decode(type, at: value(key))
  }

  func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type, forKey key: Key
  ) throws -> KeyedDecodingContainer<NestedKey> {
    try TapeDecoder(tape: tape, node: value(key)).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try TapeDecoder(tape: tape, node: value(key)).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder { throw Declined() }
  func superDecoder(forKey key: Key) throws -> any Decoder { throw Declined() }
}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
  let tape: JSONTape
  let elements: [Int]
  var currentIndex = 0

  init(tape: JSONTape, elements: [Int]) {
    self.tape = tape
    self.elements = elements
  }

  var codingPath: [any CodingKey] { [] }
  var count: Int? { elements.count }
  var isAtEnd: Bool { currentIndex >= elements.count }

  private mutating func next() throws -> Int {
    guard !isAtEnd else { throw Declined() }
    defer { currentIndex += 1 }
    return elements[currentIndex]
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd else { throw Declined() }
    guard tape.kind(elements[currentIndex]) == .null else { return false }
    currentIndex += 1
    return true
  }

  mutating func decode(_ type: Bool.Type) throws -> Bool { try tape.bool(next()) }
  mutating func decode(_ type: String.Type) throws -> String { try tape.string(next()) }
  mutating func decode(_ type: Double.Type) throws -> Double { try tape.double(next()) }
  mutating func decode(_ type: Float.Type) throws -> Float { throw Declined() }
  mutating func decode(_ type: Int.Type) throws -> Int { try tape.integer(next(), as: type) }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try tape.integer(next(), as: type) }
  mutating func decode(_ type: Int16.Type) throws -> Int16 { try tape.integer(next(), as: type) }
  mutating func decode(_ type: Int32.Type) throws -> Int32 { try tape.integer(next(), as: type) }
  mutating func decode(_ type: Int64.Type) throws -> Int64 { try tape.integer(next(), as: type) }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try tape.integer(next(), as: type) }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try tape.integer(next(), as: type) }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try tape.integer(next(), as: type) }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try tape.integer(next(), as: type) }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try tape.integer(next(), as: type) }
  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try tape.decode(type, at: next())
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type
  ) throws -> KeyedDecodingContainer<NestedKey> {
    try TapeDecoder(tape: tape, node: next()).container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try TapeDecoder(tape: tape, node: next()).unkeyedContainer()
  }

  mutating func superDecoder() throws -> any Decoder { throw Declined() }
}

private struct SingleValueContainer: SingleValueDecodingContainer {
  let tape: JSONTape
  let node: Int

  var codingPath: [any CodingKey] { [] }

  func decodeNil() -> Bool { tape.kind(node) == .null }
  func decode(_ type: Bool.Type) throws -> Bool { try tape.bool(node) }
  func decode(_ type: String.Type) throws -> String { try tape.string(node) }
  func decode(_ type: Double.Type) throws -> Double { try tape.double(node) }
  func decode(_ type: Float.Type) throws -> Float { throw Declined() }
  func decode(_ type: Int.Type) throws -> Int { try tape.integer(node, as: type) }
  func decode(_ type: Int8.Type) throws -> Int8 { try tape.integer(node, as: type) }
  func decode(_ type: Int16.Type) throws -> Int16 { try tape.integer(node, as: type) }
  func decode(_ type: Int32.Type) throws -> Int32 { try tape.integer(node, as: type) }
  func decode(_ type: Int64.Type) throws -> Int64 { try tape.integer(node, as: type) }
  func decode(_ type: UInt.Type) throws -> UInt { try tape.integer(node, as: type) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try tape.integer(node, as: type) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try tape.integer(node, as: type) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try tape.integer(node, as: type) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try tape.integer(node, as: type) }
  func decode<T: Decodable>(_ type: T.Type) throws -> T { try tape.decode(type, at: node) }
}
