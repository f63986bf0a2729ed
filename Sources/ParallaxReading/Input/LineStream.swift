import Foundation

/// Lines of a file or a pipe, read in chunks, so that memory holds one chunk and one line however long the input.
///
/// A line longer than `maxLineBytes` is not kept: it is reported as too long (`Line.tooLong`) and skipped.
final class LineStream {
    enum Line {
        case text(ArraySlice<UInt8>, number: Int)
        case tooLong(bytes: Int, number: Int)
    }

    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private let maxLineBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private var lineNumber = 0
    /// Bytes taken from the input so far.
    private(set) var bytesRead = 0
    static let chunkSize = 1 << 20

    init(descriptor: Int32, ownsDescriptor: Bool, maxLineBytes: Int) {
        self.descriptor = descriptor
        self.ownsDescriptor = ownsDescriptor
        self.maxLineBytes = maxLineBytes
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// The first bytes of the input (reading them if need be), to sniff its format; they stay to be read.
    func peek(_ count: Int) throws -> ArraySlice<UInt8> {
        while buffer.count - start < count, !atEnd { try fill() }
        return buffer[start..<min(buffer.count, start + count)]
    }

    /// Everything not yet read, as one array (for an input that is one document, not lines), but no more than
    /// `limit` bytes: past it the caller has its answer (too large) without holding the rest.
    func readToEnd(limit: Int) throws -> [UInt8] {
        while !atEnd, buffer.count - start <= limit { try fill() }
        defer { start = buffer.count }
        return Array(buffer[start...])
    }

    /// Whether the next line can be returned without waiting for a pipe to write more.
    var hasPendingLine: Bool {
        if atEnd || buffer[start...].contains(0x0A) { return true }
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&poller, 1, 0) > 0
    }

    func next() throws -> Line? {
        var skipped = 0  // bytes of an over-long line thrown away so far
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                lineNumber += 1
                defer { start = newline + 1 }
                if skipped > 0 || newline - start > maxLineBytes {
                    return .tooLong(bytes: skipped + newline - start, number: lineNumber)
                }
                return .text(buffer[start..<newline], number: lineNumber)
            }
            if atEnd {
                guard start < buffer.count || skipped > 0 else { return nil }
                lineNumber += 1
                defer { start = buffer.count }
                if skipped > 0 || buffer.count - start > maxLineBytes {
                    return .tooLong(bytes: skipped + buffer.count - start, number: lineNumber)
                }
                return .text(buffer[start..<buffer.count], number: lineNumber)
            }
            if buffer.count - start > maxLineBytes {
                // Too long to keep: count it and drop what we have, then look for its end.
                skipped += buffer.count - start
                start = buffer.count
            }
            try fill()
        }
    }

    /// Reads one more chunk (what a pipe has, up to the chunk size), dropping consumed bytes first.
    private func fill() throws {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        let old = buffer.count
        buffer.reserveCapacity(old + Self.chunkSize)
        var count = 0
        buffer.append(contentsOf: repeatElement(0, count: Self.chunkSize))
        repeat {
            count = buffer.withUnsafeMutableBufferPointer { read(descriptor, $0.baseAddress! + old, Self.chunkSize) }
        } while count < 0 && errno == EINTR
        buffer.removeLast(Self.chunkSize - max(count, 0))
        if count < 0 { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        if count == 0 { atEnd = true }
        bytesRead += max(count, 0)
    }
}
