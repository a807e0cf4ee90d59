// swift-tools-version: 6.1
// libFuzzer harnesses for PlanKit's stages, the whole text pipeline and the PDF reader; a package of its own because every target is
// built with `-sanitize=fuzzer`. Scripts/fuzz builds and runs them.
import PackageDescription

let harnesses = ["FuzzTextNormalizer", "FuzzQuantities", "FuzzHeadings", "FuzzTextTables", "FuzzPipeline", "FuzzPDFReader"]

let package = Package(
    name: "PlanGraphFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "PlanGraph", path: "..")],
    targets: [.target(name: "FuzzDriver")] + harnesses.map {
        .executableTarget(name: $0, dependencies: ["FuzzDriver", .product(name: "PlanKit", package: "PlanGraph")])
    }
)
