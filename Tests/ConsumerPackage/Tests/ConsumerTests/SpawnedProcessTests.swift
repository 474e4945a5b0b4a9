import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The sandbox helper's launcher, ``SpawnedProcess`` (posix_spawn, not `Foundation.Process`).
@Suite("Starting the sandbox binary")
struct SpawnedProcessTests {
    /// The `/proc/PID/status` line `name:` (e.g. `SigBlk:`), without its name.
    static func statusField(_ name: String, of pid: pid_t) throws -> String? {
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        return status.split(separator: "\n").first { $0.hasPrefix(name) }
            .map { $0.dropFirst(name.count).trimmingCharacters(in: .whitespaces) }
    }

    @Test("the sandbox holds none of the runner's descriptors and has ended when stop() returns")
    func noInheritedDescriptors() throws {
        var ends: [Int32] = [-1, -1]
        try #require(pipe(&ends) == 0)   // no close-on-exec: a bare posix_spawn would hand both ends down
        defer { ends.forEach { close($0) } }
        let pipeName = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(ends[1])")

        let sandbox = try SandboxProcess.start()
        let pid = sandbox.process.pid
        let held = try FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd").compactMap {
            try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/\($0)")
        }
        sandbox.stop()

        #expect(pipeName.hasPrefix("pipe:"))
        #expect(!held.isEmpty && !held.contains(pipeName), "the sandbox holds the runner's pipe: \(held)")
        #expect(!sandbox.process.isRunning)
    }

    @Test("a child started from a thread that blocks SIGTERM blocks no signal, and terminate() ends it")
    func noInheritedSignalMask() throws {
        // Swift's worker threads block most signals already; SIGTERM is blocked here to be sure.
        var terminate = sigset_t(), previous = sigset_t()
        sigemptyset(&terminate)
        sigaddset(&terminate, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &terminate, &previous)
        let started = Result { try SpawnedProcess.spawn("/bin/sleep", ["30"]) }
        pthread_sigmask(SIG_SETMASK, &previous, nil)
        let child = try started.get()
        let blocked = try Self.statusField("SigBlk:", of: child.pid)
        child.terminate()   // would wait out the 30 s sleep if SIGTERM were blocked in the child

        #expect(blocked.map { $0.allSatisfy { $0 == "0" } } == true, "signals blocked in the child: \(blocked ?? "?")")
        #expect(!child.isRunning)
    }
}
