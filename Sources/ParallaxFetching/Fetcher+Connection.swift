import AsyncHTTPClient
import NIOCore

extension Fetcher {
    /// Sends a request to the destination the address guard checked and hands the response to `handle`, whose
    /// work (reading the body) ends before the connection does.
    ///
    /// A URL naming an IP address goes through the fetcher's own client. A URL naming a host goes through a client
    /// of its own, kept for that name and address (`PinnedClients`), whose `dnsOverride` maps the name to the
    /// checked address: the client
    /// connects there without asking the name server again, and still sends the name in the `Host` header and in
    /// TLS SNI, and verifies the certificate against it. In AsyncHTTPClient 1.37.0 the override becomes the
    /// connection target and the name its `serverNameIndicatorOverride` (ConnectionPool.swift:92-104), the Host
    /// header comes from the URL (AsyncAwait/HTTPClientRequest+Prepared.swift:70), and the TLS handler is made with
    /// `serverHostname:` that name (ConnectionPool/HTTPConnectionPool+Factory.swift:668-671); swift-nio-ssl 2.37.6
    /// sends it and checks the certificate against it (SSLConnection.swift:117-126 and 213-226).
    /// A client's `dnsOverride` is fixed when it is made, and the client offers no resolver of one's own
    /// (`HTTPClient.DNSResolver` is `.system` or `.randomized`), hence one client for each name and address, whose
    /// connections the requests to that host share.
    ///
    /// When the preferred address cannot be reached, the first address of the other family (IPv6 or IPv4) is tried,
    /// once, as the client's own connecting would have.
    static func send<T>(
        _ request: HTTPClientRequest, to destination: AddressGuard.Destination, client: HTTPClient, pinned: PinnedClients,
        policy: FetchPolicy, deadline: NIODeadline, _ handle: (HTTPClientResponse) async throws -> T
    ) async throws -> T {
        guard case .pinned(let name, let addresses) = destination else {
            return try await handle(client.execute(request, deadline: deadline))
        }
        let attempts = preferredOfEachFamily(addresses)
        for (index, address) in attempts.enumerated() {
            let text = AddressGuard.text(address)
            func configuration() -> HTTPClient.Configuration {
                var configuration = clientConfiguration(policy)
                configuration.dnsOverride = [name: text]
                // Fail at the first refused or timed-out connection instead of retrying it until the connect
                // timeout, so that the other address gets its turn.
                configuration.connectionPool.retryConnectionEstablishment = false
                return configuration
            }
            func exchange(_ client: HTTPClient) async throws -> T {
                let response: HTTPClientResponse
                do {
                    response = try await client.execute(request, deadline: deadline)
                } catch {
                    throw NoResponse(underlying: error)
                }
                return try await handle(response)
            }
            do {
                if let kept = pinned.client(name: name, address: text, configuration: configuration) {
                    return try await exchange(kept)
                }
                return try await HTTPClient.withHTTPClient(configuration: configuration(), exchange)
            } catch let failed as NoResponse {
                if index == attempts.count - 1 || !worthAnotherAddress(failed.underlying) { throw failed.underlying }
            }
        }
        preconditionFailure("AddressGuard pins at least one address")
    }

    /// An error of the request itself, before any response: the next address may do better.
    private struct NoResponse: Error {
        let underlying: any Error
    }

    /// The first address, and the first of the other family after it if there is one.
    static func preferredOfEachFamily(_ addresses: [[UInt8]]) -> [[UInt8]] {
        guard let first = addresses.first else { return [] }
        guard let other = addresses.first(where: { $0.count != first.count }) else { return [first] }
        return [first, other]
    }

    /// Whether a failure could be the address's fault: not a cancellation, nor the whole request's deadline.
    private static func worthAnotherAddress(_ error: any Error) -> Bool {
        if error is CancellationError { return false }
        if let error = error as? HTTPClientError, error == .deadlineExceeded || error == .cancelled { return false }
        return true
    }
}
