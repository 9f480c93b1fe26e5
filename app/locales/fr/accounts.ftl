## Comptes, annuaire des membres et pages d'administration

nav-members = Membres
nav-sign-in = Se connecter
nav-sign-out = Se déconnecter
nav-account = Votre compte
nav-admin = Administration
nav-join = Demander à rejoindre

form-problems-title = Il y a un problème
choose = Choisir…
save = Enregistrer

field-email = Adresse e-mail
field-password = Mot de passe
field-new-password = Nouveau mot de passe
field-current-password = Mot de passe actuel
field-name = Nom complet
field-job-title = Fonction (facultatif)
field-listed = Afficher mon nom sur la page publique de mon organisation
field-organisation-name = Nom de l'organisation
field-organisation = Organisation
field-group = Groupe de parties prenantes
field-country = Pays
field-website = Site web (facultatif)
field-motivation = Pourquoi souhaitez-vous rejoindre la coalition ?
field-description = Brève description
field-logo = Logo (facultatif)
field-role = Rôle
field-decline-reason = Motif du refus (envoyé à la personne de contact)
password-hint = Au moins 12 caractères. Quelques mots sans rapport entre eux font un mot de passe solide et facile à retenir.
website-hint = L'adresse complète, commençant par https://
motivation-hint = Quelques phrases sur le travail de votre organisation en faveur des capacités numériques des administrations publiques.
logo-hint = PNG, JPEG, WebP ou GIF, 2 Mo maximum. Le logo est redimensionné pour tenir dans 256 × 256 pixels.

error-required = Remplissez ce champ.
error-too-long = Ce texte est trop long.
error-email = Saisissez une adresse e-mail, par exemple nom@example.org.
error-email-taken = Un compte existe déjà avec cette adresse e-mail.
error-password-short = Utilisez au moins 12 caractères.
error-password-long = Utilisez au maximum 128 caractères.
error-password-wrong = Votre mot de passe actuel n'est pas correct.
error-sign-in-failed = L'adresse e-mail ou le mot de passe n'est pas correct.
error-website = Saisissez une adresse web complète, commençant par https://
error-choose-group = Choisissez un groupe de parties prenantes.
error-choose-role = Choisissez un rôle.
error-choose-organisation = Choisissez une organisation dans la liste.
error-country-unknown = Choisissez un pays dans la liste.
error-own-role = Vous ne pouvez pas retirer votre propre rôle d'administrateur.
error-link-unknown = Ce lien n'est pas valide. Vérifiez que vous l'avez copié en entier.
error-link-used = Ce lien a déjà été utilisé. Chaque lien ne fonctionne qu'une seule fois.
error-link-expired = Ce lien a expiré.
error-logo-too-big = Le logo dépasse 2 Mo.
error-logo-type = Le logo doit être une image PNG, JPEG, WebP ou GIF.
error-logo-unreadable = Le fichier du logo n'a pas pu être lu comme une image.

notice-signed-in = Vous êtes connecté.
notice-signed-out = Vous êtes déconnecté.
notice-password-changed = Votre mot de passe a été modifié. Toutes vos autres sessions ont été déconnectées.
notice-profile-saved = Votre profil a été enregistré.
notice-session-revoked = Cette session a été déconnectée.
notice-reset-sent = Si un compte utilise cette adresse, nous lui avons envoyé un lien pour choisir un nouveau mot de passe. Le lien est valable une heure.
notice-join-sent = Merci. Votre demande a été envoyée ; un administrateur vous répondra par e-mail.
notice-invitation-sent = L'invitation a été envoyée.
notice-request-accepted = La demande est acceptée : l'organisation a été créée et sa personne de contact a été invitée.
notice-request-declined = La demande est refusée et la personne de contact a été informée du motif.
notice-organisation-saved = L'organisation a été enregistrée.
notice-role-changed = Enregistré. Si le rôle a changé, la personne doit se reconnecter pour en bénéficier.
notice-welcome = Bienvenue sur le Coalition Hub. Votre compte est prêt.

sign-in-title = Se connecter
sign-in-submit = Se connecter
sign-in-forgot = Mot de passe oublié ?
sign-in-no-account = Pas encore de compte ? Les comptes sont réservés aux personnes des organisations membres.
sign-in-already = Vous êtes connecté en tant que { $name }.

forgot-title = Choisir un nouveau mot de passe
forgot-lead = Saisissez l'adresse e-mail de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = Envoyer le lien

reset-title = Choisir un nouveau mot de passe
reset-submit = Enregistrer le nouveau mot de passe
reset-again = Demander un nouveau lien

invitation-title = Accepter votre invitation
invitation-lead = Vous êtes invité à rejoindre le Coalition Hub avec l'adresse { $email } et le rôle { $role }. Choisissez votre nom et un mot de passe pour terminer.
invitation-lead-org = Vous êtes invité à rejoindre le Coalition Hub avec l'adresse { $email }, pour { $organisation }, avec le rôle { $role }. Choisissez votre nom et un mot de passe pour terminer.
invitation-submit = Créer mon compte
invitation-again = Demander une nouvelle invitation à un administrateur

account-title = Votre compte
account-sign-in = Connectez-vous pour voir cette page.
account-role = Rôle
account-organisation = Organisation
account-no-organisation = Aucune organisation
account-profile = Profil
account-password = Mot de passe
account-change-password = Modifier le mot de passe
account-sessions = Vos sessions ouvertes
session-current = (ce navigateur)
session-unknown-browser = Navigateur inconnu
session-meta = Adresse { $address } · connexion le { $created } · dernière activité le { $seen }
session-revoke = Déconnecter cette session
session-sign-out = Se déconnecter ici

role-member = Membre
role-editor = Éditeur
role-admin = Administrateur

members-title = Membres
members-lead = Les gouvernements, écoles d'administration publique, organisations internationales, universités, organisations de la société civile et entreprises qui composent la coalition.
members-filters = Filtrer les membres
members-count = { $count ->
    [0] Aucune organisation
    [one] 1 organisation
   *[other] { $count } organisations
}
members-empty = Aucune organisation membre ne correspond à ces filtres.
filter-group = Groupe de parties prenantes
filter-country = Pays
filter-region = Région
filter-any = Indifférent
filter-apply = Afficher
filter-clear = Effacer les filtres

group-government = Gouvernement
group-school-of-public-administration = École d'administration publique
group-international-organisation = Organisation internationale ou intergouvernementale
group-academia = Milieu universitaire
group-civil-society = Société civile
group-private-sector = Secteur privé
group-media = Médias
group-technical-community = Communauté technique

region-africa = Afrique
region-americas = Amériques
region-asia = Asie
region-europe = Europe
region-oceania = Océanie
region-antarctica = Antarctique

org-people = Personnes
org-people-empty = Aucune personne de cette organisation n'apparaît encore ici.
org-logo-alt = Logo de { $name }
org-current-logo = Logo actuel
org-edit = Modifier cette organisation

join-title = Demander à rejoindre la coalition
join-lead = Les organisations qui travaillent sur les compétences des agents publics en matière de numérique et d'IA sont les bienvenues. Un administrateur lit chaque demande et y répond par e-mail.
join-organisation = Votre organisation
join-contact = Personne de contact
join-submit = Envoyer la demande

admin-title = Administration
admin-join-requests = Demandes d'adhésion
admin-invite = Inviter une personne
admin-new-organisation = Ajouter une organisation
admin-people = Personnes et rôles
admin-audit = Journal d'audit
join-requests-empty = Aucune demande pour l'instant.
request-pending = En attente
request-accepted = Acceptée
request-declined = Refusée
request-contact = Contact : { $name } ({ $email })
request-declined-because = Refusée : { $reason }
request-accept = Accepter et inviter la personne de contact
request-decline = Refuser
invite-submit = Envoyer l'invitation
field-invitation-lang = Langue du courriel d’invitation
person-sessions = { $count ->
    [0] aucune session ouverte
    [one] 1 session ouverte
   *[other] { $count } sessions ouvertes
}
audit-when = Date
audit-who = Auteur
audit-what = Action
audit-target = Objet
audit-detail = Détails
audit-from = Origine
audit-command-line = ligne de commande

mail-reset-subject = Choisissez un nouveau mot de passe pour le Coalition Hub
mail-reset-body = Bonjour { $name },

    Quelqu'un, probablement vous, a demandé à choisir un nouveau mot de passe pour votre compte Coalition Hub.
    Ouvrez ce lien dans l'heure qui suit pour le faire :

    { $link }

    Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.
mail-invite-subject = Invitation à rejoindre le Coalition Hub ({ $organisation })
mail-invite-body = Bonjour,

    { $inviter } vous invite à rejoindre le Coalition Hub, pour { $organisation }.
    Ouvrez ce lien dans les sept jours pour choisir votre nom et un mot de passe :

    { $link }

    Ce lien ne fonctionne qu'une seule fois. Si vous n'attendiez pas ce message, ignorez-le.
mail-declined-subject = Votre demande d'adhésion au Coalition Hub
mail-declined-body = Bonjour { $name },

    Nous vous remercions de l'intérêt que { $organisation } porte à la coalition. Nous ne pouvons pas accepter la demande pour le moment, pour la raison suivante :

    { $reason }
