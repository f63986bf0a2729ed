/// Why bytes could not be restored as a `StoryClusterer`: they are not a snapshot, a snapshot of a version this
/// build does not read, cut short, or inconsistent.
public enum ClusteringSnapshotError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The bytes do not begin with the snapshot's magic number.
    case notASnapshot
    /// A snapshot format this build does not read.
    case unknownVersion(found: UInt32, supported: UInt32)
    /// The bytes end before the snapshot does: `part` is what was being read, `length` how many bytes there are.
    case truncated(part: String, length: Int)
    /// The snapshot was made by a build whose near-duplicate detection differs from this one's.
    case incompatible(String)
    /// A value that cannot be part of a clusterer's state.
    case corrupt(part: String, reason: String)

    public var description: String {
        switch self {
        case .notASnapshot:
            "not a clustering snapshot: the bytes do not begin with \"PXCS\""
        case .unknownVersion(let found, let supported):
            "clustering snapshot version \(found) is unknown to this build, which reads version \(supported)"
        case .truncated(let part, let length):
            "the clustering snapshot is truncated: its \(length) bytes end inside the \(part)"
        case .incompatible(let reason):
            "the clustering snapshot was made by an incompatible build: \(reason)"
        case .corrupt(let part, let reason):
            "the clustering snapshot is corrupt: in the \(part), \(reason)"
        }
    }
}
