/// Scores reported figure conflicts against conflict pairs: how often the changed figure is found (recall over
/// the pairs with a change) and how many reported figure conflicts are right (precision). A conflict is right
/// when its pair has a change and the conflict sets the copy's changed figure against the original's outlet.
public struct ConflictEvaluation: Sendable {
    /// One side of a reported conflict: the outlet, the value as written and the sentence quoted.
    public struct ReportedValue: Sendable {
        public var outlet: String
        public var value: String
        public var sentence: String
        /// Where the sentence starts in its article (Unicode scalars).
        public var sentenceStart: Int

        public init(outlet: String, value: String, sentence: String, sentenceStart: Int) {
            self.outlet = outlet
            self.value = value
            self.sentence = sentence
            self.sentenceStart = sentenceStart
        }
    }

    public struct Example: Sendable {
        public var pair: String
        public var description: String
    }

    public private(set) var pairs = 0
    public private(set) var changedPairs = 0
    public private(set) var found = 0
    public private(set) var reported = 0
    public private(set) var right = 0
    /// Changes not found and conflicts reported wrongly, first few of each, to read.
    public private(set) var misses: [Example] = []
    public private(set) var falseConflicts: [Example] = []
    private let examples: Int

    /// `examples`: how many misses and wrong conflicts to keep for reading.
    public init(examples: Int = 8) {
        self.examples = examples
    }

    public var recall: Double { changedPairs == 0 ? 0 : Double(found) / Double(changedPairs) }
    public var precision: Double { reported == 0 ? 0 : Double(right) / Double(reported) }

    public mutating func add(_ pair: ConflictPair, conflicts: [[ReportedValue]]) {
        pairs += 1
        reported += conflicts.count
        var foundHere = false
        for conflict in conflicts {
            if let change = pair.changed, Self.isAbout(change, conflict, pair) {
                right += 1
                foundHere = true
            } else if falseConflicts.count < examples {
                let sides = conflict.map { "\($0.outlet): \"\($0.value)\"" }.joined(separator: " vs ")
                falseConflicts.append(Example(pair: pair.id, description: sides))
            }
        }
        guard let change = pair.changed else { return }
        changedPairs += 1
        if foundHere {
            found += 1
        } else if misses.count < examples {
            misses.append(Example(pair: pair.id, description: "\"\(change.original)\" → \"\(change.written)\""))
        }
    }

    /// Whether a conflict sets the changed figure of the copy against the original's outlet.
    static func isAbout(_ change: ConflictPair.Change, _ conflict: [ReportedValue], _ pair: ConflictPair) -> Bool {
        guard conflict.contains(where: { $0.outlet == pair.a.outlet }) else { return false }
        return conflict.contains { value in
            guard value.outlet == pair.b.outlet else { return false }
            let sentence = Array(value.sentence.unicodeScalars), quoted = Array(value.value.unicodeScalars)
            guard !quoted.isEmpty, quoted.count <= sentence.count else { return false }
            // Where the value sits in its sentence, compared with where the change sits in the copy.
            for offset in 0...(sentence.count - quoted.count) where Array(sentence[offset..<offset + quoted.count]) == quoted {
                let start = value.sentenceStart + offset, end = start + quoted.count
                if start < change.end && change.start < end { return true }
            }
            return false
        }
    }
}
