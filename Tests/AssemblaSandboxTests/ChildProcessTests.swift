import Foundation
import SandboxProcessSupport
import Testing

/// The tests' process launcher (posix_spawn instead of Foundation.Process, whose Linux
/// `run()` crashes now and then: swift-corelibs-foundation #5472).
@Suite("test support: ChildProcess")
struct ChildProcessTests {
    @Test("a child gets only standard input, output and error of the runner's descriptors, reads its input pipe, and reports its exit status")
    func descriptorsAndStatus() throws {
        // A descriptor the runner holds open while the child starts.
        let held = open("/dev/null", O_RDONLY)
        defer { close(held) }
        #expect(held > 2)
        let child = try ChildProcess.spawn("/bin/sh", ["-c", "read line; echo \"$line\"; ls /proc/$$/fd; exit 3"], input: true)
        try child.standardInput?.write(contentsOf: Data("hello\n".utf8))
        try child.standardInput?.close()
        let output = String(decoding: try #require(child.standardOutput).readDataToEndOfFile(), as: UTF8.self)
        #expect(child.wait() == .exit(3))
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.first == "hello")
        // The shell's own descriptors: 0, 1, 2, and possibly one it opens to run `ls`.
        let descriptors = lines.dropFirst().compactMap { Int($0) }
        #expect(!descriptors.contains(Int(held)) || held == 3, "inherited the runner's descriptor \(held): \(descriptors)")
        #expect(descriptors.filter { $0 > 2 }.count <= 1, "descriptors above 2 in the child: \(descriptors)")
    }

    @Test("a child killed by a signal reports the signal; a missing program is an error, not a crash")
    func signalAndMissing() throws {
        let child = try ChildProcess.spawn("/bin/sh", ["-c", "kill -TERM $$"])
        #expect(child.wait() == .signal(SIGTERM))
        #expect(child.wait().shellStatus == 128 + SIGTERM)
        #expect(throws: ChildProcessFailure.self) { _ = try ChildProcess.spawn("/nonexistent/program", []) }
    }
}
