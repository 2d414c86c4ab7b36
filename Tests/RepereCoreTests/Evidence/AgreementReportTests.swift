import Testing

@testable import RepereCore

@Suite("Agreement report: accuracy, confusion matrix, quadratic kappa")
struct AgreementReportTests {
  @Test("perfect agreement has accuracy and kappa 1")
  func perfect() {
    let report = report([
      (.totalite, .totalite), (.partiellement, .partiellement), (.pasDuTout, .pasDuTout),
    ])
    #expect(report.accuracy == 1)
    #expect(report.quadraticKappa == 1)
  }

  @Test("a known matrix gives the known quadratic kappa")
  func knownValue() {
    // Expected/suggested: (T,T) (T,P) (P,P) (D,D): quadratic kappa = 0.8.
    let report = report([
      (.totalite, .totalite), (.totalite, .partiellement), (.partiellement, .partiellement),
      (.pasDuTout, .pasDuTout),
    ])
    #expect(report.matrix == [[1, 1, 0], [0, 1, 0], [0, 0, 1]])
    #expect(report.accuracy == 0.75)
    #expect(abs(report.quadraticKappa - 0.8) < 1e-9)
  }

  @Test("far disagreements weigh more than near ones")
  func ordinal() {
    let near = report([
      (.totalite, .partiellement), (.partiellement, .partiellement), (.pasDuTout, .pasDuTout),
      (.totalite, .totalite),
    ])
    let far = report([
      (.totalite, .pasDuTout), (.partiellement, .partiellement), (.pasDuTout, .pasDuTout),
      (.totalite, .totalite),
    ])
    #expect(near.accuracy == far.accuracy)
    #expect(near.quadraticKappa > far.quadraticKappa)
  }

  /// A report counting each (expected, suggested) pair.
  private func report(_ pairs: [(LevelID, LevelID)]) -> AgreementReport {
    var report = AgreementReport()
    for (expected, suggested) in pairs { report.add(expected: expected, suggested: suggested) }
    return report
  }
}
