import RepereBundledGuide
import RepereCore

/// Measures the evidence engine: normalise + stem + match (+ context and level) per answer,
/// against libstemmer's own stemming speed over the same words.
struct EvidenceBench: BenchSection {
  static let name = "evidence"
  static let title = "Moteur d’indices : normalisation, racinisation, recherche des termes"

  func run(settings: BenchSettings) throws -> [String] {
    let dialogue = BundledGuide.dialogue
    let suggester = try EvidenceSuggester(dialogue: dialogue)
    guard let stemmer = FrenchStemmer() else { throw EvidenceError.stemmerUnavailable }
    let corpus = AnswerCorpus(dialogue: dialogue, bytes: settings.corpusBytes, seed: settings.seed)
    let words = corpus.words
    let clock = ContinuousClock()

    // Engine and stemming passes alternate, so that both medians see the same machine load.
    var engineSeconds: [Double] = []
    var stemSeconds: [Double] = []
    var latencies: [Double] = []
    var checksum = 0
    for _ in 0..<settings.runs {
      var runLatencies: [Double] = []
      runLatencies.reserveCapacity(corpus.items.count)
      let runStart = clock.now
      for item in corpus.items {
        let start = clock.now
        let assessment = suggester.assess(block: item.block, gate: true, answers: [item.answer])
        runLatencies.append(BenchStatistics.seconds(clock.now - start))
        checksum &+= assessment.covered.count
      }
      engineSeconds.append(BenchStatistics.seconds(clock.now - runStart))
      latencies.append(contentsOf: runLatencies)

      let stemStart = clock.now
      for word in words { checksum &+= stemmer.stem(word).utf8.count }
      stemSeconds.append(BenchStatistics.seconds(clock.now - stemStart))
    }

    let megabytes = Double(corpus.byteCount) / 1_000_000
    let engine = BenchStatistics.median(engineSeconds)
    let stemming = BenchStatistics.median(stemSeconds)
    let p50 = BenchStatistics.percentile(latencies, 0.5) * 1000
    let p99 = BenchStatistics.percentile(latencies, 0.99) * 1000
    let ratio = engine / max(stemming, 1e-9)
    let f = BenchStatistics.french
    return [
      "corpus : \(corpus.items.count) réponses, \(f(megabytes, 3)) Mo, \(words.count) mots "
        + "(graine \(settings.seed), \(settings.runs) passes, médianes)",
      "moteur : \(f(megabytes / engine, 2)) Mo/s, "
        + "\(f(Double(corpus.items.count) / engine, 0)) réponses/s",
      "latence par réponse : p50 \(f(p50, 3)) ms, p99 \(f(p99, 3)) ms "
        + (p99 < 1 ? "(objectif < 1 ms atteint)" : "(objectif < 1 ms NON atteint)"),
      "libstemmer seul : \(f(megabytes / stemming, 2)) Mo/s, "
        + "\(f(Double(words.count) / stemming, 0)) mots/s",
      "rapport moteur / racinisation seule : \(f(ratio, 2))× "
        + (ratio <= 3 ? "(objectif ≤ 3× atteint)" : "(objectif ≤ 3× NON atteint)"),
      "(somme de contrôle \(checksum))",
    ]
  }
}
