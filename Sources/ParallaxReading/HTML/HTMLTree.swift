/// An HTML document as a flat arena of nodes, converted once from libxml2's tree so that the extraction
/// code is plain Swift over value types.
struct HTMLTree: Sendable {
    struct Node: Sendable {
        /// Lower-case element name; empty for a text node.
        var tag: String
        /// The text of a text node; empty for elements.
        var text: String
        var attributes: [(name: String, value: String)]
        var parent: Int
        var children: [Int]

        var isText: Bool { tag.isEmpty }

        func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }?.value
        }
    }

    /// Node 0 is the document itself.
    var nodes: [Node]

    static let root = 0

    subscript(index: Int) -> Node { nodes[index] }

    /// All nodes below `index`, in document order (explicit stack: pages can nest deeply).
    func descendants(of index: Int) -> [Int] {
        var result: [Int] = []
        var stack = Array(nodes[index].children.reversed())
        while let next = stack.popLast() {
            result.append(next)
            stack.append(contentsOf: nodes[next].children.reversed())
        }
        return result
    }

    /// The elements named `tag` below `index`, in document order.
    func elements(named tag: String, under index: Int = root) -> [Int] {
        descendants(of: index).filter { nodes[$0].tag == tag }
    }

    /// The text below `index`, with white space collapsed.
    func text(of index: Int) -> String {
        if nodes[index].isText { return nodes[index].text.collapsingWhitespace() }
        var parts: [Substring] = []
        for node in descendants(of: index) where nodes[node].isText {
            parts.append(contentsOf: nodes[node].text.split(whereSeparator: \.isWhitespace))
        }
        return parts.joined(separator: " ")
    }
}

extension StringProtocol {
    func collapsingWhitespace() -> String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
