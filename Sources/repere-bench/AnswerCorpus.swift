import RepereCore

/// A generated corpus of realistic French answers for one dialogue.
///
/// Answers are composed from generic French fragments (first-person practice, negations,
/// hypotheticals, frequencies, tools, numbers, emoji, missing accents) around the evidence
/// terms of each block's criteria, drawn by a seeded generator: the same seed gives the
/// same corpus.
struct AnswerCorpus {
  /// One answer and the block it answers.
  struct Item {
    var block: Block
    var answer: String
  }

  var items: [Item]
  /// Total size of the answers in UTF-8 bytes.
  var byteCount: Int

  static let openings = [
    "Je", "En général je", "Chaque semaine je", "Depuis 5 ans je", "Avec mon équipe je",
    "Sur mon secteur je", "Quand un client appelle, je", "Il", "Elle", "On", "Au quotidien je",
  ]
  static let verbs = [
    "m’occupe de", "fais", "prépare", "suis", "mets à jour", "vérifie", "utilise", "analyse",
    "propose", "organise", "transmets", "relance", "gère", "note",
  ]
  static let tails = [
    "avec Excel et Salesforce.", "dans le CRM après chaque visite.", "tous les mois.",
    "pour mes 40 clients.", "avec le labo et la production.", "chez BASF et Arkema.",
    "sur le Grand Est 🙂.", "mais pas toujours.", "depuis deux mois.", "en stage.",
    "et je fais un compte rendu au N+1.", "(environ 15 % du CA).", "le vendredi matin.",
    "avec l’ADV et la logistique.", "sans vraiment de méthode.", "selon la procédure ISO 9001.",
  ]
  private static let extras = [
    "Je ne vérifie pas toujours.", "Je pourrais le faire plus souvent.",
    "C’est le marketing qui s’en occupe.", "Une fois par trimestre on fait le point.",
    "J’ai assisté une fois à une réunion.", "Franchement ça marche bien 👍.",
    "Jamais de relance systématique.", "Le service qualité suit les indicateurs.",
    "Je recoupe avec une deuxième source.", "C est fait a la main, sans accents.",
  ]

  /// Generates about `bytes` bytes of answers over the blocks of `dialogue`.
  init(dialogue: Dialogue, bytes: Int, seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    let blocks = dialogue.blocks
    var items: [Item] = []
    var total = 0
    while total < bytes, !blocks.isEmpty {
      let block = blocks.randomElement(using: &generator)!
      let terms = block.assessedCriteria.flatMap(\.evidence)
      var sentences: [String] = []
      for _ in 0..<Int.random(in: 2...6, using: &generator) {
        let term = terms.randomElement(using: &generator) ?? "client"
        sentences.append(
          "\(Self.openings.randomElement(using: &generator)!) "
            + "\(Self.verbs.randomElement(using: &generator)!) \(term) "
            + Self.tails.randomElement(using: &generator)!)
        if Int.random(in: 0..<4, using: &generator) == 0 {
          sentences.append(Self.extras.randomElement(using: &generator)!)
        }
      }
      let answer = sentences.joined(separator: " ")
      total += answer.utf8.count
      items.append(Item(block: block, answer: answer))
    }
    self.items = items
    self.byteCount = total
  }

  /// The lower-case words of every answer, as libstemmer receives them.
  var words: [String] {
    items.flatMap { item in
      item.answer.lowercased().split { !$0.isLetter }.map(String.init)
    }
  }
}
