import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How a host name becomes addresses (4 or 16 bytes each). The fetcher asks it once per request and connects to
/// what it answered, so the one answer is both checked and used; tests put in their own to play a name server.
struct HostResolver: Sendable {
    let addresses: @Sendable (String) async -> [[UInt8]]

    /// The system resolver, on a thread of its own: `getaddrinfo` blocks.
    static let system = HostResolver { host in
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: getaddrinfoAddresses(host)) }
        }
    }

    private static func getaddrinfoAddresses(_ host: String) -> [[UInt8]] {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &list) == 0 else { return [] }
        defer { freeaddrinfo(list) }
        var addresses: [[UInt8]] = []
        var node = list
        while let info = node?.pointee {
            if info.ai_family == AF_INET, let raw = info.ai_addr {
                raw.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { pointer in
                    var address = pointer.pointee.sin_addr
                    addresses.append(withUnsafeBytes(of: &address) { Array($0) })
                }
            } else if info.ai_family == AF_INET6, let raw = info.ai_addr {
                raw.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { pointer in
                    var address = pointer.pointee.sin6_addr
                    addresses.append(withUnsafeBytes(of: &address) { Array($0) })
                }
            }
            node = info.ai_next
        }
        // The same address can come twice (two lines of /etc/hosts); the order (RFC 6724, the preferred first) is kept.
        var seen: Set<[UInt8]> = []
        return addresses.filter { seen.insert($0).inserted }
    }
}
