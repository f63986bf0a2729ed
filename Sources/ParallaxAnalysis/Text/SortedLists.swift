/// Operations on ascending lists of integers (interned words, keys, roster entries), walked side by side.
public enum SortedLists {
    /// How many items two ascending lists share, repeats counted (a multiset intersection).
    public static func sharedCount(_ a: [Int], _ b: [Int]) -> Int {
        sharedCount(a, b, reaching: 0)!
    }

    /// How many items two ascending lists share when that is at least `bar`; nil otherwise, found as soon as the
    /// items left in `a` cannot make up the difference.
    public static func sharedCount(_ a: [Int], _ b: [Int], reaching bar: Int) -> Int? {
        var i = 0, j = 0, shared = 0
        while i < a.count, j < b.count {
            if shared + (a.count - i) < bar { return nil }
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
        return shared >= bar ? shared : nil
    }
}
