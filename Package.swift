// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Parallax",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "ParallaxReading", targets: ["ParallaxReading"]),
        .library(name: "ParallaxAnalysis", targets: ["ParallaxAnalysis"]),
        .library(name: "ParallaxClustering", targets: ["ParallaxClustering"]),
        .library(name: "ParallaxComparison", targets: ["ParallaxComparison"]),
        .library(name: "ParallaxEvaluation", targets: ["ParallaxEvaluation"]),
        .library(name: "ParallaxFetching", targets: ["ParallaxFetching"]),
        .library(name: "ParallaxStorage", targets: ["ParallaxStorage"]),
        .library(name: "ParallaxPostgres", targets: ["ParallaxPostgres"]),
        .library(name: "ParallaxCorpus", targets: ["ParallaxCorpus"]),
        .library(name: "ParallaxServer", targets: ["ParallaxServer"]),
        .executable(name: "parallax", targets: ["parallax"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        // The NIO types AsyncHTTPClient's API speaks (TimeAmount, HTTPHeaders, the decompression limit); already
        // its dependencies, named here because ParallaxFetching imports them.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // C libraries of a standard Swift-on-Linux install, reached through module maps.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // Reading: raw bytes -> Article.
        .target(name: "ParallaxReading", dependencies: ["CLibXML2", "CZlib"]),
        // Analysis: Article -> analysed article (sentences, terms, entities, dates, figures).
        .target(name: "ParallaxAnalysis", dependencies: ["ParallaxReading"]),
        // Clustering: analysed article -> (story, event, duplicate-of), online, one article at a time.
        .target(name: "ParallaxClustering", dependencies: ["ParallaxReading", "ParallaxAnalysis"]),
        // Comparison: a story's articles -> coverage report (sources, roster, quotes, shared and unique facts,
        // conflicts, timeline, summary), and its renderings.
        .target(name: "ParallaxComparison", dependencies: ["ParallaxReading", "ParallaxAnalysis"]),
        // Scoring Parallax against gold-labelled data sets.
        .target(name: "ParallaxEvaluation", dependencies: ["ParallaxReading", "ParallaxAnalysis", "ParallaxClustering"]),
        // Fetching: polite HTTP (one configured client, per-host pacing, robots.txt, address guard) -> raw bytes.
        .target(name: "ParallaxFetching", dependencies: [
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
        ]),
        // Storage: the corpus on disk (articles, assignments, clustering state, search); SQLite through GRDB.
        .target(name: "ParallaxStorage", dependencies: [
            "ParallaxReading", "ParallaxClustering", "CZlib", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // Storage on PostgreSQL (PostgresNIO): the same `Store` for many writers on one shared database. A target of
        // its own so that GRDB and PostgresNIO never meet in one module, and the SQLite code builds without it.
        .target(name: "ParallaxPostgres", dependencies: [
            "ParallaxReading", "ParallaxClustering", "ParallaxStorage",
            .product(name: "PostgresNIO", package: "postgres-nio"),
        ]),
        // Corpus: the use cases over a store (ingest, stories, show, search, report, export, following feeds).
        .target(name: "ParallaxCorpus", dependencies: [
            "ParallaxReading", "ParallaxAnalysis", "ParallaxClustering", "ParallaxComparison", "ParallaxStorage",
            "ParallaxPostgres", "ParallaxFetching",
        ]),
        // Interfaces: the JSON API and the web pages over a corpus (Hummingbird).
        .target(name: "ParallaxServer", dependencies: [
            "ParallaxReading", "ParallaxComparison", "ParallaxStorage", "ParallaxCorpus",
            .product(name: "Hummingbird", package: "hummingbird"),
        ]),

        .executableTarget(
            name: "parallax",
            dependencies: [
                "ParallaxReading",
                "ParallaxAnalysis",
                "ParallaxClustering",
                "ParallaxComparison",
                "ParallaxEvaluation",
                "ParallaxStorage",
                "ParallaxCorpus",
                "ParallaxServer",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Tests find their fixtures next to their sources (Tests/*/Fixtures), not in a resource bundle.
        .testTarget(name: "ParallaxReadingTests", dependencies: ["ParallaxReading"], exclude: ["Fixtures"]),
        .testTarget(name: "ParallaxAnalysisTests", dependencies: ["ParallaxAnalysis"], exclude: ["Fixtures"]),
        .testTarget(name: "ParallaxClusteringTests", dependencies: ["ParallaxClustering"], exclude: ["Fixtures", "Snapshots"]),
        .testTarget(name: "ParallaxComparisonTests", dependencies: ["ParallaxComparison"], exclude: ["Fixtures"]),
        .testTarget(name: "ParallaxEvaluationTests", dependencies: ["ParallaxEvaluation"]),
        .testTarget(name: "ParallaxStorageTests", dependencies: [
            "ParallaxStorage", "ParallaxClustering", "ParallaxPostgres", "PostgresTestSupport",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // The PostgreSQL server of the tests (Scripts/with-postgres), a new database for each test.
        .target(name: "PostgresTestSupport", dependencies: [
            "ParallaxPostgres", .product(name: "PostgresNIO", package: "postgres-nio"),
        ], path: "Tests/PostgresTestSupport"),
        .testTarget(name: "ParallaxCorpusTests", dependencies: [
            "ParallaxCorpus", "ParallaxStorage", "ParallaxPostgres", "PostgresTestSupport", "ParallaxClustering", "ParallaxFetching", "LoopbackServer",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // A Hummingbird app on 127.0.0.1 that the fetching tests talk to instead of the internet.
        .target(name: "LoopbackServer", dependencies: [
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ], path: "Tests/LoopbackServer"),
        .testTarget(name: "ParallaxFetchingTests", dependencies: ["ParallaxFetching", "LoopbackServer"]),
        .testTarget(name: "ParallaxServerTests", dependencies: [
            "ParallaxServer", "ParallaxCorpus", "ParallaxStorage", "ParallaxReading",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
    ]
)
