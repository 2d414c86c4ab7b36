import Foundation
import RepereBundledGuide
import Testing

@testable import RepereCore

@Suite("Evidence terms of the bundled guide")
struct BundledGuideEvidenceTests {
  @Test("every assessed criterion has at least 5 evidence terms and a probe")
  func termsAndProbes() throws {
    let dialogue = BundledGuide.dialogue
    for block in dialogue.blocks {
      for criterion in block.assessedCriteria {
        #expect(
          criterion.evidence.count >= 5, "\(criterion.id) : \(criterion.evidence.count) termes")
        #expect(!criterion.probe.trimmingCharacters(in: .whitespaces).isEmpty, "\(criterion.id)")
      }
    }
  }

  @Test("every evidence term compiles to at least one word")
  func termsCompile() throws {
    let dialogue = BundledGuide.dialogue
    for block in dialogue.blocks {
      let criteria = block.assessedCriteria
      let matcher = EvidenceMatcher(criteria: criteria, normaliser: EvidenceFixture.normaliser)
      #expect(matcher.terms.count == criteria.reduce(0) { $0 + $1.evidence.count }, "\(block.id)")
    }
  }
}
