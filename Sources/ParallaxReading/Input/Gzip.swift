import CZlib

/// Inflates gzip (or zlib) data with the system zlib.
enum Gzip {
    enum Failure: Error {
        case corrupt(String)
        case tooLarge
    }

    /// Inflates `compressed`, refusing to produce more than `limit` bytes (a guard against gzip bombs).
    static func inflate(_ compressed: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        // 15 window bits + 32: detect gzip or zlib headers automatically.
        guard parallax_inflateInit2(&stream, 15 + 32) == Z_OK else { throw .corrupt("zlib could not start") }
        defer { inflateEnd(&stream) }

        var output: [UInt8] = []
        output.reserveCapacity(min(limit, compressed.count * 4))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var status: Int32 = Z_OK
        var input = compressed
        let inputCount = input.count
        try input.withUnsafeMutableBufferPointer { (inputBuffer) throws(Failure) in
            stream.next_in = inputBuffer.baseAddress
            stream.avail_in = uInt(inputCount)
            repeat {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                    stream.next_out = chunkBuffer.baseAddress
                    stream.avail_out = uInt(chunkBuffer.count)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return chunkBuffer.count - Int(stream.avail_out)
                }
                if status == Z_STREAM_END, stream.avail_in > 0 {
                    // Concatenated gzip members (as `cat a.gz b.gz` makes) are one stream.
                    output.append(contentsOf: chunk[0..<produced])
                    guard inflateReset(&stream) == Z_OK else { throw .corrupt("zlib could not restart") }
                    status = Z_OK
                    continue
                }
                if status == Z_BUF_ERROR, stream.avail_in == 0 {
                    throw .corrupt("the file ends before the gzip stream does: it is truncated; copy or download it again")
                }
                guard status == Z_OK || status == Z_STREAM_END else {
                    let message = stream.msg.map { String(cString: $0) } ?? "code \(status)"
                    throw .corrupt(message)
                }
                output.append(contentsOf: chunk[0..<produced])
                if output.count > limit { throw .tooLarge }
                if status == Z_OK, produced == 0, stream.avail_in == 0 {
                    throw .corrupt("the file ends before the gzip stream does: it is truncated; copy or download it again")
                }
            } while status != Z_STREAM_END
        }
        return output
    }
}
