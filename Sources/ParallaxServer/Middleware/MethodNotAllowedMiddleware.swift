import Foundation
import Hummingbird

/// Answers 405 with an `Allow` header when a documented API path is asked with a method it does not take; the
/// router alone answers 404, as if the path did not exist. The paths and their methods are read from the OpenAPI
/// document, so that the two cannot disagree.
struct MethodNotAllowedMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    struct Route {
        /// The path's segments; "{id}" stands for any one.
        var segments: [Substring]
        /// "GET, HEAD" or "POST": HEAD wherever GET is (the router answers it).
        var allow: [String]
    }

    static let routes: [Route] = {
        guard let document = try? JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any],
            let paths = document["paths"] as? [String: [String: Any]]
        else { return [] }
        return paths.map { path, operations in
            let methods = operations.keys.map { $0.uppercased() }.sorted()
            return Route(segments: path.split(separator: "/"), allow: methods + (methods.contains("GET") ? ["HEAD"] : []))
        }
    }()

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as any HTTPResponseError where error.status == .notFound {
            // The router's 404; a handler's own (no such story) is a Problem and passes untouched.
            let segments = request.uri.path.split(separator: "/")
            guard let route = Self.routes.first(where: { Self.matches($0.segments, segments) }),
                !route.allow.contains(request.method.rawValue)
            else { throw error }
            let allow = route.allow.joined(separator: ", ")
            var response = Problem(status: .methodNotAllowed, message: "\(request.method) is not answered at this address; \(allow) are")
                .jsonResponse()
            response.headers[.allow] = allow
            return response
        }
    }

    static func matches(_ pattern: [Substring], _ segments: [Substring]) -> Bool {
        pattern.count == segments.count && zip(pattern, segments).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
    }
}
