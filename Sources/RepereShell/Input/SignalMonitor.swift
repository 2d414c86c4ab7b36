#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A signal the shells react to.
public enum ShellSignal: Sendable, Equatable {
  /// SIGINT (Ctrl-C).
  case interrupt
  /// SIGTERM.
  case terminate
  /// SIGHUP (terminal closed).
  case hangup
  /// SIGWINCH (terminal resized).
  case windowChange

  init?(number: Int32) {
    switch number {
    case SIGINT: self = .interrupt
    case SIGTERM: self = .terminate
    case SIGHUP: self = .hangup
    case SIGWINCH: self = .windowChange
    default: return nil
    }
  }
}

/// The write end of the self-pipe; written only by the signal handler once installed.
nonisolated(unsafe) private var signalPipeWriteEnd: Int32 = -1

/// Set by the signal handler when SIGTERM or SIGHUP arrives (not SIGINT: on a terminal,
/// Ctrl-C only clears the line).
nonisolated(unsafe) private var stopSignalReceived: Int32 = 0

/// Writes the signal number into the self-pipe; only async-signal-safe calls.
private let forwardSignal: @convention(c) (Int32) -> Void = { number in
  if number == SIGTERM || number == SIGHUP { stopSignalReceived = 1 }
  let savedErrno = errno
  var byte = UInt8(truncatingIfNeeded: number)
  _ = write(signalPipeWriteEnd, &byte, 1)
  errno = savedErrno
}

/// Turns SIGINT, SIGTERM, SIGHUP and SIGWINCH into readable events (the self-pipe trick).
///
/// Handlers are installed without `SA_RESTART`, and every wait for input polls the input
/// and the pipe together, so a signal arriving at any moment is seen before the next read
/// blocks. The monitor is process-wide: install it once.
public final class SignalMonitor: @unchecked Sendable {
  /// The read end of the self-pipe.
  let pipeReadEnd: Int32

  /// What a wait for input ended with.
  public enum WaitResult: Sendable, Equatable {
    /// The file descriptor has data (or reached its end).
    case readable
    /// A signal arrived.
    case signal(ShellSignal)
  }

  private var pending: [ShellSignal] = []

  /// Creates the pipe and installs the handlers.
  ///
  /// - Throws: ``ShellError/system(_:_:)`` when the pipe cannot be created.
  public init() throws(ShellError) {
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0 else { throw .system("pipe", errno) }
    for end in ends {
      _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
      _ = fcntl(end, F_SETFD, FD_CLOEXEC)
    }
    pipeReadEnd = ends[0]
    signalPipeWriteEnd = ends[1]
    for number in [SIGINT, SIGTERM, SIGHUP, SIGWINCH] {
      var action = sigaction()
      #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = forwardSignal
      #else
        action.__sigaction_u.__sa_handler = forwardSignal
      #endif
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      sigaction(number, &action, nil)
    }
  }

  /// Whether SIGTERM or SIGHUP has arrived since the monitor was installed: output must
  /// then never block (a full pipe would keep the process alive).
  public static var stopRequested: Bool { stopSignalReceived != 0 }

  /// Takes the oldest stop signal received and not yet handled, if any, without waiting;
  /// window changes are dropped.
  public func takeStopSignal() -> ShellSignal? {
    while let signal = takeSignal() {
      if signal != .windowChange { return signal }
    }
    return nil
  }

  /// Takes the oldest signal received and not yet handled, if any.
  public func takeSignal() -> ShellSignal? {
    drainPipe()
    return pending.isEmpty ? nil : pending.removeFirst()
  }

  /// A signal received now or within `milliseconds`, other than a window change: after an
  /// end of input, tells a closed terminal (its SIGHUP may follow the end of file) from Ctrl-D.
  public func stopSignal(within milliseconds: Int32) -> ShellSignal? {
    var fds = [pollfd(fd: pipeReadEnd, events: Int16(POLLIN), revents: 0)]
    _ = poll(&fds, 1, milliseconds)
    while let signal = takeSignal() {
      if signal != .windowChange { return signal }
    }
    return nil
  }

  /// Blocks until `fd` is readable or a signal arrives; signals take precedence.
  public func wait(for fd: Int32) -> WaitResult {
    while true {
      if let signal = takeSignal() { return .signal(signal) }
      var fds = [
        pollfd(fd: fd, events: Int16(POLLIN), revents: 0),
        pollfd(fd: pipeReadEnd, events: Int16(POLLIN), revents: 0),
      ]
      let ready = poll(&fds, 2, -1)
      if ready < 0 {
        if errno == EINTR { continue }
        return .readable  // let the read report the error
      }
      if fds[1].revents != 0 { continue }
      if fds[0].revents != 0 { return .readable }
    }
  }

  private func drainPipe() {
    var buffer = [UInt8](repeating: 0, count: 64)
    while true {
      let count = read(pipeReadEnd, &buffer, buffer.count)
      if count <= 0 { break }
      for byte in buffer[0..<count] {
        if let signal = ShellSignal(number: Int32(byte)) { pending.append(signal) }
      }
    }
  }
}
