import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program started with `posix_spawn` rather than `Foundation.Process`: on Linux,
/// `Process.run()` of the toolchain in use (Swift 6.3) reads each `/proc/self/fd` entry's whole
/// 256-byte name and now and then crashes when one ends a page (swiftlang/swift-corelibs-foundation
/// #5472). The main package's tests start children through `Tests/TestSupport/ChildProcess.swift`,
/// which this package cannot depend on; this is the little of it the sandbox helper needs.
///
/// The child reads `/dev/null` and writes its output and errors there, holds none of the test
/// runner's descriptors above 2 (so it never keeps another test's pipe open), and starts with no
/// signal blocked and default handlers (a Swift worker thread blocks most signals; a child
/// inheriting that mask would never see the SIGTERM of ``terminate()``).
struct SpawnedProcess: Sendable {
    /// The child's process id.
    let pid: pid_t

    /// Starts `executable` with `arguments` and the runner's environment.
    /// - Throws: ``SandboxFailure`` when it cannot be started (missing, not executable, …).
    static func spawn(_ executable: String, _ arguments: [String]) throws -> SpawnedProcess {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // Every descriptor from 3 up closed in the child (glibc 2.34+; Swift's Glibc module does
        // not import the GNU `_np` functions, so it is looked up at run time).
        guard let closeFrom = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else {
            throw SandboxFailure(message: "this C library has no posix_spawn_file_actions_addclosefrom_np (glibc 2.34+)")
        }
        typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        _ = unsafeBitCast(closeFrom, to: AddCloseFrom.self)(&actions, 3)

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

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard result == 0 else {
            throw SandboxFailure(message: "cannot start \(executable): \(String(cString: strerror(result)))")
        }
        return SpawnedProcess(pid: pid)
    }

    /// Whether the child still runs; reaps it once it has ended (so ask no more after `false`).
    var isRunning: Bool {
        var status: Int32 = 0
        return waitpid(pid, &status, WNOHANG) == 0
    }

    /// Sends SIGTERM and waits for the child to end (a child that has already ended is reaped).
    func terminate() {
        _ = kill(pid, SIGTERM)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    }
}
