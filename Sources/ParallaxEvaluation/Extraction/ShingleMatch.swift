/// The article-extraction-benchmark's measure of one page: 4-gram shingles of `\w+` tokens, matched as
/// multisets, with TP, FP and FN normalised to sum to 1 so that long pages weigh no more than short ones.
public struct ShingleMatch: Sendable, Equatable {
    public var truePositives: Double
    public var falsePositives: Double
    public var falseNegatives: Double

    public init(truePositives: Double, falsePositives: Double, falseNegatives: Double) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// Compares an extracted text with the true one.
    public init(truth: String, prediction: String, shingleLength: Int = 4) {
        let trueShingles = Self.shingles(truth, length: shingleLength)
        let predictedShingles = Self.shingles(prediction, length: shingleLength)
        var tp = 0, fp = 0, fn = 0
        for key in Set(trueShingles.keys).union(predictedShingles.keys) {
            let inTruth = trueShingles[key, default: 0]
            let inPrediction = predictedShingles[key, default: 0]
            tp += min(inTruth, inPrediction)
            fp += max(0, inPrediction - inTruth)
            fn += max(0, inTruth - inPrediction)
        }
        let sum = Double(tp + fp + fn)
        let scale = sum > 0 ? 1 / sum : 1
        self.init(truePositives: Double(tp) * scale, falsePositives: Double(fp) * scale, falseNegatives: Double(fn) * scale)
    }

    /// As the benchmark defines it: 1 when nothing was wrong, 0 when nothing was right.
    public var precision: Double {
        if falsePositives == 0 && falseNegatives == 0 { return 1 }
        if truePositives == 0 && falsePositives == 0 { return 0 }
        return truePositives / (truePositives + falsePositives)
    }

    public var recall: Double {
        if falsePositives == 0 && falseNegatives == 0 { return 1 }
        if truePositives == 0 && falseNegatives == 0 { return 0 }
        return truePositives / (truePositives + falseNegatives)
    }

    /// Runs of `\w` characters as Python's `re` defines them: letters, numbers and the underscore.
    public static func tokens(_ text: String) -> [Substring] {
        var tokens: [Substring] = []
        var start: String.Index?
        var index = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        while index < scalars.endIndex {
            if isWordScalar(scalars[index]) {
                if start == nil { start = index }
            } else if let tokenStart = start {
                tokens.append(Substring(scalars[tokenStart..<index]))
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let tokenStart = start { tokens.append(Substring(scalars[tokenStart...])) }
        return tokens
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return scalar.properties.numericType != nil
        }
    }

    /// Counts of each run of `length` tokens; a text shorter than that is one shingle of all its tokens.
    private static func shingles(_ text: String, length: Int) -> [[Substring]: Int] {
        let tokens = tokens(text)
        var counts: [[Substring]: Int] = [:]
        guard !tokens.isEmpty else { return counts }
        for start in 0..<max(1, tokens.count - length + 1) {
            counts[Array(tokens[start..<min(start + length, tokens.count)]), default: 0] += 1
        }
        return counts
    }
}
