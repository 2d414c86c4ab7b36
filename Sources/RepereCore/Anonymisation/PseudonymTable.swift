/// The names of an interview and their stable pseudonyms, with the rules that find them
/// in free text (whole names, their parts, initials, companies and their acronyms).
public struct PseudonymTable: Sendable, Equatable {
  /// One name and its pseudonym, for the correspondence table.
  public struct Entry: Sendable, Equatable {
    /// Who or what (« candidat, nom », « entreprise »).
    public var role: String
    public var original: String
    public var pseudonym: String
  }

  /// The correspondence, in the order of the identity.
  public private(set) var entries: [Entry] = []
  /// The rules that replace every form of the names.
  public private(set) var rules: [NameReplacer.Rule] = []

  /// Pseudonyms by role: the same interview always gets the same ones.
  private static let people: [(role: String, prenom: String, nom: String)] = [
    ("candidat", "Alex", "Candidat"),
    ("intervenant 1", "Sam", "Intervenant-Un"),
    ("intervenant 2", "Lou", "Intervenant-Deux"),
  ]

  /// Words of company names too common to be a name on their own.
  private static let genericWords: Set<String> = [
    "societe", "groupe", "group", "industries", "industrie", "chimie", "chimique", "chimiques",
    "france", "international", "services", "laboratoires", "laboratoire", "entreprise",
    "compagnie", "nord", "sud", "est", "ouest", "europe", "production", "distribution",
    "technologies", "solutions", "les", "des", "and", "the",
  ]
  private static let legalForms: Set<String> = [
    "sa", "sas", "sasu", "sarl", "eurl", "snc", "sci", "gmbh", "ltd", "inc", "spa",
  ]

  /// The table of an identity.
  public init(identity: Identity) {
    let persons = [identity.candidate, identity.intervenant1, identity.intervenant2]
    var companies: [String: String] = [:]
    for (person, pseudonym) in zip(persons, Self.people) {
      add(role: "\(pseudonym.role), prénom", name: person.prenom, pseudonym: pseudonym.prenom)
      add(role: "\(pseudonym.role), nom", name: person.nom, pseudonym: pseudonym.nom)
      addInitials(person: person, pseudonym: pseudonym)
      let company = person.entreprise.trimmingCharacters(in: .whitespaces)
      guard !company.isEmpty, companies[company.caseAndAccentFolded] == nil else { continue }
      let letter = String(UnicodeScalar(UInt8(65 + companies.count)))
      let replacement = "Entreprise-\(letter)"
      companies[company.caseAndAccentFolded] = replacement
      addCompany(company, pseudonym: replacement)
    }
  }

  private mutating func add(role: String, name: String, pseudonym: String) {
    let name = name.trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else { return }
    entries.append(Entry(role: role, original: name, pseudonym: pseudonym))
    rules.append(NameReplacer.Rule(name: name, replacement: pseudonym))
    // Each part of a compound name (« Jean-Pierre », « Le Goff ») is a name too.
    for part in Self.words(of: name) where part.count >= 3 {
      rules.append(NameReplacer.Rule(name: part, replacement: pseudonym))
    }
  }

  private mutating func addInitials(
    person: Person, pseudonym: (role: String, prenom: String, nom: String)
  ) {
    let givenParts = Self.words(of: person.prenom)
    let nameParts = Self.words(of: person.nom)
    guard let given = givenParts.first?.first, !nameParts.isEmpty else { return }
    // « É » is also written « E »; a compound name's initial is its first or last part's.
    let givens = Self.initialForms(given)
    let names = Set(nameParts.compactMap(\.first).flatMap(Self.initialForms))
    let pp = pseudonym.prenom.prefix(1)
    let pn = pseudonym.nom.prefix(1)
    for p in givens {
      for n in names {
        for (form, replacement) in [
          ("\(p).\(n).", "\(pp).\(pn)."), ("\(p). \(n).", "\(pp). \(pn)."),
          ("\(p)\(n)", "\(pp)\(pn)"), ("\(p).\(n)", "\(pp).\(pn)"),
          ("\(p). \(n)", "\(pp). \(pn)"),
        ] {
          rules.append(NameReplacer.Rule(name: form, replacement: replacement, exact: true))
        }
      }
      // « J. Dupont »: the initial goes with the name.
      for name in [person.nom] + nameParts.filter({ $0.count >= 3 }) {
        rules.append(
          NameReplacer.Rule(name: "\(p). \(name)", replacement: "\(pp). \(pseudonym.nom)"))
        rules.append(
          NameReplacer.Rule(name: "\(p).\(name)", replacement: "\(pp).\(pseudonym.nom)"))
      }
    }
    // A compound first name's initials: « J.-M. », « J.M. », « JM ».
    if givenParts.count >= 2, let second = givenParts[1].first {
      for p in givens {
        for m in Self.initialForms(second) {
          for form in ["\(p).-\(m).", "\(p).\(m).", "\(p)\(m)", "\(p)-\(m)"] {
            rules.append(NameReplacer.Rule(name: form, replacement: "\(pp).", exact: true))
          }
        }
      }
    }
  }

  /// An initial as written: uppercase, with and without its accent.
  private static func initialForms(_ letter: Character) -> [String] {
    let upper = String(letter).uppercased()
    let plain = upper.caseAndAccentFolded.uppercased()
    return upper == plain ? [upper] : [upper, plain]
  }

  private mutating func addCompany(_ company: String, pseudonym: String) {
    entries.append(Entry(role: "entreprise", original: company, pseudonym: pseudonym))
    rules.append(NameReplacer.Rule(name: company, replacement: pseudonym))
    let words = Self.words(of: company)
    let significant = words.filter { !Self.legalForms.contains($0.caseAndAccentFolded) }
    if significant.count < words.count, !significant.isEmpty {
      rules.append(
        NameReplacer.Rule(name: significant.joined(separator: " "), replacement: pseudonym))
    }
    for word in significant
    where word.count >= 3 && !Self.genericWords.contains(word.caseAndAccentFolded) {
      rules.append(NameReplacer.Rule(name: word, replacement: pseudonym))
    }
    // Acronyms: every word's initial (« CDS »), the capitalised words' (« CS »), with the
    // legal form (« RCS » for « Rhodanor Chimie SAS »).
    let initials = significant.compactMap(\.first)
    let capitals = initials.filter(\.isUppercase)
    let withForm = words.compactMap(\.first)
    let acronyms = Set([
      String(initials).uppercased(), String(capitals), String(withForm).uppercased(),
    ])
    for acronym in acronyms.sorted() where acronym.count >= 2 {
      rules.append(NameReplacer.Rule(name: acronym, replacement: pseudonym, exact: true))
    }
  }

  private static func words(of name: String) -> [String] {
    name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
  }
}
