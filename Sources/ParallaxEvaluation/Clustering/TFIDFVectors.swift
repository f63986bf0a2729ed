import Foundation

/// Documents as TF-IDF vectors the way scikit-learn's `TfidfVectorizer(sublinear_tf=True)` makes them with its
/// other defaults, so that the clustering baselines printed beside Parallax are the ones a reader would write in
/// Python: lowercased text, tokens of two or more word characters (`(?u)\b\w\w+\b`: letters, digits and `_`),
/// no stop words, term frequency 1 + ln(tf), smooth IDF ln((1 + n) / (1 + df)) + 1 fitted on all the documents
/// given, each row scaled to unit length. Evaluation only: it holds every document.
public struct TFIDFVectors: Sendable {
    /// Each document's terms (indexes into `terms`) and weights, by term index.
    public let rows: [[(term: Int, weight: Double)]]
    /// The vocabulary, in the order terms were first met.
    public let terms: [String]
    /// The IDF of each term.
    public let inverseDocumentFrequency: [Double]

    public init(documents: [String]) {
        var index: [String: Int] = [:], terms: [String] = [], documentFrequency: [Int] = []
        var counts: [[Int: Int]] = []
        for document in documents {
            var count: [Int: Int] = [:]
            for token in Self.tokens(of: document) {
                let term: Int
                if let known = index[token] {
                    term = known
                } else {
                    term = terms.count
                    index[token] = term
                    terms.append(token)
                    documentFrequency.append(0)
                }
                count[term, default: 0] += 1
            }
            for term in count.keys { documentFrequency[term] += 1 }
            counts.append(count)
        }
        let n = Double(documents.count)
        let idf = documentFrequency.map { log((1 + n) / (1 + Double($0))) + 1 }
        rows = counts.map { count in
            var row = count.map { term, frequency in (term: term, weight: (1 + log(Double(frequency))) * idf[term]) }
                .sorted { $0.term < $1.term }
            let norm = row.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
            if norm > 0 { row = row.map { ($0.term, $0.weight / norm) } }
            return row
        }
        self.terms = terms
        inverseDocumentFrequency = idf
    }

    /// The tokens of `text` as scikit-learn's default analyzer finds them: lowercase first, then every run of two
    /// or more characters that Python's `\w` matches (a letter, a number or `_`; combining marks part words).
    public static func tokens(of text: String) -> [String] {
        var tokens: [String] = [], current = String.UnicodeScalarView(), length = 0
        func flush() {
            if length >= 2 { tokens.append(String(current)) }
            current = String.UnicodeScalarView()
            length = 0
        }
        for scalar in text.lowercased().unicodeScalars {
            if isWordCharacter(scalar) {
                current.append(scalar)
                length += 1
            } else {
                flush()
            }
        }
        flush()
        return tokens
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            true
        default:
            scalar == "_"
        }
    }

    /// Every document's cosine with every earlier one, through the terms they share (an inverted index), so that
    /// documents with nothing in common cost nothing. `visit(document, cosines)` is called for each document in
    /// order, with its cosine to each earlier document it shares a term with.
    func forEachSimilarPair(_ visit: (Int, [Int: Double]) -> Void) {
        var postings: [[(document: Int, weight: Double)]] = Array(repeating: [], count: terms.count)
        for (document, row) in rows.enumerated() {
            var dots: [Int: Double] = [:]
            for (term, weight) in row {
                for (earlier, other) in postings[term] { dots[earlier, default: 0] += weight * other }
            }
            visit(document, dots)
            for (term, weight) in row { postings[term].append((document, weight)) }
        }
    }
}
