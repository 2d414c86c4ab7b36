import RepereCore

/// The default guide built into the binary, so `repere` runs from any directory.
///
/// `default-guide.yaml` is a link to `Dialogues/technico-commercial-industries-chimiques.yaml`.
/// It is validated when repere is built (a broken guide fails the build) and compiled into
/// Swift values (`BundledGuide+Compiled.swift`, written by `BundledGuidePlugin`): running
/// on the bundled guide parses no YAML. The text itself is kept for `repere verifier`.
public enum BundledGuide {
  /// The file name the bundled guide has in `Dialogues/`.
  public static let fileName = "technico-commercial-industries-chimiques.yaml"

  /// How transcripts and summaries name the bundled guide instead of a path.
  public static let sourceLabel = "(intégré)"

  /// The YAML text of the bundled guide.
  public static var yaml: String {
    String(decoding: PackageResources.default_guide_yaml, as: UTF8.self)
  }
}
