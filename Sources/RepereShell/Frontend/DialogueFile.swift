import Foundation
import RepereBundledGuide
import RepereCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The text of a dialogue file and the name to show for it in messages.
public struct DialogueFile: Sendable, Equatable {
  /// The name shown to the user in `FILE:LINE:COL:` messages and summaries.
  public var displayName: String
  /// The YAML text.
  public var text: String
  /// Whether this is the guide built into the binary rather than a file on disk.
  public var isBundled: Bool

  public init(displayName: String, text: String, isBundled: Bool = false) {
    self.displayName = displayName
    self.text = text
    self.isBundled = isBundled
  }

  /// The guide built into the binary.
  public static var bundled: DialogueFile {
    DialogueFile(displayName: BundledGuide.fileName, text: BundledGuide.yaml, isBundled: true)
  }

  /// The name with « (intégré) » for the bundled guide, for summaries.
  public var label: String { isBundled ? "\(displayName) (intégré)" : displayName }

  /// Reads a dialogue file from disk as UTF-8 text.
  ///
  /// - Parameter path: The path as the user typed it; also the display name.
  /// - Returns: The file's text.
  /// - Throws: ``DialogueFileError`` when the file is missing, unreadable, a
  ///   directory, or not valid UTF-8.
  public static func read(path: String) throws(DialogueFileError) -> DialogueFile {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .notFound(path: path)
    }
    if isDirectory.boolValue { throw .isDirectory(path: path) }
    let data = try readRegularFile(path)
    guard let text = String(validating: data, as: UTF8.self) else {
      let position = Self.firstInvalidUTF8(in: data)
      throw .invalidUTF8(path: path, line: position.line, column: position.column)
    }
    return DialogueFile(displayName: path, text: text)
  }

  /// The bytes of a regular file of at most ``DialogueLoader/maximumBytes`` (+1, so that
  /// the loader can say it is too big), with French reasons for every failure.
  private static func readRegularFile(_ path: String) throws(DialogueFileError) -> Data {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw .unreadable(path: path, reason: ShellError.frenchReason(errno))
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw .unreadable(path: path, reason: ShellError.frenchReason(errno))
    }
    guard status.st_mode & S_IFMT == S_IFREG else { throw .notRegularFile(path: path) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while bytes.count <= DialogueLoader.maximumBytes {
      let count = pread(descriptor, &chunk, chunk.count, off_t(bytes.count))
      if count < 0 {
        if errno == EINTR { continue }
        throw .unreadable(path: path, reason: ShellError.frenchReason(errno))
      }
      if count == 0 { break }
      bytes += chunk[..<count]
    }
    return Data(bytes)
  }

  /// Line and column (in characters) of the first byte sequence that is not UTF-8.
  static func firstInvalidUTF8(in data: Data) -> (line: Int, column: Int) {
    var iterator = data.makeIterator()
    var decoder = UTF8()
    var line = 1
    var column = 1
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        if scalar == "\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
      case .emptyInput, .error:
        return (line, column)
      }
    }
  }
}

/// Why a dialogue file could not be read, in French.
public enum DialogueFileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// No file at this path.
  case notFound(path: String)
  /// The path names a directory.
  case isDirectory(path: String)
  /// The file exists but could not be read (permissions…).
  case unreadable(path: String, reason: String)
  /// The file's bytes are not UTF-8 text.
  case invalidUTF8(path: String, line: Int, column: Int)
  /// The path names a device, a FIFO or a socket.
  case notRegularFile(path: String)

  public var description: String {
    // Paths come from the user: shown safely (see `SafeDisplay`).
    SafeDisplay.escaped(unescapedDescription)
  }

  private var unescapedDescription: String {
    switch self {
    case .notFound(let path):
      "\(path) : fichier introuvable ; vérifiez le chemin"
    case .isDirectory(let path):
      "\(path) : c’est un dossier ; donnez un fichier .yaml (par exemple \(path)/*.yaml)"
    case .unreadable(let path, let reason):
      "\(path) : lecture impossible (\(reason))"
    case .notRegularFile(let path):
      "\(path) : ce n’est pas un fichier ordinaire (périphérique, tube ou "
        + "socket) ; donnez un fichier .yaml"
    case .invalidUTF8(let path, let line, let column):
      "\(path):\(line):\(column): le fichier n’est pas du texte UTF-8 valide ; enregistrez-le en UTF-8"
    }
  }
}
