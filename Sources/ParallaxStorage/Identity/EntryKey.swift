/// The keys under which a feed entry is remembered once its page has been fetched: its guid within its feed,
/// and its link's canonical URL (`CanonicalURL`: scheme, `www.`, tracking parameters and fragment do not count),
/// which is the same whichever feed lists it. An entry is new only when none of its keys is known.
public enum EntryKey {
    public static func guid(_ guid: String, feed: Int64) -> String {
        "guid \(feed) \(guid)"
    }

    public static func url(_ link: String) -> String? {
        CanonicalURL(link).map { "url \($0.string)" }
    }

    /// Every key of an entry with this guid and link.
    public static func keys(guid: String?, link: String?, feed: Int64) -> [String] {
        var keys: [String] = []
        if let guid, !guid.isEmpty { keys.append(self.guid(guid, feed: feed)) }
        if let link, let key = url(link), !keys.contains(key) { keys.append(key) }
        return keys
    }
}
