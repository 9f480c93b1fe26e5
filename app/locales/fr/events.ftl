## Événements : conférences, sessions de forums, webinaires, formations et séminaires

nav-events = Événements
kind-event = Événement

events-title = Événements
events-lead = Conférences, sessions de forums, webinaires, formations et séminaires de la coalition et de ses membres : avant qu’ils aient lieu, puis ce qui en est ressorti.
events-upcoming = À venir
events-past = Événements passés
events-none-upcoming = Aucun événement à venir ne correspond à ces filtres.
events-facets = Affiner les événements
events-calendar = Ajouter ces événements à votre agenda (iCalendar)
events-feed = Flux des nouveaux événements
events-propose = Proposer un événement
events-waiting = Propositions en attente de relecture
events-of-organisation = Événements
events-facet-when = Quand
events-facet-kind = Type d’événement
events-facet-format = Format
events-facet-lang = Langue
events-facet-region = Région
events-facet-org = Organisation
events-when-upcoming = À venir
events-when-past = Passés

event-kind-conference = Conférence
event-kind-session = Session de forum
event-kind-webinar = Webinaire
event-kind-training = Formation
event-kind-seminar = Séminaire
event-format-in-person = En présentiel
event-format-online = En ligne
event-format-hybrid = En présentiel et en ligne
event-schedule-scheduled = Programmé
event-schedule-postponed = Reporté
event-schedule-cancelled = Annulé
event-not-stated = Non précisé

event-facts = En bref
event-fact-when = Quand
event-fact-kind = Type
event-fact-format = Format
event-fact-place = Lieu
event-fact-online = Salle en ligne
event-fact-languages = Langues
event-fact-interpretation = Interprétation
event-fact-organisers = Organisateurs
event-fact-links = Liens
event-online-for-registrants = Le lien est envoyé aux participants inscrits.
event-your-time = Votre heure :
event-add-to-calendar = Ajouter à l’agenda
event-people = Modération et intervenants
event-moderators = Modération
event-speakers = Intervenants
event-agenda = Programme
event-organise-link = Inscriptions et compte rendu
event-edit-link = Modifier l’événement

event-outcome = Compte rendu
event-outcome-key-issues = Principaux sujets abordés
event-outcome-outcomes = Résultats concrets
event-outcome-plan = Plan d’action
event-outcome-recordings = Enregistrements
event-outcome-slides = Présentations et documents
event-outcome-organisations = Organisations présentes
event-outcome-attendance = { $count } personnes étaient présentes.
event-plan-action = Action
event-plan-owner = Qui
event-plan-due = Échéance

event-registration = Inscription
event-places = { $left } places libres sur { $capacity }.
event-registration-closed = Les inscriptions sont closes.
event-registration-full = L’événement est complet.
event-registration-waitlist = L’événement est complet : vous pouvez rejoindre la liste d’attente, et une place vous sera attribuée dès qu’elle se libère.
event-registration-moderated = L’organisateur confirme chaque inscription ; vous recevrez un courriel.
event-registration-privacy = Seul l’organisateur voit votre nom et votre adresse. Ils sont effacés 30 jours après l’événement.
event-register = M’inscrire
event-my-registration = Votre inscription
event-registration-holder = Inscription de { $name }.
event-registration-is-pending = Elle attend la confirmation de l’organisateur.
event-registration-is-accepted = Vous avez une place.
event-registration-is-waitlisted = Vous êtes sur la liste d’attente.
event-registration-is-declined = L’organisateur n’a pas pu l’accepter.
event-registration-is-cancelled = Elle est annulée.
event-online-room = Salle en ligne :
event-cancel-registration = Annuler mon inscription

event-organise-title = Organisation : { $title }
event-registrations = Inscriptions
event-registrations-none = Personne ne s’est encore inscrit.
event-registrations-purged = Les inscriptions ont été effacées après l’événement.
event-registrations-csv = Télécharger la liste (CSV)
event-registration-status = État
event-registration-when = Inscription
event-registration-decision = Décision
event-registration-pending = En attente de confirmation
event-registration-accepted = A une place
event-registration-waitlisted = Sur liste d’attente
event-registration-declined = Refusée
event-registration-cancelled = Annulée
event-decide-for = Décision pour { $name }
event-accept = Accepter
event-decline = Refuser
event-schedule-title = Annuler ou reporter
event-schedule-hint = Chaque inscrit reçoit un courriel, et les agendas qui ont importé l’événement sont mis à jour.
event-postpone = Reporter l’événement
event-cancel = Annuler l’événement
event-outcome-hint = Ce qui est ressorti de l’événement, un élément par ligne. Il figure sur la page de l’événement, dans la recherche et sur les pages des organisations.
event-outcome-save = Enregistrer le compte rendu

event-propose-title = Proposer un événement
event-lang = Langue de la description
event-view-public = Voir l’événement publié
event-read-only = Vous ne pouvez pas modifier cet événement dans son état actuel.
event-hint-time = Dans le fuseau horaire de l’événement : 2030-05-28T10:00, ou une date seule (2030-05-28) si les horaires ne sont pas connus.
event-hint-time-zone = Un nom de la base des fuseaux horaires IANA : Europe/Paris, Africa/Nairobi, America/Bogota, UTC.
event-hint-online-url = Visible seulement des participants inscrits qui ont une place.
event-hint-languages = Codes de langue séparés par des virgules : en, fr, es.
event-hint-one-a-line = Un par ligne.
event-hint-agenda = Markdown.
event-hint-links = Un par ligne : libellé | https://…
event-hint-capacity = Laisser vide pour ne pas limiter.
event-hint-plan = Une par ligne : action | qui | date (2030-12-31) ; qui et la date sont facultatifs.

field-kind = Type d’événement
field-format = Format
field-starts = Début
field-ends = Fin
field-time-zone = Fuseau horaire
field-venue = Lieu et salle (facultatif)
field-address = Adresse (facultatif)
field-online-url = Lien de la salle en ligne (facultatif)
field-languages = Langues (facultatif)
field-interpretation = Interprétation (facultatif)
field-organisers = Organisations organisatrices (facultatif)
field-moderators = Modération (facultatif)
field-speakers = Intervenants (facultatif)
field-agenda = Programme (facultatif)
field-registration = Inscriptions ouvertes sur le hub
field-capacity = Nombre de places (facultatif)
field-waitlist = Ouvrir une liste d’attente une fois complet
field-moderated = Confirmer moi-même chaque inscription
field-key-issues = Principaux sujets abordés
field-outcomes = Résultats concrets
field-plan = Plan d’action
field-recordings = Enregistrements
field-slides = Présentations et documents
field-attendance = Participation (facultatif)
field-attending = Organisations présentes

event-error-kind = Choisissez un type d’événement.
event-error-format = Choisissez un format.
event-error-language = Utilisez des codes de langue comme en ou fr.
event-error-url = Indiquez une adresse web commençant par https://.
event-error-link = « { $value } » n’est pas une adresse web commençant par https://.
event-error-time-zone = « { $value } » n’est pas un fuseau horaire de la base IANA (par exemple Europe/Paris ou UTC).
event-error-time = Écrivez une date et une heure comme 2030-05-28T10:00, ou une date seule.
event-error-mixed-times = Donnez des heures pour le début et la fin, ou des dates pour les deux.
event-error-end-before-start = La fin doit venir après le début.
event-error-capacity = Le nombre de places doit être un entier de 1 à 100000.
event-error-capacity-below-accepted = { $value } personnes ont déjà une place : le nombre de places ne peut pas être inférieur.
event-error-tag = « { $value } » n’est pas un terme de la taxonomie.
event-error-plan-action = Chaque élément du plan doit nommer une action.
event-error-plan-date = « { $value } » n’est pas une date comme 2030-12-31.
event-error-attendance = La participation doit être un nombre entier.
event-error-registration-closed = Les inscriptions à cet événement sont closes.
event-error-registration-over = L’événement a déjà commencé : les inscriptions sont closes.
event-error-full = L’événement est complet et n’a pas de liste d’attente.
event-error-already-registered = Cette adresse est déjà inscrite à cet événement.

events-notice-registration-accepted = Vous êtes inscrit. Une confirmation, avec l’événement pour votre agenda, arrive dans votre messagerie.
events-notice-registration-waitlisted = Vous êtes sur la liste d’attente. Nous vous écrirons dès qu’une place vous revient.
events-notice-registration-pending = Votre inscription attend la confirmation de l’organisateur. Nous vous écrirons.
events-notice-registration-cancelled = Votre inscription est annulée.
events-notice-registration-decided = La personne inscrite en est informée par courriel.
events-notice-outcome-saved = Le compte rendu est enregistré.
events-notice-event-schedule-changed = L’événement est modifié et chaque inscrit en est informé par courriel.
events-notice-event-submitted = Votre événement est soumis. Un éditeur va le relire.
events-notice-event-status-changed = L’état de l’événement a changé.
events-notice-draft-saved = Brouillon enregistré.

event-mail-accepted-subject = Inscription confirmée : { $title }
event-mail-accepted-body = Bonjour { $name },

    vous avez une place à « { $title } », { $when }.
    La page de l’événement : { $page }
    L’événement est joint pour votre agenda.
event-mail-waitlisted-subject = Liste d’attente : { $title }
event-mail-waitlisted-body = Bonjour { $name },

    « { $title } » ({ $when }) est complet, et vous êtes sur sa liste d’attente. Nous vous écrirons dès qu’une place vous revient.
    La page de l’événement : { $page }
event-mail-pending-subject = Inscription reçue : { $title }
event-mail-pending-body = Bonjour { $name },

    l’organisateur de « { $title } » ({ $when }) confirme chaque inscription. Nous vous transmettrons sa réponse.
    La page de l’événement : { $page }
event-mail-declined-subject = Inscription non retenue : { $title }
event-mail-declined-body = Bonjour { $name },

    l’organisateur de « { $title } » ({ $when }) n’a pas pu accepter votre inscription.
    La page de l’événement : { $page }
event-mail-online = Salle en ligne : { $url }
event-mail-manage = Votre inscription, où vous pouvez l’annuler : { $link }
event-mail-manage-earlier = Pour annuler, utilisez le lien de votre courriel de confirmation.
event-mail-reminder-day-subject = Rappel : { $title }
event-mail-reminder-day-body = Bonjour { $name },

    pour rappel, « { $title } » approche : { $when }.
    La page de l’événement : { $page }
event-mail-reminder-hour-subject = Dans une heure : { $title }
event-mail-reminder-hour-body = Bonjour { $name },

    « { $title } » commence dans une heure : { $when }.
    La page de l’événement : { $page }
event-mail-cancelled-subject = Annulé : { $title }
event-mail-cancelled-body = Bonjour { $name },

    « { $title } » ({ $when }) est annulé. L’événement joint met votre agenda à jour.
    La page de l’événement : { $page }
event-mail-postponed-subject = Reporté : { $title }
event-mail-postponed-body = Bonjour { $name },

    « { $title } » est reporté. Nous vous écrirons pour vous donner la nouvelle date.
    La page de l’événement : { $page }
event-mail-moved-subject = Nouvel horaire : { $title }
event-mail-moved-body = Bonjour { $name },

    « { $title } » a un nouvel horaire : { $when }. L’événement joint met votre agenda à jour.
    La page de l’événement : { $page }
event-mail-outcome-subject = Compte rendu manquant : { $title }
event-mail-outcome-body = Bonjour,

    « { $title } » a eu lieu il y a deux semaines et son compte rendu (sujets abordés, résultats, plan d’action) n’est pas encore rédigé. Vous pouvez l’écrire ici : { $link }
