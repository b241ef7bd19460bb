"""French for the core's sentences (`messages.say`) and for the specs' words.

Keys are the English templates exactly as written at the `say()` call; the French uses
the same `{fields}`. Field labels are shown in « », so a sentence reads the same for
any field whatever its gender.
"""

from __future__ import annotations

SENTENCES: dict[str, str] = {
    # Checks on one field (services/validation.py, services/editing.py).
    "{label} is required.": "Le champ « {label} » est obligatoire.",
    "{label}: expected text.": "« {label} » : un texte est attendu.",
    "{label} is too long ({n:,} characters; at most {most:,}).": (
        "« {label} » est trop long ({n} caractères; au plus {most})."
    ),
    "{label} “{text}” is too long (at most {most} characters).": (
        "« {label} » : « {text} » est trop long (au plus {most} caractères)."
    ),
    "{label} “{text}” may hold only letters, digits, dots, dashes and underscores "
    "(for example P1 or A1.2).": (
        "« {label} » : « {text} » ne peut contenir que des lettres, des chiffres, des points, "
        "des traits d’union et des traits de soulignement (par exemple P1 ou A1.2)."
    ),
    "{label} must be between 0 and 100, not {number:g}.": (
        "« {label} » doit être entre 0 et 100, et non {number:g}."
    ),
    "{label} must be a whole number, not {number:g}.": (
        "« {label} » doit être un nombre entier, et non {number:g}."
    ),
    "{label} must be a whole number.": "« {label} » doit être un nombre entier.",
    "{label} must be a number.": "« {label} » doit être un nombre.",
    "{label} must be a number, not “{text}”.": (
        "« {label} » doit être un nombre, et non « {text} »."
    ),
    "{label} is not a usable number.": "« {label} » n’est pas un nombre utilisable.",
    "{label} cannot be negative.": "« {label} » ne peut pas être négatif.",
    "{label} is too large.": "« {label} » est trop grand.",
    "{label}: “{text}” is not a date (use YYYY-MM-DD).": (
        "« {label} » : « {text} » n’est pas une date (utilisez AAAA-MM-JJ)."
    ),
    "{label} must be a date.": "« {label} » doit être une date.",
    "{label}: “{value}” is not one of {allowed}.": (
        "« {label} » : « {value} » ne fait pas partie des choix ({allowed})."
    ),
    "{label}: {value} is not a year.": "« {label} » : {value} n’est pas une année.",
    "{label}: choose one from the list.": "« {label} » : choisissez un élément de la liste.",
    "{label}: the chosen {entity} does not exist.": (
        "« {label} » : l’élément choisi ({entity}) n’existe pas."
    ),
    "{label}: that entry belongs to another list.": (
        "« {label} » : cette entrée appartient à une autre liste."
    ),
    "{label} “{value}” is already used by another {entity}.": (
        "« {label} » : « {value} » est déjà utilisé par un autre élément ({entity})."
    ),
    "End date {end} is before the start date {start}.": (
        "La date de fin {end} précède la date de début {start}."
    ),
    # Rules across fields and items.
    "Last fiscal year comes before the first.": (
        "Le dernier exercice financier précède le premier."
    ),
    "An indicator belongs to either an objective or an action.": (
        "Un indicateur se rattache soit à un objectif, soit à une action."
    ),
    "Quarter must be 1 to 4.": "Le trimestre doit être de 1 à 4.",
    "Quarter must be 0 (whole year) or 1 to 4.": (
        "Le trimestre doit être 0 (toute l’année) ou de 1 à 4."
    ),
    "The period {year} is outside the plan's years.": (
        "La période {year} est en dehors des années du plan."
    ),
    "{year} is outside the plan's years ({first} to {last}).": (
        "{year} est en dehors des années du plan ({first} à {last})."
    ),
    "A body cannot be part of itself.": "Une instance ne peut pas faire partie d’elle-même.",
    "The lead partner cannot also be a supporting partner.": (
        "Le partenaire responsable ne peut pas aussi être un partenaire de soutien."
    ),
    "Only welcoming-community characteristics can tag an action.": (
        "Seules les caractéristiques d’une communauté accueillante peuvent qualifier une action."
    ),
    "Choose another existing partner to take over the lead.": (
        "Choisissez un autre partenaire existant pour prendre la responsabilité."
    ),
    "Progress is recorded per quarter; choose a quarter.": (
        "Les progrès sont consignés par trimestre; choisissez un trimestre."
    ),
    # Items that moved or changed under the coordinator.
    "That {entity} no longer exists (it may have been deleted).": (
        "Cet élément ({entity}) n’existe plus (il a peut-être été supprimé)."
    ),
    "That indicator no longer exists.": "Cet indicateur n’existe plus.",
    "Some of the chosen items no longer exist ({n}).": (
        "Certains des éléments choisis n’existent plus ({n})."
    ),
    "“{name}” is already back in the plan.": "« {name} » est déjà de retour dans le plan.",
    "A {entity} cannot be moved.": "Un élément de ce type ({entity}) ne peut pas être déplacé.",
    "A {entity} cannot move to another plan.": (
        "Un élément de ce type ({entity}) ne peut pas passer à un autre plan."
    ),
    "This {entity} was changed by someone else since you opened it.": (
        "Quelqu’un d’autre a modifié cet élément ({entity}) depuis que vous l’avez ouvert."
    ),
    "This {entity} was changed by someone else since you opened it; nothing was saved.": (
        "Quelqu’un d’autre a modifié cet élément ({entity}) depuis que vous l’avez ouvert; "
        "rien n’a été enregistré."
    ),
    "Someone else saved this quarter's update since you opened it; nothing was saved.": (
        "Quelqu’un d’autre a enregistré la mise à jour de ce trimestre depuis que vous l’avez "
        "ouverte; rien n’a été enregistré."
    ),
    "Someone else recorded this actual since you opened it; nothing was saved.": (
        "Quelqu’un d’autre a inscrit ce résultat depuis que vous l’avez ouvert; rien n’a été "
        "enregistré."
    ),
}

# The specs' field labels (capitalised) and item labels (in a sentence, lower case).
TERMS: dict[str, str] = {
    "Acronym": "Sigle",
    "Acronym (French)": "Sigle (en français)",
    "Action": "Action",
    "Address": "Adresse",
    "Adoption status": "État d’adoption",
    "Agreement holder": "Titulaire de l’entente",
    "Approval date": "Date d’approbation",
    "Baseline": "Valeur de référence",
    "Baseline date": "Date de référence",
    "Budget": "Budget",
    "By whom": "Par qui",
    "Catchment area": "Territoire desservi",
    "Challenges": "Défis",
    "Code": "Code",
    "Colour": "Couleur",
    "Contact name": "Nom de la personne-ressource",
    "Coordinator": "Coordonnatrice ou coordonnateur",
    "Data source": "Source des données",
    "Definition": "Définition",
    "Definition (French)": "Définition (en français)",
    "Description": "Description",
    "Direction": "Sens souhaité",
    "Domain": "Domaine",
    "E-mail": "Courriel",
    "End date": "Date de fin",
    "Evidence level": "Niveau de preuve",
    "First fiscal year": "Premier exercice financier",
    "Fiscal year": "Exercice financier",
    "Frequency": "Fréquence",
    "In-kind value": "Valeur en nature",
    "Indicator": "Indicateur",
    "Indicator (French)": "Indicateur (en français)",
    "Kind": "Type",
    "LIP name": "Nom du PLI",
    "LIP name (French)": "Nom du PLI (en français)",
    "Languages of service": "Langues de service",
    "Last fiscal year": "Dernier exercice financier",
    "Lead partner": "Partenaire responsable",
    "List": "Liste",
    "Main contact": "Personne-ressource principale",
    "Mandate": "Mandat",
    "Meaning": "Signification",
    "Name": "Nom",
    "Name (French)": "Nom (en français)",
    "Next steps": "Prochaines étapes",
    "Notes": "Notes",
    "Objective": "Objectif",
    "Organisation": "Organisme",
    "Organisation name": "Nom de l’organisme",
    "Organisation name (French)": "Nom de l’organisme (en français)",
    "Outcome level": "Niveau de résultat",
    "Outputs achieved": "Extrants obtenus",
    "Owned by": "Relève de",
    "Part of": "Fait partie de",
    "Percent complete": "Pourcentage réalisé",
    "Phone": "Téléphone",
    "Plan": "Plan",
    "Plan status": "État du plan",
    "Plan title": "Titre du plan",
    "Plan title (French)": "Titre du plan (en français)",
    "Planned outputs": "Extrants prévus",
    "Position": "Position",
    "Priority": "Priorité",
    "Quarter": "Trimestre",
    "Report date": "Date du rapport",
    "Reported by": "Signalé par",
    "Results": "Résultats",
    "Role": "Rôle",
    "Sector": "Secteur",
    "Severity": "Gravité",
    "Source": "Source",
    "Source link": "Lien vers la source",
    "Source year": "Année de la source",
    "Start date": "Date de début",
    "Status": "Statut",
    "Status name": "Nom du statut",
    "Status name (French)": "Nom du statut (en français)",
    "Successes": "Réussites",
    "Summary": "Résumé",
    "Target": "Cible",
    "Target date": "Date cible",
    "Title": "Titre",
    "Title (French)": "Titre (en français)",
    "Transferability": "Transférabilité",
    "Type": "Type",
    "Unit": "Unité",
    "Vision": "Vision",
    "Website": "Site Web",
    "Where": "Où",
    "Working group": "Groupe de travail",
    "action": "action",
    "body": "instance",
    "contact": "personne-ressource",
    "indicator": "indicateur",
    "list entry": "élément de liste",
    "objective": "objectif",
    "partner": "partenaire",
    "partnership": "partenariat",
    "plan": "plan",
    "practice": "pratique",
    "priority": "priorité",
    "progress update": "mise à jour des progrès",
    "promising practice": "pratique prometteuse",
    "status": "statut",
    "term": "terme",
}
