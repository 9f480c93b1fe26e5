## Groupes de travail

nav-groups = Groupes de travail
kind-group = Groupe de travail
kind-output = Publication de groupe
field-group-name = Nom
field-charter = Mandat
field-visibility = Qui peut voir le groupe
field-quorum = Approbations requises

groups-title = Groupes de travail
groups-lead = Les membres de la coalition rédigent ensemble guides, programmes et notes de position sur des thèmes choisis. Ce qu’un groupe approuve est publié ici pour tous.
groups-empty = Aucun groupe de travail visible pour vous pour l’instant.
groups-outputs = Publications approuvées
group-new = Créer un groupe de travail
group-create = Créer le groupe
group-field-name = Nom
group-field-theme = Thème
group-field-charter = Mandat
group-hint-charter = Sur quoi le groupe travaille, comment et jusqu’à quand. Markdown ; le premier paragraphe sert de résumé dans la liste des groupes.
group-field-visibility = Qui peut voir le groupe
group-field-quorum = Approbations requises
group-hint-quorum = Combien de membres doivent approuver une révision avant sa publication au nom du groupe (de 1 à 50).
group-visibility-public = Public
group-visibility-members = Membres du hub uniquement
group-visibility-private = Réservé au groupe
group-member-count = { $count ->
    [0] Aucun membre
    [one] 1 membre
   *[other] { $count } membres
}
group-latest-activity = dernière activité le { $date }
group-led-by = Animé par { $organisations }
group-endorsed-by = Approuvé par le groupe de travail { $group } le { $date }
group-approved-by = Approuvé par { $names }
group-output-revision = révision { $number }
group-badge-endorsed = Approuvé

group-charter = Mandat
group-you-are-lead = Vous animez ce groupe.
group-you-are-member = Vous êtes membre de ce groupe.
group-leave = Quitter le groupe
group-request-pending = Vous avez demandé à rejoindre le groupe ; un animateur vous répondra.
group-invited = Un animateur vous invite à rejoindre ce groupe.
group-accept-invitation = Accepter l’invitation
group-decline-invitation = Refuser
group-ask-to-join = Demander à rejoindre
group-sign-in-to-join = Connectez-vous pour demander à rejoindre
group-documents = Documents
group-documents-empty = Le groupe n’a encore aucun document.
group-field-document-title = Titre d’un nouveau document
group-field-document-language = Langue du document
group-document-language = Langue :
group-field-title = Titre
group-rename-title = Renommer le document
group-rename-hint = Modifiez le titre à mesure que le document évolue ; une traduction reçoit un titre dans sa propre langue.
group-rename = Enregistrer le titre
group-create-document = Créer le document
group-updated-on = mis à jour le { $date }
group-activity = Activité récente
group-activity-empty = Rien pour l’instant.
group-activity-edit = a modifié
group-activity-merge = a modifié (fusion)
group-activity-restore = a rétabli une version antérieure de
group-activity-endorsed = publié après approbation
group-members = Membres
group-pending = En attente de réponse
group-role-lead = animateur
group-role-member = membre
group-standing-requested = a demandé à rejoindre
group-standing-invited = invité
group-action-accept = Accepter { $name }
group-action-decline = Refuser { $name }
group-action-withdraw = Retirer l’invitation de { $name }
group-action-make-lead = Nommer { $name } animateur
group-action-make-member = Faire de { $name } un membre
group-action-remove = Retirer { $name }
group-field-invite = Inviter quelqu’un
group-hint-invite = L’adresse électronique de son compte sur le hub.
group-invite = Inviter
group-settings = Paramètres du groupe
group-save-settings = Enregistrer les paramètres

group-history = Historique
group-revision-line = Révision { $number } · { $kind } · { $author } · { $date }
group-kind-edit = modification
group-kind-merge = modification fusionnée
group-kind-conflict = conflit
group-kind-restore = rétablissement
group-open-conflicts = Certaines de vos modifications chevauchent celles de quelqu’un d’autre et ne sont pas encore dans le texte. Réconciliez-les :
group-document-empty = Ce document n’a pas encore de texte. Écrivez la première version ci-dessous.
group-also-editing = Modifient aussi en ce moment : { $names }
group-current-text = Texte actuel
group-edit = Modifier
group-field-body = Texte
group-hint-body = Markdown, un paragraphe par ligne. Les modifications de paragraphes différents sont fusionnées avec celles des autres ; celles d’un même paragraphe vous sont gardées pour réconciliation.
group-your-changes = Vos modifications
group-no-changes = Aucune modification pour l’instant.
group-changes-failed = Vos modifications ne peuvent pas être comparées pour l’instant ; votre texte est en sécurité.
group-field-note = Ce qui a changé (facultatif)
group-hint-note = Quelques mots pour l’historique.
group-save = Enregistrer
group-show-changes = Voir mes modifications
group-endorsement = Approbation
group-published-revision = La révision { $number } est publiée au nom du groupe depuis le { $date }.
group-read-output = La lire
group-endorsement-count = La révision { $number } est proposée à l’approbation : { $count } sur { $quorum } requises ({ $members } membres).
group-endorsed-so-far = Approuvée par { $names }.
group-endorse = Approuver la révision { $number }
group-propose-hint = Quand le texte est prêt, proposez-le : il est publié dès qu’assez de membres approuvent cette révision précise. Toute modification ultérieure redemande les approbations.
group-propose = Proposer la révision { $number } à l’approbation
group-not-proposed = Le texte actuel n’est pas proposé à l’approbation.

group-history-of = Historique de { $title }
group-history-caption = Toutes les révisions, de la plus récente à la plus ancienne. Les conflits sont gardés à côté du texte, jamais par-dessus.
group-col-revision = Révision
group-col-kind = Type
group-col-author = Par
group-col-note = Note
group-col-saved = Enregistrée
group-col-actions = Actions
group-current = actuelle
group-compare = Comparer
group-compare-from = De la révision
group-compare-to = À la révision
group-compare-previous = Modifications
group-restore = Rétablir la révision { $number }
group-restore-note = Révision { $number } rétablie
group-compare-title = Modifications de la révision { $from } à la révision { $to }
group-diff-added = ajouté
group-diff-removed = supprimé
group-no-difference = Les deux révisions ont le même texte.
group-revision-title = Révision { $number } de { $title }
group-conflict-explained = Vos modifications chevauchent celles que quelqu’un a enregistrées pendant que vous écriviez. Rien n’est perdu : votre texte est gardé ici et le texte actuel n’a pas changé. Réconciliez les deux ci-dessous.
group-conflict-current = Texte actuel
group-conflict-yours = Votre texte
group-conflict-difference = En quoi votre texte diffère du texte actuel
group-diff-yours = seulement dans le vôtre
group-diff-theirs = seulement dans le texte actuel
group-conflict-resolve = Réconcilier
group-conflict-resolve-hint = Modifiez votre texte pour qu’il garde ce dont l’autre modification a besoin, puis enregistrez-le comme nouvelle version.
group-conflict-save = Enregistrer le texte réconcilié
group-resolve-note = Conflit { $number } réconcilié

notice-group-created = Le groupe est créé. Vous l’animez.
notice-group-join-asked = Votre demande est transmise aux animateurs du groupe.
notice-group-joined = Bienvenue dans le groupe.
notice-group-invitation-declined = Vous avez refusé l’invitation.
notice-group-left = Vous avez quitté le groupe.
notice-group-invited = L’invitation est envoyée.
notice-group-member-changed = Les membres sont à jour.
notice-group-settings-saved = Les paramètres sont enregistrés.
notice-group-document-created = Le document est créé. Écrivez sa première version.
notice-group-saved = Vos modifications sont enregistrées.
notice-group-merged = Quelqu’un a enregistré des modifications pendant que vous écriviez ; elles portaient sur d’autres paragraphes, les deux sont donc dans le texte.
notice-group-conflict = Vos modifications chevauchent celles de quelqu’un d’autre. Votre texte est gardé dans cette révision ; réconciliez-le ci-dessous.
notice-group-proposed = La révision est proposée à l’approbation.
notice-group-endorsed = Votre approbation est enregistrée.
notice-group-published = Votre approbation complète le quorum : la révision est publiée au nom du groupe.
notice-group-restored = La révision antérieure est rétablie comme texte actuel.

group-error-quorum = Saisissez un nombre de 1 à 50.
group-error-last-lead = Un groupe a besoin d’au moins un animateur : nommez d’abord quelqu’un d’autre.
group-error-no-account = Personne n’a de compte avec cette adresse. Cette personne peut d’abord demander à rejoindre le hub.
group-error-already-member = Cette personne est déjà dans le groupe ou invitée.
group-error-not-head = Le texte a changé depuis que vous l’avez ouvert : lisez d’abord la version actuelle.
group-error-translate-members = Seuls les membres de ce groupe de travail peuvent traduire ses documents : demandez d’abord à rejoindre le groupe.
group-diff-source = Les modifications dans la source Markdown

mail-group-invite-subject = Une invitation au groupe de travail { $group }
mail-group-invite-body = { $name } vous invite à rejoindre le groupe de travail « { $group } » sur Coalition Hub.

    Connectez-vous et acceptez l’invitation sur la page du groupe :
    { $link }
mail-group-request-subject = { $name } demande à rejoindre { $group }
mail-group-request-body = { $name } demande à rejoindre le groupe de travail « { $group } », que vous animez sur Coalition Hub.

    Acceptez ou refusez la demande sur la page du groupe :
    { $link }
mail-group-accepted-subject = Bienvenue dans le groupe de travail { $group }
mail-group-accepted-body = { $name } a accepté votre demande : vous êtes désormais membre du groupe de travail « { $group } » sur Coalition Hub.

    { $link }
