import PackagePlugin

/// Validates the bundled guide and compiles it into Swift source, at build time.
///
/// Runs `repere-guide-compiler` on the target's `default-guide.yaml`: a guide with any
/// problem fails the build with `FILE:LINE:COLUMN` diagnostics; a valid one becomes
/// `BundledGuide+Compiled.swift`, the ``Dialogue`` as Swift values with the file's
/// SHA-256 and size, so the binary never parses YAML to run on its own guide.
@main
struct BundledGuidePlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
    guard let target = target as? SwiftSourceModuleTarget else { return [] }
    let input = target.directoryURL.appending(path: "default-guide.yaml")
    let output = context.pluginWorkDirectoryURL.appending(path: "BundledGuide+Compiled.swift")
    return [
      .buildCommand(
        displayName: "Validating and compiling the bundled guide",
        executable: try context.tool(named: "repere-guide-compiler").url,
        arguments: [input.path(), output.path()],
        inputFiles: [input],
        outputFiles: [output])
    ]
  }
}
