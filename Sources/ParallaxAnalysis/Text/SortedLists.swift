/// Operations on ascending lists of integers (interned words, keys, roster entries), walked side by side.
public enum SortedLists {
    /// How many items two ascending lists share, repeats counted (a multiset intersection).
    public static func sharedCount(_ a: [Int], _ b: [Int]) -> Int {
        var i = 0, j = 0, shared = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }
}
