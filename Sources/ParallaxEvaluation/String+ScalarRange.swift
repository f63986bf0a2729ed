extension String {
    /// The text between two Unicode scalar offsets (the offsets gold data and Parallax's outputs use), or nil
    /// when the range does not lie within the text.
    func scalars(_ range: Range<Int>) -> String? {
        let view = unicodeScalars
        guard range.lowerBound >= 0,
              let start = view.index(view.startIndex, offsetBy: range.lowerBound, limitedBy: view.endIndex),
              let end = view.index(start, offsetBy: range.count, limitedBy: view.endIndex)
        else { return nil }
        return String(view[start..<end])
    }
}
