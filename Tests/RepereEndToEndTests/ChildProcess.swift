import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The `repere` binary run as a child process that a test talks to, through pipes or a
/// pseudo-terminal, with line and substring waits bounded by generous timeouts.
final class ChildProcess {
  let pid: pid_t
  /// Where the test writes the child's input (a pipe, or the terminal's master side).
  private var inputDescriptor: Int32
  /// Where the test reads the child's output.
  private var outputDescriptor: Int32
  private let errorDescriptor: Int32?
  private var buffer: [UInt8] = []
  private var exitStatus: Int32?
  /// Everything read so far (for a terminal: the raw screen bytes).
  private(set) var transcript: [UInt8] = []

  /// Seconds any single wait may take before the test gives up on the child.
  static let timeout: Double = 120

  private init(pid: pid_t, input: Int32, output: Int32, error: Int32?) {
    self.pid = pid
    self.inputDescriptor = input
    self.outputDescriptor = output
    self.errorDescriptor = error
  }

  deinit {
    if exitStatus == nil {
      Glibc.kill(pid, SIGKILL)
      _ = wait()
    }
    if inputDescriptor >= 0, inputDescriptor != outputDescriptor { close(inputDescriptor) }
    if outputDescriptor >= 0 { close(outputDescriptor) }
    if let errorDescriptor { close(errorDescriptor) }
  }

  /// Starts `repere` with standard input and output on pipes (standard error on its own).
  static func withPipes(_ arguments: [String], environment: [String: String] = [:]) throws
    -> ChildProcess
  {
    guard let binary = RepereBinary.url else { throw RepereBinary.BinaryNotBuilt() }
    var input: [Int32] = [-1, -1]
    var output: [Int32] = [-1, -1]
    var error: [Int32] = [-1, -1]
    // Close-on-exec from the start: a child spawned at the same time by another test must
    // not inherit these ends (it would hold the pipes open). dup2 in the child clears it.
    guard HiddenCalls.pipe2(&input, O_CLOEXEC) == 0, HiddenCalls.pipe2(&output, O_CLOEXEC) == 0,
      HiddenCalls.pipe2(&error, O_CLOEXEC) == 0
    else { throw POSIXError(.EMFILE) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, input[0], 0)
    posix_spawn_file_actions_adddup2(&actions, output[1], 1)
    posix_spawn_file_actions_adddup2(&actions, error[1], 2)
    let pid = try spawn(binary.path, arguments, environment, &actions, flags: 0)
    close(input[0])
    close(output[1])
    close(error[1])
    return ChildProcess(pid: pid, input: input[1], output: output[0], error: error[0])
  }

  /// Starts `repere` on a new pseudo-terminal (80 columns unless told) that is its
  /// controlling terminal, in a new session: as if typed in a terminal emulator.
  static func withTerminal(
    _ arguments: [String], environment: [String: String] = [:], columns: UInt16 = 80
  ) throws -> ChildProcess {
    guard let binary = RepereBinary.url else { throw RepereBinary.BinaryNotBuilt() }
    let master = HiddenCalls.openMaster(O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard master >= 0, HiddenCalls.grant(master) == 0,
      HiddenCalls.unlock(master) == 0, let name = HiddenCalls.slaveName(master)
    else { throw POSIXError(.ENOTTY) }
    let slavePath = String(cString: name)
    var size = winsize(ws_row: 24, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // Opened after setsid by the session leader: it becomes the controlling terminal.
    posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    let pid = try spawn(binary.path, arguments, environment, &actions, flags: 0x80)  // SETSID
    return ChildProcess(pid: pid, input: master, output: master, error: nil)
  }

  private static func spawn(
    _ path: String, _ arguments: [String], _ environment: [String: String],
    _ actions: inout posix_spawn_file_actions_t, flags: Int16
  ) throws -> pid_t {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setflags(
      &attributes, flags | Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGQUIT] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var merged = ProcessInfo.processInfo.environment
    merged.merge(environment) { $1 }
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
    guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EINVAL) }
    return pid
  }

  /// Writes text to the child's input.
  func send(_ text: String) {
    let bytes = Array(text.utf8)
    send(bytes: bytes)
  }

  /// Writes raw bytes to the child's input.
  func send(bytes: [UInt8]) {
    guard inputDescriptor >= 0 else { return }
    var offset = 0
    while offset < bytes.count {
      let count = bytes.withUnsafeBytes {
        write(inputDescriptor, $0.baseAddress! + offset, bytes.count - offset)
      }
      if count <= 0 { return }
      offset += count
    }
  }

  /// Closes the child's input (end of file on a pipe).
  /// (Each descriptor is closed once: a second close could hit another test's reused one.)
  func closeInput() {
    guard inputDescriptor >= 0, inputDescriptor != outputDescriptor else { return }
    close(inputDescriptor)
    inputDescriptor = -1
  }

  /// Closes the terminal's master side, as when the terminal window is closed (terminal only).
  func hangUp() {
    guard inputDescriptor >= 0, inputDescriptor == outputDescriptor else { return }
    close(outputDescriptor)
    inputDescriptor = -1
    outputDescriptor = -1
  }

  /// Reads more output; false at the end or after `timeout` seconds without any.
  private func fill(deadline: Date) -> Bool {
    var descriptor = pollfd(fd: outputDescriptor, events: Int16(POLLIN), revents: 0)
    let remaining = Int32(max(0, deadline.timeIntervalSinceNow) * 1000)
    guard poll(&descriptor, 1, remaining) > 0 else { return false }
    var chunk = [UInt8](repeating: 0, count: 65_536)
    let count = read(outputDescriptor, &chunk, chunk.count)
    guard count > 0 else { return false }
    buffer += chunk[..<count]
    transcript += chunk[..<count]
    return true
  }

  /// The next output line, without its newline; `nil` at the end of the output.
  func readLine() -> String? {
    let deadline = Date(timeIntervalSinceNow: Self.timeout)
    while true {
      if let newline = buffer.firstIndex(of: 0x0A) {
        let line = String(decoding: buffer[..<newline], as: UTF8.self)
        buffer.removeSubrange(...newline)
        return line
      }
      guard fill(deadline: deadline) else {
        guard !buffer.isEmpty else { return nil }
        defer { buffer.removeAll() }
        return String(decoding: buffer, as: UTF8.self)
      }
    }
  }

  /// Waits until the output (since the last wait) contains `text`; true if it did.
  @discardableResult
  func waitForOutput(containing text: String) -> Bool {
    let deadline = Date(timeIntervalSinceNow: Self.timeout)
    let needle = Array(text.utf8)
    while true {
      if let range = Self.find(needle, in: buffer) {
        buffer.removeSubrange(..<range.upperBound)
        return true
      }
      guard fill(deadline: deadline) else { return false }
    }
  }

  private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
    guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
    for start in 0...(haystack.count - needle.count)
    where haystack[start..<(start + needle.count)].elementsEqual(needle) {
      return start..<(start + needle.count)
    }
    return nil
  }

  /// Everything left on the output until the child closes it.
  func readToEnd() -> String {
    let deadline = Date(timeIntervalSinceNow: Self.timeout)
    while fill(deadline: deadline) {}
    defer { buffer.removeAll() }
    return String(decoding: buffer, as: UTF8.self)
  }

  /// What the child wrote on standard error (pipes only), once it has exited.
  func standardError() -> String {
    guard let errorDescriptor else { return "" }
    var data: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = read(errorDescriptor, &chunk, chunk.count)
      if count <= 0 { break }
      data += chunk[..<count]
    }
    return String(decoding: data, as: UTF8.self)
  }

  /// Sends a signal to the child.
  func kill(_ signal: Int32) { Glibc.kill(pid, signal) }

  /// Waits for the child to end: its exit code, or 128 + the signal that killed it.
  /// A child still running after the timeout is killed (status 128 + 9).
  @discardableResult
  func wait() -> Int32 {
    if let exitStatus { return exitStatus }
    let deadline = Date(timeIntervalSinceNow: Self.timeout)
    var status: Int32 = 0
    while true {
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid { break }
      if result < 0, errno != EINTR { return -1 }
      if Date() > deadline { Glibc.kill(pid, SIGKILL) }
      usleep(2000)
    }
    let low = status & 0x7F
    let code = low == 0 ? (status >> 8) & 0xFF : 128 + low
    exitStatus = code
    return code
  }
}

/// Calls of the C library that Swift's Glibc module does not import (they sit behind
/// `_XOPEN_SOURCE` or `_GNU_SOURCE`): looked up by name once.
private enum HiddenCalls {
  private static func lookUp<T>(_ name: String, as type: T.Type) -> T {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else {
      fatalError("\(name) absent de la bibliothèque C")
    }
    return unsafeBitCast(symbol, to: type)
  }

  static let pipe2 = lookUp(
    "pipe2", as: (@convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32).self)
  static let openMaster = lookUp("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
  static let grant = lookUp("grantpt", as: (@convention(c) (Int32) -> Int32).self)
  static let unlock = lookUp("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
  static let slaveName = lookUp(
    "ptsname", as: (@convention(c) (Int32) -> UnsafeMutablePointer<CChar>?).self)
}
