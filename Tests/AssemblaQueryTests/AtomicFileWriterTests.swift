import Foundation
@testable import AssemblaQuery
import Testing

@Suite("Atomic files")
struct AtomicFileWriterTests {
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "aq-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("replaces and appends, leaving no temporary files")
    func replaceAndAppend() throws {
        let directory = try AtomicFileWriterTests.temporaryDirectory()
        let path = directory + "/out.txt"
        try AtomicFileWriter.write("one\n", to: path, append: false)
        try AtomicFileWriter.write("two\n", to: path, append: true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "one\ntwo\n")
        try AtomicFileWriter.write("three\n", to: path, append: false)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "three\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["out.txt"])
    }

    @Test("a write in progress is registered: the signal handler's sweep removes its temporary file, a finished write is not swept")
    func temporariesInProgress() throws {
        let directory = try AtomicFileWriterTests.temporaryDirectory()
        let temporary = directory + "/" + TemporaryFiles.prefix(for: "out.csv") + UUID().uuidString
        #expect(FileManager.default.createFile(atPath: temporary, contents: Data("partial".utf8)))
        TemporaryFiles.register(temporary)
        TemporaryFiles.removeInProgress(in: directory)   // what SIGINT/SIGTERM run (for every directory) before dying
        #expect(!FileManager.default.fileExists(atPath: temporary))
        TemporaryFiles.unregister(temporary)
        #expect(FileManager.default.createFile(atPath: temporary, contents: Data("another".utf8)))
        TemporaryFiles.removeInProgress(in: directory)   // no longer registered: left alone
        #expect(FileManager.default.fileExists(atPath: temporary))
    }

    @Test("a FIFO is written in place and stays a FIFO (never renamed over, like /dev/null)")
    func fifoStaysAFifo() throws {
        let directory = try AtomicFileWriterTests.temporaryDirectory()
        let path = directory + "/pipe"
        #expect(mkfifo(path, 0o600) == 0)
        let reader = open(path, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        try AtomicFileWriter.write("through the pipe\n", to: path, append: false)
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(reader, &buffer, buffer.count)
        #expect(String(decoding: buffer.prefix(max(0, count)), as: UTF8.self) == "through the pipe\n")
        var status = stat()
        #expect(lstat(path, &status) == 0)
        #expect((status.st_mode & S_IFMT) == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["pipe"])
    }

    @Test("a symbolic link keeps pointing at its target, which gets the new content")
    func symlinkIsFollowed() throws {
        let directory = try AtomicFileWriterTests.temporaryDirectory()
        try "old\n".write(toFile: directory + "/real.csv", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: directory + "/link.csv", withDestinationPath: directory + "/real.csv")
        try AtomicFileWriter.write("new\n", to: directory + "/link.csv", append: false)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: directory + "/link.csv") == directory + "/real.csv")
        #expect(try String(contentsOfFile: directory + "/real.csv", encoding: .utf8) == "new\n")
    }

    @Test("a missing directory fails without creating anything")
    func missingDirectory() throws {
        let directory = try AtomicFileWriterTests.temporaryDirectory()
        #expect(throws: AtomicFileWriter.Failure.self) {
            try AtomicFileWriter.write("x", to: directory + "/nope/out.txt", append: false)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }
}
