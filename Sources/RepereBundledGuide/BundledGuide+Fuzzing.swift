#if REPERE_FUZZ
  import RepereCore

  /// The bundled guide in a fuzz build, read from its YAML at first use.
  ///
  /// A fuzz build (Scripts/fuzz.sh, `REPERE_FUZZ=1`) does not run `BundledGuidePlugin`:
  /// `-sanitize=fuzzer` would reach the plugin's tool, which cannot link with libFuzzer's
  /// `main`. These are the members the plugin's `BundledGuide+Compiled.swift` provides in
  /// every other build, with the same values.
  extension BundledGuide {
    /// SHA-256 (hex) of the guide file's bytes, as transcripts record it.
    public static let sha256 = ContentHash.sha256(yaml)
    /// Size of the guide file in bytes.
    public static let byteCount = PackageResources.default_guide_yaml.count

    /// The bundled guide, loaded from its YAML.
    public static let dialogue = makeDialogue()

    /// Loads the bundled guide's YAML; the guide is checked by every ordinary build.
    public static func makeDialogue() -> Dialogue {
      do {
        return try DialogueLoader.load(yaml, fileName: fileName)
      } catch {
        preconditionFailure("the bundled guide does not load: \(error)")
      }
    }
  }
#endif
