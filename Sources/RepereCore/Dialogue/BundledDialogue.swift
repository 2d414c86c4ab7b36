/// The default guide built into the binary, so `repere` runs from any directory.
public enum BundledDialogue {
  /// The file name the bundled guide has in `Dialogues/`.
  public static let fileName = "technico-commercial-industries-chimiques.yaml"

  /// The YAML text of the bundled guide.
  public static var yaml: String {
    String(decoding: PackageResources.default_guide_yaml, as: UTF8.self)
  }
}
