import RepereBundledGuide
import Testing

@testable import RepereCore

/// The bundled guide as compiled at build time is the guide its YAML says.
@Suite("Bundled guide compiled at build time")
struct CompiledGuideTests {
  @Test("the compiled values equal the YAML read and validated now")
  func sameAsYAML() throws {
    let loaded = try DialogueLoader.load(BundledGuide.yaml, fileName: BundledGuide.fileName)
    #expect(BundledGuide.dialogue == loaded)
    #expect(BundledGuide.makeDialogue() == loaded)
  }

  @Test("its recorded hash and size are those of the YAML file")
  func hashAndSize() {
    #expect(BundledGuide.sha256 == ContentHash.sha256(BundledGuide.yaml))
    #expect(BundledGuide.byteCount == BundledGuide.yaml.utf8.count)
  }
}
