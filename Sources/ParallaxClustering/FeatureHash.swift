/// 64-bit FNV-1a hashes of byte runs: features are hashed once and compared as integers, never as strings.
enum FeatureHash {
    static let offset: UInt64 = 0xCBF2_9CE4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64 = offset) -> UInt64 {
        var hash = seed
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* prime
        }
        return hash
    }

    static func hash(_ string: String, seed: UInt64 = offset) -> UInt64 {
        var copy = string
        return copy.withUTF8 { hash($0, seed: seed) }
    }

    /// A different hash of the same value, for MinHash's permutations (Stafford's mix13).
    static func mix(_ value: UInt64, _ seed: UInt64) -> UInt64 {
        var z = value ^ (seed &* 0x9E37_79B9_7F4A_7C15)
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
