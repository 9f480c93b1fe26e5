## La bibliothèque de bonnes pratiques

nav-cases = Cas d’usage
kind-case = Cas d’usage
facet-level = Échelon administratif
facet-theme = Thème
facet-stage = Stade de maturité
facet-evidence = Niveau de preuve
facet-org = Organisation

cases-title = Cas d’usage et bonnes pratiques
cases-lead = Des cas concrets de renforcement des capacités numériques menés par des administrations et leurs partenaires, pour que les administrations apprennent les unes des autres. Affinez-les par sujet, lieu, maturité et niveau de preuve.
cases-feed = Flux des nouveaux cas
cases-world-link = Cas par région et par pays
cases-export-csv = Télécharger en CSV
cases-export-json = Télécharger en JSON
cases-search = Rechercher dans les cas
cases-sort-completeness = Les plus complets d’abord

case-facts = En bref
case-fact-countries = Pays
case-fact-organisations = Organisations
case-fact-level = Échelon administratif
case-fact-dates = Calendrier
case-fact-stage = Stade de maturité
case-fact-evidence = Niveau de preuve
case-fact-cost = Coût
case-fact-licence = Licence
case-fact-contact = Contact
case-fact-links = Liens
case-fact-published = Publié le
case-fact-updated = Mis à jour le
case-since = depuis le { $date }
case-until = jusqu’au { $date }
case-lineage = Réplication
case-adapted-from = Ce cas a adapté
case-adapted-by = { $count ->
    [one] Adapté par un cas
   *[other] Adapté par { $count } cas
}
case-related = Cas voisins
case-no-sections = Ce cas n’a encore que son résumé.
case-completeness = Complétude : { $score } %

case-section-problem = Problème et contexte
case-section-solution = Ce qui a été fait
case-section-technologies = Technologies utilisées
case-section-results = Résultats
case-section-lessons = Enseignements
case-section-transfer = Ce qu’il faut pour le reproduire

case-stage-concept = Idée
case-stage-pilot = Projet pilote
case-stage-implementation = En déploiement
case-stage-scaled = Passé à l’échelle
case-stage-institutionalised = Institutionnalisé
case-stage-discontinued = Arrêté

case-evidence-anecdotal = Témoignages
case-evidence-monitored = Suivi mesuré
case-evidence-evaluated = Évalué
case-evidence-independently-evaluated = Évalué de façon indépendante

case-cost-under-10k = Moins de 10 000 $ US
case-cost-10k-100k = De 10 000 à 100 000 $ US
case-cost-100k-1m = De 100 000 $ à 1 million $ US
case-cost-over-1m = Plus d’un million de $ US

cases-world-title = Les cas d’usage dans le monde
cases-world-lead = Le nombre de cas publiés par région et par pays. Choisissez une région ou un pays pour voir ses cas.
cases-world-summary = { $total } cas en tout ; { $without } ne nomment aucun pays. Un cas qui nomme plusieurs pays d’une région compte une fois pour la région.
cases-world-chart = Cas d’usage publiés par région
cases-world-countries = Pays de la région { $region } et leurs cas
cases-world-count = Cas

case-error-required = Ce champ est obligatoire.
case-error-slug = « { $value } » n’est pas un identifiant : utilisez des minuscules, des chiffres et des tirets simples.
case-error-too-long = C’est trop long.
case-error-lang = « { $value } » n’est pas un code de langue comme en, fr ou es.
case-error-evidence = « { $value } » n’est pas un niveau de preuve : utilisez anecdotal, monitored, evaluated ou independently-evaluated.
case-error-stage = « { $value } » n’est pas un stade de maturité : utilisez concept, pilot, implementation, scaled, institutionalised ou discontinued.
case-error-cost-band = « { $value } » n’est pas une tranche de coût : utilisez under-10k, 10k-100k, 100k-1m ou over-1m.
case-error-date = « { $value } » n’est pas une date écrite AAAA-MM-JJ.
case-error-ends-before-start = La date de fin précède la date de début.
case-error-too-many = Il y en a trop (20 au plus).
case-error-link = « { $value } » n’est pas une adresse web commençant par http:// ou https://.
case-error-adapted-from = « { $value } » n’est pas l’identifiant d’un cas.
case-error-adapted-from-self = Un cas ne peut pas s’adapter lui-même.
case-error-adapted-from-nowhere = Aucun cas « { $value } » n’existe dans la bibliothèque ni dans ce fichier, ou la chaîne tourne en rond.
case-error-unknown-domain = « { $value } » n’est pas un domaine de compétences.
case-error-unknown-wsis = « { $value } » n’est pas une grande orientation du SMSI (C1 à C11).
case-error-unknown-sdg = « { $value } » n’est pas un numéro d’ODD (1 à 17).
case-error-unknown-country = « { $value } » n’est pas un pays que nous connaissons.
case-error-unknown-level = « { $value } » n’est pas un échelon administratif.
case-error-unknown-theme = « { $value } » n’est pas un thème.
