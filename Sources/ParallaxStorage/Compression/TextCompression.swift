import CZlib
import Foundation

/// Article text as the store keeps it: a zlib stream (RFC 1950) of its UTF-8, each article on its own so that
/// one is read without the others. News text halves; the zlib checksum tells damaged text from text.
enum TextCompression {
    struct Damaged: Error {
        var reason: String
    }

    /// zlib's level 6, its default: on article text, level 9 gains nothing, and level 1 takes as long on
    /// texts this short while its output is 5% larger.
    static let level: Int32 = 6

    static func compress(_ text: String) -> Data {
        var text = text
        return text.withUTF8 { utf8 in
            var size = compressBound(uLong(utf8.count))
            var compressed = Data(count: Int(size))
            let status = compressed.withUnsafeMutableBytes { output in
                compress2(output.baseAddress!.assumingMemoryBound(to: Bytef.self), &size, utf8.baseAddress, uLong(utf8.count), level)
            }
            // compress2 fails only without memory, or with a buffer smaller than compressBound's.
            precondition(status == Z_OK, "zlib could not compress (code \(status))")
            compressed.count = Int(size)
            return compressed
        }
    }

    static func decompress(_ compressed: Data) throws(Damaged) -> String {
        // Text takes about twice its compressed size; a larger one is tried again with twice the room. Deflate
        // expands at most 1,032 times, so the loop ends.
        var capacity = max(compressed.count * 4, 256)
        while true {
            var size = uLong(capacity)
            var text = [UInt8](repeating: 0, count: capacity)
            let status = compressed.withUnsafeBytes { input in
                text.withUnsafeMutableBufferPointer { output in
                    uncompress(output.baseAddress, &size, input.baseAddress?.assumingMemoryBound(to: Bytef.self), uLong(input.count))
                }
            }
            switch status {
            case Z_OK: return String(decoding: text[..<Int(size)], as: UTF8.self)
            case Z_BUF_ERROR: capacity *= 2
            default: throw Damaged(reason: "its compressed text does not inflate (zlib code \(status))")
            }
        }
    }
}
