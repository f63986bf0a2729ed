import Foundation
import Hummingbird

/// The context of every request: Hummingbird's core, and who sent it (for the loopback-only write rule).
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The peer's IP address, nil when unknown (an in-process test client).
    public let remoteIP: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
        remoteIP = source.channel.remoteAddress?.ipAddress
    }

    /// Whether the request comes from this machine.
    var isFromLoopback: Bool {
        guard let remoteIP else { return false }
        return remoteIP == "::1" || remoteIP.hasPrefix("127.") || remoteIP.hasPrefix("::ffff:127.")
    }
}

extension AppRequestContext {
    /// The `:id` of the route, percent-decoded (an ID may hold any character; the router leaves it encoded).
    func pathID() throws -> String {
        let raw = try parameters.require("id")
        return raw.removingPercentEncoding ?? raw
    }
}
