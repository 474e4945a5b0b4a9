import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program the tests run as a child process, started with `posix_spawn` rather than
/// `Foundation.Process`: on Linux, `Process.run()` of the toolchain in use reads each
/// `/proc/self/fd` entry's whole 256-byte `d_name` and crashes now and then when the entry
/// ends a page (swiftlang/swift-corelibs-foundation #5472; seen here once in a full test run,
/// a bad pointer in `memcpy` under `Process.run`).
///
/// The child starts with standard input from a pipe or `/dev/null`, standard output and error
/// into pipes or a file, none of the test runner's other descriptors (so a long-running child
/// never holds another test's pipe open), no signal blocked and default signal handlers (a
/// Swift worker thread blocks most signals, and a child inheriting that mask would never see
/// them).
public final class ChildProcess: @unchecked Sendable {
    /// Where a child's standard output or error goes.
    public enum Sink: Sendable {
        /// A pipe the test reads (``standardOutput`` / ``standardError``).
        case pipe
        /// A file, created or truncated.
        case file(String)
        /// The same place as standard output (error only).
        case standardOutput
    }

    /// How a child ended.
    public enum Termination: Sendable, Equatable {
        /// It exited with this status.
        case exit(Int32)
        /// A signal killed it.
        case signal(Int32)

        /// The shell's convention: the exit status, or 128 + the signal.
        public var shellStatus: Int32 {
            switch self {
            case .exit(let status): status
            case .signal(let signal): 128 + signal
            }
        }
    }

    /// The child's process id.
    public let pid: pid_t
    /// The write end of its standard input (nil when it reads `/dev/null`).
    public let standardInput: FileHandle?
    /// The read end of its standard output (nil unless ``Sink/pipe``).
    public let standardOutput: FileHandle?
    /// The read end of its standard error (nil unless ``Sink/pipe``).
    public let standardError: FileHandle?

    private let lock = NSLock()
    private var ended: Termination?

    private init(pid: pid_t, standardInput: FileHandle?, standardOutput: FileHandle?, standardError: FileHandle?) {
        self.pid = pid
        self.standardInput = standardInput
        self.standardOutput = standardOutput
        self.standardError = standardError
    }

    /// Starts `executable` with `arguments`.
    /// - Parameters:
    ///   - environment: the child's whole environment (nil: the test runner's).
    ///   - directory: its working directory (nil: the runner's).
    ///   - input: whether it reads a pipe (``standardInput``) instead of `/dev/null`.
    /// - Throws: ``ChildProcessFailure`` when the program cannot be started.
    public static func spawn(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                             directory: String? = nil, input: Bool = false,
                             output: Sink = .pipe, errors: Sink = .pipe) throws -> ChildProcess {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var childEnds: [Int32] = []
        defer { childEnds.forEach { close($0) } }
        func makePipe() throws -> (read: Int32, write: Int32) {
            var fds: [Int32] = [-1, -1]
            guard pipe(&fds) == 0 else {
                throw ChildProcessFailure(message: "cannot create a pipe: \(String(cString: strerror(errno)))")
            }
            // Close-on-exec in the parent (a child spawned meanwhile elsewhere closes it anyway:
            // every child of this file closes descriptors from 3 up).
            _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
            return (fds[0], fds[1])
        }

        var inputHandle: FileHandle?
        if input {
            let ends = try makePipe()
            childEnds.append(ends.read)
            posix_spawn_file_actions_adddup2(&actions, ends.read, 0)
            inputHandle = FileHandle(fileDescriptor: ends.write, closeOnDealloc: true)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        func route(_ sink: Sink, to target: Int32) throws -> FileHandle? {
            switch sink {
            case .pipe:
                let ends = try makePipe()
                childEnds.append(ends.write)
                posix_spawn_file_actions_adddup2(&actions, ends.write, target)
                return FileHandle(fileDescriptor: ends.read, closeOnDealloc: true)
            case .file(let path):
                posix_spawn_file_actions_addopen(&actions, target, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
                return nil
            case .standardOutput:
                posix_spawn_file_actions_adddup2(&actions, 1, target)
                return nil
            }
        }
        let outputHandle = try route(output, to: 1)
        let errorHandle = try route(errors, to: 2)
        if let directory {
            guard let addChdir = gnuExtension("posix_spawn_file_actions_addchdir_np", as: AddChdir.self) else {
                throw ChildProcessFailure(message: "this C library cannot start a child in another directory")
            }
            _ = addChdir(&actions, directory)
        }
        // Close every descriptor from 3 up in the child (glibc 2.34+).
        if let addCloseFrom = gnuExtension("posix_spawn_file_actions_addclosefrom_np", as: AddCloseFrom.self) {
            _ = addCloseFrom(&actions, 3)
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let cArguments = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        let cEnvironment = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { cEnvironment.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, cArguments, cEnvironment)
        guard spawned == 0 else {
            throw ChildProcessFailure(message: "cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        return ChildProcess(pid: pid, standardInput: inputHandle, standardOutput: outputHandle, standardError: errorHandle)
    }

    /// Whether the child is still running (reaps it once it has ended).
    public var isRunning: Bool { poll() == nil }

    /// How it ended, once it has (nil while it runs).
    public var termination: Termination? { poll() }

    /// Waits for the child to end.
    @discardableResult
    public func wait() -> Termination {
        while true {
            if let ended = poll() { return ended }
            usleep(2_000)
        }
    }

    /// Reads standard output and standard error (the pipes among them) to their ends, each on
    /// its own thread so that neither pipe can fill and block the child; "" for one that is
    /// not a pipe.
    public func readOutputs() async -> (stdout: String, stderr: String) {
        async let output = Self.readToEnd(standardOutput)
        async let errors = Self.readToEnd(standardError)
        return await (output, errors)
    }

    private static func readToEnd(_ handle: FileHandle?) async -> String {
        guard let handle else { return "" }
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: String(decoding: handle.readDataToEndOfFile(), as: UTF8.self))
            }
        }
    }

    /// Waits for the child to end without holding a Swift concurrency thread.
    public func ended() async -> Termination {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: self.wait()) }
        }
    }

    /// Sends `signal` unless the child has already ended.
    public func send(_ signal: Int32) {
        lock.withLock {
            if ended == nil { _ = kill(pid, signal) }
        }
    }

    /// Reaps the child without blocking; how it ended, or nil while it runs.
    private func poll() -> Termination? {
        lock.withLock {
            if let ended { return ended }
            var status: Int32 = 0
            let waited = waitpid(pid, &status, WNOHANG)
            guard waited == pid else { return nil }
            // WIFEXITED / WEXITSTATUS / WTERMSIG, spelled out (the C macros are not imported).
            let signal = status & 0x7f
            ended = signal == 0 ? .exit((status >> 8) & 0xff) : .signal(signal)
            return ended
        }
    }

    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    /// A glibc extension looked up at run time (Swift's Glibc module does not import the GNU
    /// `_np` functions); nil when this C library lacks it.
    private static func gnuExtension<Function>(_ name: String, as type: Function.Type) -> Function? {
        guard let symbol = dlsym(nil, name) else { return nil }
        return unsafeBitCast(symbol, to: type)
    }
}

/// A child process could not be started.
public struct ChildProcessFailure: Error, CustomStringConvertible {
    /// What went wrong.
    public let message: String
    /// The message.
    public var description: String { message }
}
