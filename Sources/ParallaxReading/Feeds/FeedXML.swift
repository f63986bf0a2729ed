import CLibXML2

/// A feed's XML as a tree of elements named by namespace, not by the prefix the feed chose: whatever a feed calls
/// Dublin Core, its date is `dc:date`; Atom elements are `atom:…` (inside RSS too); RSS 1.0 and sitemap elements
/// have no prefix, like RSS 2.0's.
enum FeedXML {
    private static let prefixes: [String: String] = [
        "http://www.w3.org/2005/Atom": "atom",
        "http://purl.org/atom/ns#": "atom",
        "http://purl.org/rss/1.0/": "",
        "http://my.netscape.com/rdf/simple/0.9/": "",
        "http://backend.userland.com/rss2": "",
        "http://www.sitemaps.org/schemas/sitemap/0.9": "",
        "http://www.google.com/schemas/sitemap/0.84": "",
        "http://www.google.com/schemas/sitemap/0.9": "",
        "http://purl.org/rss/1.0/modules/content/": "content",
        "http://purl.org/dc/elements/1.1/": "dc",
        "http://purl.org/dc/terms/": "dcterms",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
        "http://www.google.com/schemas/sitemap-news/0.9": "news",
        "http://purl.org/rss/1.0/modules/syndication/": "sy",
        "http://www.w3.org/XML/1998/namespace": "xml",
        "http://search.yahoo.com/mrss/": "media",
    ]

    /// Parses XML text (already decoded to a Swift string) forgivingly: unclosed tags and stray characters are
    /// recovered from. External entities and the network are never loaded, so a feed cannot make Parallax read a
    /// local file.
    static func parse(_ text: String) -> HTMLTree? {
        parallax_xmlSilenceErrors()
        let bytes = Array(text.utf8)
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { xmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options) }
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        var tree = HTMLTree(nodes: [HTMLTree.Node(tag: "#document", text: "", attributes: [], parent: -1, children: [])])
        var stack: [(xmlNodePtr, Int)] = []
        var child = document.pointee.children
        while let node = child {
            stack.append((node, HTMLTree.root))
            child = node.pointee.next
        }
        stack.reverse()
        while let (node, parent) = stack.popLast() {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let index = tree.nodes.count
                tree.nodes.append(HTMLTree.Node(
                    tag: qualifiedName(node.pointee.name, node.pointee.ns), text: "", attributes: attributes(of: node),
                    parent: parent, children: []))
                tree.nodes[parent].children.append(index)
                var children: [(xmlNodePtr, Int)] = []
                var next = node.pointee.children
                while let childNode = next {
                    children.append((childNode, index))
                    next = childNode.pointee.next
                }
                stack.append(contentsOf: children.reversed())
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = node.pointee.content else { continue }
                tree.nodes.append(HTMLTree.Node(tag: "", text: String(cString: content), attributes: [], parent: parent, children: []))
                tree.nodes[parent].children.append(tree.nodes.count - 1)
            default:
                continue
            }
        }
        return tree
    }

    private static func qualifiedName(_ name: UnsafePointer<xmlChar>?, _ namespace: xmlNsPtr?) -> String {
        let local = name.map { String(cString: $0) } ?? ""
        guard let namespace else { return local }
        let uri = namespace.pointee.href.map { String(cString: $0) } ?? ""
        let prefix = prefixes[uri] ?? namespace.pointee.prefix.map { String(cString: $0) } ?? ""
        return prefix.isEmpty ? local : prefix + ":" + local
    }

    private static func attributes(of node: xmlNodePtr) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            var value = ""
            var valueNode = current.pointee.children
            while let text = valueNode {
                if let content = text.pointee.content { value += String(cString: content) }
                valueNode = text.pointee.next
            }
            result.append((qualifiedName(current.pointee.name, current.pointee.ns), value))
            attribute = current.pointee.next
        }
        return result
    }

    /// The HTML named entities feeds use without declaring them (XML knows only five), as characters.
    private static let htmlEntities: [String: String] = [
        "nbsp": "\u{A0}", "ndash": "–", "mdash": "—", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“",
        "rdquo": "”", "laquo": "«", "raquo": "»", "copy": "©", "reg": "®", "trade": "™", "euro": "€", "pound": "£",
        "middot": "·", "bull": "•", "deg": "°", "eacute": "é", "egrave": "è", "aacute": "á", "agrave": "à",
        "iacute": "í", "oacute": "ó", "uacute": "ú", "ntilde": "ñ", "ccedil": "ç", "uuml": "ü", "ouml": "ö",
        "auml": "ä", "szlig": "ß", "times": "×",
    ]

    /// Makes every `&` outside CDATA sections a well-formed reference: XML's five and numeric ones are kept,
    /// known HTML ones become their character, and any other `&` is escaped (so "AT&T" and "&foo;" survive).
    static func repairingAmpersands(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "<![CDATA[") {
            result += repairingAmpersands(outsideCDATA: rest[..<open.lowerBound])
            let close = rest[open.upperBound...].range(of: "]]>")?.upperBound ?? rest.endIndex
            result += rest[open.lowerBound..<close]
            rest = rest[close...]
        }
        return result + repairingAmpersands(outsideCDATA: rest)
    }

    private static func repairingAmpersands(outsideCDATA text: Substring) -> String {
        var result = ""
        var rest = text
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            let name = after.prefix { $0.isLetter || $0.isNumber || $0 == "#" }
            let isTerminated = after.dropFirst(name.count).first == ";"
            if isTerminated, ["amp", "lt", "gt", "quot", "apos"].contains(name)
                || (name.hasPrefix("#") && name.count > 1 && (name.dropFirst().allSatisfy(\.isNumber)
                    || (name.dropFirst().first == "x" && name.count > 2 && name.dropFirst(2).allSatisfy(\.isHexDigit))))
            {
                result += "&" + name + ";"
            } else if isTerminated, let character = htmlEntities[String(name)] {
                result += character
            } else {
                result += "&amp;" + (isTerminated ? name + ";" : "")
                rest = after.dropFirst(isTerminated ? name.count + 1 : 0)
                continue
            }
            rest = after.dropFirst(name.count + 1)
        }
        return result + rest
    }
}
