import Foundation

/// The learned layer over the rubric: a multinomial logistic regression that reads the
/// rubric's decision and its evidence (``LevelFeatures``) and gives each level a
/// probability.
///
/// Fitted by `Scripts/train-level-model.py` on the project's own labelled sets only
/// (``LearnedLevelWeights``), it corrects where the rubric's thresholds go wrong on ways of
/// writing no rule foresaw; measured on sets it never read, it holds better than the rubric
/// alone (`Documentation/Rubric.md`). Pure and deterministic.
struct LearnedLevelModel: Sendable {
  /// The model's answer for one block.
  struct Prediction: Sendable, Equatable {
    /// The level the model suggests: its most probable one, or « Partiellement » when that
    /// is two steps from the level compared with.
    var level: LevelID
    /// The most probable level, when `level` is only a step towards it.
    var steppedTowards: LevelID?
    /// The probability of the most probable level, between 0 and 1.
    var probability: Double
    /// The features that weigh most for `level` against the level compared with, heaviest
    /// first: their names (``LevelFeatures/names``).
    var weighing: [String]
  }

  /// Least probability for the model's level to replace the rubric's: below, the rubric's
  /// level stands (on the labelled sets, set aside one at a time, about as right, with a
  /// third fewer changes).
  static let leastProbability = 0.60

  let featureNames: [String]
  let levels: [LevelID]
  let intercepts: [Double]
  let coefficients: [[Double]]

  /// The model of ``LearnedLevelWeights``; `nil` while its weights read other features than
  /// ``LevelFeatures`` computes (a feature added, before the model is trained again): the
  /// rubric alone then decides, and `LearnedLevelModelTests` fails.
  static let trained: LearnedLevelModel? = {
    let weights = LearnedLevelWeights.self
    guard weights.featureNames == LevelFeatures.names, weights.levels.count == 3,
      weights.intercepts.count == 3, weights.coefficients.count == 3,
      weights.coefficients.allSatisfy({ $0.count == LevelFeatures.names.count })
    else { return nil }
    return LearnedLevelModel(
      featureNames: weights.featureNames, levels: weights.levels,
      intercepts: weights.intercepts, coefficients: weights.coefficients)
  }()

  /// The probability of each level, in the order of ``levels``.
  func probabilities(_ features: LevelFeatures) -> [Double] {
    let scores = coefficients.indices.map { row in
      zip(coefficients[row], features.values).reduce(intercepts[row]) { $0 + $1.0 * $1.1 }
    }
    let top = scores.max() ?? 0
    let exponentials = scores.map { exp($0 - top) }
    let total = exponentials.reduce(0, +)
    return exponentials.map { $0 / total }
  }

  /// The most probable level and why, against `compared` (the rubric's level). The model
  /// moves the rubric's level one step at most: between « En totalité » and « Pas du tout »
  /// it suggests « Partiellement » (on the labelled sets, as right, and fewer swaps).
  func predict(_ features: LevelFeatures, comparedWith compared: LevelID) -> Prediction {
    let probabilities = probabilities(features)
    let top = probabilities.indices.max { probabilities[$0] < probabilities[$1] } ?? 0
    var best = top
    var steppedTowards: LevelID?
    // One step at most: sure of the opposite level, the model says « Partiellement ».
    if Set([levels[top], compared]) == [.totalite, .pasDuTout],
      let middle = levels.firstIndex(of: .partiellement)
    {
      best = middle
      steppedTowards = levels[top]
    }
    let level = levels[best]
    var weighing: [String] = []
    if level != compared, let other = levels.firstIndex(of: compared) {
      // What pushes towards the most probable level rather than `compared`: the features
      // present whose weights differ most in its favour.
      let pushes = featureNames.indices.compactMap { index -> (String, Double)? in
        let value = features.values[index]
        let push = (coefficients[top][index] - coefficients[other][index]) * value
        guard value != 0, push > 0, !featureNames[index].hasPrefix("rule_level_") else {
          return nil
        }
        return (featureNames[index], push)
      }
      weighing = pushes.sorted { $0.1 > $1.1 }.prefix(2).map(\.0)
    }
    return Prediction(
      level: level, steppedTowards: steppedTowards, probability: probabilities[top],
      weighing: weighing)
  }
}
