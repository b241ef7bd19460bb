<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ActionForm</name>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Budget ($):</source>
        <translation>&amp;Budget ($) :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;End:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;In-kind value ($):</source>
        <translation>Valeur en &amp;nature ($) :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Lead partner:</source>
        <translation>Partenaire &amp;responsable :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Percent complete:</source>
        <translation>&amp;Pourcentage réalisé :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Working group:</source>
        <translation>&amp;Groupe de travail :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>(no lead partner)</source>
        <translation>(aucun partenaire responsable)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Action %s — %s</source>
        <translation>Action %s — %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>An amount cannot be negative.</source>
        <translation>Un montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Challenges</source>
        <translation>Défis</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Done</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Latest report (%1): %2.</source>
        <translation>Dernière mise à jour (%1) : %2.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Latest report (%s): %s, %d%%.</source>
        <translation type="vanished">Dernière mise à jour (%s) : %s, %d %%.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>No progress reported up to %s.</source>
        <translation>Aucun progrès signalé jusqu’à %s.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>No progress reported yet.</source>
        <translation>Aucun progrès signalé pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Outputs</source>
        <translation>Extrants</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Outputs achieved</source>
        <translation>Extrants obtenus</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Partners &amp;&amp; tags</source>
        <translation>Partenaires &amp;&amp; caractéristiques</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Planned o&amp;utputs:</source>
        <translation>E&amp;xtrants prévus :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Progress history</source>
        <translation>Historique des progrès</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Progress history (%d)</source>
        <translation>Historique des progrès (%d)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Reported by %s</source>
        <translation>Signalé par %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Reported on %s</source>
        <translation>Signalé le %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>S&amp;tart:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Successes</source>
        <translation>Réussites</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Supporting
&amp;partners:</source>
        <translation type="vanished">Partenaires
de &amp;soutien :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Supporting &amp;partners:</source>
        <translation>Partenaires de &amp;soutien :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>The end comes before the start.</source>
        <translation>La fin est antérieure au début.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>The lead partner cannot also be a supporting partner.</source>
        <translation>Le partenaire responsable ne peut pas aussi être un partenaire de soutien.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>The plan shows the latest report (%1): %2. The status and percent above are the action&apos;s own and count only until an update is reported.</source>
        <translation>Le plan affiche la dernière mise à jour (%1) : %2. Le statut et le pourcentage ci-dessus sont ceux de l&apos;action et ne comptent que tant qu&apos;aucune mise à jour n&apos;est rapportée.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>The plan shows the latest report (%s): %s, %d%%. The status and percent above are the action&apos;s own and count only until an update is reported.</source>
        <translation type="vanished">Le plan affiche la dernière mise à jour (%s) : %s, %d %%. Le statut et le pourcentage ci-dessus sont ceux de l&apos;action et ne comptent que tant qu&apos;aucune mise à jour n&apos;est rapportée.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>The selected update</source>
        <translation>La mise à jour sélectionnée</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>The status set on the action; progress updates report newer ones</source>
        <translation>Le statut inscrit sur l’action; les mises à jour des progrès en donnent de plus récents</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Type an amount like %1 or %2, with cents at most, or leave it empty.</source>
        <translation>Tapez un montant comme %1 ou %2, au cent près, ou laissez le champ vide.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Type an amount like 1500 or 1500.50, or leave it empty.</source>
        <translation type="vanished">Tapez un montant comme 1500 ou 1500.50, ou laissez le champ vide.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Type part of a name to find the partner</source>
        <translation>Tapez une partie du nom pour trouver le partenaire</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Welcoming-
community
&amp;characteristics:</source>
        <translation type="vanished">&amp;Caractéristiques
d’une collectivité
accueillante :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Welcoming-community &amp;characteristics:</source>
        <translation>&amp;Caractéristiques d’une collectivité accueillante :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>no update this period</source>
        <translation>aucune mise à jour pour cette période</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>%d actions</source>
        <translation type="vanished">%d actions</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>&amp;Overdue only</source>
        <translation>En &amp;retard seulement</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>(no lead partner)</source>
        <translation>(aucun partenaire responsable)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Add an objective in the Plan view first.</source>
        <translation>Ajoutez d’abord un objectif dans la vue Plan.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>All lead partners</source>
        <translation>Tous les partenaires responsables</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>All priorities</source>
        <translation>Toutes les priorités</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>All working groups</source>
        <translation>Tous les groupes de travail</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Done</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Lead partner</source>
        <translation>Partenaire responsable</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Lead partner filter</source>
        <translation>Filtre par partenaire responsable</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Move to another objective…</source>
        <translation>Déplacer vers un autre objectif…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>No progress update this period</source>
        <translation>Aucune mise à jour des progrès pour cette période</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>No update</source>
        <translation>Aucune mise à jour</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Ongoing</source>
        <translation>En continu</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Only actions past their end date and not finished</source>
        <translation>Seulement les actions dont la date de fin est passée et qui ne sont pas terminées</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Only this lead</source>
        <translation>Seulement ce partenaire responsable</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Only this priority</source>
        <translation>Seulement cette priorité</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Only this status</source>
        <translation>Seulement ce statut</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Only this working group</source>
        <translation>Seulement ce groupe de travail</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Past its end date, not finished</source>
        <translation>Date de fin passée, non terminée</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Percent complete</source>
        <translation>Pourcentage réalisé</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Priority filter</source>
        <translation>Filtre par priorité</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Search actions…</source>
        <translation>Rechercher des actions…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Status at the end of the period</source>
        <translation>Statut à la fin de la période</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Supporting partners</source>
        <translation>Partenaires de soutien</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Working group filter</source>
        <translation>Filtre par groupe de travail</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <location filename="../../lipplanner/ui/dialogs/restore_backup.py"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/restore_backup.py"/>
        <source>Before a new year</source>
        <translation>Avant un nouvel exercice</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/restore_backup.py"/>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/restore_backup.py"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/restore_backup.py"/>
        <source>Made by hand</source>
        <translation>Faite à la main</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/restore_backup.py"/>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/restore_backup.py"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>BodiesPage</name>
    <message>
        <location filename="../../lipplanner/ui/views/bodies.py"/>
        <source>%d bodies</source>
        <translation type="vanished">%d instances</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/views/bodies.py"/>
        <source>%n working group(s) or committee(s)</source>
        <translation>
            <numerusform>%n groupe de travail ou comité</numerusform>
            <numerusform>%n groupes de travail ou comités</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/bodies.py"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/bodies.py"/>
        <source>New working group or committee…</source>
        <translation>Nouveau groupe de travail ou comité…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/bodies.py"/>
        <source>Working groups and council</source>
        <translation>Groupes de travail et conseil</translation>
    </message>
</context>
<context>
    <name>BodyForm</name>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>%d member(s)</source>
        <translation type="vanished">%d membre(s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Mandate:</source>
        <translation>&amp;Mandat :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Part of:</source>
        <translation>&amp;Relève de :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>A name is required.</source>
        <translation>Un nom est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Body</source>
        <translation type="vanished">Instance</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>M&amp;embers:</source>
        <translation>M&amp;embres :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Name (&amp;French):</source>
        <translation>Nom en &amp;français :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Optional: the French name</source>
        <translation>Facultatif : le nom en français</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Working group or committee</source>
        <translation>Groupe de travail ou comité</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>responsible for %s</source>
        <translation>responsable de %s</translation>
    </message>
</context>
<context>
    <name>BodyTreeModel</name>
    <message>
        <location filename="../../lipplanner/ui/models/bodies.py"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/models/bodies.py"/>
        <source>Body</source>
        <translation type="vanished">Instance</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/models/bodies.py"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/models/bodies.py"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/models/bodies.py"/>
        <source>No members yet</source>
        <translation>Aucun membre pour l’instant</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/models/bodies.py"/>
        <source>Working group or committee</source>
        <translation>Groupe de travail ou comité</translation>
    </message>
</context>
<context>
    <name>ChangeSetModel</name>
    <message>
        <location filename="../../lipplanner/ui/dialogs/update_import.py"/>
        <source>Action or indicator</source>
        <translation>Action ou indicateur</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/update_import.py"/>
        <source>Actual: {old} → {new}</source>
        <translation>Valeur réelle : {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/update_import.py"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/update_import.py"/>
        <source>Changes (was → now)</source>
        <translation>Modifications (avant → maintenant)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/update_import.py"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/update_import.py"/>
        <source>New update for the quarter</source>
        <translation>Nouvelle mise à jour pour le trimestre</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/update_import.py"/>
        <source>Note: {old} → {new}</source>
        <translation>Note : {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/update_import.py"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/update_import.py"/>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/update_import.py"/>
        <source>row</source>
        <translation>ligne</translation>
    </message>
</context>
<context>
    <name>CheckListField</name>
    <message>
        <location filename="../../lipplanner/ui/widgets/fields.py"/>
        <source>Filter %s</source>
        <translation>Filtrer : %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/widgets/fields.py"/>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Compare submitted reports</source>
        <translation>Comparer des rapports soumis</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>From %1 (sent %2 to %3) to %4 (sent %5 to %6): %n difference(s).</source>
        <translation>
            <numerusform>De %1 (envoyé le %2 à %3) à %4 (envoyé le %5 à %6) : %n différence.</numerusform>
            <numerusform>De %1 (envoyé le %2 à %3) à %4 (envoyé le %5 à %6) : %n différences.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>The two reports show the same figures.</source>
        <translation>Les deux rapports présentent les mêmes chiffres.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../../lipplanner/ui/dialogs/connect_server.py"/>
        <source>A shared database lets several people work on the same plan. Ask the person who runs your server for these details.</source>
        <translation>Une base de données partagée permet à plusieurs personnes de travailler sur le même plan. Demandez ces renseignements à la personne qui gère votre serveur.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/connect_server.py"/>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/connect_server.py"/>
        <source>Connect to shared database</source>
        <translation>Connexion à une base de données partagée</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/connect_server.py"/>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/connect_server.py"/>
        <source>No keyring is available: you will be asked each time you connect.</source>
        <translation>Aucun trousseau n’est disponible : le mot de passe vous sera demandé à chaque connexion.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/connect_server.py"/>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/connect_server.py"/>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/connect_server.py"/>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation>Retenir le mot de passe dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/connect_server.py"/>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/connect_server.py"/>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/connect_server.py"/>
        <source>e.g. db.riversidelip.ca</source>
        <translation>p. ex. db.riversidelip.ca</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../lipplanner/ui/views/contacts.py"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/contacts.py"/>
        <source>&amp;Main contact for this partner</source>
        <translation>Personne-ressource &amp;principale de ce partenaire</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/contacts.py"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/contacts.py"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/contacts.py"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/contacts.py"/>
        <source>Type the person&apos;s name.</source>
        <translation>Tapez le nom de la personne.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/contacts.py"/>
        <source>⚠ This does not look like an e-mail address.</source>
        <translation>⚠ Ceci ne ressemble pas à une adresse courriel.</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <location filename="../../lipplanner/ui/views/contacts.py"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/contacts.py"/>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/contacts.py"/>
        <source>Add contact %s</source>
        <translation>Ajout de la personne-ressource %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/contacts.py"/>
        <source>Change contact %s</source>
        <translation>Modification de la personne-ressource %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/contacts.py"/>
        <source>Contact at %s</source>
        <translation>Personne-ressource chez %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/contacts.py"/>
        <source>Contact people</source>
        <translation>Personnes-ressources</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/contacts.py"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/contacts.py"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/contacts.py"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/contacts.py"/>
        <source>New contact at %s</source>
        <translation>Nouvelle personne-ressource chez %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/contacts.py"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/contacts.py"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/contacts.py"/>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/contacts.py"/>
        <source>Remove contact %s</source>
        <translation>Retrait de la personne-ressource %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/contacts.py"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/contacts.py"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>(no data)</source>
        <translation>(aucune donnée)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>100 % = target reached (↓ lower is better: under 100 % meets it)</source>
        <translation type="vanished">100 % = cible atteinte (↓ plus bas est mieux : moins de 100 % l’atteint)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>Actions by status, per priority</source>
        <translation>Actions par statut et par priorité</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>Could not write {0}: choose a folder you can write to.</source>
        <translation type="vanished">Impossible d’écrire {0} : choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>Export as PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>Export the dashboard</source>
        <translation>Exporter le tableau de bord</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>Indicators: latest actual as a share of the target</source>
        <translation>Indicateurs : dernière valeur réelle en proportion de la cible</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>No indicator with a target</source>
        <translation>Aucun indicateur avec une cible</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>Not met yet</source>
        <translation>Pas encore atteinte</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>Plan progress over the quarters (percent complete)</source>
        <translation>Avancement du plan par trimestre (pourcentage réalisé)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>Plan progress over the quarters — now {0:.0f} % complete</source>
        <translation type="vanished">Avancement du plan par trimestre — {0:.0f} % réalisé</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>Plan progress over the quarters — now {0} complete</source>
        <translation>Avancement du plan par trimestre — {0} réalisé</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>Saved {0}.</source>
        <translation>{0} enregistré.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>Show each priority</source>
        <translation>Afficher chaque priorité</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>Target met</source>
        <translation>Cible atteinte</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>Whole plan</source>
        <translation>Plan entier</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>actions in the plan</source>
        <translation>actions dans le plan</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>completed in {0}</source>
        <translation>terminées en {0}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>completed this fiscal year</source>
        <translation>terminées cet exercice financier</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>fiscal year (one point per quarter)</source>
        <translation>exercice financier (un point par trimestre)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>on track, ongoing or completed</source>
        <translation>en bonne voie, en continu ou terminées</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>partners engaged</source>
        <translation>partenaires engagés</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>updates still due</source>
        <translation>mises à jour encore attendues</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>updates still due for {0}</source>
        <translation>mises à jour encore attendues pour {0}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>{0} = target reached (↓ lower is better: under {0} meets it)</source>
        <translation>{0} = cible atteinte (↓ plus bas est mieux : moins de {0} l’atteint)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/dashboard.py"/>
        <source>{0} — where the plan stands at {1}</source>
        <translation>{0} — état du plan pour {1}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../lipplanner/ui/widgets/fields.py"/>
        <source>%s is set</source>
        <translation>%s : date indiquée</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/widgets/fields.py"/>
        <source>Untick for no date</source>
        <translation>Décochez pour ne pas indiquer de date</translation>
    </message>
</context>
<context>
    <name>DeletePartnerDialog</name>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/dialogs/editing.py"/>
        <source>%1 leads %n action(s): %2.</source>
        <translation>
            <numerusform>%1 est responsable de %n action : %2.</numerusform>
            <numerusform>%1 est responsable de %n actions : %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/editing.py"/>
        <source>%s leads %d action(s): %s.</source>
        <translation type="vanished">%s est responsable de %d action(s) : %s.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/editing.py"/>
        <source>&amp;Give them to another partner:</source>
        <translation>Les &amp;confier à un autre partenaire :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/editing.py"/>
        <source>&amp;Leave them without a lead partner</source>
        <translation>Les &amp;laisser sans partenaire responsable</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/editing.py"/>
        <location filename="../../lipplanner/ui/dialogs/editing.py"/>
        <source>Delete partner</source>
        <translation>Supprimer le partenaire</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/editing.py"/>
        <source>It will also be removed from the %d action(s) it supports.</source>
        <translation type="vanished">Il sera aussi retiré des %d action(s) qu’il soutient.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/dialogs/editing.py"/>
        <source>It will also be removed from the %n action(s) it supports.</source>
        <translation>
            <numerusform>Il sera aussi retiré de l’action qu’il soutient.</numerusform>
            <numerusform>Il sera aussi retiré des %n actions qu’il soutient.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/editing.py"/>
        <source>New lead partner</source>
        <translation>Nouveau partenaire responsable</translation>
    </message>
</context>
<context>
    <name>EmptyPlanGuide</name>
    <message>
        <location filename="../../lipplanner/ui/views/empty_plan.py"/>
        <source>&amp;Import a plan…</source>
        <translation>&amp;Importer un plan…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/empty_plan.py"/>
        <source>A plan is priorities, each with its objectives, each with the actions partners carry out. Start with a first priority: press Insert, click New item on the toolbar or choose Plan → New priority…, then add its objectives and actions the same way.

Already have a plan in a spreadsheet or a Word file? Bring it in with File → Import a plan…</source>
        <translation>Un plan se compose de priorités, chacune avec ses objectifs, chacun avec les actions que mènent les partenaires. Commencez par une première priorité : appuyez sur Inser, cliquez sur Nouvel élément dans la barre d’outils ou choisissez Plan → Nouvelle priorité…, puis ajoutez ses objectifs et ses actions de la même façon.

Vous avez déjà un plan dans un classeur ou un fichier Word? Importez-le avec Fichier → Importer un plan…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/empty_plan.py"/>
        <source>Add a &amp;priority…</source>
        <translation>Ajouter une &amp;priorité…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/empty_plan.py"/>
        <source>Getting started</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/empty_plan.py"/>
        <source>This plan has no priorities yet</source>
        <translation>Ce plan n’a encore aucune priorité</translation>
    </message>
</context>
<context>
    <name>ExportReport</name>
    <message>
        <location filename="../../lipplanner/ui/dialogs/export_report.py"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/export_report.py"/>
        <location filename="../../lipplanner/ui/dialogs/export_report.py"/>
        <location filename="../../lipplanner/ui/dialogs/export_report.py"/>
        <location filename="../../lipplanner/ui/export_actions.py"/>
        <source>Export progress report</source>
        <translation>Exporter le rapport d’étape</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/export_actions.py"/>
        <source>Export progress report…</source>
        <translation>Exporter le rapport d’étape…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/export_actions.py"/>
        <source>Open a plan first, then export its progress report.</source>
        <translation>Ouvrez d’abord un plan, puis exportez son rapport d’étape.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/export_report.py"/>
        <source>Preparing the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/export_report.py"/>
        <source>Progress report written to %1</source>
        <translation>Rapport d’étape enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/export_report.py"/>
        <source>The report could not be written: %1</source>
        <translation>Le rapport n’a pas pu être écrit : %1</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/export_report.py"/>
        <source>The report was written to %1, but it could not be opened: no program for Excel workbooks was found. Open it from your file manager.</source>
        <translation>Le rapport a été enregistré dans %1, mais il n’a pas pu être ouvert : aucun programme pour les classeurs Excel n’a été trouvé. Ouvrez-le depuis votre gestionnaire de fichiers.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/export_actions.py"/>
        <source>Write the funder progress report as an Excel workbook</source>
        <translation>Produire le rapport d’étape pour le bailleur de fonds sous forme de classeur Excel</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/export_report.py"/>
        <source>Writing “%1”…</source>
        <translation>Écriture de « %1 »…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/export_report.py"/>
        <source>the plan</source>
        <translation>le plan</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <location filename="../../lipplanner/ui/dialogs/export_report.py"/>
        <source>%1 (whole year)</source>
        <translation>%1 (exercice entier)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/export_report.py"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/export_report.py"/>
        <source>Choose where to save the workbook.</source>
        <translation>Choisissez où enregistrer le classeur.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/export_report.py"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/export_report.py"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/export_report.py"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/export_report.py"/>
        <source>Export progress report</source>
        <translation>Exporter le rapport d’étape</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/export_report.py"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/export_report.py"/>
        <source>Keeps this workbook and the figures behind it in the plan file, with the date and the recipient, so you can re-open it or compare it later.</source>
        <translation>Conserve ce classeur et les données qui le sous-tendent dans le fichier du plan, avec la date et le destinataire, pour pouvoir le rouvrir ou le comparer plus tard.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/export_report.py"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/export_report.py"/>
        <source>Open the workbook when done</source>
        <translation>Ouvrir le classeur une fois terminé</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/export_report.py"/>
        <source>Prepared by:</source>
        <translation>Préparé par :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/export_report.py"/>
        <source>Record as submitted (keep a frozen copy in the plan)</source>
        <translation>Enregistrer comme soumis (garder une copie figée dans le plan)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/export_report.py"/>
        <source>Reporting period:</source>
        <translation>Période de rapport :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/export_report.py"/>
        <source>Save as:</source>
        <translation>Enregistrer sous :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/export_report.py"/>
        <source>Save the progress report as</source>
        <translation>Enregistrer le rapport d’étape sous</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/export_report.py"/>
        <source>This period is outside the plan’s years (%1 to %2): the report will carry a warning.</source>
        <translation>Cette période est en dehors des années du plan (%1 à %2) : le rapport portera un avertissement.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/export_report.py"/>
        <source>Your name (set it once in Edit → Preferences)</source>
        <translation>Votre nom (à indiquer une fois dans Modifier → Préférences)</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../lipplanner/ui/dialogs/guide.py"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/guide.py"/>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/guide.py"/>
        <source>LIP Planner user guide</source>
        <translation>Guide de l’utilisateur de LIP Planner</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../lipplanner/ui/views/history.py"/>
        <source>(empty)</source>
        <translation type="vanished">(vide)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/history.py"/>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/views/history.py"/>
        <source>(with %n item(s) under it)</source>
        <translation type="vanished">
            <numerusform>(avec %n élément qui en relève)</numerusform>
            <numerusform>(avec %n éléments qui en relèvent)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/history.py"/>
        <source>Added %1</source>
        <translation type="vanished">Ajout : %1</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/history.py"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/history.py"/>
        <source>Changed %1 of %2 from %3 to %4</source>
        <translation type="vanished">Modification de %1 de %2 : %3 → %4</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/history.py"/>
        <source>Deleted %1</source>
        <translation type="vanished">Suppression : %1</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/history.py"/>
        <source>Restored %1</source>
        <translation type="vanished">Restauration : %1</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/history.py"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/history.py"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/views/history.py"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/history.py"/>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/history.py"/>
        <source>All items</source>
        <translation>Tous les éléments</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/history.py"/>
        <source>Any date</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/history.py"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/history.py"/>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/history.py"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/history.py"/>
        <source>Indicator value</source>
        <translation type="vanished">Valeur d’indicateur</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/history.py"/>
        <source>Item:</source>
        <translation>Élément :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/history.py"/>
        <source>No changes recorded for this choice.</source>
        <translation>Aucune modification inscrite pour ce choix.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/history.py"/>
        <source>Person:</source>
        <translation>Personne :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/history.py"/>
        <source>Showing the latest %1 changes; narrow the dates to see older ones.</source>
        <translation>Affichage des %1 dernières modifications; resserrez les dates pour voir les plus anciennes.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/history.py"/>
        <source>To:</source>
        <translation>Au :</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>%1 of %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>(with %n item(s) under it)</source>
        <translation>
            <numerusform>(avec %n élément qui en relève)</numerusform>
            <numerusform>(avec %n éléments qui en relèvent)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Acronym (French)</source>
        <translation>Acronyme (en français)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Added %1</source>
        <translation>Ajout : %1</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Adoption status</source>
        <translation>État d’adoption</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Agreement holder</source>
        <translation>Titulaire de l’entente</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Approval date</source>
        <translation>Date d’approbation</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Baseline date</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>By whom</source>
        <translation>Par qui</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Catchment area</source>
        <translation>Territoire desservi</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Challenges</source>
        <translation>Défis</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Changed %1 of %2 from %3 to %4</source>
        <translation>Modification — %2, %1 : %3 → %4</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Closing year</source>
        <translation>Exercice clôturé</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Contact name</source>
        <translation>Nom de la personne-ressource</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Coordinator</source>
        <translation>Coordonnatrice ou coordonnateur</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Data source</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Definition (French)</source>
        <translation>Définition (en français)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Deleted %1</source>
        <translation>Suppression : %1</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Direction</source>
        <translation>Sens souhaité</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Evidence level</source>
        <translation>Niveau de preuve</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>First fiscal year</source>
        <translation>Premier exercice financier</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Fiscal year</source>
        <translation>Exercice financier</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>In-kind value</source>
        <translation>Valeur en nature</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Indicator (French)</source>
        <translation>Indicateur (en français)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>LIP name</source>
        <translation>Nom du PLI</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>LIP name (French)</source>
        <translation>Nom du PLI (en français)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Languages of service</source>
        <translation>Langues de service</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Last fiscal year</source>
        <translation>Dernier exercice financier</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Lead partner</source>
        <translation>Partenaire responsable</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Main contact</source>
        <translation>Personne-ressource principale</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Name (French)</source>
        <translation>Nom (en français)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Organisation name</source>
        <translation>Nom de l’organisme</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Organisation name (French)</source>
        <translation>Nom de l’organisme (en français)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Outcome level</source>
        <translation>Niveau de résultat</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Outputs achieved</source>
        <translation>Extrants obtenus</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Owned by</source>
        <translation>Relève de</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Percent complete</source>
        <translation>Pourcentage réalisé</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Plan status</source>
        <translation>État du plan</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Plan title</source>
        <translation>Titre du plan</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Plan title (French)</source>
        <translation>Titre du plan (en français)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Planned outputs</source>
        <translation>Extrants prévus</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Priorities</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Q%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Recorded on</source>
        <translation>Inscrite le</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Report date</source>
        <translation>Date du rapport</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Restored %1</source>
        <translation>Restauration : %1</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Source link</source>
        <translation>Lien vers la source</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Source year</source>
        <translation>Année de la source</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Status name</source>
        <translation>Nom du statut</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Status name (French)</source>
        <translation>Nom du statut (en français)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Successes</source>
        <translation>Réussites</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Supporting partners</source>
        <translation>Partenaires de soutien</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Title (French)</source>
        <translation>Titre (en français)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Transferability</source>
        <translation>Transférabilité</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Website</source>
        <translation>Site Web</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Welcoming-community characteristics</source>
        <translation>Caractéristiques d’une communauté accueillante</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Year carried over</source>
        <translation>Exercice reporté</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Year in effect</source>
        <translation>Exercice en cours</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>contact</source>
        <translation>personne-ressource</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>indicator</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>indicator value</source>
        <translation>valeur d’indicateur</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>list entry</source>
        <translation>élément de liste</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>objective</source>
        <translation>objectif</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>partnership</source>
        <translation>partenariat</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>priority narrative</source>
        <translation>récit de la priorité</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>progress update</source>
        <translation>mise à jour des progrès</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>promising practice</source>
        <translation>pratique prometteuse</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/history_words.py"/>
        <source>working group or committee</source>
        <translation>groupe de travail ou comité</translation>
    </message>
</context>
<context>
    <name>ImportAssistant</name>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Charger une correspondance…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Enregistrer la correspondance…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>If a sheet holds the plan, tick it and choose its heading row and its Action column on the next page; File → Save import template… gives the layout.</source>
        <translation>Si une feuille contient le plan, cochez-la et choisissez sa ligne d’en-tête et sa colonne Action à la page suivante ; Fichier → Enregistrer le modèle d’importation… donne la disposition attendue.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Import a plan from “{file}”</source>
        <translation>Importer un plan depuis « {file} »</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>LIP Planner plans (*.lip)</source>
        <translation>Plans LIP Planner (*.lip)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Load an import mapping</source>
        <translation>Charger une correspondance d’import</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>No actions would be imported: check the columns and rows.</source>
        <translation>Aucune action ne serait importée : vérifiez les colonnes et les lignes.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>No sheet in “{file}” has the headings of a plan: a row naming the Action (or Activity) column and at least one more, such as Lead partner, Status or Start.</source>
        <translation>Aucune feuille de « {file} » n’a les en-têtes d’un plan : une ligne qui nomme la colonne Action (ou Activité) et au moins une autre, comme Partenaire responsable, Statut ou Début.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Save the import mapping</source>
        <translation>Enregistrer la correspondance d’import</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Save the new plan as</source>
        <translation>Enregistrer le nouveau plan sous</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>The last fiscal year comes before the first.</source>
        <translation>Le dernier exercice précède le premier.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>The mapping could not be saved: {reason}</source>
        <translation type="vanished">La correspondance n’a pas pu être enregistrée : {reason}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>The mapping is for other sheets ({sheets}); “{file}” has {names}.</source>
        <translation>La correspondance vaut pour d’autres feuilles ({sheets}) ; « {file} » contient {names}.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>“{file}” already exists; choose a new file name.</source>
        <translation>« {file} » existe déjà ; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>“{file}” cannot be read ({reason}).</source>
        <translation>« {file} » ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>“{file}” is not an import mapping.</source>
        <translation>« {file} » n’est pas une correspondance d’import.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>“{file}” is plain text, not a workbook, and no line of it names an Action column.</source>
        <translation>« {file} » est un simple fichier texte, pas un classeur, et aucune de ses lignes ne nomme une colonne Action.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>“{file}” is too large to be an import mapping.</source>
        <translation>« {file} » est trop volumineux pour être une correspondance d’import.</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Action {0} — {1}</source>
        <translation>Action {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Add an objective or an action first.</source>
        <translation>Ajoutez d’abord un objectif ou une action.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Data source</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Direction</source>
        <translation>Sens souhaité</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Indicator (French)</source>
        <translation>Indicateur (en français)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Leave it empty if there is none.</source>
        <translation>Laissez vide s’il n’y en a pas.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Measures</source>
        <translation>Ce qu’il mesure</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Objective {0} — {1}</source>
        <translation>Objectif {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>by</source>
        <translation>d’ici le</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>e.g. people, %, weeks</source>
        <translation>p. ex. personnes, %, semaines</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>on</source>
        <translation>au</translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Actual this period</source>
        <translation>Valeur réelle de la période</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Data source</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Direction</source>
        <translation>Sens souhaité</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>For</source>
        <translation>Porte sur</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Latest actual</source>
        <translation>Dernière valeur réelle</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>No target</source>
        <translation>Aucune cible</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Target met</source>
        <translation>Cible atteinte</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>by {0}</source>
        <translation>d’ici le {0}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>not recorded</source>
        <translation>non inscrite</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>— No data yet</source>
        <translation>— Aucune donnée pour l’instant</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>✓ Met</source>
        <translation>✓ Atteinte</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>✗ Not met</source>
        <translation>✗ Non atteinte</translation>
    </message>
</context>
<context>
    <name>IndicatorsView</name>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>&amp;Value</source>
        <translation>&amp;Valeur</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Actual for {0}</source>
        <translation>Valeur réelle pour {0}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Actual of {0} for {1}</source>
        <translation>Valeur réelle de {0} pour {1}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Actual value</source>
        <translation>Valeur réelle</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Add indicator {0}</source>
        <translation>Ajout de l’indicateur {0}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Add indicator…</source>
        <translation>Ajouter un indicateur…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Delete indicator</source>
        <translation>Supprimer l’indicateur</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Delete indicator {0}</source>
        <translation>Suppression de l’indicateur {0}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Delete the indicator {0} “{1}”?</source>
        <translation>Supprimer l’indicateur {0} « {1} »?</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Edit indicator {0}</source>
        <translation>Modification de l’indicateur {0}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>If there is no figure, choose “No data”.</source>
        <translation>S’il n’y a pas de chiffre, choisissez « Aucune donnée ».</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Indicators — {0}</source>
        <translation>Indicateurs — {0}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Its {0} recorded value(s) go with it.</source>
        <translation>Ses {0} valeur(s) inscrite(s) seront aussi supprimées.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>No &amp;data this period</source>
        <translation>Aucune &amp;donnée pour cette période</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>No data for {0} in {1}</source>
        <translation>Aucune donnée pour {0} en {1}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>No indicators yet. An indicator measures an objective or an action: add one with a baseline and a target, then record its actual each period.</source>
        <translation>Aucun indicateur pour l’instant. Un indicateur mesure un objectif ou une action : ajoutez-en un avec une valeur de référence et une cible, puis inscrivez sa valeur réelle à chaque période.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Record actual</source>
        <translation>Inscrire la valeur réelle</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Recorded.</source>
        <translation>Inscrit.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Remove the actual of {0} for {1}</source>
        <translation>Retrait de la valeur réelle de {0} pour {1}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Remove this period&apos;s entry</source>
        <translation>Retirer la valeur de cette période</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Select an indicator.</source>
        <translation>Sélectionnez un indicateur.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>The actual of the indicator for {0}</source>
        <translation>La valeur réelle de l’indicateur pour {0}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Type the actual as a number, or choose “No data this period”.</source>
        <translation>Tapez la valeur réelle en chiffres, ou choisissez « Aucune donnée pour cette période ».</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Unit: {0}</source>
        <translation>Unité : {0}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>You can undo this.</source>
        <translation>Vous pourrez l’annuler.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>a number, e.g. 42 or 12.5</source>
        <translation>un nombre, p. ex. 42</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>optional: where it comes from, why no data…</source>
        <translation>facultatif : la provenance, pourquoi aucune donnée…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>someone else changed it meanwhile</source>
        <translation>quelqu’un d’autre l’a modifiée entre-temps</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>the actual of {0} for {1} cannot be recorded ({2}).</source>
        <translation>la valeur réelle de {0} pour {1} ne peut pas être inscrite ({2}).</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>the whole year {0}</source>
        <translation>l’exercice {0} entier</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <location filename="../../lipplanner/ui/views/form.py"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/form.py"/>
        <source>&amp;Revert</source>
        <translation>Re&amp;venir</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/form.py"/>
        <source>Change %s of %s</source>
        <translation>Modification de « %s » de %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/form.py"/>
        <source>Edit %s</source>
        <translation>Modification de %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/form.py"/>
        <source>Put back the stored values</source>
        <translation>Remettre les valeurs enregistrées</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/form.py"/>
        <source>Save these changes (Ctrl+Enter); Ctrl+Z undoes</source>
        <translation>Enregistrer ces modifications (Ctrl+Entrée); Ctrl+Z les annule</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/form.py"/>
        <source>They changed: %s.</source>
        <translation>Leurs modifications : %s.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/form.py"/>
        <source>someone else changed it meanwhile</source>
        <translation>quelqu’un d’autre l’a modifié entre-temps</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/form.py"/>
        <source>the changes to %s cannot be saved (%s).</source>
        <translation>les modifications de %s ne peuvent pas être enregistrées (%s).</translation>
    </message>
</context>
<context>
    <name>ItemHistoryDialog</name>
    <message>
        <location filename="../../lipplanner/ui/views/history.py"/>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
</context>
<context>
    <name>LayoutPage</name>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>&amp;Heading row:</source>
        <translation>Ligne d’&amp;en-tête :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>&amp;Two rows (a heading over years or quarters)</source>
        <translation>&amp;Deux lignes (un titre au-dessus d’années ou de trimestres)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Above each column, what it holds; beside each row, how it is read. Change any guess: choose a column&apos;s role, or select rows and mark them.</source>
        <translation>Au-dessus de chaque colonne, ce qu’elle contient ; à côté de chaque ligne, comment elle est lue. Corrigez toute supposition : choisissez le rôle d’une colonne, ou sélectionnez des lignes et marquez-les.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>As &amp;detected</source>
        <translation>Comme &amp;détecté</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Column holds:</source>
        <translation>La colonne contient :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Column {letter}</source>
        <translation>Colonne {letter}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Columns and rows</source>
        <translation>Colonnes et lignes</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Forget what you set for these rows</source>
        <translation>Oublier ce que vous avez fixé pour ces lignes</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Heading row</source>
        <translation>Ligne d’en-tête</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Mark the selected rows as:</source>
        <translation>Marquer les lignes sélectionnées comme :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>MatchPage</name>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>A new partner</source>
        <translation>Un nouveau partenaire</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Choose a status…</source>
        <translation>Choisissez un statut…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Every status word and partner name was recognised.</source>
        <translation>Chaque mot de statut et chaque nom de partenaire a été reconnu.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Partner for “{name}”</source>
        <translation>Partenaire pour « {name} »</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Partner names</source>
        <translation>Noms de partenaires</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Status for “{word}”</source>
        <translation>Statut pour « {word} »</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Status words</source>
        <translation>Mots de statut</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Statuses and partners</source>
        <translation>Statuts et partenaires</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Words the importer could not read as a status, and partner names not found in the plan: choose once what each one is.</source>
        <translation>Les mots que l’importateur n’a pas pu lire comme un statut et les noms de partenaires absents du plan : choisissez une fois ce que chacun désigne.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>{name} (similar)</source>
        <translation>{name} (semblable)</translation>
    </message>
</context>
<context>
    <name>MenusAndActions</name>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>&amp;About LIP Planner</source>
        <translation>À &amp;propos de LIP Planner</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>&amp;Close plan</source>
        <translation>&amp;Fermer le plan</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Nouveau plan…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>&lt;h3&gt;%s %s&lt;/h3&gt;&lt;p&gt;The strategic plan of a Local Immigration Partnership: priorities, actions, partners and quarterly progress, with reports for funders and councils.&lt;/p&gt;&lt;p&gt;Every change is saved to the plan file as you make it; Undo (Ctrl+Z) takes it back.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%s %s&lt;/h3&gt;&lt;p&gt;Le plan stratégique d’un Partenariat local en matière d’immigration (PLI) : priorités, actions, partenaires et progrès trimestriels, avec des rapports pour les bailleurs de fonds et les conseils.&lt;/p&gt;&lt;p&gt;Chaque modification est enregistrée dans le fichier du plan dès qu’elle est faite; Annuler (Ctrl+Z) la défait.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>About LIP Planner</source>
        <translation>À propos de LIP Planner</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>Add an item beside the selected one (Insert)</source>
        <translation>Ajouter un élément à côté de l’élément sélectionné (Inser)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>Delete the selected item (Delete); Ctrl+Z brings it back</source>
        <translation>Supprimer l’élément sélectionné (Suppr); Ctrl+Z le ramène</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>How to use LIP Planner, step by step</source>
        <translation>Comment utiliser LIP Planner, pas à pas</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>Move &amp;to…</source>
        <translation>Déplacer &amp;vers…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>Move &amp;up</source>
        <translation>Déplacer vers le &amp;haut</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>Move dow&amp;n</source>
        <translation>Déplacer vers le &amp;bas</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>New &amp;action…</source>
        <translation>Nouvelle &amp;action…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>New &amp;item here</source>
        <translation>Nouvel élément &amp;ici</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>New &amp;objective…</source>
        <translation>Nouvel &amp;objectif…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>New &amp;priority…</source>
        <translation>Nouvelle &amp;priorité…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>New &amp;working group or committee…</source>
        <translation>Nouveau &amp;groupe de travail ou comité…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>New item</source>
        <translation>Nouvel élément</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>New pa&amp;rtner…</source>
        <translation>Nouveau pa&amp;rtenaire…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>New pro&amp;mising practice…</source>
        <translation>Nouvelle pratique pro&amp;metteuse…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un plan &amp;récent</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>Open the Riverside &amp;demo</source>
        <translation>Ouvrir la &amp;démo Riverside</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>Save a copy &amp;as…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>The user guide is not installed here (looked in %s).</source>
        <translation>Le guide de l’utilisateur n’est pas installé ici (cherché dans %s).</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>User &amp;guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/actions.py"/>
        <source>Write a copy of this plan to another file (changes are saved already)</source>
        <translation>Écrire une copie de ce plan dans un autre fichier (les modifications sont déjà enregistrées)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../lipplanner/ui/window/navigation.py"/>
        <source>&lt;opened the plan&gt;</source>
        <translation>&lt;ouverture du plan&gt;</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/navigation.py"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/navigation.py"/>
        <source>Click a step to go back to it; everything after it is undone</source>
        <translation>Cliquez sur une étape pour y revenir; tout ce qui suit est annulé</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/navigation.py"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/navigation.py"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/navigation.py"/>
        <source>Promising practices</source>
        <translation>Pratiques prometteuses</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/navigation.py"/>
        <location filename="../../lipplanner/ui/window/navigation.py"/>
        <location filename="../../lipplanner/ui/window/navigation.py"/>
        <source>Undo history</source>
        <translation>Historique des annulations</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/navigation.py"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/navigation.py"/>
        <source>Working groups &amp; council</source>
        <translation>Groupes de travail et conseil</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <location filename="../../lipplanner/ui/dialogs/editing.py"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/editing.py"/>
        <source>A short code like P1, O1.2 or A1.2.3</source>
        <translation>Un code court comme P1, O1.2 ou A1.2.3</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/editing.py"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/editing.py"/>
        <source>Give it a code, like the one suggested.</source>
        <translation>Donnez-lui un code, comme celui qui est proposé.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/editing.py"/>
        <source>The code %s is already used.</source>
        <translation>Le code %s est déjà utilisé.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/editing.py"/>
        <source>The code may hold only letters, digits, dots, dashes and underscores.</source>
        <translation>Le code ne peut contenir que des lettres, des chiffres, des points, des tirets et des traits de soulignement.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/editing.py"/>
        <source>The name is too long (at most 200 characters).</source>
        <translation>Le nom est trop long (200 caractères au plus).</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/editing.py"/>
        <location filename="../../lipplanner/ui/dialogs/editing.py"/>
        <source>Type a name.</source>
        <translation>Tapez un nom.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/editing.py"/>
        <source>“%s” is already in the list.</source>
        <translation>« %s » est déjà dans la liste.</translation>
    </message>
</context>
<context>
    <name>NewPlanWizard</name>
    <message>
        <location filename="../../lipplanner/ui/dialogs/new_plan.py"/>
        <source>New plan</source>
        <translation>Nouveau plan</translation>
    </message>
</context>
<context>
    <name>ObjectiveForm</name>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Objective %s — %s</source>
        <translation>Objectif %s — %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Outcome &amp;level:</source>
        <translation>&amp;Niveau de résultat :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Under %s</source>
        <translation>Sous %s</translation>
    </message>
</context>
<context>
    <name>OpenElsewhereDialog</name>
    <message>
        <location filename="../../lipplanner/ui/dialogs/open_elsewhere.py"/>
        <source>Open anyway</source>
        <translation>Ouvrir quand même</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/open_elsewhere.py"/>
        <source>Open it read-only to look without changing anything. If you open it anyway, you can both make changes; if you both change the same item, the second person is told and nothing is overwritten.</source>
        <translation>Ouvrez-le en lecture seule pour le consulter sans rien modifier. Si vous l’ouvrez quand même, vous pourrez tous deux faire des modifications; si vous modifiez tous deux le même élément, la deuxième personne en est avisée et rien n’est écrasé.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/open_elsewhere.py"/>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/open_elsewhere.py"/>
        <source>Plan already open</source>
        <translation>Plan déjà ouvert</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/open_elsewhere.py"/>
        <source>on %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/open_elsewhere.py"/>
        <source>on this computer</source>
        <translation>sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/open_elsewhere.py"/>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/open_elsewhere.py"/>
        <source>“%1” is already open in LIP Planner %2 (%3) since %4.</source>
        <translation>« %1 » est déjà ouvert dans LIP Planner %2 (%3) depuis %4.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../lipplanner/ui/views/page.py"/>
        <source>Changes to %s applied.</source>
        <translation>Modifications de %s appliquées.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/page.py"/>
        <source>Changes to %s were not valid and were discarded.</source>
        <translation>Les modifications de %s n’étaient pas valides et ont été abandonnées.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/page.py"/>
        <source>Deleted %s. Ctrl+Z brings it back.</source>
        <translation>Suppression de %s. Ctrl+Z l’annule.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/page.py"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/page.py"/>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/page.py"/>
        <source>Select an item to see and edit it here.</source>
        <translation>Sélectionnez un élément pour l’afficher et le modifier ici.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/page.py"/>
        <source>Show only rows containing every word typed</source>
        <translation>Afficher seulement les lignes qui contiennent tous les mots tapés</translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Languages of service:</source>
        <translation>&amp;Langues de service :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Website:</source>
        <translation>Site &amp;Web :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>A name is required.</source>
        <translation>Un nom est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>A&amp;cronym:</source>
        <translation>&amp;Sigle :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Another partner already has this name.</source>
        <translation>Un autre partenaire porte déjà ce nom.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Contacts</source>
        <translation>Personnes-ressources</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Contacts (%d)</source>
        <translation>Personnes-ressources (%d)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>E-&amp;mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>English, French, Arabic</source>
        <translation>anglais, français, arabe</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>In the plan:</source>
        <translation>Dans le plan :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Leads: %s
Supports: %s</source>
        <translation>Responsable de : %s
Soutient : %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Name (&amp;French):</source>
        <translation>Nom en &amp;français :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Optional: the French name</source>
        <translation>Facultatif : le nom en français</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>This does not look like an e-mail address.</source>
        <translation>Ceci ne ressemble pas à une adresse courriel.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>PartnerWorkbooksDialog</name>
    <message>
        <location filename="../../lipplanner/ui/dialogs/partner_workbooks.py"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/partner_workbooks.py"/>
        <source>Each lead partner gets a workbook listing the actions they lead, with last quarter&apos;s status and percent filled in, to complete and send back. Read the returned workbooks with File → Import partner updates….</source>
        <translation>Chaque partenaire responsable reçoit un classeur qui énumère les actions dont il est responsable, avec le statut et le pourcentage du trimestre précédent déjà remplis, à compléter et à retourner. Lisez les classeurs retournés avec Fichier → Importer les mises à jour des partenaires…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/partner_workbooks.py"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/partner_workbooks.py"/>
        <source>Folder for the workbooks</source>
        <translation>Dossier des classeurs</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/partner_workbooks.py"/>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/partner_workbooks.py"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/partner_workbooks.py"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/partner_workbooks.py"/>
        <source>One workbook for all partners</source>
        <translation>Un seul classeur pour tous les partenaires</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/partner_workbooks.py"/>
        <source>Partner update workbooks</source>
        <translation>Classeurs de mise à jour des partenaires</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/partner_workbooks.py"/>
        <source>Quarter:</source>
        <translation>Trimestre :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/partner_workbooks.py"/>
        <source>Replace workbooks already in the folder</source>
        <translation>Remplacer les classeurs déjà présents dans le dossier</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/partner_workbooks.py"/>
        <source>Write workbooks</source>
        <translation>Produire les classeurs</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>%d partners</source>
        <translation type="vanished">%d partenaires</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partenaire</numerusform>
            <numerusform>%n partenaires</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Actions led</source>
        <translation>Actions dirigées</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Actions supported</source>
        <translation>Actions soutenues</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Languages of service</source>
        <translation>Langues de service</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Leads</source>
        <translation>Dirige</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Main contact</source>
        <translation>Personne-ressource principale</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>New partner…</source>
        <translation>Nouveau partenaire…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Only this sector</source>
        <translation>Seulement ce secteur</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Search partners…</source>
        <translation>Rechercher des partenaires…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Sector filter</source>
        <translation>Filtre par secteur</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Supports</source>
        <translation>Soutient</translation>
    </message>
</context>
<context>
    <name>PeriodSelector</name>
    <message>
        <location filename="../../lipplanner/ui/window/period.py"/>
        <source>  &amp;Reporting period: </source>
        <translation>  Période de &amp;rapport : </translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/period.py"/>
        <source>Fiscal year</source>
        <translation>Exercice financier</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/period.py"/>
        <source>Fiscal year (April to March) shown in every view</source>
        <translation>Exercice financier (avril à mars) affiché dans toutes les vues</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/period.py"/>
        <source>Q1 (Apr–Jun)</source>
        <translation>T1 (avr.–juin)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/period.py"/>
        <source>Q2 (Jul–Sep)</source>
        <translation>T2 (juill.–sept.)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/period.py"/>
        <source>Q3 (Oct–Dec)</source>
        <translation>T3 (oct.–déc.)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/period.py"/>
        <source>Q4 (Jan–Mar)</source>
        <translation>T4 (janv.–mars)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/period.py"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/period.py"/>
        <source>Quarter of the fiscal year, or the whole year</source>
        <translation>Trimestre de l’exercice financier, ou l’exercice entier</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/period.py"/>
        <source>Showing %s</source>
        <translation>Affichage : %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/period.py"/>
        <source>The period was not changed: in %s, %s Correct the change or revert it, then choose the period again.</source>
        <translation>La période n’a pas été changée : dans %s, %s Corrigez la modification ou annulez-la, puis choisissez de nouveau la période.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/period.py"/>
        <source>Whole year</source>
        <translation>Exercice entier</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <location filename="../../lipplanner/ui/window/plan_files.py"/>
        <source>(none yet)</source>
        <translation>(aucun pour l’instant)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/plan_files.py"/>
        <source>Changes saved elsewhere to this plan are now shown.</source>
        <translation>Les modifications enregistrées ailleurs dans ce plan sont maintenant affichées.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/plan_files.py"/>
        <source>Choose another name than the open plan&apos;s.</source>
        <translation>Choisissez un autre nom que celui du plan ouvert.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/plan_files.py"/>
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/plan_files.py"/>
        <location filename="../../lipplanner/ui/window/plan_files.py"/>
        <source>LIP Planner plans (*%s)</source>
        <translation>Plans LIP Planner (*%s)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/plan_files.py"/>
        <source>LIP Planner plans (*%s);;All files (*)</source>
        <translation>Plans LIP Planner (*%s);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/plan_files.py"/>
        <source>Open a plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/plan_files.py"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/plan_files.py"/>
        <source>Save a copy as</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/plan_files.py"/>
        <source>Save the new plan as</source>
        <translation>Enregistrer le nouveau plan sous</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/plan_files.py"/>
        <source>Saved a copy as %s</source>
        <translation>Copie enregistrée sous %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/plan_files.py"/>
        <source>That plan is open; choose another name.</source>
        <translation>Ce plan est ouvert; choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/plan_files.py"/>
        <source>The copy could not be written to %s (%s).</source>
        <translation>La copie n’a pas pu être écrite dans %s (%s).</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/plan_files.py"/>
        <source>The plan could not be written: %s</source>
        <translation type="vanished">Le plan n’a pas pu être écrit : %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/plan_files.py"/>
        <source>The plan was not closed: in %s, %s Correct the change or revert it, then close again.</source>
        <translation>Le plan n’a pas été fermé : dans %s, %s Corrigez la modification ou annulez-la, puis fermez de nouveau.</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>%n action(s)</source>
        <translation type="vanished">
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>%n objective(s)</source>
        <translation type="vanished">
            <numerusform>%n objectif</numerusform>
            <numerusform>%n objectifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>%n problem(s): the values listed are left out of the new plan. Fix the workbook and read it again, or create the plan without them.</source>
        <translation type="vanished">
            <numerusform>%n problème : la valeur indiquée est laissée de côté dans le nouveau plan. Corrigez le classeur et relisez-le, ou créez le plan sans elle.</numerusform>
            <numerusform>%n problèmes : les valeurs indiquées sont laissées de côté dans le nouveau plan. Corrigez le classeur et relisez-le, ou créez le plan sans elles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>1 partner will be added as a new organisation: {names}</source>
        <translation>1 partenaire sera ajouté comme nouvel organisme : {names}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>Create plan…</source>
        <translation type="vanished">Créer le plan…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>Details</source>
        <translation type="vanished">Détails</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>Fiscal years:</source>
        <translation type="vanished">Exercices financiers :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>LIP Planner plans (*.lip)</source>
        <translation type="vanished">Plans LIP Planner (*.lip)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>New plan from “{file}”</source>
        <translation type="vanished">Nouveau plan à partir de « {file} »</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>No problems found.</source>
        <translation type="vanished">Aucun problème trouvé.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>No problems found. Notes:</source>
        <translation type="vanished">Aucun problème trouvé. Remarques :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>Partnership name:</source>
        <translation type="vanished">Nom du partenariat :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>Plan title:</source>
        <translation type="vanished">Titre du plan :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>Priorities, objectives and actions</source>
        <translation>Priorités, objectifs et actions</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>Reading “{file}” found {priorities} priorities, {objectives} objectives and {actions} actions, with {partners} partners ({listed} listed on a Partners sheet, {new} new, named only in the actions) and {groups} working groups. Nothing is written until you create the plan.</source>
        <translation type="vanished">La lecture de « {file} » a trouvé {priorities} priorités, {objectives} objectifs et {actions} actions, avec {partners} partenaires ({listed} énumérés dans une feuille Partenaires, {new} nouveaux, nommés seulement dans les actions) et {groups} groupes de travail. Rien n’est écrit tant que vous n’avez pas créé le plan.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>Save the new plan as</source>
        <translation type="vanished">Enregistrer le nouveau plan sous</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>The last fiscal year comes before the first.</source>
        <translation type="vanished">Le dernier exercice financier précède le premier.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>What will be created</source>
        <translation type="vanished">Ce qui sera créé</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>Working groups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>already in the plan</source>
        <translation>déjà dans le plan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>listed</source>
        <translation>énuméré</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>new (named in the actions)</source>
        <translation>nouveau (nommé dans les actions)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>to</source>
        <translation type="vanished">à</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>{count} partners will be added as new organisations: {names}</source>
        <translation>{count} partenaires seront ajoutés comme nouveaux organismes : {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/dialogs/plan_import.py"/>
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… et %n autre problème.</numerusform>
            <numerusform>… et %n autres problèmes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../lipplanner/ui/views/plan_page.py"/>
        <source>%d priorities · %d objectives · %d actions</source>
        <translation type="vanished">%d priorités · %d objectifs · %d actions</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/views/plan_page.py"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/views/plan_page.py"/>
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n objectif</numerusform>
            <numerusform>%n objectifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/views/plan_page.py"/>
        <source>%n priority(ies)</source>
        <translation>
            <numerusform>%n priorité</numerusform>
            <numerusform>%n priorités</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/plan_page.py"/>
        <source>Collapse to priorities</source>
        <translation>Réduire aux priorités</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/plan_page.py"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/plan_page.py"/>
        <source>Expand all</source>
        <translation>Tout développer</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/plan_page.py"/>
        <source>Find in the plan…</source>
        <translation>Rechercher dans le plan…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/plan_page.py"/>
        <source>Jump to the next item whose code or title contains this</source>
        <translation>Aller au prochain élément dont le code ou le titre contient ce texte</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/plan_page.py"/>
        <source>Move down</source>
        <translation>Déplacer vers le bas</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/plan_page.py"/>
        <source>Move to…</source>
        <translation>Déplacer vers…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/plan_page.py"/>
        <source>Move up</source>
        <translation>Déplacer vers le haut</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/plan_page.py"/>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/plan_page.py"/>
        <source>New objective</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/plan_page.py"/>
        <source>New priority</source>
        <translation>Nouvelle priorité</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/plan_page.py"/>
        <source>Nothing in the plan matches “%s”.</source>
        <translation>Rien dans le plan ne correspond à « %s ».</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/plan_page.py"/>
        <source>Select a priority first.</source>
        <translation>Sélectionnez d’abord une priorité.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/plan_page.py"/>
        <source>Select an objective first.</source>
        <translation>Sélectionnez d’abord un objectif.</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <location filename="../../lipplanner/ui/views/plan_page.py"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <location filename="../../lipplanner/ui/models/plan_tree.py"/>
        <source>%d action(s): %s</source>
        <translation type="vanished">%d action(s) : %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/models/plan_tree.py"/>
        <source>%d overdue</source>
        <translation>%d en retard</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/models/plan_tree.py"/>
        <source>%d without an update</source>
        <translation>%d sans mise à jour</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/models/plan_tree.py"/>
        <source>%n action(s): %1</source>
        <translation>
            <numerusform>%n action : %1</numerusform>
            <numerusform>%n actions : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/models/plan_tree.py"/>
        <source>(overdue)</source>
        <translation>(en retard)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/models/plan_tree.py"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/models/plan_tree.py"/>
        <source>Current status; for groups, the roll-up</source>
        <translation>Statut actuel; pour les regroupements, la synthèse</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/models/plan_tree.py"/>
        <source>Done</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/models/plan_tree.py"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/models/plan_tree.py"/>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/models/plan_tree.py"/>
        <source>No progress update this period.</source>
        <translation>Aucune mise à jour des progrès pour cette période.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/models/plan_tree.py"/>
        <source>Ongoing</source>
        <translation>En continu</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/models/plan_tree.py"/>
        <source>Overdue: the end date has passed and it is not finished.</source>
        <translation>En retard : la date de fin est passée et ce n’est pas terminé.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/models/plan_tree.py"/>
        <source>Percent complete (roll-up for groups)</source>
        <translation>Pourcentage réalisé (synthèse pour les regroupements)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/models/plan_tree.py"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/models/plan_tree.py"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/models/plan_tree.py"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/models/plan_tree.py"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>PracticeForm</name>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Actions:</source>
        <translation>&amp;Actions :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Adoption:</source>
        <translation>A&amp;doption :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;By whom:</source>
        <translation>&amp;Par qui :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Evidence:</source>
        <translation>Niveau de &amp;preuve :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Priorities:</source>
        <translation>P&amp;riorités :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Results:</source>
        <translation>Rés&amp;ultats :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Summary:</source>
        <translation>Ré&amp;sumé :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Where:</source>
        <translation>&amp;Où :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>A title is required.</source>
        <translation>Un titre est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Informs</source>
        <translation>Liens avec le plan</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Optional: the French title</source>
        <translation>Facultatif : le titre en français</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Results &amp;&amp; source</source>
        <translation>Résultats &amp;&amp; source</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Source &amp;link:</source>
        <translation>&amp;Lien de la source :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Source &amp;year:</source>
        <translation>&amp;Année de la source :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>T&amp;ransferability:</source>
        <translation>T&amp;ransférabilité :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Title (&amp;French):</source>
        <translation>Titre en &amp;français :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Type a year like 2019, or leave it empty.</source>
        <translation>Tapez une année comme 2019, ou laissez le champ vide.</translation>
    </message>
</context>
<context>
    <name>PracticesPage</name>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>%d promising practices</source>
        <translation type="vanished">%d pratiques prometteuses</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>%n promising practice(s)</source>
        <translation>
            <numerusform>%n pratique prometteuse</numerusform>
            <numerusform>%n pratiques prometteuses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>All domains</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>By whom</source>
        <translation>Par qui</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Domain filter</source>
        <translation>Filtre par domaine</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Evidence</source>
        <translation>Niveau de preuve</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>New promising practice…</source>
        <translation>Nouvelle pratique prometteuse…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Only this domain</source>
        <translation>Seulement ce domaine</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Search practices…</source>
        <translation>Rechercher des pratiques…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../lipplanner/ui/dialogs/preferences.py"/>
        <source>A plan file is backed up once a day when opened; older backups are deleted</source>
        <translation>Un fichier de plan est sauvegardé une fois par jour à l’ouverture; les sauvegardes plus anciennes sont supprimées</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/preferences.py"/>
        <source>Automatic &amp;backups to keep:</source>
        <translation>&amp;Sauvegardes automatiques à conserver :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/preferences.py"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/preferences.py"/>
        <source>Names of priorities, partners and practices are shown in the interface language when the plan has them in that language.</source>
        <translation>Les noms des priorités, des partenaires et des pratiques s’affichent dans la langue de l’interface lorsque le plan les contient dans cette langue.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/preferences.py"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/preferences.py"/>
        <source>Shown in the change history next to every change you make</source>
        <translation>Affiché dans l’historique des modifications à côté de chaque modification que vous faites</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/preferences.py"/>
        <source>The language of menus and dialogs; the system language is used by default</source>
        <translation>La langue des menus et des boîtes de dialogue; par défaut, celle du système</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/preferences.py"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/preferences.py"/>
        <source>e.g. Alex Martin</source>
        <translation>p. ex. Alex Martin</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>%n long action title(s) shortened; the whole text is kept as the action&apos;s description.</source>
        <translation>
            <numerusform>%n titre d’action trop long a été abrégé; son texte complet devient la description de l’action.</numerusform>
            <numerusform>%n titres d’action trop longs ont été abrégés; le texte complet de chacun devient la description de son action.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n objectif</numerusform>
            <numerusform>%n objectifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partenaire</numerusform>
            <numerusform>%n partenaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>%n priority(ies)</source>
        <translation>
            <numerusform>%n priorité</numerusform>
            <numerusform>%n priorités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>%n working group(s)</source>
        <translation>
            <numerusform>%n groupe de travail</numerusform>
            <numerusform>%n groupes de travail</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Fiscal years:</source>
        <translation>Exercices :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Partnership name:</source>
        <translation>Nom du partenariat :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Plan title:</source>
        <translation>Titre du plan :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>What Import will create. Nothing is written before.</source>
        <translation>Ce qu’Importer va créer. Rien n’est écrit avant.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>What will be created</source>
        <translation>Ce qui sera créé</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>{priorities} priorities, {objectives} objectives and {actions} actions, with {partners} partners ({new} new) and {groups} working groups.</source>
        <translation type="vanished">{priorities} priorités, {objectives} objectifs et {actions} actions, avec {partners} partenaires ({new} nouveaux) et {groups} groupes de travail.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>{priorities}, {objectives} and {actions}, with {partners} and {groups}.</source>
        <translation>{priorities}, {objectives} et {actions}, avec {partners} et {groups}.</translation>
    </message>
</context>
<context>
    <name>PriorityForm</name>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Narrative:</source>
        <translation>&amp;Bilan :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Owned by:</source>
        <translation>&amp;Sous la responsabilité de :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Change the narrative of %s</source>
        <translation>Modifier le bilan de %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Narrative</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Priority %s — %s</source>
        <translation>Priorité %s — %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Report narrative</source>
        <translation>Bilan pour le rapport</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Save narrative</source>
        <translation>Enregistrer le bilan</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>What happened under this priority in %1, in your words. The progress report’s Summary prints it; without one, it quotes the actions’ reports.</source>
        <translation>Ce qui s’est passé pour cette priorité en %1, dans vos mots. Le sommaire du rapport d’étape l’imprime; sans bilan, il cite les rapports des actions.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Written in:</source>
        <translation>Rédigé en :</translation>
    </message>
</context>
<context>
    <name>ProgressEntryView</name>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>&amp;Challenges</source>
        <translation>&amp;Défis</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>&amp;Next steps</source>
        <translation>&amp;Prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>&amp;Outputs achieved</source>
        <translation>E&amp;xtrants obtenus</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>&amp;Reported by</source>
        <translation>Si&amp;gnalé par</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>Actions of</source>
        <translation>Actions de</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>Choose a status from the list.</source>
        <translation>Choisissez un statut dans la liste.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>Copied from {0}; change what is new, then save.</source>
        <translation>Copié de {0}; modifiez ce qui est nouveau, puis enregistrez.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>Copy last quarter&apos;s values</source>
        <translation>Copier les valeurs du trimestre précédent</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>Enter (Ctrl+Enter in a text box)</source>
        <translation>Entrée (Ctrl+Entrée dans une zone de texte)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>Last update ({0}): {1}, {2} % — reported by {3}</source>
        <translation type="vanished">Dernière mise à jour ({0}) : {1}, {2} % — signalée par {3}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>Last update ({0}): {1}, {2} — reported by {3}</source>
        <translation>Dernière mise à jour ({0}) : {1}, {2} — signalée par {3}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>Lead partner</source>
        <translation>Partenaire responsable</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>No action selected</source>
        <translation>Aucune action sélectionnée</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>No earlier update for this action.</source>
        <translation>Aucune mise à jour antérieure pour cette action.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>No lead partner has actions yet.</source>
        <translation>Aucun partenaire responsable n’a encore d’actions.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>Percent complete</source>
        <translation>Pourcentage réalisé</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>Quarterly round — progress for {0}</source>
        <translation>Collecte trimestrielle — progrès pour {0}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>S&amp;uccesses</source>
        <translation>&amp;Réussites</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>Save and next</source>
        <translation>Enregistrer et passer à la suivante</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>Saved {0}&apos;s update for {1}.</source>
        <translation>Mise à jour de {0} pour {1} enregistrée.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>That was the last action of this list.</source>
        <translation>C’était la dernière action de cette liste.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>The update of {0} for {1}</source>
        <translation>La mise à jour de {0} pour {1}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>There is no earlier update to copy for this action.</source>
        <translation>Il n’y a aucune mise à jour antérieure à copier pour cette action.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>This priority has no actions yet.</source>
        <translation>Cette priorité n’a pas encore d’actions.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>someone else changed it meanwhile</source>
        <translation>quelqu’un d’autre l’a modifié entre-temps</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>the update of {0} for {1} cannot be saved ({2}).</source>
        <translation>la mise à jour de {0} pour {1} ne peut pas être enregistrée ({2}).</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>{0} due</source>
        <translation>{0} en attente</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>{0} of {1} reported for {2}</source>
        <translation>{0} sur {1} signalées pour {2}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../lipplanner/ui/qt_gaps.py"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../lipplanner/ui/qt_gaps.py"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/qt_gaps.py"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>&amp;Record</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>A frozen copy of “%1” will be kept in the plan with today’s date.</source>
        <translation>Une copie figée de « %1 » sera conservée dans le plan avec la date d’aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Record as submitted</source>
        <translation>Inscrire comme soumis</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Sent &amp;to:</source>
        <translation>&amp;Envoyé à :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>e.g. IRCC Ontario Region, Settlement Network</source>
        <translation>p. ex. IRCC Région de l’Ontario, Réseau d’établissement</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../lipplanner/ui/dialogs/restore_backup.py"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/restore_backup.py"/>
        <source>Backups of “%1” are kept in “%2”. Restoring one replaces the plan with it; the plan as it is now is backed up first, so you can come back to it.</source>
        <translation>Les sauvegardes de « %1 » sont conservées dans « %2 ». En restaurer une remplace le plan par celle-ci; le plan dans son état actuel est d’abord sauvegardé, pour que vous puissiez y revenir.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/restore_backup.py"/>
        <source>Replace “%1” with the backup of %2? The plan as it is now is backed up first.</source>
        <translation>Remplacer « %1 » par la sauvegarde du %2? Le plan dans son état actuel est d’abord sauvegardé.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/restore_backup.py"/>
        <location filename="../../lipplanner/ui/dialogs/restore_backup.py"/>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/restore_backup.py"/>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/restore_backup.py"/>
        <source>There are no backups of this plan yet.</source>
        <translation>Il n’y a pas encore de sauvegarde de ce plan.</translation>
    </message>
</context>
<context>
    <name>RolloverDialog</name>
    <message>
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <source>%1 is beyond the plan’s last year (%2). Tick the box below to extend the plan by one year.</source>
        <translation>%1 dépasse la dernière année du plan (%2). Cochez la case ci-dessous pour prolonger le plan d’un an.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <source>%1 is not over yet: it ends on %2. Statuses are those reported so far.</source>
        <translation>%1 n’est pas encore terminé : il se termine le %2. Les statuts sont ceux signalés jusqu’ici.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <source>%n action(s) carried over into %1, with their indicators’ baselines and targets. Actuals stay with the periods they were reported for.</source>
        <translation>
            <numerusform>%n action reportée en %1, avec les valeurs de référence et les cibles de ses indicateurs. Les valeurs réelles restent rattachées aux périodes pour lesquelles elles ont été signalées.</numerusform>
            <numerusform>%n actions reportées en %1, avec les valeurs de référence et les cibles de leurs indicateurs. Les valeurs réelles restent rattachées aux périodes pour lesquelles elles ont été signalées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <source>%n action(s) closed</source>
        <translation>
            <numerusform>%n action close</numerusform>
            <numerusform>%n actions closes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <source>%n action(s) start later and will join the plan of their year.</source>
        <translation>
            <numerusform>%n action commence plus tard et rejoindra le plan de son exercice.</numerusform>
            <numerusform>%n actions commencent plus tard et rejoindront le plan de leur exercice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <source>%n closed action(s) reported under way again: reopened and carried over.</source>
        <translation>
            <numerusform>%n action close est signalée de nouveau en cours : elle est rouverte et reportée.</numerusform>
            <numerusform>%n actions closes sont signalées de nouveau en cours : elles sont rouvertes et reportées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <source>&amp;Annual action plan that ends:</source>
        <translation>Plan d’action &amp;annuel qui se termine :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <source>&amp;Start %1</source>
        <translation>&amp;Commencer l’exercice %1</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <source>: %1 completed, %2 discontinued.</source>
        <translation> : %1 terminées, %2 abandonnées.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <source>Carried over into %1 (%2)</source>
        <translation>Reportées en %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <source>Closed: completed or discontinued (%2)</source>
        <translation>Closes : terminées ou abandonnées (%2)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <source>Complete</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <source>Due to end by the end of %1 but not finished: %2. Give them new end dates after the roll-over.</source>
        <translation>Devaient se terminer avant la fin de %1 mais ne sont pas terminées : %2. Donnez-leur de nouvelles dates de fin après le passage à l’exercice suivant.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <source>E&amp;xtend the plan to %1 (it now ends with %2)</source>
        <translation>&amp;Prolonger le plan jusqu’à %1 (il se termine maintenant en %2)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <source>Indicator %1 %2: baseline %3, target %4</source>
        <translation>Indicateur %1 %2 : valeur de référence %3, cible %4</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <source>No progress update for the last quarter of %1: %2. Their status may be out of date; import the partners’ updates first if you have them.</source>
        <translation>Aucune mise à jour des progrès pour le dernier trimestre de %1 : %2. Leur statut n’est peut-être plus à jour; importez d’abord les mises à jour des partenaires si vous les avez.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <source>Reopened and carried over into %1 (%2)</source>
        <translation>Rouvertes et reportées en %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <source>Start next fiscal year</source>
        <translation>Commencer l’exercice financier suivant</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <source>Starting after %1 (%2)</source>
        <translation>Commençant après %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <source>Year that ends</source>
        <translation>Exercice qui se termine</translation>
    </message>
</context>
<context>
    <name>RoundActionsModel</name>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>Done</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>Due</source>
        <translation>Attendue</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>Not due</source>
        <translation>Non attendue</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>Ongoing</source>
        <translation>En continu</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>✓ Reported</source>
        <translation>✓ Signalée</translation>
    </message>
</context>
<context>
    <name>SheetGridModel</name>
    <message>
        <location filename="../../lipplanner/ui/models/sheet_grid.py"/>
        <source>Action</source>
        <translation type="vanished">Action</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/models/sheet_grid.py"/>
        <source>Heading</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/models/sheet_grid.py"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/models/sheet_grid.py"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/models/sheet_grid.py"/>
        <source>Objective</source>
        <translation type="vanished">Objectif</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/models/sheet_grid.py"/>
        <source>Priority</source>
        <translation type="vanished">Priorité</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/models/sheet_grid.py"/>
        <source>Set by you</source>
        <translation>Fixé par vous</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/models/sheet_grid.py"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
</context>
<context>
    <name>SheetsPage</name>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>(hidden)</source>
        <translation>(masquée)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>A &amp;new plan file</source>
        <translation>Un &amp;nouveau fichier de plan</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Import into</source>
        <translation>Importer dans</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Reading the file: %n note(s), listed with the preview.</source>
        <translation>
            <numerusform>Lecture du fichier : %n remarque, listée avec l’aperçu.</numerusform>
            <numerusform>Lecture du fichier : %n remarques, listées avec l’aperçu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Sheets</source>
        <translation>Feuilles</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Sheets to import</source>
        <translation>Feuilles à importer</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>The &amp;open plan (none is open)</source>
        <translation>Le plan &amp;ouvert (aucun n’est ouvert)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>The &amp;open plan, “{title}”</source>
        <translation>Le plan &amp;ouvert, « {title} »</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>Tick the sheets (or Word tables) that hold the plan.</source>
        <translation>Cochez les feuilles (ou tableaux Word) qui contiennent le plan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>{name} — %n row(s)</source>
        <translation>
            <numerusform>{name} — %n ligne</numerusform>
            <numerusform>{name} — %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/import_assistant.py"/>
        <source>{name} — {rows} rows</source>
        <translation type="vanished">{name} — {rows} lignes</translation>
    </message>
</context>
<context>
    <name>StatusDisplay</name>
    <message>
        <location filename="../../lipplanner/ui/window/status.py"/>
        <source> [read-only]</source>
        <translation> [lecture seule]</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/status.py"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/status.py"/>
        <source>&amp;Redo %s</source>
        <translation>&amp;Rétablir : %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/status.py"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/status.py"/>
        <source>&amp;Undo %s</source>
        <translation>&amp;Annuler : %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/status.py"/>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/status.py"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/status.py"/>
        <source>Redo %s</source>
        <translation>Rétablir : %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/status.py"/>
        <source>This plan was opened read-only: nothing can change</source>
        <translation>Ce plan a été ouvert en lecture seule : rien ne peut être modifié</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/status.py"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/window/status.py"/>
        <source>Undo %s</source>
        <translation>Annuler : %s</translation>
    </message>
</context>
<context>
    <name>SubmissionsModel</name>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Submitted</source>
        <translation>Soumis le</translation>
    </message>
</context>
<context>
    <name>SubmissionsView</name>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>&amp;Compare two selected…</source>
        <translation>&amp;Comparer les deux sélectionnés…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>&amp;Re-open</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>&amp;Save a copy as…</source>
        <translation>&amp;Enregistrer une copie sous…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>No program could open “%1”. A copy is in %2.</source>
        <translation>Aucun programme n’a pu ouvrir « %1 ». Une copie se trouve dans %2.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>No report has been recorded as submitted yet. When you export the progress report, tick “Record as submitted” to keep a copy here.</source>
        <translation>Aucun rapport n’a encore été inscrit comme soumis. Lorsque vous exportez le rapport d’étape, cochez « Inscrire comme soumis » pour en conserver une copie ici.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Re-open</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Reports recorded as submitted are kept in the plan exactly as they were sent. Re-open one, save a copy, or select two to see what changed between them.</source>
        <translation>Les rapports inscrits comme soumis sont conservés dans le plan exactement tels qu’ils ont été envoyés. Rouvrez-en un, enregistrez-en une copie ou sélectionnez-en deux pour voir ce qui a changé entre eux.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Submitted reports</source>
        <translation>Rapports soumis</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>“%1” could not be written: %2.</source>
        <translation type="vanished">« %1 » n’a pas pu être écrit : %2.</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>%d of %s shown</source>
        <translation>Affichage : %d sur %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/tables.py"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/views/trash.py"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/trash.py"/>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/trash.py"/>
        <source>By</source>
        <translation>Supprimé par</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/trash.py"/>
        <source>Deleted item</source>
        <translation>Élément supprimé</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/trash.py"/>
        <source>Deleted on</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/trash.py"/>
        <source>Deleted with it</source>
        <translation>Supprimé en même temps</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/trash.py"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/trash.py"/>
        <source>nothing else</source>
        <translation>rien d’autre</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/views/trash.py"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/views/trash.py"/>
        <source>Delete the %n item(s) in the trash for good?</source>
        <translation>
            <numerusform>Supprimer définitivement l’élément de la corbeille?</numerusform>
            <numerusform>Supprimer définitivement les %n éléments de la corbeille?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/trash.py"/>
        <source>Deleted items stay here, with everything that was under them and their links, until you empty the trash. Restoring one can be undone.</source>
        <translation>Les éléments supprimés restent ici, avec tout ce qui en relevait et leurs liens, jusqu’à ce que vous vidiez la corbeille. Une restauration peut être annulée.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/trash.py"/>
        <location filename="../../lipplanner/ui/views/trash.py"/>
        <location filename="../../lipplanner/ui/views/trash.py"/>
        <source>Empty trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/trash.py"/>
        <source>Empty trash…</source>
        <translation>Vider la corbeille…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/trash.py"/>
        <location filename="../../lipplanner/ui/views/trash.py"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/trash.py"/>
        <source>Restore %1</source>
        <translation>Restauration : %1</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/trash.py"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/trash.py"/>
        <source>This cannot be undone.</source>
        <translation>Cette opération ne peut pas être annulée.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/trash.py"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
</context>
<context>
    <name>UpdateImportDialog</name>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/dialogs/update_import.py"/>
        <source>%n row(s) have problems and will not be applied; fix them in the workbook and import it again.</source>
        <translation>
            <numerusform>%n ligne a des problèmes et ne sera pas appliquée; corrigez-la dans le classeur et importez-le de nouveau.</numerusform>
            <numerusform>%n lignes ont des problèmes et ne seront pas appliquées; corrigez-les dans le classeur et importez-le de nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/dialogs/update_import.py"/>
        <source>%n row(s) match what the plan already holds.</source>
        <translation>
            <numerusform>%n ligne correspond à ce que le plan contient déjà.</numerusform>
            <numerusform>%n lignes correspondent à ce que le plan contient déjà.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/update_import.py"/>
        <source>&lt;b&gt;{file}&lt;/b&gt;: updates for {period}{who}.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; : mises à jour pour {period}{who}.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/update_import.py"/>
        <source>Accept all</source>
        <translation>Tout accepter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/dialogs/update_import.py"/>
        <source>Apply %n change(s)</source>
        <translation>
            <numerusform>Appliquer %n modification</numerusform>
            <numerusform>Appliquer les %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/update_import.py"/>
        <source>Import partner updates</source>
        <translation>Importer les mises à jour des partenaires</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/update_import.py"/>
        <source>Import partner updates from {file}</source>
        <translation>Importation des mises à jour des partenaires de {file}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/update_import.py"/>
        <source>No changes: every row matches what the plan already holds.</source>
        <translation>Aucune modification : chaque ligne correspond à ce que le plan contient déjà.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/update_import.py"/>
        <source>Reject all</source>
        <translation>Tout refuser</translation>
    </message>
</context>
<context>
    <name>UpdatesDueModel</name>
    <message>
        <location filename="../../lipplanner/ui/views/updates_due.py"/>
        <source>Contact / status</source>
        <translation>Personne-ressource / statut</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/updates_due.py"/>
        <source>E-mail / last update</source>
        <translation>Courriel / dernière mise à jour</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/updates_due.py"/>
        <source>Lead partner / action</source>
        <translation>Partenaire responsable / action</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/updates_due.py"/>
        <source>No lead partner</source>
        <translation>Aucun partenaire responsable</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/updates_due.py"/>
        <source>Phone / end date</source>
        <translation>Téléphone / date de fin</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/updates_due.py"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/updates_due.py"/>
        <source>no contact person</source>
        <translation>aucune personne-ressource</translation>
    </message>
</context>
<context>
    <name>UpdatesDueView</name>
    <message>
        <location filename="../../lipplanner/ui/views/updates_due.py"/>
        <source>Copy as e-mail text</source>
        <translation>Copier comme texte de courriel</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/updates_due.py"/>
        <source>Every action that should report has an update for {0}.</source>
        <translation>Chaque action qui doit rendre compte a une mise à jour pour {0}.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/updates_due.py"/>
        <source>Puts a polite reminder listing these actions on the clipboard.</source>
        <translation>Place dans le presse-papiers un rappel courtois qui énumère ces actions.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/updates_due.py"/>
        <source>The reminder is on the clipboard: paste it into an e-mail.</source>
        <translation>Le rappel est dans le presse-papiers : collez-le dans un courriel.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/updates_due.py"/>
        <source>Updates due for {0}</source>
        <translation>Mises à jour attendues pour {0}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/updates_due.py"/>
        <source>{0} action(s) from {1} lead partner(s) should report for {2} and have no update yet.</source>
        <translation>{0} action(s) de {1} partenaire(s) responsable(s) doivent rendre compte pour {2} et n’ont pas encore de mise à jour.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../lipplanner/ui/welcome.py"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Nouveau plan…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/welcome.py"/>
        <source>&amp;Open a plan…</source>
        <translation>&amp;Ouvrir un plan…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/welcome.py"/>
        <source>&amp;Try the Riverside demo</source>
        <translation>&amp;Essayer la démo Riverside</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/welcome.py"/>
        <source>Keep your partnership&apos;s strategic plan, follow each partner&apos;s progress every quarter, and hand your funder a tidy report.</source>
        <translation>Tenez le plan stratégique de votre partenariat, suivez les progrès de chaque partenaire chaque trimestre et remettez à votre bailleur de fonds un rapport soigné.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/welcome.py"/>
        <source>No recent plans yet.</source>
        <translation>Aucun plan récent pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/welcome.py"/>
        <source>Opens a fresh copy of a complete fictional plan to explore</source>
        <translation>Ouvre une nouvelle copie d’un plan fictif complet à explorer</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/welcome.py"/>
        <location filename="../../lipplanner/ui/welcome.py"/>
        <source>Recent plans</source>
        <translation>Plans récents</translation>
    </message>
</context>
<context>
    <name>_CodedForm</name>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>%d action(s)</source>
        <translation type="vanished">%d action(s)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>%d overdue</source>
        <translation>%d en retard</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>%d without an update this period</source>
        <translation>%d sans mise à jour pour cette période</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>%s complete</source>
        <translation>%s réalisé</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>A code is required.</source>
        <translation>Un code est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>A title is required.</source>
        <translation>Un titre est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>At most 200 characters.</source>
        <translation>200 caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Optional: the French title</source>
        <translation>Facultatif : le titre en français</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Title (&amp;French):</source>
        <translation>Titre en &amp;français :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/forms.py"/>
        <source>Use only letters, digits, dots, dashes and underscores (like A1.2).</source>
        <translation>N’utilisez que des lettres, des chiffres, des points, des tirets et des traits de soulignement (comme A1.2).</translation>
    </message>
</context>
<context>
    <name>_NamesPage</name>
    <message>
        <location filename="../../lipplanner/ui/dialogs/new_plan.py"/>
        <source>&amp;LIP name:</source>
        <translation>Nom du &amp;PLI :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/new_plan.py"/>
        <source>A complete fictional plan to explore; the names below are then not used</source>
        <translation>Un plan fictif complet à explorer; les noms ci-dessous ne sont alors pas utilisés</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/new_plan.py"/>
        <source>LIP name</source>
        <translation>Nom du PLI</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/new_plan.py"/>
        <source>LIP name (&amp;French):</source>
        <translation>Nom du PLI en &amp;français :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/new_plan.py"/>
        <source>LIP name in French</source>
        <translation>Nom du PLI en français</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/new_plan.py"/>
        <source>Riverside LIP</source>
        <translation>PLI de Riverside</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/new_plan.py"/>
        <source>Start from the &amp;Riverside example plan</source>
        <translation>Partir du plan d’exemple &amp;Riverside</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/new_plan.py"/>
        <source>The names appear on reports; French names are optional.</source>
        <translation>Les noms figurent dans les rapports; les noms en français sont facultatifs.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/new_plan.py"/>
        <source>Your partnership</source>
        <translation>Votre partenariat</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/new_plan.py"/>
        <source>e.g. Riverside Local Immigration Partnership</source>
        <translation>p. ex. Partenariat local en matière d’immigration de Riverside</translation>
    </message>
</context>
<context>
    <name>_PlanPage</name>
    <message>
        <location filename="../../lipplanner/ui/dialogs/new_plan.py"/>
        <source>&amp;First fiscal year:</source>
        <translation>&amp;Premier exercice financier :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/new_plan.py"/>
        <source>&amp;Last fiscal year:</source>
        <translation>&amp;Dernier exercice financier :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/new_plan.py"/>
        <source>A local settlement strategy usually covers 3 to 5 fiscal years (April–March).</source>
        <translation>Une stratégie locale d’établissement couvre habituellement de 3 à 5 exercices financiers (avril à mars).</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/new_plan.py"/>
        <source>First fiscal year</source>
        <translation>Premier exercice financier</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/new_plan.py"/>
        <source>Last fiscal year</source>
        <translation>Dernier exercice financier</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/new_plan.py"/>
        <source>Plan &amp;title:</source>
        <translation>&amp;Titre du plan :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/new_plan.py"/>
        <source>Plan title</source>
        <translation>Titre du plan</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/new_plan.py"/>
        <source>Plan title (F&amp;rench):</source>
        <translation>Titre du plan en f&amp;rançais :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/new_plan.py"/>
        <source>Plan title in French</source>
        <translation>Titre du plan en français</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/new_plan.py"/>
        <source>Your plan</source>
        <translation>Votre plan</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/new_plan.py"/>
        <source>e.g. Settlement Strategy 2025–2028</source>
        <translation>p. ex. Stratégie d’établissement 2025–2028</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/new_plan.py"/>
        <source>⚠ The last fiscal year comes before the first.</source>
        <translation>⚠ Le dernier exercice financier précède le premier.</translation>
    </message>
</context>
<context>
    <name>bilingual</name>
    <message>
        <location filename="../../lipplanner/ui/bilingual.py"/>
        <source>English: %1</source>
        <translation>Anglais : %1</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/bilingual.py"/>
        <source>French: %1</source>
        <translation>Français : %1</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/bilingual.py"/>
        <source>No English name yet</source>
        <translation>Pas encore de nom en anglais</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/bilingual.py"/>
        <source>No French name yet</source>
        <translation>Pas encore de nom en français</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../lipplanner/ui/dialogs/editing.py"/>
        <source>%s was changed by someone else (or in another window) since you opened it.</source>
        <translation>%s a été modifié par quelqu’un d’autre (ou dans une autre fenêtre) depuis que vous l’avez ouvert.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/editing.py"/>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/editing.py"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/editing.py"/>
        <source>Keep mine</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/editing.py"/>
        <source>Keep theirs</source>
        <translation>Garder leur version</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/editing.py"/>
        <source>Keep theirs: show their version and drop your edits.
Keep mine: save your edits over theirs.</source>
        <translation>Garder leur version : afficher leur version et abandonner vos modifications.
Garder ma version : enregistrer vos modifications par-dessus les leurs.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../lipplanner/ui/errors.py"/>
        <source>Details were saved to %s.</source>
        <translation>Les détails ont été enregistrés dans %s.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/errors.py"/>
        <source>LIP Planner hit an unexpected problem. Your plan is safe: every change was saved as it was made. You can keep working.</source>
        <translation>LIP Planner a rencontré un problème inattendu. Votre plan est en sécurité : chaque modification a été enregistrée au moment où elle a été faite. Vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/errors.py"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
</context>
<context>
    <name>file_choice</name>
    <message>
        <location filename="../../lipplanner/ui/dialogs/file_choice.py"/>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Classeurs Excel (*.xlsx *.xlsm);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../lipplanner/ui/i18n.py"/>
        <source>Q%1</source>
        <comment>quarter of a fiscal year, as in Q3</comment>
        <translation type="vanished">T%1</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/i18n.py"/>
        <source>Q%1 %2</source>
        <comment>a quarter of a fiscal year: Q3 2025-26</comment>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/i18n.py"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>i18n_actions</name>
    <message>
        <location filename="../../lipplanner/ui/i18n_actions.py"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/i18n_actions.py"/>
        <source>Interface language, your name for the change history, backups</source>
        <translation>Langue de l’interface, votre nom pour l’historique des modifications, sauvegardes</translation>
    </message>
</context>
<context>
    <name>import_actions</name>
    <message>
        <location filename="../../lipplanner/ui/import_actions.py"/>
        <source>Import a plan</source>
        <translation>Importer un plan</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/import_actions.py"/>
        <source>Import a plan…</source>
        <translation>Importer un plan…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/import_actions.py"/>
        <source>Import partner updates</source>
        <translation>Importer les mises à jour des partenaires</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/import_actions.py"/>
        <source>Import partner updates…</source>
        <translation>Importer les mises à jour des partenaires…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/import_actions.py"/>
        <source>Import the plan from {file}</source>
        <translation>Importer le plan depuis {file}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/import_actions.py"/>
        <source>Imported {actions} actions from {file} into the new plan {plan}.</source>
        <translation>{actions} actions importées depuis {file} dans le nouveau plan {plan}.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/import_actions.py"/>
        <source>Imported {actions} actions from {file}; Undo takes them back.</source>
        <translation>{actions} actions importées depuis {file} ; Annuler les reprend.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/import_actions.py"/>
        <source>New plan from spreadsheet</source>
        <translation type="vanished">Nouveau plan à partir d’un classeur</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/import_actions.py"/>
        <source>New plan from spreadsheet…</source>
        <translation type="vanished">Nouveau plan à partir d’un classeur…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/import_actions.py"/>
        <source>Not sent: actions without a lead partner ({codes}).</source>
        <translation>Non envoyées : actions sans partenaire responsable ({codes}).</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/import_actions.py"/>
        <source>Partner update workbooks</source>
        <translation>Classeurs de mise à jour des partenaires</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/import_actions.py"/>
        <source>Partner update workbooks…</source>
        <translation>Classeurs de mise à jour des partenaires…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/import_actions.py"/>
        <source>Plans in a spreadsheet or Word file (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.docx);;All files (*)</source>
        <translation>Plans dans un classeur ou un fichier Word (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/import_actions.py"/>
        <source>Save import template</source>
        <translation>Enregistrer le modèle d’importation</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/import_actions.py"/>
        <source>Save import template…</source>
        <translation>Enregistrer le modèle d’importation…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/import_actions.py"/>
        <source>Saved the import template to {path}</source>
        <translation>Modèle d’importation enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/import_actions.py"/>
        <source>Wrote {n} workbook(s) in {folder}:</source>
        <translation>{n} classeur(s) produit(s) dans {folder} :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/import_actions.py"/>
        <source>{file}: {n} actions</source>
        <translation>{file} : {n} actions</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/import_actions.py"/>
        <source>“{file}” already exists; choose a new file name.</source>
        <translation>« {file} » existe déjà ; choisissez un autre nom de fichier.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../lipplanner/ui/labels.py"/>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/labels.py"/>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/labels.py"/>
        <source>Council</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/labels.py"/>
        <source>Identified</source>
        <translation>Repérée</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/labels.py"/>
        <source>Immediate outcome</source>
        <translation>Résultat immédiat</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/labels.py"/>
        <source>Intermediate outcome</source>
        <translation>Résultat intermédiaire</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/labels.py"/>
        <source>Not pursued</source>
        <translation>Non retenue</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/labels.py"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/labels.py"/>
        <source>Output</source>
        <translation>Extrant</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/labels.py"/>
        <source>Piloting</source>
        <translation>Projet pilote</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/labels.py"/>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/labels.py"/>
        <source>Shared with others</source>
        <translation>Partagée avec d’autres</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/labels.py"/>
        <source>Ultimate outcome</source>
        <translation>Résultat ultime</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/labels.py"/>
        <source>Under review</source>
        <translation>À l’étude</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/labels.py"/>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/labels.py"/>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/labels.py"/>
        <source>body</source>
        <translation type="vanished">instance</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/labels.py"/>
        <source>objective</source>
        <translation>objectif</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/labels.py"/>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/labels.py"/>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/labels.py"/>
        <source>promising practice</source>
        <translation>pratique prometteuse</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/labels.py"/>
        <source>working group or committee</source>
        <translation>groupe de travail ou comité</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>%d action(s)</source>
        <translation type="vanished">%d action(s)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>%d action(s) it leads</source>
        <translation type="vanished">%d action(s) dont il est responsable</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>%d action(s) it supports</source>
        <translation type="vanished">%d action(s) qu’il soutient</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>%d body(ies) under it</source>
        <translation type="vanished">%d instance(s) qui en relèvent</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>%d contact(s)</source>
        <translation type="vanished">%d personne(s)-ressource(s)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>%d indicator(s)</source>
        <translation type="vanished">%d indicateur(s)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>%d objective(s)</source>
        <translation type="vanished">%d objectif(s)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>%d priority(ies) it owns</source>
        <translation type="vanished">%d priorité(s) dont il a la charge</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>%d progress update(s)</source>
        <translation type="vanished">%d mise(s) à jour des progrès</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>%d value(s)</source>
        <translation type="vanished">%d valeur(s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>%n action(s) it leads</source>
        <translation>
            <numerusform>%n action dont il est responsable</numerusform>
            <numerusform>%n actions dont il est responsable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>%n action(s) it supports</source>
        <translation>
            <numerusform>%n action qu’il soutient</numerusform>
            <numerusform>%n actions qu’il soutient</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicateur</numerusform>
            <numerusform>%n indicateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n objectif</numerusform>
            <numerusform>%n objectifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>%n priority(ies) it owns</source>
        <translation>
            <numerusform>%n priorité dont il a la charge</numerusform>
            <numerusform>%n priorités dont il a la charge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>%n progress update(s)</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n valeur</numerusform>
            <numerusform>%n valeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>%n working group(s) or committee(s) under it</source>
        <translation>
            <numerusform>%n groupe de travail ou comité qui en relève</numerusform>
            <numerusform>%n groupes de travail ou comités qui en relèvent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>Add %s %s</source>
        <translation>Ajout : %s %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>Delete %s</source>
        <translation>Supprimer : %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>Delete %s %s</source>
        <translation>Suppression : %s %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>Delete %s %s and everything in it?</source>
        <translation>Supprimer « %s %s » et tout son contenu?</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>It is linked to %s; those links are removed.</source>
        <translation>Cet élément est lié à %s; ces liens seront retirés.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>Move %s</source>
        <translation>Déplacer %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>Move %s to %s</source>
        <translation>Déplacement de %s vers %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>New action under %s</source>
        <translation>Nouvelle action sous %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>New objective under %s</source>
        <translation>Nouvel objectif sous %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>New priority</source>
        <translation>Nouvelle priorité</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>New promising practice</source>
        <translation>Nouvelle pratique prometteuse</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>New working group or committee</source>
        <translation>Nouveau groupe de travail ou comité</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>Objective:</source>
        <translation>Objectif :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>Organisation name</source>
        <translation>Nom de l’organisme</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>Priority:</source>
        <translation>Priorité :</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>Reorder %s</source>
        <translation>Réordonner %s</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>There is nowhere else to move it.</source>
        <translation>Il n’y a aucun autre endroit où le déplacer.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>This also deletes %s. You can undo it with Ctrl+Z.</source>
        <translation>Cela supprime aussi %s. Vous pourrez l’annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/operations.py"/>
        <location filename="../../lipplanner/ui/operations.py"/>
        <location filename="../../lipplanner/ui/operations.py"/>
        <location filename="../../lipplanner/ui/operations.py"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <location filename="../../lipplanner/ui/views/progress_common.py"/>
        <source>A percent complete is 0 to 100, not {0}.</source>
        <translation>Un pourcentage d&apos;avancement va de 0 à 100, pas {0}.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_common.py"/>
        <source>Completed, yet only {0} done: check the status or the percent (a completed action counts as {1} done).</source>
        <translation>Terminée, mais seulement {0} réalisé : vérifiez le statut ou le pourcentage (une action terminée compte pour {1}).</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Decrease (lower is better)</source>
        <translation>Diminuer (plus bas est mieux)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Increase (higher is better)</source>
        <translation>Augmenter (plus haut est mieux)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Maintain (stay at the target)</source>
        <translation>Maintenir (rester à la cible)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_common.py"/>
        <source>Not started, yet {0} done: check the status or the percent.</source>
        <translation>Pas commencée, mais {0} réalisé : vérifiez le statut ou le pourcentage.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Once</source>
        <translation>Une fois</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_common.py"/>
        <source>Progress is recorded per quarter: choose a quarter (for example {0}) in the reporting period selector.</source>
        <translation>Les progrès s’inscrivent par trimestre : choisissez un trimestre (par exemple {0}) dans le sélecteur de période de rapport.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_common.py"/>
        <source>Progress is recorded per quarter: choose a quarter (for example {0}-Q1) in the reporting period selector.</source>
        <translation type="vanished">Les progrès s’inscrivent par trimestre : choisissez un trimestre (par exemple {0}-T1) dans le sélecteur de période de rapport.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_entry.py"/>
        <source>Progress of {0} for {1}</source>
        <translation>Progrès de {0} pour {1}</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Quarterly</source>
        <translation>Trimestrielle</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_common.py"/>
        <source>The period {0} is outside the plan&apos;s years ({1} to {2}).</source>
        <translation>La période {0} est en dehors des années du plan ({1} à {2}).</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Twice a year</source>
        <translation>Deux fois par année</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/progress_common.py"/>
        <source>Type a number like {0} or {1}.</source>
        <translation>Tapez un nombre comme {0} ou {1}.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>Yearly</source>
        <translation>Annuelle</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/indicators.py"/>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
</context>
<context>
    <name>progress_views</name>
    <message>
        <location filename="../../lipplanner/ui/progress_views.py"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/progress_views.py"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/progress_views.py"/>
        <source>Progress entry</source>
        <translation>Saisie des progrès</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/progress_views.py"/>
        <source>Updates due</source>
        <translation>Mises à jour attendues</translation>
    </message>
</context>
<context>
    <name>rollover</name>
    <message>
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <source>Start fiscal year %1</source>
        <translation>Commencer l’exercice financier %1</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <source>Start next fiscal year</source>
        <translation>Commencer l’exercice financier suivant</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/dialogs/rollover.py"/>
        <source>This plan is open read-only.</source>
        <translation>Ce plan est ouvert en lecture seule.</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <location filename="../../lipplanner/ui/safety_actions.py"/>
        <source>Backups are kept for plan files. Open a plan file first.</source>
        <translation>Les sauvegardes sont conservées pour les fichiers de plan. Ouvrez d’abord un fichier de plan.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/safety_actions.py"/>
        <source>Connect to shared database…</source>
        <translation>Se connecter à une base de données partagée…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/safety_actions.py"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/safety_actions.py"/>
        <source>Copy made</source>
        <translation>Copie faite</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/safety_actions.py"/>
        <source>Copy plan to file</source>
        <translation>Copier le plan dans un fichier</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/safety_actions.py"/>
        <source>Copy plan to file…</source>
        <translation>Copier le plan dans un fichier…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/safety_actions.py"/>
        <source>Copy plan to server</source>
        <translation>Copier le plan sur un serveur</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/safety_actions.py"/>
        <source>Copy plan to server…</source>
        <translation>Copier le plan sur un serveur…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/safety_actions.py"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/safety_actions.py"/>
        <source>LIP Planner plans (*.lip)</source>
        <translation>Plans LIP Planner (*.lip)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/safety_actions.py"/>
        <source>Open the copy now?</source>
        <translation>Ouvrir la copie maintenant?</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/safety_actions.py"/>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/safety_actions.py"/>
        <source>Restore from backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/safety_actions.py"/>
        <source>The plan was copied to the server.</source>
        <translation>Le plan a été copié sur le serveur.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/safety_actions.py"/>
        <source>The plan was copied to “%1”.</source>
        <translation>Le plan a été copié dans « %1 ».</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/safety_actions.py"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
</context>
<context>
    <name>submissions</name>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Added</source>
        <translation>Ajouté au rapport</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Lead partner</source>
        <translation>Partenaire responsable</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>No longer in the report</source>
        <translation>Ne figure plus dans le rapport</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Number of actions</source>
        <translation>Nombre d’actions</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Overdue actions</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Percent complete</source>
        <translation>Pourcentage réalisé</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Record %1 as submitted</source>
        <translation>Inscription de %1 comme soumis</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Record as submitted</source>
        <translation>Inscrire comme soumis</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Save a copy of the submitted report</source>
        <translation>Enregistrer une copie du rapport soumis</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Whole plan</source>
        <translation>Plan entier</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/views/submissions.py"/>
        <source>“%1” could not be read: %2.</source>
        <translation>« %1 » n’a pas pu être lu : %2.</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../lipplanner/ui/undo.py"/>
        <source>Someone else changed this item since you opened it.</source>
        <translation type="vanished">Quelqu’un d’autre a modifié cet élément depuis que vous l’avez ouvert.</translation>
    </message>
</context>
<context>
    <name>yearly</name>
    <message>
        <location filename="../../lipplanner/ui/yearly_actions.py"/>
        <source>Close the finished actions and carry the others into next year&apos;s action plan.</source>
        <translation>Clore les actions terminées et reporter les autres dans le plan d’action de l’exercice suivant.</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/yearly_actions.py"/>
        <source>Start next &amp;fiscal year…</source>
        <translation>Commencer l’&amp;exercice financier suivant…</translation>
    </message>
    <message>
        <location filename="../../lipplanner/ui/yearly_actions.py"/>
        <source>Submitted reports</source>
        <translation>Rapports soumis</translation>
    </message>
</context>
</TS>
