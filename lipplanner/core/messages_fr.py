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
    # What deleting an item would take with it (`_describe` joins the counts).
    "The {entity} {item} still holds {what}.": (
        "L’élément {item} ({entity}) contient encore {what}."
    ),
    "The status “{item}” is in use by {what}; give them another status first.": (
        "Le statut «\u00a0{item}\u00a0» est utilisé par {what}; donnez-leur d’abord un autre "
        "statut."
    ),
    (
        "{item} leads {n} action(s); choose another lead partner for them "
        "or leave them without a lead."
    ): (
        "{item} est responsable de {n} action(s); choisissez-leur un autre partenaire "
        "responsable ou laissez-les sans responsable."
    ),
    " and ": " et ",
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
    # Opening and saving the plan file, periods, exporting, the trash.
    "“{name}” refused the change ({value}); nothing was saved. Run `lipplanner check` on it.": (
        "« {name} » a refusé la modification ({value}); rien n’a été enregistré. Lancez "
        "`lipplanner check` sur ce fichier."
    ),
    "“{name}” is open read-only; the change was not saved.": (
        "« {name} » est ouvert en lecture seule; la modification n’a pas été enregistrée."
    ),
    "Someone else changed this item since you opened it; nothing was saved.": (
        "Quelqu’un d’autre a modifié cet élément depuis que vous l’avez ouvert; rien n’a été "
        "enregistré."
    ),
    "“{name}” could not be read: {message}.": ("« {name} » n’a pas pu être lu : {message}."),
    "“{name}” is busy: another copy of LIP Planner has been saving for over {seconds} seconds; "
    "nothing was saved. Try again in a moment.": (
        "« {name} » est occupé : une autre copie de LIP Planner enregistre depuis plus "
        "de {seconds} secondes; rien n’a été enregistré. Réessayez dans un instant."
    ),
    "“{name}” is read-only; the change was not saved.": (
        "« {name} » est en lecture seule; la modification n’a pas été enregistrée."
    ),
    "The disk is full; the change was not saved.": (
        "Le disque est plein; la modification n’a pas été enregistrée."
    ),
    "The plan could not be saved: {message}.": ("Le plan n’a pas pu être enregistré : {message}."),
    "There is no plan file “{path}”.": "Il n’y a pas de fichier de plan « {path} ».",
    "A new plan cannot be created read-only.": (
        "Un nouveau plan ne peut pas être créé en lecture seule."
    ),
    "The folder “{parent}” does not exist.": "Le dossier « {parent} » n’existe pas.",
    "“{name}” could not be created: {error}.": ("« {name} » n’a pas pu être créé : {error}."),
    "“{name}” was made by an older version and must be upgraded; open it normally once.": (
        "« {name} » a été créé par une version antérieure et doit être mis à niveau; "
        "ouvrez-le une fois normalement."
    ),
    "“{name}” must be upgraded but it is read-only; copy it somewhere you can write and open "
    "the copy.": (
        "« {name} » doit être mis à niveau, mais il est en lecture seule; copiez-le dans un "
        "dossier où vous pouvez écrire et ouvrez la copie."
    ),
    "“{name}” could not be upgraded ({error}); it was left as it was, and a backup was made "
    "beside it.": (
        "« {name} » n’a pas pu être mis à niveau ({error}); il a été laissé tel quel, et "
        "une copie de sauvegarde a été faite à côté."
    ),
    "“{name}” is read-only; open it read-only or copy it.": (
        "« {name} » est en lecture seule; ouvrez-le en lecture seule ou copiez-le."
    ),
    "“{name}” has changes that were not folded into it yet (its “{name}-wal” file) and it is "
    "in a folder you cannot write to, so it cannot be read here. Copy both files to a folder "
    "you can write to and open the copy.": (
        "« {name} » a des modifications qui n’y ont pas encore été intégrées (son fichier "
        "« {name}-wal ») et il se trouve dans un dossier où vous ne pouvez pas écrire; il "
        "ne peut donc pas être lu ici. Copiez les deux fichiers dans un dossier où vous pouvez "
        "écrire et ouvrez la copie."
    ),
    "“{path}” is a folder, not a plan file.": (
        "« {path} » est un dossier, pas un fichier de plan."
    ),
    "You do not have permission to read “{name}”.": (
        "Vous n’avez pas la permission de lire « {name} »."
    ),
    "“{name}” cannot be read: {value}.": "« {name} » ne peut pas être lu : {value}.",
    "“{name}” is not a LIP Planner plan (it is not a database file).": (
        "« {name} » n’est pas un plan LIP Planner (ce n’est pas un fichier de base de données)."
    ),
    "“{name}” is a database, but not a LIP Planner plan.": (
        "« {name} » est une base de données, mais pas un plan LIP Planner."
    ),
    "“{name}” is damaged and cannot be opened ({error}). Restore it from a backup; the file "
    "was left as it is.": (
        "« {name} » est endommagé et ne peut pas être ouvert ({error}). Restaurez-le à "
        "partir d’une sauvegarde; le fichier a été laissé tel quel."
    ),
    "“{name}” is damaged and cannot be opened ({message}). Restore it from a backup; the file "
    "was left as it is.": (
        "« {name} » est endommagé et ne peut pas être ouvert ({message}). Restaurez-le à "
        "partir d’une sauvegarde; le fichier a été laissé tel quel."
    ),
    "“{name}” was saved by a newer version of LIP Planner (schema {revision}); install the "
    "latest version to open it. The file was left as it is.": (
        "« {name} » a été enregistré par une version plus récente de LIP Planner (schéma "
        "{revision}); installez la dernière version pour l’ouvrir. Le fichier a été laissé tel "
        "quel."
    ),
    "“{name}” holds text that is not readable (not UTF-8) in a “{column}” column; run "
    "`lipplanner check {name}` to find the rows, then correct the file or restore a backup. "
    "The file was left as it is.": (
        "« {name} » contient du texte illisible (pas en UTF-8) dans une colonne "
        "« {column} »; lancez `lipplanner check {name}` pour trouver les lignes, puis "
        "corrigez le fichier ou restaurez une sauvegarde. Le fichier a été laissé tel quel."
    ),
    "“{name}” is busy: another copy of LIP Planner is upgrading or repairing it. Try again in "
    "a moment; the file is fine.": (
        "« {name} » est occupé : une autre copie de LIP Planner le met à niveau ou le "
        "répare. Réessayez dans un instant; le fichier est intact."
    ),
    "“{name}” cannot be opened in this folder (it is read-only or you lack permission); the "
    "file itself is not damaged. Copy it to a folder you can write to and open the copy.": (
        "« {name} » ne peut pas être ouvert dans ce dossier (il est en lecture seule ou "
        "vous n’avez pas la permission); le fichier lui-même n’est pas endommagé. Copiez-le dans "
        "un dossier où vous pouvez écrire et ouvrez la copie."
    ),
    "The fiscal year {year} is outside {first}–{last}.": (
        "L’exercice financier {year} est en dehors de {first}–{last}."
    ),
    "“{text}” is not a fiscal year: the second year must follow the first (for example "
    "{example}).": (
        "« {text} » n’est pas un exercice financier : la deuxième année doit suivre la "
        "première (par exemple {example})."
    ),
    "“{text}” is not a fiscal year; write it like 2025-26.": (
        "« {text} » n’est pas un exercice financier; écrivez-le comme 2025-26."
    ),
    "The quarter must be 1 to 4, not {quarter}.": (
        "Le trimestre doit être de 1 à 4, et non {quarter}."
    ),
    "“{text}” is not a reporting period; write a fiscal year like 2025-26 or a quarter like "
    "2025-26-Q2.": (
        "« {text} » n’est pas une période de rapport; écrivez un exercice comme 2025-26 ou "
        "un trimestre comme 2025-26-Q2."
    ),
    "“{name}” must end in .xlsx, the Excel workbook format.": (
        "« {name} » doit se terminer par .xlsx, le format des classeurs Excel."
    ),
    "The folder “{folder}” does not exist; choose another destination.": (
        "Le dossier « {folder} » n’existe pas; choisissez une autre destination."
    ),
    "“{path}” is a folder; give the name of the workbook to write.": (
        "« {path} » est un dossier; donnez le nom du classeur à écrire."
    ),
    "You cannot write in the folder “{folder}”; choose another destination.": (
        "Vous ne pouvez pas écrire dans le dossier « {folder} »; choisissez une autre destination."
    ),
    "“{name}” is read-only; choose another name or folder.": (
        "« {name} » est en lecture seule; choisissez un autre nom ou un autre dossier."
    ),
    "“{name}” is open in a spreadsheet application; close it and export again.": (
        "« {name} » est ouvert dans un tableur; fermez-le et exportez de nouveau."
    ),
    "That item is no longer in the trash.": "Cet élément n’est plus dans la corbeille.",
    "“{name}” cannot be restored: what it belonged to is no longer in the plan. Restore that "
    "first.": (
        "« {name} » ne peut pas être restauré : ce à quoi il appartenait n’est plus dans "
        "le plan. Restaurez-le d’abord."
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
    # Counts of what an item holds ("3 objectives").
    "actions": "actions",
    "actions led": "actions dont il est responsable",
    "actions supported": "actions qu’il appuie",
    "contacts": "personnes-ressources",
    "indicators": "indicateurs",
    "objectives": "objectifs",
    "priorities": "priorités",
    "progress updates": "mises à jour des progrès",
    "sub-bodies": "sous-groupes",
    "values": "valeurs",
}
