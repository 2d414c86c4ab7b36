// repere-fuzz: the fuzz targets of repere, run by libFuzzer (see Scripts/fuzz.sh).
//
// `repere-fuzz TARGET [libFuzzer options] [corpus…]`, TARGET being transcript, dialogue,
// input or cases. Built by Scripts/fuzz.sh with `-sanitize=fuzzer -DREPERE_FUZZ`; an
// ordinary build only says how to build it.

#if REPERE_FUZZ
  import Foundation

  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  nonisolated(unsafe) var selectedTarget: ([UInt8]) -> Void = { _ in }

  /// libFuzzer's entry point; also defined so that its own `main` links.
  @_cdecl("LLVMFuzzerTestOneInput")
  func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    selectedTarget(bytes)
    return 0
  }

  let arguments = CommandLine.arguments
  guard arguments.count >= 2, let target = FuzzTargets.all[arguments[1]] else {
    let names = FuzzTargets.all.keys.sorted().joined(separator: ", ")
    FileHandle.standardError.write(
      Data("usage : repere-fuzz CIBLE [options libFuzzer] (cibles : \(names))\n".utf8))
    exit(64)
  }
  selectedTarget = target
  _ = FuzzTargets.suggester  // built before the first execution is timed
  // libFuzzer reads its own options: the target's name is taken out of argv.
  var driverArguments: [UnsafeMutablePointer<CChar>?] = ([arguments[0]] + arguments.dropFirst(2))
    .map { strdup($0) }
  var argc = CInt(driverArguments.count)
  driverArguments.append(nil)
  let status = driverArguments.withUnsafeMutableBufferPointer { buffer -> CInt in
    var argv = buffer.baseAddress!
    return runFuzzerDriver(&argc, &argv, fuzzOneInput)
  }
  exit(status)
#else
  print(
    "repere-fuzz se construit avec Scripts/fuzz.sh (libFuzzer : -sanitize=fuzzer -DREPERE_FUZZ).")
#endif
