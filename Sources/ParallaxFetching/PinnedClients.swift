import AsyncHTTPClient
import Foundation

/// The HTTP clients of named hosts, one for each name and the address its check pinned it to, kept for the
/// fetcher's life: a client's `dnsOverride` is fixed when it is made (see `Fetcher.send`), so a client made for
/// each request opened a new connection (and for https a TLS handshake) for every page of a site. Kept, a
/// client's pool reuses its connections to that address. At most `limit` are kept; past them a request gets a
/// client of its own, as before. All are shut down when the fetcher's scope ends (a client released without
/// `shutdown()` traps).
final class PinnedClients: @unchecked Sendable {
    static let limit = 64

    private let lock = NSLock()
    private var clients: [String: HTTPClient] = [:]
    private var isShutDown = false
    private var made = 0

    /// The kept client for `name` at `address`, made with `configuration` if there is none yet; nil when `limit`
    /// are kept or the fetcher is shutting down.
    func client(name: String, address: String, configuration: () -> HTTPClient.Configuration) -> HTTPClient? {
        lock.withLock {
            let key = "\(name) \(address)"
            if let client = clients[key] { return client }
            guard !isShutDown, clients.count < Self.limit else { return nil }
            let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration())
            clients[key] = client
            made += 1
            return client
        }
    }

    /// How many clients were made so far.
    var count: Int { lock.withLock { made } }

    /// Shuts every kept client down; later requests get clients of their own.
    func shutdown() async {
        let all = lock.withLock {
            isShutDown = true
            defer { clients = [:] }
            return Array(clients.values)
        }
        for client in all { try? await client.shutdown() }
    }
}
