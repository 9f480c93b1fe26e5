# Engagements : ce que des pays et des organisations s'engagent à faire pour les capacités des agents publics, et leurs progrès.

nav-pledges = Engagements
kind-pledge = Engagement

pledges-title = Engagements
pledges-lead = Les engagements pris par des pays et des organisations pour renforcer les capacités des agents publics face à la transformation numérique, avec leurs jalons et leurs rapports d’avancement annuels.
pledges-count = { $count ->
    [one] Un engagement
   *[other] { $count } engagements
}
pledges-none = Aucun engagement ne correspond encore à ces filtres.
pledges-facets = Affiner les engagements
pledges-feed = Flux des nouveaux engagements et rapports
pledges-export-csv = Exporter (CSV)
pledges-export-json = Exporter (JSON)
pledges-new = Prendre un engagement
pledges-waiting = Engagements en attente de relecture
pledges-facet-status = État
pledges-facet-freshness = Rapports
pledges-facet-region = Région de l’auteur de l’engagement
pledges-facet-group = Groupe de parties prenantes
pledges-status-active = En cours
pledges-status-completed = Réalisé
pledges-status-withdrawn = Retiré

pledges-world-link = Les engagements dans le monde
pledges-world-title = Les engagements dans le monde
pledges-world-lead = Combien d’engagements publiés viennent de chaque région et de chaque pays, selon le pays de l’organisation qui s’engage.
pledges-world-summary = { $total } engagements publiés, dont { $without } pris par des organisations qui n’indiquent pas de pays.
pledges-world-chart = Engagements publiés par région
pledges-world-countries = Engagements par pays : { $region }
pledges-world-count = Engagements

pledges-notice-pledge-saved = Votre engagement est enregistré comme brouillon.
pledges-notice-pledge-submitted = Votre engagement est transmis aux éditeurs pour relecture.
pledges-notice-pledge-status-changed = L’état de relecture de l’engagement a changé.
pledges-notice-pledge-milestone-added = L’action du plan est désormais un jalon de cet engagement.
pledges-notice-pledge-report-filed = Votre rapport d’avancement est publié ci-dessous.
pledges-notice-pledge-assessed = Votre évaluation est publiée sous le rapport.
pledges-notice-pledge-replied = Votre réponse est publiée sous l’évaluation.
pledges-notice-pledge-withdrawn = L’engagement est retiré. Il reste sur le hub, signalé comme retiré.

pledge-completion-not-started = Pas commencé
pledge-completion-limited = Limité
pledge-completion-substantial = Substantiel
pledge-completion-complete = Achevé

pledge-freshness-new = Nouveau, premier rapport pas encore attendu
pledge-freshness-reported = Rapport remis dans l’année
pledge-freshness-due = Rapport annuel attendu
pledge-freshness-overdue = Rapport en retard
pledge-freshness-inactive = Inactif : aucun rapport depuis deux ans

pledge-evidence-event = Événement
pledge-evidence-case = Cas d’usage
pledge-evidence-cycle = Cycle d’autodiagnostic
pledge-evidence-web = Page web

pledge-progress = Avancement
pledge-progress-value = { $value } % réalisé, pondéré par jalon
pledge-progress-none = Aucun jalon pour mesurer l’avancement
pledge-by-date = Échéance : { $date }
pledge-withdrawn-on = Retiré le { $date }
pledge-next-report = prochain rapport attendu au plus tard le { $date }
pledge-baseline = Problème et situation de départ
pledge-assessment-baseline = L’autodiagnostic partagé de l’organisation
pledge-assessment-cycle = Cycle « { $cycle } », clos le { $date }, tel que l’organisation le partage.
pledge-assessment-domain = Domaine de compétences
pledge-assessment-score = Score
pledge-assessment-too-few = Trop peu de réponses pour l’afficher
pledge-target = Objectif
pledge-milestones = Jalons
pledge-milestone = Jalon
pledge-milestone-number = Jalon { $number }
pledge-milestone-due = Échéance
pledge-milestone-weight = Poids
pledge-milestone-completion = Réalisation
pledge-milestone-unweighted = Non pondéré
pledge-no-milestones = Cet engagement n’a pas de jalons.
pledge-evidence = Éléments probants
pledge-reports = Rapports d’avancement
pledge-no-reports = Pas encore de rapport d’avancement.
pledge-report-heading = Rapport { $number }, { $date }
pledge-report-by = Remis par { $name }
pledge-report-new = Remettre un rapport d’avancement
pledge-report-file = Publier le rapport
pledge-assessment = Évaluation indépendante de l’éditeur
pledge-assessment-by = Par { $name }, { $date }
pledge-assessment-completion = Réalisation telle que les éléments probants la montrent
pledge-assess = Évaluer ce rapport
pledge-assess-save = Publier l’évaluation
pledge-reply = La réponse de l’auteur de l’engagement
pledge-reply-by = Par { $name }, { $date }
pledge-reply-new = Répondre à l’évaluation
pledge-reply-save = Publier la réponse
pledge-withdraw = Retirer cet engagement
pledge-withdraw-hint = Un engagement retiré n’est jamais supprimé : il reste sur le hub, avec la date et la raison que vous indiquez.
pledge-withdraw-button = Retirer l’engagement
pledge-facts = À propos de cet engagement
pledge-pledger = Engagement pris par
pledge-place = Pays et région
pledge-dates = Dates
pledge-published = Publié
pledge-tags = Thèmes

pledge-new-title = Prendre un engagement
pledge-view-public = Voir l’engagement publié
pledge-read-only = Cet engagement ne peut plus être modifié ici.
pledge-no-organisation = Seul un compte rattaché à une organisation membre peut prendre un engagement, au nom de cette organisation.
pledge-for-organisation = Au nom de { $name }
pledge-starts = Date de début
pledge-ends = Échéance
pledge-lang = Langue du texte
pledge-hint-commitment = Ce à quoi votre organisation s’engage, en quelques phrases.
pledge-hint-baseline = Facultatif : le problème auquel répond l’engagement et la situation actuelle.
pledge-hint-target = Ce qui sera vrai une fois l’engagement tenu, pour que l’on puisse juger des progrès.
pledge-hint-date = Une date au format AAAA-MM-JJ.
pledge-hint-milestones = Chaque jalon demande un intitulé et une échéance au plus tard à la date d’échéance de l’engagement. Les poids sont facultatifs et n’ont pas à totaliser 100 : ils sont rapportés à leur somme, et un jalon sans poids compte autant que la moyenne des jalons pondérés.
pledge-hint-weight = Facultatif : un nombre, zéro ou plus.
pledge-hint-evidence = Un lien par ligne : pages des événements (/events/…), des cas d’usage (/cases/…) ou des cycles d’autodiagnostic (/assessment/cycles/…) de ce hub, ou adresses web.
pledge-hint-done = Ce qui a été fait depuis le dernier rapport.
pledge-hint-event = L’adresse de l’événement sur ce hub, par exemple /events/son-nom.
pledge-plan-title = Un jalon tiré du plan d’un événement
pledge-plan-hint = Une action du plan d’action figurant dans le compte rendu d’un événement publié peut devenir un jalon de cet engagement.
pledge-plan-add = Ajouter comme jalon

field-commitment = Engagement
field-baseline = Problème et situation de départ (facultatif)
field-share-assessment = Montrer nos derniers scores d’autodiagnostic partagés dans la situation de départ
field-target = Objectif
field-evidence-links = Liens vers des éléments probants (facultatif)
field-milestone = Jalon
field-done = Ce qui a été fait
field-completion = Réalisation
field-reply = Votre réponse
field-withdraw-reason = Pourquoi l’engagement est retiré
field-event = Événement
field-item = Numéro de l’action du plan

pledge-error-no-organisation = Seul un compte rattaché à une organisation membre peut prendre un engagement.
pledge-error-date = Indiquez une date au format AAAA-MM-JJ.
pledge-error-ends-before-start = L’échéance ne peut pas précéder la date de début.
pledge-error-milestone-after-end = Un jalon doit arriver à échéance au plus tard à la date d’échéance de l’engagement.
pledge-error-weight-number = Un poids doit être un nombre.
pledge-error-weight-negative = Un poids ne peut pas être négatif.
pledge-error-weight-large = Ce poids est trop grand.
pledge-error-too-many-milestones = Un engagement compte au plus 20 jalons.
pledge-error-too-many-links = Indiquez au plus 20 liens.
pledge-error-evidence = Chaque ligne doit être une page des événements, des cas d’usage ou des cycles d’autodiagnostic de ce hub, ou une adresse web commençant par https://.
pledge-error-tags = Choisissez les thèmes dans les listes proposées.
pledge-error-language = Choisissez une langue dans la liste.
pledge-error-milestones-changed = Indiquez la réalisation de chaque jalon.
pledge-error-no-event = Aucun événement publié ne porte cette adresse.
pledge-error-no-plan-item = Le plan de l’événement n’a pas d’action portant ce numéro.
pledge-error-translate-own = Seule l’organisation qui a pris cet engagement peut le traduire.
