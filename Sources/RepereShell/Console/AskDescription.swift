/// The question an ask id stands for, in French words, for a person (`/etat`, resumption).
///
/// Ask ids (`identity.candidate.nom`, `C2.2.position`) are for programs: they appear in
/// `--protocol jsonl` and in the transcript, never in the text a person reads.
enum AskDescription {
  /// « le nom du candidat », « la question 3 du bloc C1.1 »…; a general phrase for an id
  /// it does not know.
  static func french(_ id: String) -> String {
    let parts = id.split(separator: ".").map(String.init)
    if parts.first == "identity", parts.count == 3 {
      return identity(who: parts[1], field: parts[2])
    }
    if parts.first == "opening", parts.count == 2 {
      return "la question d’ouverture « \(parts[1]) »"
    }
    if id == "end" { return "la dernière question" }
    guard parts.count >= 2 else { return "la question en cours" }
    let owner = parts[0] + (parts[1].first?.isNumber == true ? "." + parts[1] : "")
    let rest = Array(parts.dropFirst(owner.split(separator: ".").count))
    let block = "du bloc \(owner)"
    switch rest.first {
    case "gate": return "la question oui/non \(block)"
    case "position": return "le positionnement \(block)"
    case "override_reason": return "la raison du positionnement modifié \(block)"
    case "stray": return "le choix entre complément et note \(block)"
    case "probe" where rest.count == 2: return "la relance du critère \(rest[1]) \(block)"
    case "means": return "les moyens de la compétence \(owner)"
    case "manual", "note": return "un élément du bilan de la compétence \(owner)"
    case let question? where question.hasPrefix("q") && Int(question.dropFirst()) != nil:
      return "la question \(question.dropFirst()) \(block)"
    default:
      if rest.last == "manual" || rest.last == "note" {
        return "un élément du bilan de la compétence \(parts[0])"
      }
      return "la question en cours"
    }
  }

  private static func identity(who: String, field: String) -> String {
    let person =
      switch who {
      case "candidate": "du candidat"
      case "intervenant1": "de l’intervenant 1"
      case "intervenant2": "de l’intervenant 2"
      default: "d’un intervenant"
      }
    let name =
      switch field {
      case "nom": "le nom"
      case "prenom": "le prénom"
      case "entreprise": "l’entreprise"
      case "fonction": "la fonction"
      default: "l’identité"
      }
    return "\(name) \(person)"
  }
}
