/// Finds wire copies and light edits of an earlier article: MinHash signatures of word 5-gram shingles,
/// banded for locality-sensitive hashing, so that a new article is compared only with articles that share
/// a band; the Jaccard similarity estimated from the signatures decides.
struct NearDuplicates: Sendable {
    static let hashes = 64
    static let bands = 16
    static let rows = hashes / bands
    /// Estimated Jaccard similarity of shingles at or above which two articles are copies.
    static let threshold = 0.7
    static let bucketSize = 32

    /// The signatures of the last `window` articles, in a ring: wire copies follow their original within days,
    /// and a stream's memory must not hold every article ever seen.
    /// Internal, not private, for NearDuplicates+Snapshot.swift, as are `buckets`.
    var signatures: [[UInt64]] = []
    static let window = 50_000
    /// Band hash → articles with that band.
    var buckets: [UInt64: [Int32]] = [:]

    static func signature(_ shingles: [UInt64]) -> [UInt64]? {
        guard shingles.count >= 8 else { return nil }  // too short to call anything a copy
        // The i-th hash function is h1 + i·h2 (Kirsch and Mitzenmacher's double hashing): two mixes a shingle
        // instead of one per function, with the same estimates.
        var signature = [UInt64](repeating: .max, count: hashes)
        for shingle in shingles {
            let first = FeatureHash.mix(shingle, 1)
            let second = FeatureHash.mix(shingle, 2) | 1
            var value = first
            for index in 0..<hashes {
                if value < signature[index] { signature[index] = value }
                value &+= second
            }
        }
        return signature
    }

    /// The earliest earlier article this one copies, then records it. `index` is the article's arrival number;
    /// `signature` is `signature(shingles)` of its shingles.
    mutating func add(signature: [UInt64]?, index: Int) -> Int? {
        guard let signature else {
            store([], index: index)
            return nil
        }
        var best: (article: Int, similarity: Double)?
        var seen = Set<Int32>()
        var bandKeys: [UInt64] = []
        for band in 0..<Self.bands {
            var key = UInt64(band + 1) &* 0x9E37_79B9_7F4A_7C15
            for row in 0..<Self.rows { key = FeatureHash.mix(key ^ signature[band * Self.rows + row], 7) }
            bandKeys.append(key)
            for candidate in buckets[key] ?? [] where index - Int(candidate) < Self.window && seen.insert(candidate).inserted {
                let other = signatures[Int(candidate) % Self.window]
                guard !other.isEmpty else { continue }
                let agreeing = zip(signature, other).filter { $0 == $1 }.count
                let similarity = Double(agreeing) / Double(Self.hashes)
                if similarity >= Self.threshold, best.map({ similarity > $0.similarity || similarity == $0.similarity && Int(candidate) < $0.article }) ?? true {
                    best = (Int(candidate), similarity)
                }
            }
        }
        store(signature, index: index)
        // A bucket keeps its latest articles only: a copy of a copy still leads to the original, and a bucket
        // that every repeat of a text falls into would otherwise grow without end.
        for key in bandKeys {
            buckets[key, default: []].append(Int32(index))
            if buckets[key]!.count > Self.bucketSize { buckets[key]!.removeFirst() }
        }
        return best?.article
    }

    private mutating func store(_ signature: [UInt64], index: Int) {
        if signatures.count < Self.window {
            signatures.append(signature)
        } else {
            signatures[index % Self.window] = signature
        }
    }
}
