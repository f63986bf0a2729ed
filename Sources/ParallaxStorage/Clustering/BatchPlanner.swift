import ParallaxClustering
import ParallaxReading

/// Decides, inside a store's write transaction, what becomes of each article of a batch: the logic every
/// `Store` shares, so that SQLite and any other engine assign and deduplicate alike.
///
/// The store looks up what it already holds under the batch's IDs, canonical URLs and content hashes; the
/// planner goes through the batch in order, sends each article not yet stored to the clusterer, and gives the
/// rows to insert. Later articles of the batch see the earlier ones as stored.
package struct BatchPlanner {
    /// Where a stored article sits.
    package struct Placement: Sendable {
        package var id: String
        package var story: String
        package var event: String
        package var duplicateOf: String?

        package init(id: String, story: String, event: String, duplicateOf: String?) {
            self.id = id
            self.story = story
            self.event = event
            self.duplicateOf = duplicateOf
        }
    }

    package struct Row: Sendable {
        package var arrival: Int
        package var incoming: IncomingArticle
        package var placement: Placement
    }

    var byID: [String: Placement]
    var byURL: [String: Placement]
    /// Content hash → the earliest article with that text.
    var byHash: [String: String]

    package private(set) var rows: [Row] = []
    package private(set) var outcomes: [IngestOutcome] = []

    package init(byID: [String: Placement], byURL: [String: Placement], byHash: [String: String]) {
        self.byID = byID
        self.byURL = byURL
        self.byHash = byHash
    }

    package mutating func plan(_ batch: [IncomingArticle], clusterer: CorpusClusterer) {
        for incoming in batch {
            let id = incoming.article.id
            if let stored = byID[id] ?? incoming.canonicalURL.flatMap({ byURL[$0] }) {
                outcomes.append(IngestOutcome(
                    id: id, storedID: stored.id, story: stored.story, event: stored.event,
                    duplicateOf: stored.duplicateOf, status: .alreadyStored))
                continue
            }
            let assignment = incoming.prepared.map(clusterer.place) ?? clusterer.place(incoming.article)
            let duplicateOf = assignment.duplicateOf ?? incoming.contentHash.flatMap { byHash[$0] }
            let placement = Placement(id: id, story: assignment.story, event: assignment.event, duplicateOf: duplicateOf)
            rows.append(Row(arrival: clusterer.arrivals, incoming: incoming, placement: placement))
            outcomes.append(IngestOutcome(
                id: id, storedID: id, story: placement.story, event: placement.event, duplicateOf: duplicateOf,
                status: duplicateOf == nil ? .new : .copy))
            byID[id] = placement
            if let url = incoming.canonicalURL { byURL[url] = placement }
            if let hash = incoming.contentHash, byHash[hash] == nil { byHash[hash] = duplicateOf ?? id }
        }
    }
}
