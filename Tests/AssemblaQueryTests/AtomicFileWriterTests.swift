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

    @Test("a missing directory fails without creating anything")
    func missingDirectory() throws {
        let directory = try AtomicFileWriterTests.temporaryDirectory()
        #expect(throws: AtomicFileWriter.Failure.self) {
            try AtomicFileWriter.write("x", to: directory + "/nope/out.txt", append: false)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }
}
