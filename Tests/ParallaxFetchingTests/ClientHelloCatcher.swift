import Foundation

/// A TCP listener on 127.0.0.1 that takes one connection, reads the TLS ClientHello and hangs up, keeping the
/// server name (SNI) the client sent. Plain sockets: the test needs the bytes of the hello, not a TLS server.
final class ClientHelloCatcher: Sendable {
    let port: Int
    private let socket: Int32
    private let hello: Task<String?, Never>

    init() throws {
        let listener = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                bind(listener, raw, length) == 0 && listen(listener, 4) == 0 && getsockname(listener, raw, &length) == 0
            }
        }
        guard bound else { close(listener); throw POSIXError(.EADDRINUSE) }
        port = Int(UInt16(bigEndian: address.sin_port))
        socket = listener
        hello = Task.detached {
            await withCheckedContinuation { continuation in
                DispatchQueue.global().async { continuation.resume(returning: Self.acceptOneHello(listener)) }
            }
        }
    }

    deinit { close(socket) }

    func serverName() async -> String? { await hello.value }

    /// Waits 10 seconds at most for the connection, so that a client that never comes fails the test, not hangs it.
    private static func acceptOneHello(_ listener: Int32) -> String? {
        var waiting = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
        guard poll(&waiting, 1, 10_000) == 1 else { return nil }
        let connection = accept(listener, nil, nil)
        guard connection >= 0 else { return nil }
        defer { close(connection) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while bytes.count < 5 || bytes.count < 5 + (Int(bytes[3]) << 8 | Int(bytes[4])) {
            let count = read(connection, &buffer, buffer.count)
            guard count > 0 else { break }
            bytes += buffer.prefix(count)
        }
        return serverName(inClientHello: bytes)
    }

    /// The host name of the server_name extension (RFC 6066 §3) of a ClientHello record, or nil.
    static func serverName(inClientHello record: [UInt8]) -> String? {
        var at = 0
        func take(_ count: Int) -> ArraySlice<UInt8>? {
            guard at + count <= record.count else { return nil }
            defer { at += count }
            return record[at..<at + count]
        }
        func number(_ count: Int) -> Int? { take(count)?.reduce(0) { $0 << 8 | Int($1) } }
        guard take(1) == [0x16], take(4) != nil, take(1) == [0x01], take(3) != nil,  // handshake record, ClientHello
              take(2 + 32) != nil,                                                        // version, random
              let session = number(1), take(session) != nil,
              let suites = number(2), take(suites) != nil,
              let compressions = number(1), take(compressions) != nil,
              let extensionsLength = number(2)
        else { return nil }
        let end = at + extensionsLength
        while at < end, let type = number(2), let length = number(2) {
            guard type == 0 else { _ = take(length); continue }
            guard take(2) != nil, take(1) == [0], let nameLength = number(2), let name = take(nameLength) else { return nil }
            return String(decoding: name, as: UTF8.self)
        }
        return nil
    }
}
