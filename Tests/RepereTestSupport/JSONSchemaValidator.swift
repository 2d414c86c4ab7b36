import Foundation

/// Validates JSON against a JSON Schema (Draft 2020-12) with Python's `jsonschema`, run as a
/// child process; suites using it are enabled only if ``isAvailable``.
public enum JSONSchemaValidator {
  private static let program = """
    import json, sys, jsonschema
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(sys.stdin)))
    for error in errors: print(list(error.absolute_path), error.message)
    sys.exit(1 if errors else 0)
    """

  /// Whether `python3` imports `jsonschema`.
  public static let isAvailable: Bool = {
    (try? run(["-c", "import jsonschema"], input: ""))?.status == 0
  }()

  /// `nil` when `json` is valid against the schema file, else the errors.
  public static func validate(_ json: String, schema: URL) throws -> String? {
    let result = try run(["-c", program, schema.path], input: json)
    return result.status == 0 ? nil : result.output
  }

  /// Runs `python3` with `arguments`, `input` on its standard input.
  public static func run(_ arguments: [String], input: String) throws -> (
    status: Int32, output: String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stdout
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
  }
}
