@testable import ParallaxFetching

/// A name server the test scripts: each name answers its next list of addresses (the last one again when the
/// script runs out), and every question is written down.
actor ScriptedNameServer {
    private var scripts: [String: [[[UInt8]]]]
    private(set) var questions: [String] = []

    init(_ scripts: [String: [[[UInt8]]]]) {
        self.scripts = scripts
    }

    func answer(_ name: String) -> [[UInt8]] {
        questions.append(name)
        guard var answers = scripts[name], let next = answers.first else { return [] }
        if answers.count > 1 { answers.removeFirst() }
        scripts[name] = answers
        return next
    }

    nonisolated var resolver: HostResolver {
        HostResolver { name in await self.answer(name) }
    }
}
