import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Refuses hosts that resolve to addresses inside the network Parallax runs in (private, loopback, link-local,
/// and the other special-purpose ranges), so that a feed naming `http://10.0.0.5/admin` or a name that resolves
/// to 127.0.0.1 cannot make Parallax fetch from it. Every address of the host is checked, not just the first:
/// a name with an internal address among public ones is refused as a whole.
///
/// The name is resolved once, here, and the answer is what the connection uses (`Destination.pinned`, given to
/// the HTTP client as its `dnsOverride`): the client never asks the name server again, so a server that answers
/// a public address for the check and 127.0.0.1 for the connection (DNS rebinding) gains nothing. With
/// `allowPrivate` nothing is refused, and the name is resolved once and pinned all the same.
struct AddressGuard: Sendable {
    var allowPrivate: Bool
    var resolver: HostResolver = .system

    /// Where a request may connect.
    enum Destination: Equatable {
        /// The URL names an IP address: the client connects to it without resolving anything.
        case literal
        /// The URL names a host: connect to one of these addresses (checked, in the resolver's order of
        /// preference), never to what a second look-up of the name would say.
        case pinned(name: String, addresses: [[UInt8]])
    }

    /// The destination of a request to `host`, which must be the host as the HTTP client reads it from the URL
    /// (`Fetcher.connectionHost`), so that the pinned name is the one the client looks up.
    func check(url: String, host: String) async throws(FetchError) -> Destination {
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        if let literal = Self.literal(bare) {
            if !allowPrivate, Self.isInternal(literal) {
                throw FetchError(url: url, reason: .privateAddress(host: host, address: Self.text(literal)))
            }
            return .literal
        }
        let addresses = await resolver.addresses(bare)
        guard !addresses.isEmpty else { throw FetchError(url: url, reason: .unresolvableHost(host)) }
        if !allowPrivate, let refused = addresses.first(where: Self.isInternal) {
            throw FetchError(url: url, reason: .privateAddress(host: host, address: Self.text(refused)))
        }
        return .pinned(name: bare, addresses: addresses)
    }

    /// Whether an address (4 or 16 bytes) is one a public web server cannot have.
    static func isInternal(_ address: [UInt8]) -> Bool {
        if address.count == 4 { return isInternalIPv4(address) }
        guard address.count == 16 else { return true }
        let a = address
        if a.allSatisfy({ $0 == 0 }) { return true }                                     // ::
        if a[0..<15].allSatisfy({ $0 == 0 }) && a[15] == 1 { return true }               // ::1
        if a[0..<10].allSatisfy({ $0 == 0 }) && a[10] == 0xFF && a[11] == 0xFF {         // ::ffff:a.b.c.d
            return isInternalIPv4(Array(a[12..<16]))
        }
        if a[0..<12] == [0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0] {               // 64:ff9b::/96 (NAT64)
            return isInternalIPv4(Array(a[12..<16]))
        }
        if a[0] & 0xFE == 0xFC { return true }                                           // fc00::/7 unique local
        if a[0] == 0xFE && a[1] & 0xC0 == 0x80 { return true }                           // fe80::/10 link-local
        if a[0] == 0xFE && a[1] & 0xC0 == 0xC0 { return true }                           // fec0::/10 site-local
        if a[0] == 0xFF { return true }                                                  // multicast
        if a[0] == 0x20 && a[1] == 0x01 && a[2] == 0x0D && a[3] == 0xB8 { return true }  // 2001:db8::/32
        return false
    }

    static func isInternalIPv4(_ a: [UInt8]) -> Bool {
        switch (a[0], a[1]) {
        case (0, _), (10, _), (127, _): return true               // "this network", private, loopback
        case (100, 64...127): return true                         // carrier-grade NAT
        case (169, 254): return true                              // link-local (cloud metadata lives here)
        case (172, 16...31), (192, 168): return true              // private
        case (192, 0) where a[2] == 0 || a[2] == 2: return true   // IETF protocol assignments, documentation
        case (198, 18...19): return true                          // benchmarking
        case (198, 51) where a[2] == 100, (203, 0) where a[2] == 113: return true  // documentation
        case (224...255, _): return true                          // multicast, reserved, broadcast
        default: return false
        }
    }

    /// The bytes of an IPv4 or IPv6 literal.
    static func literal(_ host: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, host, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, host, &v6) == 1 { return withUnsafeBytes(of: &v6) { Array($0) } }
        return nil
    }

    static func text(_ address: [UInt8]) -> String {
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        let family = address.count == 4 ? AF_INET : AF_INET6
        let ok = address.withUnsafeBytes { bytes in inet_ntop(family, bytes.baseAddress, &buffer, socklen_t(buffer.count)) }
        guard ok != nil else { return address.map(String.init).joined(separator: ".") }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
