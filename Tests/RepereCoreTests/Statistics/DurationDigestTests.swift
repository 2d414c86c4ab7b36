import Testing

@testable import RepereCore

struct DurationDigestTests {
  @Test func binsKeepSecondsThenTensThenMinutes() {
    #expect(DurationDigest.bin(of: 599.9) == 599)
    #expect(DurationDigest.bin(of: 615) == 610)
    #expect(DurationDigest.bin(of: 3_659) == 3_600)
    #expect(DurationDigest.bin(of: 90_500) == 90_000)
    #expect(DurationDigest.bin(of: -5) == 0)
    #expect(DurationDigest.bin(of: .nan) == 0)
  }

  @Test func quantilesAreNearestRank() {
    var digest = DurationDigest()
    for seconds in [10.0, 20, 30, 40] { digest.add(seconds) }
    // Ranks ⌈0.25·4⌉ = 1, ⌈0.5·4⌉ = 2, ⌈0.75·4⌉ = 3.
    #expect(digest.quantile(0.25) == 10)
    #expect(digest.quantile(0.5) == 20)
    #expect(digest.quantile(0.75) == 30)
    #expect(DurationDigest().quantile(0.5) == nil)
  }

  @Test func memoryStaysBoundedWhateverTheCount() {
    var digest = DurationDigest()
    for index in 0..<100_000 { digest.add(Double(index % 7_200)) }
    // 600 seconds, 300 tens of seconds, 60 minutes: 960 bins for 100 000 durations.
    #expect(digest.bins.count == 960)
    #expect(digest.count == 100_000)
  }
}
