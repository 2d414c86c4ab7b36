/// The preparation's own French texts, addressed to the candidate (« vous »).
public enum PreparationWording {
  /// « Préparation à l’entretien — CQP … ».
  public static func title(_ dialogue: Dialogue) -> String {
    "Préparation à l’entretien de repérage des compétences — \(dialogue.title)"
  }

  /// What the interview is, who decides, how the practice works.
  public static let opening = """
    L’entretien de repérage fait le point, avec deux évaluateurs, sur ce que vous faites \
    déjà dans votre travail, bloc par bloc, avec les questions du guide du CQP. Ce n’est \
    pas un examen : ce sont les évaluateurs qui décident, à l’entretien, du positionnement \
    de chaque bloc.
    Ici, vous vous entraînez seul(e), sur les mêmes questions. Après chaque bloc, pas de \
    positionnement mais un retour : les critères que vos réponses illustrent déjà, et les \
    exemples à préparer pour les autres. Parlez de ce que vous faites vous-même, avec des \
    faits : à quelle fréquence, depuis quand, avec quel résultat.
    /recommencer reprend un bloc pour améliorer vos réponses ; /aide donne les commandes. \
    Tout est enregistré au fur et à mesure : vous pourrez continuer une autre fois avec \
    --reprendre.
    """

  /// The question once every chosen block is practised or passed.
  public static let endQuestion =
    "Vous avez parcouru les blocs choisis. Entrée pour terminer, ou /recommencer BLOC pour "
    + "reprendre un bloc."

  /// The one choice of the end question.
  public static let finishChoice = "terminer"
}
