/// A small valid dialogue (two competences, two blocks) to test the loader on.
///
/// C2.1 has a source defect with evidence criteria, and C2's recap has an item
/// with no block, as the bundled guide does.
enum LoaderFixture {
  static let yaml = """
    format: 1
    id: cqp-exemple
    title: CQP Exemple
    version: "1"
    source: sources/exemple.txt
    opening:
      presentation: "Présentation du CQP Exemple."
      reminder: "Cet entretien n'est pas un examen."
      questions:
        - {id: parcours, text: "Parlez-moi de votre parcours."}
        - {id: motivation, text: "Qu'est-ce qui vous motive ?"}
    levels:
      - {id: totalite, label: "En totalité"}
      - {id: partiellement, label: "Partiellement"}
      - {id: pas_du_tout, label: "Pas du tout"}
    means:
      - {id: formation, label: "Suivi d'une formation"}
      - {id: pratique, label: "Pratique professionnelle"}
    competences:
      - id: C1
        title: "Prospecter de nouveaux clients"
        blocks:
          - id: C1.1
            title: "Élaboration de fichiers de prospects"
            gate: "Dans votre activité, réalisez-vous un fichier de prospects ?"
            questions:
              - "Comment qualifiez-vous vos prospects ?"
              - source: "Quel(s) outil(s) utilisez vous ?"
                correction: "Quel(s) outil(s) utilisez-vous ?"
                note: "Trait d'union manquant."
            required_competences:
              - "Élaborer un fichier de prospects"
            criteria:
              - text: "Les prospects sont identifiés et classés selon leur potentiel"
                label: "prospects qualifiés"
                evidence: ["potentiel", "scoring", "cible", "segment", "salon"]
                probe: "Comment classez-vous vos prospects selon leur potentiel ?"
              - text: "L'outil de gestion commerciale est mis à jour avec régularité"
                label: "outil à jour"
                evidence: ["crm", "mise à jour", "fiche prospect", "doublon", "chaque semaine"]
                probe: "Quand mettez-vous à jour votre outil de gestion commerciale ?"
            training_need: "Besoins en formation sur l'élaboration de fichiers de prospects"
      - id: C2
        title: "Conseiller le client"
        blocks:
          - id: C2.1
            title: "Identification de l'offre adaptée"
            gate: "Dans votre activité, avez-vous questionné un client sur ses besoins ?"
            questions:
              - "Quelle offre avez-vous identifiée ?"
            required_competences:
              - "Réaliser le comptage des produits"
            criteria:
              - text: "Le comptage des produits est réalisé sans erreur"
                label: "comptage (hors sujet)"
            training_need: "Besoins en formation sur l'identification de l'offre"
            defect:
              note: "Critères copiés d'une autre qualification."
            evidence_criteria:
              - text: "L'offre adaptée aux besoins est identifiée"
                label: "offre adaptée"
                evidence: ["besoin", "cahier des charges", "fiche technique", "échantillon", "essai"]
                probe: "Quelle solution avez-vous proposée à un client précis ?"
              - text: "La réglementation est prise en compte"
                label: "réglementation"
                evidence: ["reach", "fds", "bpf", "étiquetage", "homologation", "clp"]
                probe: "Quelle règle avez-vous dû vérifier ?"
    recap:
      - competence: C1
        items:
          - {block: C1.1, label: "l'élaboration de fichiers de prospects"}
      - competence: C2
        items:
          - {block: C2.1, label: "l'identification de l'offre"}
          - label: "l'identification des risques"
            note: "Aucun tableau du guide ne correspond : l'évaluateur le coche lui-même."
    """
}
