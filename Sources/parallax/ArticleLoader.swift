import ParallaxReading

/// Reads articles for the commands that analyse them, reporting unreadable inputs on standard error.
enum ArticleLoader {
    static func load(_ paths: [String]) -> (articles: [Article], failures: Int) {
        var articles: [Article] = []
        var failures = 0
        ArticleReader().read(paths: paths) { result in
            switch result {
            case .success(let article): articles.append(article)
            case .failure(let error):
                failures += 1
                Terminal.error(error.description)
            }
        }
        return (articles, failures)
    }
}
