// swift-tools-version: 6.0
// repere — conducts the « repérage des compétences » interview of a CQP.
// Licence: GPL-3.0-or-later (GNU readline is GPL).

import PackageDescription

/// Set by Scripts/fuzz.sh. `-sanitize=fuzzer` reaches every executable the build links,
/// host tools included, and the guide plugin's tool cannot link with libFuzzer's `main`;
/// a fuzz build therefore reads the bundled guide's YAML at first use instead of compiling
/// it with the plugin (`BundledGuide+Fuzzing.swift`).
let fuzzing = Context.environment["REPERE_FUZZ"] == "1"

let package = Package(
  name: "repere",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "repere", targets: ["repere"]),
    .library(name: "RepereCore", targets: ["RepereCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
  ],
  targets: [
    // C libraries, each wrapped once behind a small Swift API.
    .systemLibrary(
      name: "CReadline",
      pkgConfig: "readline",
      providers: [.apt(["libreadline-dev"])]
    ),
    .systemLibrary(
      name: "CStemmer",
      providers: [.apt(["libstemmer-dev"])]
    ),
    .systemLibrary(
      name: "CHunspell",
      pkgConfig: "hunspell",
      providers: [.apt(["libhunspell-dev", "hunspell-fr-comprehensive"])]
    ),

    // The pure core: dialogue model, evidence matcher, interview state machine,
    // recap compiler, transcript records. No terminal, no files, no clock.
    .target(
      name: "RepereCore",
      dependencies: [
        "CStemmer",
        "CHunspell",
        .product(name: "Yams", package: "Yams"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "Mustache", package: "swift-mustache"),
      ],
      exclude: ["Interview/README.md"],
      resources: [
        .embedInCode("Resources/recap.html.mustache"),
        .embedInCode("Resources/preparation.html.mustache"),
      ]
    ),

    // The bundled guide, validated and compiled into Swift values at build time
    // (`BundledGuidePlugin` runs `repere-guide-compiler`): no YAML parsed to run on it.
    .target(
      name: "RepereBundledGuide",
      dependencies: ["RepereCore"],
      resources: [.embedInCode("default-guide.yaml")],
      swiftSettings: fuzzing ? [.define("REPERE_FUZZ")] : [],
      plugins: fuzzing ? [] : ["BundledGuidePlugin"]
    ),
    .executableTarget(
      name: "repere-guide-compiler",
      dependencies: ["RepereCore"]
    ),
    .plugin(
      name: "BundledGuidePlugin",
      capability: .buildTool(),
      dependencies: ["repere-guide-compiler"]
    ),

    // Thin shells: readline console, transcript journal on disk, renderers.
    .target(
      name: "RepereShell",
      dependencies: ["RepereCore", "RepereBundledGuide", "CReadline"]
    ),

    // The command-line tool.
    .executableTarget(
      name: "repere",
      dependencies: [
        "RepereCore",
        "RepereShell",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // Benchmarks: run from the build directory, not installed (see Documentation/Development.md).
    .executableTarget(
      name: "repere-bench",
      dependencies: [
        "RepereCore",
        "RepereBundledGuide",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // What the test targets share: golden files.
    .target(
      name: "RepereTestSupport",
      path: "Tests/RepereTestSupport"
    ),

    // Fuzz targets for libFuzzer, built by Scripts/fuzz.sh (an ordinary build makes a stub).
    .executableTarget(
      name: "repere-fuzz",
      dependencies: ["RepereCore", "RepereBundledGuide", "RepereShell"],
      path: "Sources/RepereFuzz"
    ),

    .testTarget(
      name: "RepereCoreTests",
      dependencies: ["RepereCore", "RepereBundledGuide", "RepereTestSupport"],
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "RepereShellTests",
      dependencies: ["RepereShell", "RepereCore", "RepereBundledGuide"]
    ),
    .testTarget(
      name: "RepereEndToEndTests",
      dependencies: ["RepereCore", "RepereBundledGuide", "RepereTestSupport"],
      exclude: ["Golden"]
    ),
  ]
)
