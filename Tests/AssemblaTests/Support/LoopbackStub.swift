import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny blocking HTTP server on 127.0.0.1 for cases the sandbox does not cover (redirects):
/// answers every request with `response(requestHead)` and records each request head.
final class LoopbackStub: @unchecked Sendable {
    let port: Int
    private let socketFD: Int32
    private let lock = NSLock()
    private var heads: [String] = []
    private let respond: @Sendable (String) -> String

    init(respond: @escaping @Sendable (String) -> String) throws {
        self.respond = respond
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var reuse: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            close(fd)
            throw POSIXError(.EADDRINUSE)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        socketFD = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in serve() }
        thread.start()
    }

    /// Every request head received so far.
    var requests: [String] { lock.lock(); defer { lock.unlock() }; return heads }

    /// Stops accepting.
    func stop() { shutdown(socketFD, Int32(SHUT_RDWR)); close(socketFD) }

    private func serve() {
        while true {
            let client = accept(socketFD, nil, nil)
            guard client >= 0 else { return }
            var head = Data()
            var buffer = [UInt8](repeating: 0, count: 4096)
            while !head.contains(Data("\r\n\r\n".utf8)) {
                let count = read(client, &buffer, buffer.count)
                if count <= 0 { break }
                head.append(contentsOf: buffer[0..<count])
            }
            let text = String(decoding: head, as: UTF8.self)
            lock.lock(); heads.append(text); lock.unlock()
            let answer = Array(respond(text).utf8)
            _ = answer.withUnsafeBytes { write(client, $0.baseAddress, answer.count) }
            close(client)
        }
    }
}
