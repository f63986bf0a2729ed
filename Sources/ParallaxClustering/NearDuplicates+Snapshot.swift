extension NearDuplicates {
    /// Bytes `write(to:)` will take at most, to reserve them.
    var snapshotCapacity: Int {
        32 + signatures.count * (1 + 8 * Self.hashes) + buckets.count * 12 + buckets.values.reduce(0) { $0 + 4 * $1.count }
    }

    /// The ring of signatures in its slot order (an empty one for a short article), then the buckets by band key,
    /// each article list as it is, oldest first: the order decides which article a full bucket drops next.
    func write(to writer: inout SnapshotWriter) {
        writer.write(UInt32(Self.hashes))
        writer.write(UInt32(Self.window))
        writer.write(UInt32(Self.bucketSize))
        writer.write(count: signatures.count)
        writer.write(contentsOf: signatures.map { $0.isEmpty ? UInt8(0) : UInt8(1) })
        for signature in signatures where !signature.isEmpty { writer.write(contentsOf: signature) }

        let sorted = buckets.sorted { $0.key < $1.key }
        writer.write(count: sorted.count)
        writer.write(contentsOf: sorted.map(\.key))
        writer.write(contentsOf: sorted.map { UInt32($0.value.count) })
        for (_, articles) in sorted { writer.write(contentsOf: articles) }
    }

    /// Reads what `write(to:)` wrote, for a clusterer that has placed `articles` articles.
    init(from reader: inout SnapshotReader, articles: Int) throws {
        self.init()
        reader.part = "near-duplicate settings"
        let hashes = try reader.read(UInt32.self), window = try reader.read(UInt32.self), bucketSize = try reader.read(UInt32.self)
        guard hashes == Self.hashes, window == Self.window, bucketSize == Self.bucketSize else {
            throw ClusteringSnapshotError.incompatible(
                "its MinHash has \(hashes) hashes, a window of \(window) articles and buckets of \(bucketSize); "
                    + "this build's has \(Self.hashes), \(Self.window) and \(Self.bucketSize)")
        }

        reader.part = "near-duplicate signatures"
        let count = try reader.readCount(limit: Self.window)
        guard count == min(articles, Self.window) else {
            throw reader.corrupt("\(count) signatures for \(articles) articles")
        }
        let present = try reader.read(UInt8.self, count: count)
        signatures.reserveCapacity(count)
        for flag in present {
            switch flag {
            case 0: signatures.append([])
            case 1: signatures.append(try reader.read(UInt64.self, count: Self.hashes))
            default: throw reader.corrupt("a signature marked \(flag), not 0 or 1")
            }
        }

        reader.part = "near-duplicate buckets"
        let bucketCount = try reader.readCount(elementSize: 12)
        let keys = try reader.read(UInt64.self, count: bucketCount)
        let sizes = try reader.read(UInt32.self, count: bucketCount)
        buckets.reserveCapacity(bucketCount)
        for (key, size) in zip(keys, sizes) {
            guard size > 0, size <= Self.bucketSize else { throw reader.corrupt("a bucket of \(size) articles") }
            let members = try reader.read(Int32.self, count: Int(size))
            guard members.allSatisfy({ $0 >= 0 && Int($0) < articles }) else {
                throw reader.corrupt("a bucket names an article beyond the \(articles) placed")
            }
            guard buckets.updateValue(members, forKey: key) == nil else { throw reader.corrupt("a band key repeats") }
        }
    }
}
