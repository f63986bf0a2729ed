#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes a legacy charset with iconv, byte by byte past anything the charset does not define: handing such a
/// page to libxml2 loses everything after its first bad byte, while one replacement character costs one letter.
enum LegacyDecoder {
    /// The text, or nil when iconv does not know the charset.
    static func decode(_ bytes: [UInt8], charset name: String) -> String? {
        let converter = iconv_open("UTF-8", name)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2)
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        var input = bytes
        input.withUnsafeMutableBufferPointer { inputBuffer in
            var inputPointer = UnsafeMutableRawPointer(inputBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
            var inputLeft = inputBuffer.count
            while inputLeft > 0 {
                let (result, error, produced) = chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                    var outputPointer = UnsafeMutableRawPointer(chunkBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                    var outputLeft = chunkBuffer.count
                    let result = iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
                    return (result, errno, chunkBuffer.count - outputLeft)
                }
                output.append(contentsOf: chunk[..<produced])
                guard result == -1 else { continue }
                if error == E2BIG { continue }
                // An undefined or truncated sequence: one replacement character, then the next byte.
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                inputPointer = inputPointer.map { $0 + 1 }
                inputLeft -= 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
