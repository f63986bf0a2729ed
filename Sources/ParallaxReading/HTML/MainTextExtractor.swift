/// Finds the main text of a page: the container whose paragraphs score highest (Readability's idea:
/// commas and length vote for a paragraph's parent and grandparent), its related siblings, and within them
/// only the blocks that are prose, not link lists, captions or widgets.
struct MainTextExtractor {
    let tree: HTMLTree
    /// Readability's second attempt, for pages where the first finds (almost) nothing: class names, hidden
    /// states and conditional cleaning are ignored; only elements that are furniture by their tag are dropped.
    let relaxed: Bool
    /// Whether each node is furniture by its tag, its `hidden` state or its class names.
    private var removed: [Bool]
    private var scores: [Double]
    private var textLengths: [Int]
    private var linkTextLengths: [Int]
    /// Characters of long text runs (40 or more) below each node: prose, as opposed to menus and buttons.
    private let proseLengths: [Int]
    /// The page's titles (`<title>`, `og:title`), lower-cased: an `<h1>` that repeats one is the headline, not text.
    private let titles: [String]

    /// Elements whose content is never part of the story text.
    private static let furnitureTags: Set<String> = [
        "nav", "aside", "footer", "button", "select", "option", "textarea", "input", "label", "iframe", "object",
        "embed", "video", "audio", "canvas", "figure", "figcaption", "picture", "img", "dialog", "menu", "script",
        "noscript", "link", "meta", "head", "title", "style", "source", "map", "area",
    ]

    /// Elements that start a new paragraph in the output: HTML's block-level elements (a browser shows them on
    /// lines of their own, so their texts must not run together: "Kristi Noem" + "South Dakota").
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "blockquote", "pre", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2",
        "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "tbody", "thead", "header", "br", "hr", "address",
        "center", "body", "html", "aside", "nav", "footer", "figure", "figcaption", "form", "fieldset", "legend",
        "details", "summary", "dialog", "hgroup", "menu", "caption", "tfoot",
    ]

    private static let paragraphTags: Set<String> = ["p", "td", "pre", "blockquote"]

    init(tree: HTMLTree, relaxed: Bool = false) {
        self.tree = tree
        self.relaxed = relaxed
        let count = tree.nodes.count
        removed = [Bool](repeating: false, count: count)
        scores = [Double](repeating: 0, count: count)
        textLengths = [Int](repeating: 0, count: count)
        linkTextLengths = [Int](repeating: 0, count: count)
        proseLengths = Self.measureProse(tree)
        titles = tree.nodes.indices.compactMap { index in
            let node = tree[index]
            if node.tag == "title" { return tree.text(of: index) }
            if node.tag == "meta", ["og:title", "twitter:title"].contains(node.attribute("property") ?? node.attribute("name") ?? "") {
                return node.attribute("content")
            }
            return nil
        }.map(Self.words).filter { !$0.isEmpty }
        markFurniture()
        measureText()
    }

    /// The paragraphs of the main text, in document order.
    mutating func paragraphs() -> [String] {
        guard let body = tree.elements(named: "body").first ?? tree.nodes.indices.first(where: { tree[$0].tag == "html" })
        else { return [] }
        scoreParagraphs(under: body)
        let top = topCandidate(under: body) ?? body
        var output = ParagraphWriter()
        for node in contentNodes(around: top) {
            write(node, to: &output, isRoot: true)
        }
        return output.finish()
    }

    // MARK: Marking furniture

    private mutating func markFurniture() {
        // Nodes are stored parents first, so one forward pass sees each parent before its children.
        for index in tree.nodes.indices where index != HTMLTree.root {
            let node = tree[index]
            if node.parent >= 0, removed[node.parent] {
                removed[index] = true
                continue
            }
            guard !node.isText else { continue }
            removed[index] = isFurniture(node, at: index)
        }
    }

    private func isFurniture(_ node: HTMLTree.Node, at index: Int) -> Bool {
        if Self.furnitureTags.contains(node.tag) { return true }
        if relaxed { return false }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
        if let style = node.attribute("style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") {
            return true
        }
        if let role = node.attribute("role"),
           ["navigation", "complementary", "banner", "contentinfo", "dialog", "alert", "menu", "menubar"].contains(role) {
            return true
        }
        guard !["body", "html", "article", "main"].contains(node.tag) else { return false }
        return BoilerplatePatterns.isUnlikely(BoilerplatePatterns.names(of: node)) && !holdsMuchOfTheProse(index)
    }

    /// Class names lie ("widget Blog", "penci_sidebar", "Page-ad-margins" around whole stories): a node that
    /// holds a third of the page's prose is never dropped for its name.
    private func holdsMuchOfTheProse(_ index: Int) -> Bool {
        proseLengths[index] * 3 >= proseLengths[HTMLTree.root] && proseLengths[index] > 0
    }

    private static func measureProse(_ tree: HTMLTree) -> [Int] {
        var lengths = [Int](repeating: 0, count: tree.nodes.count)
        for index in tree.nodes.indices.reversed() {
            let node = tree[index]
            if node.isText {
                let length = visibleLength(node.text)
                if length >= 40 { lengths[index] = length }
            } else if furnitureTags.contains(node.tag) {
                lengths[index] = 0
            }
            if node.parent >= 0 { lengths[node.parent] += lengths[index] }
        }
        return lengths
    }

    /// Counts, bottom-up, the visible text below each node and how much of it is link text.
    private mutating func measureText() {
        for index in tree.nodes.indices.reversed() where !removed[index] {
            let node = tree[index]
            if node.isText {
                textLengths[index] = Self.visibleLength(node.text)
            }
            if node.tag == "a" { linkTextLengths[index] = textLengths[index] }
            if node.parent >= 0 {
                textLengths[node.parent] += textLengths[index]
                linkTextLengths[node.parent] += linkTextLengths[index]
            }
        }
    }

    /// Length of a text without its runs of white space.
    private static func visibleLength(_ text: String) -> Int {
        var length = 0
        var lastWasSpace = true
        for scalar in text.unicodeScalars {
            let isSpace = scalar.properties.isWhitespace
            if !isSpace || !lastWasSpace { length += 1 }
            lastWasSpace = isSpace
        }
        return length
    }

    private func linkDensity(_ index: Int) -> Double {
        textLengths[index] == 0 ? 0 : Double(linkTextLengths[index]) / Double(textLengths[index])
    }

    // MARK: Scoring

    /// A node acts as a paragraph when it is a paragraph element, or a `div` holding text of its own.
    private func isParagraphLike(_ index: Int) -> Bool {
        let node = tree[index]
        if Self.paragraphTags.contains(node.tag) { return true }
        guard node.tag == "div" || node.tag == "section" || node.tag == "span" && tree[node.parent].tag != "p" else {
            return false
        }
        // Its own text, outside any block child, must be substantial.
        let ownText = node.children.reduce(0) { total, child in
            tree[child].isText || !Self.blockTags.contains(tree[child].tag) ? total + textLengths[child] : total
        }
        return ownText >= 25
    }

    /// The runs of 25 characters or more a container holds as its own text (outside block children), with
    /// `<br>` and block children ending a run: the paragraphs of pages that write text without `<p>`.
    private func proseRuns(in index: Int) -> [String] {
        var runs: [String] = []
        var run = ""
        var runLength = 0
        func endRun() {
            if runLength >= 25 { runs.append(run) }
            run = ""
            runLength = 0
        }
        for child in tree[index].children where !removed[child] {
            let childNode = tree[child]
            if !childNode.isText, Self.blockTags.contains(childNode.tag) {
                endRun()
            } else {
                run += childNode.isText ? childNode.text : tree.text(of: child)
                runLength += textLengths[child]
            }
        }
        endRun()
        return runs
    }

    /// Containers whose loose text, when they also hold blocks, Readability wraps into paragraphs of their own.
    private static let runContainerTags: Set<String> = ["div", "section", "article", "main", "center"]

    /// Whether a container holds block elements besides its text (a `<br>` is not one: it only breaks lines).
    private func holdsBlocks(_ index: Int) -> Bool {
        tree[index].children.contains { !tree[$0].isText && tree[$0].tag != "br" && Self.blockTags.contains(tree[$0].tag) }
    }

    private mutating func scoreParagraphs(under body: Int) {
        var initialized = Set<Int>()
        func credit(_ text: String, length: Int, from start: Int) {
            let commas = text.reduce(0) { $0 + ((",，、،".contains($1)) ? 1 : 0) }
            let score = 1 + Double(commas) + min(Double(length) / 100, 3)
            var ancestor = start
            var level = 0
            while ancestor > 0, level < 5 {
                if !initialized.contains(ancestor) {
                    initialized.insert(ancestor)
                    scores[ancestor] = baseScore(ancestor)
                }
                let divider = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
                scores[ancestor] += score / divider
                ancestor = tree[ancestor].parent
                level += 1
            }
        }
        for index in tree.descendants(of: body) where !removed[index] && !tree[index].isText {
            // Text runs between the blocks of a container are its own paragraphs: they vote for it first.
            if Self.runContainerTags.contains(tree[index].tag), holdsBlocks(index) {
                for run in proseRuns(in: index) {
                    credit(run, length: Self.visibleLength(run), from: index)
                }
                continue
            }
            guard isParagraphLike(index), textLengths[index] >= 25 else { continue }
            credit(tree.text(of: index), length: textLengths[index], from: tree[index].parent)
        }
        for index in initialized {
            scores[index] *= 1 - linkDensity(index)
        }
    }

    private func baseScore(_ index: Int) -> Double {
        let node = tree[index]
        var score: Double
        switch node.tag {
        case "div", "article", "main": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        return relaxed ? score : score + BoilerplatePatterns.weight(BoilerplatePatterns.names(of: node))
    }

    private func topCandidate(under body: Int) -> Int? {
        var best: Int?
        for index in tree.descendants(of: body) where scores[index] > 0 && !removed[index] {
            if best == nil || scores[index] > scores[best!] { best = index }
        }
        guard var top = best else { return nil }
        // Stories split into cards or blocks leave several strong candidates under one container: that
        // container is the story (Readability's "alternative candidates").
        let strongest = tree.descendants(of: body).filter { scores[$0] > 0 && !removed[$0] }
            .sorted { scores[$0] > scores[$1] }.prefix(6).filter { $0 != top && scores[$0] >= scores[top] * 0.75 }
        if strongest.count >= 3 {
            var ancestor = tree[top].parent
            while ancestor > 0, tree[ancestor].tag != "body" {
                if strongest.filter({ isDescendant($0, of: ancestor) }).count >= 3 {
                    top = ancestor
                    break
                }
                ancestor = tree[ancestor].parent
            }
        }
        // A story cut into chunks by a layout (each chunk a container of the same tag and class, with ads
        // between) is all of its chunks: the top climbs (up to 6 levels: chunks sit in modules of a page builder)
        // to the nearest ancestor holding another strong chunk.
        let topNames = BoilerplatePatterns.names(of: tree[top]).trimmingCharacters(in: .whitespaces)
        if !topNames.isEmpty {
            let chunks = tree.descendants(of: body).filter { index in
                index != top && !removed[index] && scores[index] >= scores[top] * 0.25 && tree[index].tag == tree[top].tag
                    && BoilerplatePatterns.names(of: tree[index]).trimmingCharacters(in: .whitespaces) == topNames
                    && !isDescendant(index, of: top) && !isDescendant(top, of: index)
            }
            var ancestor = tree[top].parent
            var levels = 0
            while !chunks.isEmpty, ancestor > 0, tree[ancestor].tag != "body", levels < 6 {
                if chunks.contains(where: { isDescendant($0, of: ancestor) }) {
                    top = ancestor
                    break
                }
                ancestor = tree[ancestor].parent
                levels += 1
            }
        }
        // A parent that scores better than its best child is the real container (Readability's climb).
        var lastScore = scores[top]
        let threshold = lastScore / 3
        var parent = tree[top].parent
        while parent > 0, tree[parent].tag != "body" {
            if scores[parent] == 0 {
                parent = tree[parent].parent
                continue
            }
            if scores[parent] < threshold { break }
            if scores[parent] > lastScore {
                top = parent
                break
            }
            lastScore = scores[parent]
            parent = tree[parent].parent
        }
        // A lone child says nothing its parent would not.
        while tree[top].parent > 0, tree[tree[top].parent].tag != "body",
              tree[tree[top].parent].children.filter({ !tree[$0].isText || textLengths[$0] > 0 }).count == 1 {
            top = tree[top].parent
        }
        return top
    }

    private func isDescendant(_ node: Int, of ancestor: Int) -> Bool {
        var current = node
        while current > 0 {
            if current == ancestor { return true }
            current = tree[current].parent
        }
        return false
    }

    /// The top candidate with the siblings that belong to the same story.
    private func contentNodes(around top: Int) -> [Int] {
        let parent = tree[top].parent
        guard parent > 0 else { return [top] }
        let threshold = max(10, scores[top] * 0.2)
        let topNames = BoilerplatePatterns.names(of: tree[top])
        return tree[parent].children.filter { sibling in
            if sibling == top { return true }
            guard !removed[sibling], !tree[sibling].isText else { return false }
            var bonus = 0.0
            if !topNames.trimmingCharacters(in: " ").isEmpty, BoilerplatePatterns.names(of: tree[sibling]) == topNames {
                bonus = scores[top] * 0.2
            }
            if scores[sibling] + bonus >= threshold { return true }
            // A div of inline text only is a paragraph too (Readability turns it into a <p> before this step).
            let isParagraph = tree[sibling].tag == "p"
                || Self.runContainerTags.contains(tree[sibling].tag) && !holdsBlocks(sibling) && isParagraphLike(sibling)
            guard isParagraph else { return false }
            let length = textLengths[sibling]
            let density = linkDensity(sibling)
            if length > 80 { return density < 0.25 }
            return length > 0 && density == 0 && LineClassifier.endsLikeSentence(tree.text(of: sibling))
        }
    }

    // MARK: Writing

    /// Writes the text of `index`, leaving out sub-blocks that look like widgets or link lists.
    private func write(_ index: Int, to output: inout ParagraphWriter, isRoot: Bool = false) {
        let node = tree[index]
        if node.isText {
            output.append(node.text)
            return
        }
        if removed[index] || (!isRoot && isClutter(index)) { return }
        let isBlock = Self.blockTags.contains(node.tag)
        if isBlock { output.breakParagraph() }
        for child in node.children {
            write(child, to: &output)
        }
        if isBlock { output.breakParagraph() }
    }

    /// An `<h1>` is the headline when it is the page's first or a title of the page holds its text (or the
    /// page states no title); later `<h1>`s are section headings of the story.
    private func isHeadline(_ index: Int) -> Bool {
        if index == tree.elements(named: "h1").first { return true }
        let text = Self.words(tree.text(of: index))
        guard !text.isEmpty, !titles.isEmpty else { return true }
        return titles.contains { $0.contains(text) || text.contains($0) }
    }

    /// Lower-cased letters and digits, one space between words: titles and headlines differ in quotes and dashes.
    private static func words(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }

    /// Readability's conditional cleaning: containers inside the content that are mostly links, images or
    /// form fields, or carry furniture names, are dropped.
    private func isClutter(_ index: Int) -> Bool {
        let node = tree[index]
        if node.tag == "h1" { return isHeadline(index) }
        guard !relaxed, ["div", "section", "ul", "ol", "table", "dl", "header", "aside"].contains(node.tag) else {
            return false
        }
        let weight = BoilerplatePatterns.weight(BoilerplatePatterns.names(of: node))
        if weight + max(scores[index], 0) < 0 { return true }
        let text = tree.text(of: index)
        let commas = text.reduce(0) { $0 + ($1 == "," ? 1 : 0) }
        guard commas < 10 else { return false }
        let descendants = tree.descendants(of: index)
        var paragraphs = 0, images = 0, items = 0
        for descendant in [index] + descendants {
            switch tree[descendant].tag {
            case "p": paragraphs += 1
            case "img": images += 1
            case "li": items += 1
            // Text written straight into a div, in runs between <br>s, is paragraphs without <p>.
            case "div", "section", "span", "font", "center": paragraphs += proseRuns(in: descendant).count
            default: break
            }
        }
        let density = linkDensity(index)
        let length = textLengths[index]
        let isList = node.tag == "ul" || node.tag == "ol"
        if images > 1, Double(paragraphs) / Double(images) < 0.5 { return true }
        if !isList, items > paragraphs + 1, node.tag != "p", density > 0.3 { return true }
        if length < 25, images > 2 { return true }
        if weight < 25, density > 0.2, length < 400 || density > 0.5 { return true }
        if weight >= 25, density > 0.5 { return true }
        return false
    }
}
