import CLibXML2

/// Parses HTML with libxml2's forgiving HTML parser into an `HTMLTree`.
enum HTMLParser {
    /// Elements whose content is never text of the page.
    private static let skippedElements: Set<String> = ["script", "style", "noscript", "template", "svg", "math"]

    /// Parses UTF-8 bytes (or bytes in `encoding`, which libxml2 converts with iconv).
    /// JSON-LD scripts are kept (their text is metadata); other scripts and styles are dropped.
    static func parse(_ bytes: [UInt8], encoding: String = "UTF-8") -> HTMLTree? {
        parallax_xmlSilenceErrors()
        var options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        // Bytes already decoded to UTF-8 must not be re-decoded by the page's own <meta charset>.
        if encoding == "UTF-8" { options |= Int32(HTML_PARSE_IGNORE_ENC.rawValue) }
        let document = StrayMarkup.escaped(bytes).withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
                htmlReadMemory(characters, Int32(buffer.count), nil, encoding, options)
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
            guard let index = append(node, under: parent, to: &tree) else { continue }
            var children: [(xmlNodePtr, Int)] = []
            var next = node.pointee.children
            while let childNode = next {
                children.append((childNode, index))
                next = childNode.pointee.next
            }
            stack.append(contentsOf: children.reversed())
        }
        return tree
    }

    /// Adds one libxml2 node to the tree; returns its index if its children should be visited.
    private static func append(_ node: xmlNodePtr, under parent: Int, to tree: inout HTMLTree) -> Int? {
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            let tag = String(cString: node.pointee.name).lowercased()
            let attributes = attributes(of: node)
            if skippedElements.contains(tag) {
                let isJSONLD = tag == "script"
                    && attributes.contains { $0.name == "type" && $0.value.lowercased() == "application/ld+json" }
                guard isJSONLD else { return nil }
            }
            let index = tree.nodes.count
            tree.nodes.append(HTMLTree.Node(tag: tag, text: "", attributes: attributes, parent: parent, children: []))
            tree.nodes[parent].children.append(index)
            return index
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.pointee.content else { return nil }
            let index = tree.nodes.count
            tree.nodes.append(HTMLTree.Node(tag: "", text: String(cString: content), attributes: [], parent: parent, children: []))
            tree.nodes[parent].children.append(index)
            return nil
        default:
            return nil
        }
    }

    private static func attributes(of node: xmlNodePtr) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name).lowercased()
            var value = ""
            var valueNode = current.pointee.children
            while let text = valueNode {
                if let content = text.pointee.content { value += String(cString: content) }
                valueNode = text.pointee.next
            }
            result.append((name, value))
            attribute = current.pointee.next
        }
        return result
    }
}
