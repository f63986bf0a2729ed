import Testing
@testable import ParallaxServer

/// A gate a test opens: a view's making waits at it, so that what is answered meanwhile can be asked.
private actor Gate {
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private var isOpen = false

    func wait() async {
        if isOpen { return }
        await withCheckedContinuation { waiting.append($0) }
    }

    func open() {
        isOpen = true
        for continuation in waiting { continuation.resume() }
        waiting = []
    }
}

/// Counts the makings of views.
private actor Counter {
    private(set) var count = 0
    func next() -> Int {
        count += 1
        return count
    }
}

@Suite struct ViewCacheTests {
    @Test func aViewIsMadeOncePerVersionHoweverManyAsk() async throws {
        let cache = ViewCache<String>(capacity: 4)
        let makings = Counter()
        let views = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<16 {
                group.addTask { try await cache.view("/", version: "1") { "made \(await makings.next())" } }
            }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(Set(views) == ["made 1"])
        #expect(try await cache.view("/", version: "2") { "made \(await makings.next())" } == "made 2")
        #expect(await makings.count == 2)
    }

    @Test func whileANewVersionIsMadeThePreviousIsAnsweredWhereAllowed() async throws {
        let cache = ViewCache<String>(capacity: 4)
        #expect(try await cache.view("s1", version: "1", previousAllowed: true) { "one article" } == "one article")
        let gate = Gate()
        let slow: @Sendable () async throws -> String = {
            await gate.wait()
            return "two articles"
        }
        // Version 2 is being made and cannot finish: the previous view is answered at once, to every reader.
        #expect(try await cache.view("s1", version: "2", previousAllowed: true, make: slow) == "one article")
        #expect(try await cache.view("s1", version: "2", previousAllowed: true, make: slow) == "one article")
        // A reader that may not have the previous view waits for the new one.
        async let fresh = cache.view("s1", version: "2", make: slow)
        await gate.open()
        #expect(try await fresh == "two articles")
        #expect(try await cache.view("s1", version: "2", previousAllowed: true, make: slow) == "two articles")
    }

    @Test func oneMakingAtATimeWhereThePreviousMayBeAnswered() async throws {
        let cache = ViewCache<String>(capacity: 4)
        _ = try await cache.view("s1", version: "1", previousAllowed: true) { "v1" }
        let gate = Gate()
        let makings = Counter()
        #expect(try await cache.view("s1", version: "2", previousAllowed: true) { await gate.wait(); return "v2" } == "v1")
        // Version 3 is asked for while 2 is made: the newest view is answered and no second making starts.
        #expect(try await cache.view("s1", version: "3", previousAllowed: true) { "v3 \(await makings.next())" } == "v1")
        #expect(await makings.count == 0)
        await gate.open()
        #expect(try await cache.view("s1", version: "2") { "v2 again" } == "v2")
        // Once 2 is made, 3 is made, and meanwhile 2 is the newest there is.
        let three = try await cache.view("s1", version: "3", previousAllowed: true) { "v3 \(await makings.next())" }
        #expect(three == "v2" || three == "v3 1")
        #expect(try await cache.view("s1", version: "3") { "v3 again" } == "v3 1")
    }

    @Test func aFailedMakingIsNotKept() async throws {
        struct Failure: Error {}
        let cache = ViewCache<String>(capacity: 4)
        await #expect(throws: Failure.self) { try await cache.view("k", version: "1") { throw Failure() } }
        #expect(try await cache.view("k", version: "1") { "made" } == "made")
    }

    @Test func theLeastRecentlyUsedViewGoesFirst() async throws {
        let cache = ViewCache<String>(capacity: 2)
        let makings = Counter()
        for key in ["a", "b", "a", "c", "a"] {
            _ = try await cache.view(key, version: "1") { "\(key) \(await makings.next())" }
        }
        // "a" was kept throughout (made once), "b" went when "c" came.
        #expect(await makings.count == 3)
        #expect(try await cache.view("b", version: "1") { "b again" } == "b again")
    }
}
