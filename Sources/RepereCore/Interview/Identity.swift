/// The people of the interview: the candidate and the two intervenants.
public struct Identity: Sendable, Equatable, Codable {
  public var candidate: Person
  public var intervenant1: Person
  public var intervenant2: Person

  public init(
    candidate: Person = Person(), intervenant1: Person = Person(),
    intervenant2: Person = Person()
  ) {
    self.candidate = candidate
    self.intervenant1 = intervenant1
    self.intervenant2 = intervenant2
  }
}

/// One person of the interview; `fonction` is empty for the candidate.
public struct Person: Sendable, Equatable, Codable {
  public var nom: String
  public var prenom: String
  public var entreprise: String
  public var fonction: String

  public init(nom: String = "", prenom: String = "", entreprise: String = "", fonction: String = "")
  {
    self.nom = nom
    self.prenom = prenom
    self.entreprise = entreprise
    self.fonction = fonction
  }
}
