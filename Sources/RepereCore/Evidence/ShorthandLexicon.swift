/// The shorthand of evaluators' notes, read as the words it stands for.
///
/// Evaluators type notes, not prose: « MAJ fiches 1x/sem », « obj CA +5 % », « cde »,
/// « PdM », « resp. qualité ». Each abbreviation of the trade or of note-taking expands to
/// the words it abbreviates, before terms are matched and before the context is read; the
/// evidence terms of a guide go through the same expansion, so « mise à jour » in a guide
/// meets « MAJ » in a note and the reverse. Expanded tokens keep the abbreviation's span,
/// so that the evaluator sees what was typed.
enum ShorthandLexicon {
  /// One expansion: the words, written in full (accents included, so they stem as words).
  final class Expansion: Sendable {
    /// The words, split at spaces, hyphens and apostrophes; elided words keep no apostrophe.
    let words: [String]
    /// Per word, whether it is an elided function word (« d » of « d’affaires »).
    let elided: [Bool]
    /// Whether only the capitalised form expands (« CA », not « ça » folded to `ca`).
    let capitalsOnly: Bool

    init(words: [String], elided: [Bool], capitalsOnly: Bool) {
      self.words = words
      self.elided = elided
      self.capitalsOnly = capitalsOnly
    }
  }

  /// Every expansion, indexed by ``indexByAbbreviation``.
  static let all: [Expansion] = Array(expansions.values)

  /// The index in ``all`` of each abbreviation's expansion, by folded form.
  static let indexByAbbreviation: [String: Int32] = {
    var indices: [ObjectIdentifier: Int32] = [:]
    for (index, expansion) in all.enumerated() {
      indices[ObjectIdentifier(expansion)] = Int32(index)
    }
    return expansions.mapValues { indices[ObjectIdentifier($0)] ?? -1 }
  }()

  /// Abbreviations of notes that are written with a dot (« resp. qualité », « assistante
  /// co. », « cf. », « Sté. », « env. »): a dot after one of them does not end the sentence
  /// when the text goes on in lower case. Words also typed in full at the end of a sentence
  /// (« le labo. », « la doc. ») are not listed: their dot may well be a full stop.
  static let dottedAbbreviations: Set<String> = [
    "resp", "respo", "cand", "co", "cial", "ciale", "cf", "ex", "env", "tel", "dir", "techn",
    "qualif", "fourn", "prospec", "recla", "reclam", "quotid", "regul", "syst", "ste", "dpt",
    "dept", "serv", "sce", "ref", "nb", "mr", "mme", "mlle", "vs", "approx", "adm", "cie",
  ]

  /// Abbreviations by folded form.
  static let expansions: [String: Expansion] = {
    var table: [String: Expansion] = [:]
    func add(_ abbreviations: [String], _ expansion: String, capitalsOnly: Bool = false) {
      var words: [String] = []
      var elided: [Bool] = []
      for part in expansion.split(whereSeparator: { $0 == " " || $0 == "-" }) {
        let pieces = part.split(separator: "’")
        for (index, piece) in pieces.enumerated() {
          words.append(String(piece))
          elided.append(index < pieces.count - 1)
        }
      }
      for abbreviation in abbreviations {
        table[abbreviation] = Expansion(words: words, elided: elided, capitalsOnly: capitalsOnly)
      }
    }
    // The trade.
    add(["maj"], "mise à jour")
    add(["pdm"], "part de marché")
    add(["ca"], "chiffre d’affaires", capitalsOnly: true)
    add(["cde", "cdes", "cmde", "cmdes"], "commande")
    add(["rdv"], "rendez-vous")
    add(["obj", "objs"], "objectif")
    add(["resp"], "responsable")
    add(["cli", "clt", "clts"], "client")
    add(["fourn", "fournis", "frs"], "fournisseur")
    add(["qualif"], "qualification")
    add(["prospec", "prosp"], "prospection")
    add(["fds"], "fiche de données de sécurité")
    add(["ft"], "fiche technique", capitalsOnly: true)
    add(["cdc"], "cahier des charges")
    add(["ao"], "appel d’offres", capitalsOnly: true)
    add(["bdd"], "base de données")
    add(["pb", "pbs", "pblm", "pbm"], "problème")
    add(["recla", "reclam", "reclams", "reclas"], "réclamation")
    add(["nc"], "non-conformité", capitalsOnly: true)
    add(["sav"], "service après-vente")
    add(["nego", "negoc"], "négociation")
    add(["argu", "argus"], "argumentaire")
    add(["dde", "ddes"], "demande")
    add(["info", "infos"], "informations")
    add(["doc", "docs"], "documentation")
    add(["tech", "techn"], "technique")
    add(["rex"], "retour d’expérience")
    add(["tel", "tél"], "téléphone")
    add(["dir"], "direction")
    add(["cial", "ciale", "cx"], "commercial")
    add(["cand"], "candidat")
    add(["ex"], "exemple")
    // Time and frequency.
    add(["sem", "sems"], "semaine")
    add(["trim"], "trimestre")
    add(["mens"], "mensuel")
    add(["hebdos"], "hebdomadaire")
    add(["quotid"], "quotidien")
    add(["tjs", "tjrs", "tjr"], "toujours")
    add(["svt"], "souvent")
    add(["regul", "rgl"], "régulièrement")
    add(["syst", "systema"], "systématiquement")
    // Spoken French typed as said.
    add(["jai"], "j’ai")
    add(["jle"], "je le")
    add(["jla"], "je la")
    add(["jles"], "je les")
    add(["jlui"], "je lui")
    add(["jleur"], "je leur")
    add(["jme"], "je me")
    add(["jsuis", "chui", "chuis"], "je suis")
    add(["jsais", "chais"], "je sais")
    add(["jfais"], "je fais")
    add(["jvais"], "je vais")
    add(["jpense"], "je pense")
    add(["jdois"], "je dois")
    add(["ya"], "il y a")
    add(["c"], "c’est")
    add(["ct", "cetait"], "c’était")
    add(["jamai"], "jamais")
    // Note-taking.
    add(["ds"], "dans")
    add(["ac", "avc"], "avec")
    add(["pr"], "pour")
    add(["ss"], "sous")
    add(["qd"], "quand")
    add(["bcp"], "beaucoup")
    add(["qq", "qques", "qqs"], "quelques")
    add(["tt", "ts"], "tous")
    add(["mvt"], "mouvement")
    add(["dvlpt", "devpt", "dev"], "développement")
    add(["env"], "environ")
    return table
  }()
}
