// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "PlanGraph",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "PlanKit", targets: ["PlanKit"]),
        .library(name: "PlanKitExport", targets: ["PlanKitExport"]),
        .executable(name: "plangraph", targets: ["plangraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The SQLite export writes a real database file.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // poppler-glib, called directly from Swift (PDFReader is the only user).
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        // Only link flags for system ICU; its headers stay out of every Swift module (see ICUBridge).
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        // libxlsxwriter, for `export --to xlsx` (XLSXExport is the only user).
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // A C wall around ICU: its public header uses stdint types only.
        .target(name: "ICUBridge", dependencies: ["CICU"]),
        .target(name: "PlanKit", dependencies: ["CPoppler", "ICUBridge"]),
        // The output formats (CSV, SQLite, xlsx, Markdown, HTML), apart so that ingesting alone never links GRDB.
        .target(name: "PlanKitExport", dependencies: ["PlanKit", "CXLSXWriter", .product(name: "GRDB", package: "GRDB.swift")]),
        .executableTarget(
            name: "plangraph",
            dependencies: ["PlanKit", "PlanKitExport", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "PlanKitTests",
            dependencies: ["PlanKit"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "PlanGraphCLITests", dependencies: ["PlanKit"]),
    ]
)
