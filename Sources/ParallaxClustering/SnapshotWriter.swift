/// Appends integers and floats little-endian to one byte buffer, reserved up front: the writing half of a
/// snapshot's binary form (see `SnapshotReader`). Arrays go in as one copy on little-endian machines.
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func write<Value: FixedWidthInteger>(_ value: Value) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Float) {
        write(value.bitPattern)
    }

    /// A count or length, as a UInt64.
    mutating func write(count: Int) {
        write(UInt64(count))
    }

    mutating func write<Value: FixedWidthInteger>(contentsOf values: [Value]) {
        #if _endian(little)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        #else
        for value in values { write(value) }
        #endif
    }

    mutating func write(contentsOf values: [Float]) {
        #if _endian(little)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        #else
        for value in values { write(value) }
        #endif
    }

    /// Overwrites the eight bytes at `offset` with a UInt64 (a length known only at the end).
    mutating func overwrite(_ value: UInt64, at offset: Int) {
        withUnsafeBytes(of: value.littleEndian) { bytes.replaceSubrange(offset..<(offset + 8), with: $0) }
    }
}
