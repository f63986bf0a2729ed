/// Reads what `SnapshotWriter` wrote, checking every length against the bytes left: bad bytes give a
/// `ClusteringSnapshotError` naming the `part` being read, never a crash.
struct SnapshotReader {
    private let bytes: [UInt8]
    private(set) var offset = 0
    /// What is being read, for errors: "header", "event index", ….
    var part = "header"

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var remaining: Int { bytes.count - offset }

    func truncated() -> ClusteringSnapshotError {
        .truncated(part: part, length: bytes.count)
    }

    func corrupt(_ reason: String) -> ClusteringSnapshotError {
        .corrupt(part: part, reason: reason)
    }

    mutating func read<Value: FixedWidthInteger>(_: Value.Type = Value.self) throws -> Value {
        let size = MemoryLayout<Value>.size
        guard remaining >= size else { throw truncated() }
        let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: Value.self) }
        offset += size
        return Value(littleEndian: value)
    }

    mutating func readFloat() throws -> Float {
        Float(bitPattern: try read(UInt32.self))
    }

    /// A count written by `SnapshotWriter.write(count:)`; at most `limit`, and at most as many elements of
    /// `elementSize` bytes as are left, so that a bad count never reserves memory it cannot fill.
    mutating func readCount(limit: Int = .max, elementSize: Int = 1) throws -> Int {
        let value = try read(UInt64.self)
        guard value <= UInt64(limit) else { throw corrupt("a count of \(value) exceeds \(limit)") }
        guard value <= UInt64(remaining / max(elementSize, 1)) else { throw truncated() }
        return Int(value)
    }

    mutating func read<Value: FixedWidthInteger & BitwiseCopyable>(_: Value.Type = Value.self, count: Int) throws -> [Value] {
        let values: [Value] = try copy(count: count)
        #if _endian(little)
        return values
        #else
        return values.map { Value(littleEndian: $0) }
        #endif
    }

    mutating func readFloats(count: Int) throws -> [Float] {
        #if _endian(little)
        return try copy(count: count)
        #else
        return try read(UInt32.self, count: count).map { Float(bitPattern: $0) }
        #endif
    }

    /// The next `count` bytes.
    mutating func readBytes(count: Int) throws -> ArraySlice<UInt8> {
        guard count >= 0, remaining >= count else { throw truncated() }
        defer { offset += count }
        return bytes[offset..<(offset + count)]
    }

    private mutating func copy<Value: BitwiseCopyable>(count: Int) throws -> [Value] {
        let size = MemoryLayout<Value>.stride
        guard count >= 0, count <= remaining / size else { throw truncated() }
        let start = offset
        let values = [Value](unsafeUninitializedCapacity: count) { buffer, initialized in
            bytes.withUnsafeBytes { source in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(
                    from: UnsafeRawBufferPointer(rebasing: source[start..<(start + count * size)]))
            }
            initialized = count
        }
        offset += count * size
        return values
    }
}
