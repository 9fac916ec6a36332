// swift-tools-version:6.0
// Communique: news about defence diplomacy → linked data (see ../shared/design/ARCHITECTURE.md).
import PackageDescription

let package = Package(
    name: "Communique",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "RDFModel", targets: ["RDFModel"]),
        .library(name: "RDFSyntax", targets: ["RDFSyntax"]),
        .library(name: "SHACL", targets: ["SHACL"]),
        .library(name: "Articles", targets: ["Articles"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "LinkedData", targets: ["LinkedData"]),
        .library(name: "TripleStore", targets: ["TripleStore"]),
        .library(name: "SPARQL", targets: ["SPARQL"]),
        .executable(name: "communique", targets: ["communique"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // C libraries, each crossed once.
        .systemLibrary(
            name: "CRaptor2", pkgConfig: "raptor2",
            providers: [.apt(["libraptor2-dev"]), .brew(["raptor"])]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .systemLibrary(
            name: "CDeflate", pkgConfig: "libdeflate",
            providers: [.apt(["libdeflate-dev"]), .brew(["libdeflate"])]),

        // Libraries.
        .target(name: "RDFModel"),
        // libxml2's process-wide set-up and tear-down, shared by raptor's worlds and the HTML reader.
        .target(name: "LibXMLLifecycle", dependencies: ["CLibXML2"]),
        .target(name: "RDFSyntax", dependencies: ["RDFModel", "CRaptor2", "LibXMLLifecycle"]),
        .target(name: "SHACL", dependencies: ["RDFModel"]),
        .target(
            name: "Articles", dependencies: ["CLibXML2", "CDeflate", "LibXMLLifecycle"],
            resources: [.copy("HTML/BodyExtraction/Vocabulary")]),
        .target(
            name: "Extraction", dependencies: ["Articles", "RDFModel", "RDFSyntax"],
            resources: [.copy("Gazetteers")]),
        .target(
            name: "LinkedData",
            dependencies: [
                "RDFModel", "RDFSyntax", "Articles", "Extraction", "CDeflate",
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        .target(
            name: "TripleStore",
            dependencies: [
                "RDFModel", "RDFSyntax", .product(name: "Crypto", package: "swift-crypto"),
            ]),
        .target(name: "SPARQL", dependencies: ["RDFModel", .product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "TestSupport", dependencies: ["RDFModel", "RDFSyntax"]),

        // The command line.
        .executableTarget(
            name: "communique",
            dependencies: [
                "RDFModel", "RDFSyntax", "SHACL", "Articles", "Extraction", "LinkedData", "TripleStore", "SPARQL",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Tests (Swift Testing). Fixtures are excluded from the targets and read through #filePath.
        .testTarget(name: "RDFModelTests", dependencies: ["RDFModel"]),
        .testTarget(
            name: "RDFSyntaxTests", dependencies: ["RDFModel", "RDFSyntax", "TestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "SHACLTests", dependencies: ["SHACL", "RDFModel", "RDFSyntax", "TestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(name: "ArticlesTests", dependencies: ["Articles"], exclude: ["Fixtures"]),
        .testTarget(
            name: "ExtractionTests", dependencies: ["Extraction", "Articles", "TestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "LinkedDataTests",
            dependencies: ["LinkedData", "Extraction", "Articles", "RDFModel", "RDFSyntax", "SHACL", "TestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "TripleStoreTests", dependencies: ["TripleStore", "RDFModel", "RDFSyntax", "TestSupport"]),
        .testTarget(
            name: "SPARQLTests", dependencies: ["SPARQL", "RDFModel", "RDFSyntax", "TestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "CommuniqueCLITests", dependencies: ["communique", "TestSupport", "RDFModel", "RDFSyntax"],
            exclude: ["Fixtures"]),
    ]
)
