import Foundation

/// Runs the built `repere` binary, as a user would, and captures what it prints.
enum RepereBinary {
  /// The package root, three levels above this file (`Tests/RepereEndToEndTests/`).
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The `repere` executable of the build being tested.
  ///
  /// Beside the test bundle first (the products directory, as swift-argument-parser's
  /// test helpers do), then in `.build/debug` of the package.
  static var url: URL? {
    var candidates: [URL] = []
    #if os(macOS)
      for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
        candidates.append(bundle.bundleURL.deletingLastPathComponent())
      }
    #endif
    candidates.append(Bundle.main.bundleURL)
    candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
    candidates.append(packageRoot.appendingPathComponent(".build/debug"))
    return candidates.map { $0.appendingPathComponent("repere") }
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  /// The outcome of one run.
  struct Run {
    var status: Int32
    var standardOutput: String
    var standardError: String
  }

  /// Runs `repere` with arguments in a directory and waits for it.
  static func run(_ arguments: [String], in directory: URL? = nil) throws -> Run {
    guard let url else { throw BinaryNotBuilt() }
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? FileManager.default.temporaryDirectory
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    // Read stderr on another thread so neither pipe can fill up and block the child.
    let errorData = ErrorCollector(error.fileHandleForReading)
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus,
      standardOutput: String(decoding: outputData, as: UTF8.self),
      standardError: String(decoding: errorData.wait(), as: UTF8.self))
  }

  /// Reads a pipe to its end on a background thread.
  private final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
      Thread.detachNewThread { [self] in
        data = handle.readDataToEndOfFile()
        done.signal()
      }
    }

    func wait() -> Data {
      done.wait()
      return data
    }
  }

  /// The binary was not found: build it first (`swift build`).
  struct BinaryNotBuilt: Error, CustomStringConvertible {
    var description: String { "repere introuvable : lancez swift build avant les tests" }
  }
}
