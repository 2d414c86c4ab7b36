/// Word lists about French itself (not about one guide), in folded form (lower case, no
/// diacritics), used to normalise terms and to read the context of a hit.
///
/// They hold function words, negation, hypothetical and third-party markers, frequency
/// words and names of common business tools. A guide's own vocabulary lives in its
/// dialogue file, as each criterion's evidence terms.
enum FrenchLexicon {
  /// Function words elided before a vowel: « l' », « d' », « qu' »…
  static let elisions: Set<String> = [
    "l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
    "presqu",
  ]

  /// Articles, prepositions and conjunctions dropped from terms and skipped inside phrases.
  static let stopWords: Set<String> = [
    "le", "la", "les", "un", "une", "des", "du", "de", "au", "aux", "a", "en", "et", "ou",
    "pour", "par", "sur", "dans", "avec", "chez", "ce", "cet", "cette", "ces", "son", "sa",
    "ses", "mon", "ma", "mes", "leur", "leurs", "notre", "nos", "votre", "vos", "que", "se",
    "y",
  ]

  /// Determiners and possessives that introduce a noun phrase.
  static let determiners: Set<String> = [
    "le", "la", "les", "l", "un", "une", "des", "du", "mon", "ma", "mes", "son", "sa", "ses",
    "notre", "nos", "leur", "leurs", "ce", "cette", "ces", "certains", "certaines",
  ]

  /// Subject pronouns: a conditional verb right after one is hypothetical practice.
  static let subjectPronouns: Set<String> = [
    "je", "j", "on", "il", "elle", "ils", "elles", "nous", "vous", "ce", "c", "ca", "cela",
  ]

  /// Object pronouns and the negative particle that may sit between a subject and its verb.
  static let clitics: Set<String> = [
    "ne", "n", "le", "la", "les", "l", "lui", "leur", "en", "y", "me", "m", "te", "t", "se",
    "s", "nous", "vous",
  ]

  /// Words that complete « ne » into a negation (« ne … pas », « n'… jamais »).
  static let negationPartners: Set<String> = [
    "pas", "jamais", "plus", "rien", "aucun", "aucune", "personne", "guere", "point", "ni",
    "nullement",
  ]

  /// Words that negate on their own (« jamais de relance », « aucun tableau », « sans »).
  static let standaloneNegations: Set<String> = [
    "pas", "jamais", "aucun", "aucune", "sans", "ni", "rien", "nul", "nulle",
  ]

  /// Nouns of what is lacking after « pas le », « pas l’ »: a denial even without a verb
  /// before it (« relances : pas le temps », « pas l’habitude »).
  static let lackNouns: Set<String> = [
    "temps", "habitude", "reflexe", "droit", "moyens", "moyen", "occasion", "niveau",
    "choix", "budget", "acces", "outil", "outils", "main",
  ]

  /// Words by which the candidate speaks of their own work, « on » and « nous » included
  /// (spoken French says « on » for « je »).
  static let personalWords: Set<String> = [
    "je", "j", "moi", "me", "m", "mon", "ma", "mes", "on", "nous", "notre", "nos",
  ]

  /// Prepositions before « un seul »: the single thing is a place or a party, not an
  /// occasion of the candidate's practice (« chez un seul fournisseur »).
  static let prepositions: Set<String> = [
    "chez", "a", "au", "aux", "avec", "aupres", "dans", "sur", "entre", "vers",
  ]

  /// Words after a negation cue that cancel it (« pas mal », « sans doute »).
  static let negationCancellers: [String: Set<String>] = [
    "pas": ["mal", "seulement", "que", "qu", "uniquement", "juste"],
    "sans": ["doute", "faute", "probleme", "problemes", "souci", "soucis", "cesse", "hesiter"],
    "rien": ["que"],
  ]

  /// Words of the first person: the candidate speaking of their own practice.
  static let firstPersonWords: Set<String> = ["je", "j", "moi", "me", "m", "mon", "ma", "mes"]

  /// Words that put the candidate (or the candidate's team) in a sentence.
  static let candidateMarkers: Set<String> = [
    "je", "j", "moi", "me", "m", "mon", "ma", "mes", "on", "nous", "notre", "nos",
  ]

  /// The candidate's counterparts: a sentence about them tells the candidate's own case.
  static let counterparts: Set<String> = [
    "client", "clients", "cliente", "clientes", "prospect", "prospects", "acheteur",
    "acheteurs", "acheteuse", "interlocuteur", "interlocutrice", "utilisateur", "fournisseur",
    "transporteur", "distributeur", "concurrent", "concurrents",
  ]

  /// Words that may start a concrete detail or a duration, tested further by the reader.
  static let detailTriggers: Set<String> = [
    "chaque", "tous", "toutes", "par", "exemple", "hier", "dernier", "derniere", "ai", "a",
    "avons", "depuis", "pendant", "il",
  ]

  /// Words by which an evaluator's note names the candidate (« Cand. », « la candidate »).
  static let candidateWords: Set<String> = ["cand", "candidat", "candidate"]

  /// Verbs by which an evaluator's note reports what the candidate says (« Cand. explique
  /// que… », « Précise ne l’avoir jamais… »): the report's frame, not the practice.
  static let reportingVerbs: Set<String> = [
    "explique", "indique", "dit", "precise", "decrit", "raconte", "recite", "cite",
    "mentionne", "evoque", "affirme", "declare", "reconnait", "admet", "estime", "souligne",
    "ajoute", "signale", "rapporte", "confirme", "avoue", "assure", "enonce",
  ]

  /// Verbs after an impersonal « il » (« il faut », « il est essentiel », « il y a », « il
  /// s’agit »): nobody is their subject.
  static let impersonalVerbs: Set<String> = [
    "faut", "faudrait", "faudra", "fallait", "est", "etait", "sera", "serait", "y", "s",
    "suffit", "suffirait", "convient", "semble", "vaut", "reste", "existe", "arrive",
    "importe", "parait",
  ]

  /// Adverbs that may stand between a reporting verb and what it reports (« Précise
  /// toutefois ne l’avoir jamais appliquée »).
  static let reportingAdverbs: Set<String> = [
    "toutefois", "cependant", "pourtant", "aussi", "bien", "quand", "meme", "egalement",
    "neanmoins", "franchement", "spontanement",
  ]

  /// Adjectives that make what they follow generic (« les KPI classiques », « les outils
  /// habituels »): a name or a figure so qualified is no longer a concrete detail.
  static let genericQualifiers: Set<String> = [
    "classique", "classiques", "habituel", "habituels", "habituelle", "habituelles",
    "usuel", "usuels", "usuelle", "usuelles", "standard", "standards", "traditionnel",
    "traditionnels", "traditionnelle", "traditionnelles", "courants", "courantes",
  ]

  /// Object pronouns that take up an object put before the clause (« les marges, je ne
  /// les calcule pas »).
  static let objectPronouns: Set<String> = ["le", "la", "les", "l", "en", "y"]

  /// Relative pronouns, folded (« où » is « ou »), that open the exception of a universal
  /// negation (« pas un client que… », « pas une semaine où… »).
  static let relativePronouns: Set<String> = ["que", "qu", "qui", "ou", "dont"]

  /// Prepositions between a negation and the « un » of a universal negation (« je ne
  /// m’engage jamais sur un délai que l’usine n’a pas confirmé »).
  static let universalPrepositions: Set<String> = ["sur", "a", "avec", "pour", "dans", "en"]

  /// Negations of a noun phrase: their scope is what follows them.
  static let phraseNegations: Set<String> = ["sans", "aucun", "aucune", "ni", "nul", "nulle"]

  /// Words after a negation that make it a restriction, not a denial (« pas toujours »).
  static let negationWeakeners: Set<String> = [
    "toujours", "systematiquement", "forcement", "tous", "toutes", "tout", "souvent",
    "encore",
  ]

  /// Stems of verbs of failing: negated, they affirm (« je n’oublie jamais », « je
  /// n’hésite pas », « je ne laisse jamais passer »).
  static let failingVerbStems: [String] = [
    "oubl", "hesit", "manqu", "neglig", "tard", "rat", "laiss", "lach",
    // Faults against a rule or a person: not committed, they are the practice (« jamais je
    // passe outre », « je dépasse jamais la grille », « je m’énerve pas »).
    "outr", "contourn", "derog", "depass", "enerv", "perd",
    // Interrupting the client (« je coupe pas », « je n’interromps jamais »): not done, it
    // is listening.
    "coup", "interromp",
  ]

  /// Nouns that share a stem of a verb of failing (« un coup de fil » is no « couper »).
  static let failingStemNouns: Set<String> = ["coup", "coups", "coupon", "coupons", "coupure"]

  /// Losing one’s temper (« monter le ton », « hausser le ton »), the verb's stem then the
  /// noun: negated, a difficult exchange handled calmly.
  static let temperVerbStems: [String] = ["mont", "hauss"]

  /// Stems of participles of supervision: « validé par mon responsable » is the candidate's
  /// work, checked by someone else.
  static let supervisionStems: [String] = [
    "valid", "relu", "reli", "corrig", "approuv", "sign", "verifi", "control", "supervis",
  ]

  /// Words of an arrival or a start in the job (« arrivée en septembre »).
  static let arrivalWords: Set<String> = [
    "arrive", "arrivee", "arrivees", "arrives", "arrivee", "arrivée", "embauche", "embauchee",
    "recrute", "recrutee", "entre", "entree", "commence", "debut", "debute", "poste", "arrivee",
  ]

  /// Month names, for dates and « depuis septembre ».
  static let monthNames: Set<String> = [
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
    "octobre", "novembre", "decembre", "janv", "fev", "sept", "oct", "nov", "dec",
  ]

  /// Folded cues of recent practice, or of a start in the job.
  static let recentPhrases: [[String]] = [
    ["je", "debute"], ["debutant"], ["debutante"], ["pour", "le", "moment"],
    ["pour", "l", "instant"], ["tout", "premier"], ["toute", "premiere"], ["mon", "premier"],
    ["ma", "premiere"], ["son", "premier"], ["sa", "premiere"], ["premiere", "fois"],
    ["premier", "devis"], ["premiere", "offre"], ["premiere", "vraie"], ["premier", "vrai"],
    ["depuis", "peu"], ["recemment", "arrive"], ["recemment", "arrivee"], ["en", "alternance"],
    ["alternant"], ["alternante"], ["apprenti"], ["apprentie"], ["apprentissage"],
    ["en", "stage"], ["mon", "stage"], ["stage"], ["stagiaire"], ["je", "commence"],
    ["elle", "commence"], ["il", "commence"], ["depuis", "la", "rentree"],
    ["pas", "encore"], ["je", "viens", "d", "arriver"], ["nouvelle", "dans", "le", "poste"],
    ["nouveau", "dans", "le", "poste"], ["depuis", "son", "arrivee"],
    ["depuis", "mon", "arrivee"], ["arrivee", "en"], ["arrive", "en"],
  ]

  /// Folded cues of generic filler: words that say « whatever is usual » instead of naming
  /// it (« les outils classiques », « tout ce qu’il faut », « au mieux », « on s’adapte »).
  static let vaguePhrases: [[String]] = [
    ["classique"], ["classiques"], ["habituel"], ["habituelle"], ["habituels"], ["habituelles"],
    ["au", "mieux"], ["tout", "ce", "qu", "il", "faut"], ["ce", "qu", "il", "faut"],
    ["comme", "il", "faut"], ["tout", "le", "monde"], ["tous", "les", "moyens"],
    ["toutes", "les", "infos"], ["toutes", "les", "informations"], ["ca", "depend"],
    ["et", "tout", "ca"], ["necessaires"], ["utiles"], ["de", "bon", "conseil"],
    ["a", "l", "ecoute"], ["je", "m", "adapte"], ["on", "s", "adapte"], ["s", "adapter"],
    ["etre", "serieux"], ["etre", "serieuse"], ["au", "cas", "par", "cas"],
    ["en", "general"], ["le", "maximum"], ["au", "feeling"], ["comme", "ca", "arrive"],
    ["un", "peu", "tout"], ["des", "choses"], ["quelque", "chose"], ["plein", "de"],
    ["les", "trucs"], ["ce", "genre"], ["etc"], ["bien", "sur"],
    // What has to be done, said instead of what was done (« on a fait ce qu’il fallait »).
    ["ce", "qu", "il", "fallait"], ["ce", "qu", "il", "faudra"], ["ce", "qu", "il", "faudrait"],
    ["le", "necessaire"], ["tout", "ce", "qui", "est", "necessaire"], ["qui", "de", "droit"],
    ["comme", "il", "se", "doit"], ["ce", "qui", "doit", "l", "etre"], ["ce", "qui", "convient"],
    ["le", "plus", "adapte"], ["la", "plus", "adaptee"], ["du", "mieux", "possible"],
    ["de", "mon", "mieux"], ["comme", "d", "habitude"], ["sur", "tous", "les", "plans"],
    ["tous", "les", "services"], ["tout", "un", "tas"], ["pas", "mal", "de", "choses"],
    // Estimates without a method (« à la louche », « au pif », « on sent les choses »).
    ["a", "la", "louche"], ["au", "pif"], ["au", "pifometre"], ["a", "vue", "de", "nez"],
    ["on", "sent", "les", "choses"], ["des", "hauts", "et", "des", "bas"],
    // The evaluator noting that no example came (« Pas d’exemple. »).
    ["pas", "d", "exemple"], ["aucun", "exemple"], ["sans", "exemple"],
    // Qualities claimed instead of a practice described.
    ["efficace"], ["reactif"], ["reactive"], ["rigoureux"], ["rigoureuse"], ["rigueur"],
    ["serieux"], ["serieuse"], ["professionnel"], ["professionnelle"], ["motivation"],
    ["implication"], ["dynamique"], ["bon", "relationnel"], ["bon", "sens"],
    ["au", "maximum"], ["de", "mon", "mieux"], ["faire", "en", "sorte"], ["j", "essaie"],
    ["on", "essaie"], ["globalement"], ["en", "gros"], ["de", "maniere", "generale"],
    ["ce", "qui", "se", "fait"], ["comme", "tout", "le", "monde"], ["les", "bons", "outils"],
  ]

  /// Folded cues of a single or twofold occasion.
  static let oncePhrases: [[String]] = [
    ["une", "seule", "fois"], ["a", "deux", "reprises"], ["a", "trois", "reprises"],
    ["deux", "fois"], ["trois", "fois"], ["un", "seul"], ["une", "seule"], ["qu", "une", "fois"],
    ["jamais", "qu", "une"],
  ]

  /// Forms of « être »: « je suis », « j’étais dans le groupe » tell a place, not a deed.
  static let beingVerbs: Set<String> = [
    "suis", "etais", "etait", "serai", "serais", "sommes", "etions", "ete", "est",
  ]

  /// Folded phrases that call a negation a rule kept (« jamais sans accord, c’est la
  /// règle », « pas de remise, c’est interdit »).
  static let rulePhrases: [[String]] = [
    ["c", "est", "la", "regle"], ["c", "est", "la", "politique"], ["c", "est", "la", "procedure"],
    ["c", "est", "la", "consigne"], ["c", "est", "interdit"], ["c", "est", "strictement"],
    ["c", "est", "une", "regle"], ["c", "est", "la", "charte"], ["selon", "la", "procedure"],
    ["conformement", "a", "la", "procedure"],
  ]

  /// Nouns of a rule a negation may keep (« en respectant la charte : on ne démarche pas… »).
  static let ruleNouns: Set<String> = [
    "regle", "regles", "charte", "politique", "procedure", "procedures", "consigne",
    "consignes",
  ]

  /// First words of a clause that states a condition or a time, not a practice.
  static let conditionOpeners: Set<String> = [
    "si", "s", "tant", "quand", "lorsque", "lorsqu", "avant", "jusqu", "afin", "pour", "meme",
  ]

  /// Words that end a negation's scope: a new clause starts after them.
  static let clauseOpeners: Set<String> = [
    "mais", "puis", "car", "sinon", "cependant", "pourtant", "toutefois", "donc", "alors",
    "sauf", "parce", "puisque", "quand", "lorsque", "lorsqu", "tandis", "ensuite", "apres",
    "qui", "sinon", "que", "qu", "si", "tant", "avant", "afin",
  ]

  /// Words that start a contrast and end a sentence's hypothetical or third-party scope.
  static let contrastOpeners: Set<String> = [
    "mais", "cependant", "pourtant", "toutefois", "neanmoins", "sauf", "sinon",
  ]

  /// Second words of two-word contrasts (« par contre », « en revanche »).
  static let contrastSecondWords: [String: String] = ["par": "contre", "en": "revanche"]

  /// Folded endings of the conditional (« pourrais », « faudrait », « devraient »).
  static let conditionalEndings: [String] = ["rais", "rait", "rions", "riez", "raient"]

  /// Words with a conditional-looking ending that are not verbs.
  static let notConditionals: Set<String> = [
    "frais", "vrais", "vrait", "desormais", "jamais", "mais", "anglais", "relais", "balais",
    "marais", "delais", "irlandais", "portrait", "retrait", "extrait", "attrait", "abstrait",
    "trait", "distrait", "soustrait",
  ]

  /// Folded multi-word cues of hypothetical or merely theoretical practice.
  static let hypotheticalPhrases: [[String]] = [
    ["il", "faut"], ["il", "faudrait"], ["faudrait"], ["en", "theorie"], ["en", "principe"],
    ["normalement"], ["idealement"], ["je", "suppose"], ["j", "imagine"], ["imagine"],
    ["a", "l", "avenir"], ["je", "pense", "qu", "il"], ["il", "est", "important"],
    ["c", "est", "important"], ["est", "important", "de"],
    ["il", "sait", "qu"], ["elle", "sait", "qu"], ["sait", "qu"], ["sait", "que"],
    ["sur", "le", "papier"],
    ["en", "general", "c", "est"], ["il", "suffit"], ["on", "attend"], ["pas", "encore", "eu"],
    // An opinion or a belief, not a practice described (« je pense que », « je crois »).
    ["je", "pense", "que"], ["je", "pense", "qu"], ["je", "crois"], ["j", "ai", "l", "impression"],
    // A general statement about the trade (« c'est la base du métier »).
    ["c", "est", "la", "base"], ["c", "est", "essentiel"], ["c", "est", "l", "essentiel"],
    ["est", "fondamental"], ["est", "fondamentale"], ["c", "est", "primordial"],
    ["quelqu", "un", "d"],
    // Knowledge from a course, a rule of the company, a wish.
    ["en", "formation"], ["on", "a", "vu"], ["on", "a", "appris"], ["on", "nous", "a"],
    ["theoriquement"], ["dans", "l", "ideal"], ["le", "jour", "ou"], ["j", "aimerais"],
    ["je", "voudrais"], ["a", "terme"], ["parcours", "d", "integration"],
    ["normalement", "il"], ["chez", "nous", "c", "est"], ["chez", "nous", "ce", "sont"],
    ["en", "principe"],
  ]

  /// Stems of verbs before an indirect « si » (« savoir si », « demander si »).
  static let indirectQuestionStems: [String] = [
    "savoir", "sai", "sav", "demand", "voir", "verifi", "regard", "compren", "teste",
  ]

  /// Words that, with « formation » in the same sentence, mark knowledge from training only.
  static let trainingOnlyMarkers: Set<String> = [
    "vu", "vue", "vus", "appris", "exercice", "fictif", "fictive", "cas", "module", "theorie",
    "formateur", "seminaire", "presente", "presentee", "cours",
  ]

  /// Folded multi-word cues of practice that is someone else's.
  static let someoneElsePhrases: [[String]] = [
    ["pas", "moi"], ["pas", "mon", "role"], ["pas", "mon", "job"], ["pas", "ma", "mission"],
    ["pas", "dans", "mes", "missions"], ["leur", "job"], ["leur", "role"], ["c", "est", "eux"],
    ["c", "est", "a", "eux"], ["je", "ne", "suis", "pas", "dans", "la", "boucle"],
    ["j", "ai", "vu", "mon"], ["j", "ai", "vu", "ma"], ["j", "ai", "vu", "des", "collegues"],
    ["j", "ai", "entendu"], ["je", "transmets", "la", "demande"],
    ["je", "laisse", "ca"], ["je", "passe", "la", "main"], ["je", "suis", "le", "planning"],
    // Witnessing others' work (« j'ai assisté à une réunion », « intéressant de voir »).
    ["assiste", "a", "une", "reunion"], ["assiste", "a", "la", "reunion"],
    ["assiste", "a", "des", "reunions"], ["assiste", "a", "une", "presentation"],
    ["assiste", "a", "la", "presentation"], ["c", "etait", "interessant"],
    ["c", "etait", "tres", "interessant"],
    ["interessant", "de", "voir"],
    // A stressed pronoun that sets another person apart (« lui, il avait demandé »).
    ["lui", "il"], ["eux", "ils"],
    // A service of the company doing the work (« chez nous c’est le service X qui… »).
    ["l", "entreprise", "a"], ["la", "societe", "a"], ["mon", "collegue"], ["ma", "collegue"],
    ["mes", "collegues"],
  ]

  /// Nouns naming another person or service of the company (folded).
  static let otherActors: Set<String> = [
    "service", "services", "marketing", "direction", "directeur", "directrice", "chef",
    "cheffe", "responsable", "collegue", "collegues", "assistante", "assistant", "adv",
    "qualite", "reglementaire", "cellule", "siege", "controleur", "controle", "formateur",
    "tuteur", "tutrice", "commerciale", "commerciaux", "kam", "seniors", "ingenieur",
    "juridique", "manager", "superieur", "patron", "autres", "technicien", "labo",
    "laboratoire", "logistique", "production", "comptabilite", "compta", "boss", "entreprise",
    "societe", "boite", "groupe", "n", "superieure", "direction", "dg", "pdg", "dirigeant",
    "equipe", "equipes", "bureau", "managers", "commercial", "senior", "binome",
  ]

  /// Stems of verbs of doing: an other actor followed by one of them does the work.
  static let actionStems: [String] = [
    "fait", "font", "fix", "decid", "ger", "calcul", "envoi", "diffus", "occup", "repond",
    "suiv", "suit", "voit", "donn", "construit", "prepar", "mont", "rempl", "relit",
    "complet", "trait", "pilot", "men", "declin", "rappel", "ouvr", "decoup", "sort",
    "project", "mesur", "lanc", "repart", "programm", "organis", "redig", "edit", "transmet",
    "tranch", "realis", "charg", "calcul", "centralis",
  ]

  /// Stems of participles that, before « par » and another actor, mean someone else did it
  /// (« fixés par la direction »), unlike « validé par la direction ».
  static let delegatedParticipleStems: [String] = [
    "fix", "fait", "ger", "calcul", "decid", "construit", "realis", "rempl", "redig",
    "prepar", "pilot", "men", "trait", "envoy", "diffus", "mont", "centralis", "etabl",
    "donn", "produit", "suiv", "mesur", "gere",
  ]

  /// Words after « une fois » that make it a frequency or a conjunction, not an occasion.
  static let notOccasionalAfterOnce: Set<String> = [
    "par", "que", "qu", "tous", "toutes", "la", "le", "les", "l", "chaque",
  ]

  /// Folded words that may follow a colon in a note to say its topic is absent (« non
  /// abordé », « NSP », « sans objet », « pas d’ex. »).
  static let absenceWords: Set<String> = [
    "non", "aborde", "abordee", "abordes", "abordees", "evoque", "evoquee", "traite", "traitee",
    "nsp", "sans", "objet", "neant", "aucun", "aucune", "rien", "pas", "d", "ex", "exemple",
    "jamais", "fait", "faite",
  ]

  /// The words among ``absenceWords`` that say the absence.
  static let absenceCues: Set<String> = [
    "non", "nsp", "sans", "neant", "aucun", "aucune", "rien", "pas", "jamais",
  ]

  /// Reflexive pronouns, folded (« je me contente », « il s’en tient »).
  static let reflexivePronouns: Set<String> = ["me", "m", "te", "t", "se", "s"]

  /// Folded openings of a time of supervision at the start of the job (« au début ma
  /// tutrice venait avec moi »).
  static let startOfTutelage: [[String]] = [
    ["au", "debut"], ["au", "depart"], ["les", "premieres", "semaines"],
    ["les", "premiers", "mois"], ["les", "premiers", "temps"], ["dans", "un", "premier", "temps"],
    ["les", "premieres", "fois"],
  ]

  /// Folded words of the candidate working alone (« il va seul chez ses clients », « en
  /// autonomie »).
  static let autonomyWords: Set<String> = ["seul", "seule", "autonome", "autonomie"]

  /// Words after « je commence » that make it the start of a routine, not of a job (« je
  /// commence toujours par l’historique », « je commence mes tournées le lundi »).
  static let routineAfterStart: Set<String> = [
    "par", "toujours", "souvent", "systematiquement", "generalement", "chaque", "tous",
    "toutes", "d", "mes", "ma", "mon", "les", "la", "le", "l",
  ]

  /// Folded cues of occasional, short or very recent practice.
  static let occasionalPhrases: [[String]] = [
    ["recemment"], ["de", "temps", "en", "temps"],
    ["des", "fois"], ["parfois"], ["rarement"], ["j", "y", "pense"], ["quelques", "uns"],
    ["j", "ai", "assiste"], ["assiste", "a"], ["ponctuellement"], ["occasionnellement"],
    ["exceptionnellement"], ["une", "ou", "deux", "fois"],
    ["au", "jour", "le", "jour"], ["sans", "plus"], ["plus", "rare"], ["quand", "le", "chef"],
    ["quand", "il", "y", "a"], ["quand", "j", "ai", "le", "temps"],
    ["quand", "j", "ai", "un", "moment"], ["des", "que", "j", "ai", "un", "moment"],
    ["des", "que", "j", "ai", "le", "temps"], ["si", "j", "ai", "le", "temps"],
    ["quand", "je", "peux"], ["quand", "ca", "me", "prend"],
    ["a", "l", "occasion"], ["quand", "je", "trouve", "le", "temps"],
  ]

  /// Folded cues of an explanation or a justification (« parce que », « afin de », « ce qui
  /// permet »). « pour » before an infinitive is read separately.
  static let justificationPhrases: [[String]] = [
    ["parce", "que"], ["parce", "qu"], ["car"], ["puisque"], ["puisqu"], ["afin", "de"],
    ["afin", "d"], ["pour", "que"], ["pour", "qu"], ["vu", "que"], ["etant", "donne"],
    ["grace", "a"], ["c", "est", "pourquoi"], ["d", "ou"], ["donc"], ["permet", "de"],
    ["permet", "d"], ["permettent", "de"], ["permettent", "d"], ["sert", "a"],
    ["servent", "a"], ["ce", "qui", "evite"], ["ce", "qui", "donne"], ["en", "effet"],
    ["de", "facon", "a"], ["de", "maniere", "a"], ["dans", "le", "but", "de"],
    ["l", "interet"], ["l", "avantage"],
  ]

  /// Stems of the words by which a criterion asks for an explanation (« justifié »,
  /// « pertinent », « expliqué », « cohérent »).
  static let justificationCriterionStems: [String] = [
    "justifi", "pertinen", "expliqu", "explic", "coheren",
  ]

  /// Forms of « être » that introduce what a criterion judges (« est pertinent »).
  static let copulas: Set<String> = ["est", "sont", "soit", "soient"]

  /// Number words up to six, for « depuis deux mois ».
  static let smallNumberWords: Set<String> = [
    "un", "une", "deux", "trois", "quatre", "cinq", "six", "quelques",
  ]

  /// Units of a short duration (« depuis deux mois », « depuis trois semaines »).
  static let shortDurationUnits: Set<String> = ["mois", "semaine", "semaines", "jours", "jour"]

  /// Folded cues of practice under supervision or alongside someone else.
  static let supervisedPhrases: [[String]] = [
    ["je", "prends", "les", "notes"], ["j", "interviens"], ["a", "sa", "demande"],
    ["il", "me", "dit"], ["elle", "me", "dit"], ["m", "a", "appris"], ["valide", "tout"],
    ["relit", "tout"], ["avec", "mon", "responsable"], ["avec", "ma", "responsable"],
    ["avec", "mon", "chef"], ["avec", "ma", "cheffe"], ["avec", "mon", "manager"],
    ["avec", "ma", "tutrice"], ["avec", "mon", "tuteur"], ["corrige"], ["me", "corrige"],
    ["j", "assiste"], ["je", "l", "ai", "accompagne"], ["je", "l", "accompagne"],
    ["je", "seconde"], ["en", "appui"], ["sous", "le", "controle"], ["accompagnee", "par"],
    ["accompagne", "par"], ["me", "laisse"], ["m", "a", "laisse"], ["je", "lui", "remonte"],
    ["tuteur"], ["tutrice"], ["sous", "la", "supervision"], ["supervise"],
    ["j", "ai", "accompagne"], ["accompagne", "la"], ["accompagne", "le"], ["accompagne", "un"],
    ["accompagne", "une"], ["accompagne", "mon"], ["accompagne", "ma"], ["en", "binome"],
    ["me", "relit"], ["les", "relit"], ["avec", "l", "aide"], ["on", "me", "donne"],
    ["on", "me", "dit"], ["on", "me", "programme"], ["on", "me", "les", "donne"],
    ["qu", "on", "me", "donne"], ["on", "m", "a", "demande"], ["je", "vais", "ou"],
    ["je", "demande", "a", "mon", "chef"],
  ]

  /// Units of time after « chaque », « tous les », « par »: a frequency.
  static let timeUnits: Set<String> = [
    "jour", "jours", "semaine", "semaines", "mois", "trimestre", "trimestres", "semestre",
    "an", "ans", "annee", "annees", "soir", "soirs", "matin", "matins", "lundi", "lundis",
    "mardi", "mardis", "mercredi", "mercredis", "jeudi", "jeudis", "vendredi", "vendredis",
    "quinzaine", "fin", "debut", "visite", "visites", "rdv", "appel", "livraison", "commande",
    "client", "clients", "fois",
  ]

  /// Single words that state a frequency.
  static let frequencyWords: Set<String> = [
    "hebdo", "hebdomadaire", "hebdomadaires", "mensuel", "mensuelle", "mensuels",
    "mensuelles", "mensuellement", "trimestriel", "trimestrielle", "trimestriels", "annuel",
    "annuelle", "annuels", "annuelles", "annuellement", "quotidien", "quotidienne",
    "quotidiennement", "systematiquement", "systematique", "regulierement", "lundi", "mardi",
    "mercredi", "jeudi", "vendredi", "lun", "mar", "mer", "jeu", "ven", "hebdomadairement",
  ]

  /// Frequency words that name no rhythm: regular practice, but nothing concrete.
  static let genericFrequencies: Set<String> = [
    "regulierement", "systematiquement", "systematique", "quotidien", "quotidienne",
    "quotidiennement",
  ]

  /// Common business tools and sources named by technico-commercial staff (folded).
  static let knownTools: Set<String> = [
    "excel", "sap", "salesforce", "hubspot", "sellsy", "teams", "linkedin", "kompass",
    "pappers", "dynamics", "zoho", "pipedrive", "axonaut", "sage", "word", "powerpoint",
    "ppt", "sharepoint", "outlook", "google", "lemlist", "erp", "crm", "bi", "bo", "tableau",
    "qlik", "oracle", "navision", "divalto", "cegid", "odoo", "zoom", "whatsapp", "deepl",
    "xerfi", "echa", "infogreffe", "agenda", "sheet", "sheets", "visio",
  ]

  /// Capitalised words that are not names (sentence starts excepted anyway).
  static let capitalisedCommonWords: Set<String> = [
    "je", "j", "il", "elle", "on", "nous", "ils", "elles", "le", "la", "les", "l", "un",
    "une", "des", "de", "du", "d", "en", "et", "mais", "pour", "par", "avec", "chez", "c",
    "ce", "oui", "non", "ex", "si", "quand", "moi", "mon", "ma", "mes",
  ]
}
