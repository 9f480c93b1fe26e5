# Coalition Hub — textes de l'interface en français.

site-name = Coalition Hub
skip-to-content = Aller au contenu principal
nav-label = Navigation principale
nav-home = Accueil
nav-about = À propos
language-switch-label = Langue de l'interface
footer-about = Coalition Hub est l'espace de partage de connaissances de la Coalition dynamique pour le renforcement des capacités numériques : bonnes pratiques, série mensuelle de blogs et groupes de travail pour le secteur public.

home-page-title = Accueil
home-title = Renforcer ensemble les capacités numériques des administrations publiques
home-lead = Gouvernements, écoles d'administration publique, organisations internationales, universités, société civile et entreprises partagent ce qui fonctionne pour aider les agents publics à maîtriser l'IA et la transformation numérique.
home-latest = Derniers articles
home-empty = Rien n'a encore été publié.
home-search-label = Rechercher des articles, des cas de bonnes pratiques, des groupes de travail et des membres
home-cases-title = Derniers cas de bonnes pratiques
home-cases-empty = Aucun cas n’a encore été publié.
home-cases-all = Tous les cas de bonnes pratiques
home-groups-title = Groupes de travail
home-groups-all = Tous les groupes de travail

byline-by = Par { $authors }
reading-time = { $minutes ->
    [one] { $minutes } minute de lecture
   *[other] { $minutes } minutes de lecture
}

article-contents = Sommaire
copy-link = Copier le lien
copy-link-done = Lien copié dans le presse-papiers.
copy-link-failed = Votre navigateur n'a pas autorisé la copie. Copiez l'adresse depuis la barre d'adresse.

error-busy = Le hub est momentanément occupé. Réessayez dans quelques secondes ; vous êtes toujours connecté.
error-go-home = Aller à la page d'accueil
error-not-found-title = Page introuvable
error-not-found-body = Il n'y a pas de page à cette adresse. Elle a peut-être été déplacée, ou le lien contient une faute de frappe.
error-unauthorized-title = Connexion requise
error-unauthorized-body = Veuillez vous connecter pour voir cette page.
error-forbidden-title = Action non autorisée
error-forbidden-body = Votre compte n'a pas l'autorisation de faire ceci.
error-invalid-title = Un élément de la demande n'est pas correct
error-invalid-body = La demande n'a pas pu être comprise. Vérifiez ce que vous avez saisi et réessayez.
error-conflict-title = Quelqu'un d'autre a modifié ce contenu
error-conflict-body = Ce contenu a changé pendant que vous y travailliez. Rien de ce que vous avez saisi n'est perdu ; vérifiez et réessayez.
error-rate-limited-title = Trop de demandes
error-rate-limited-body = Veuillez patienter une minute et réessayer.
error-internal-title = Un problème est survenu de notre côté
error-internal-body = Le hub n'a pas pu traiter cette demande. Réessayez dans un instant ; si le problème persiste, prévenez le secrétariat de la coalition.
error-unknown-language = Cette langue n'est pas disponible.
error-cross-site = Cette demande provient d'un autre site et a été refusée. Si vous vouliez l'envoyer, rouvrez la page du Coalition Hub et réessayez depuis celle-ci.

search-label = Rechercher dans le hub
search-placeholder = Articles, cas, groupes…
search-button = Rechercher
search-title = Recherche
search-title-for = Recherche : { $query }
search-feed = Suivre cette recherche (flux Atom)
search-feed-title = Recherche Coalition Hub : { $query }
search-sort = Ordre
search-sort-relevance = Pertinence
search-sort-newest = Plus récents d’abord
search-count = { $count ->
    [0] Aucun résultat
    [one] 1 résultat
   *[other] { $count } résultats
}
search-count-all = { $count ->
    [one] 1 contenu publié
   *[other] { $count } contenus publiés
}
search-nothing = Aucun résultat. Essayez d’autres mots, moins de mots, ou retirez un filtre.
search-fuzzy = Peu de résultats exacts : voici les résultats pour des mots proches.
search-did-you-mean = Vouliez-vous dire :
search-facets = Affiner les résultats
search-filter-on = (filtre actif ; sélectionner pour le retirer)
search-previous = Page précédente
search-next = Page suivante
search-pages = Pages de résultats
search-page-of = Page { $page } sur { $pages }
facet-kind = Type
facet-domain = Domaine de compétences
facet-wsis = Grande orientation du SMSI
facet-sdg = Objectif de développement durable
facet-country = Pays
facet-region = Région
facet-lang = Langue
facet-year = Année
facet-sdg-value = ODD { $number }
kind-article = Article
kind-organisation = Organisation membre
facet-lang-und = Non précisée
search-query-label = Rechercher

## La série de blogs de connaissances
nav-blog = Série de blogs
home-all-issues = Tous les numéros de la série
blog-title = Série de blogs de connaissances
blog-lead = Chaque mois, des organisations membres racontent comment elles renforcent les capacités numériques des administrations : un fonds d’expériences dont d’autres peuvent s’inspirer.
blog-feed-title = Série de blogs de connaissances (Coalition Hub)
blog-feed-link = Suivre avec un lecteur de flux (Atom)
blog-empty = Aucun numéro de la série n’a encore été publié.
blog-issue-label = No { $number } · { $month }
blog-post-count = { $count ->
    [one] Un article
   *[other] { $count } articles
}
blog-edited-by = Sous la direction de { $editor }
blog-issue-posts = Dans ce numéro
blog-issue-read-intro = Lire l’introduction de la rédaction
blog-list-empty = Aucun article publié pour l’instant.
blog-tag-eyebrow = Thème
blog-author-eyebrow = Auteur ou autrice
blog-tag-feed-title = { $tag } : articles sur Coalition Hub
blog-author-feed-title = Articles de { $author } sur Coalition Hub
blog-organisation-feed-title = Articles de { $organisation } sur Coalition Hub
byline-by-prefix = Par
article-organisation = Publié pour
article-language = Langue :
article-related = Articles liés
article-tags = Thèmes
organisation-posts = Articles
organisation-posts-feed = Articles de cette organisation (flux Atom)
taxonomy-country = Pays
language-en = anglais
language-fr = français
language-es = espagnol
language-ar = arabe
language-ru = russe
language-zh = chinois
language-pt = portugais
post-status-draft = Brouillon
post-status-submitted = Soumis à relecture
post-status-changes-requested = Modifications demandées
post-status-approved = Approuvé
post-status-scheduled = Programmé
post-status-published = Publié
post-status-unpublished = Dépublié
post-status-archived = Archivé

## Écrire et éditer des articles
nav-my-posts = Mes articles
nav-editor = Rédaction
write-sign-in-title = Connectez-vous pour écrire
write-new-title = Écrire un nouvel article
write-my-posts = Mes articles
write-none-yet = Vous n’avez encore écrit aucun article.
write-status = État
write-updated = Dernière modification
write-view-public = Voir l’article publié
write-read-only = L’auteur ne peut plus modifier cet article. Un éditeur peut encore le changer.
write-summary-hint = Une ou deux phrases affichées dans les listes, les flux et les liens partagés ailleurs.
write-no-issue = Pour aucun numéro en particulier
write-issue-option = No { $number } ({ $month }) : { $theme }
write-body-hint = Markdown : ## pour un titre, **gras**, *italique*, - pour une liste, [texte](adresse) pour un lien.
write-preview = Aperçu
write-preview-button = Afficher l’aperçu
write-preview-failed = L’aperçu n’a pas pu être mis à jour. Votre texte est conservé ; utilisez « Afficher l’aperçu » pour réessayer.
write-tags = Thèmes
write-countries-hint = Pays dont parle l’article, par leur nom ou leur code à deux lettres, séparés par des virgules (par exemple : Kenya, FR).
write-note-hint = Facultatif : ce que vous avez changé, pour l’historique.
write-save = Enregistrer le brouillon
write-submit = Soumettre à relecture
field-title = Titre
field-summary = Résumé
field-lang = Langue de l’article
field-issue = Numéro de la série
field-body = Texte
field-tags = Thèmes
field-countries = Pays
field-note = Modifications
field-comment = Commentaire
field-publish-at = Heure de publication (UTC)
field-month = Mois
field-number = Numéro
field-theme = Thème
field-slot-issue = Numéro
field-topic = Sujet
field-deadline = Échéance
field-publish-month = Numéro à publier
field-intro = Introduction de la rédaction
review-title = Relecture et historique
review-approve = Approuver
review-request-changes = Demander des modifications
review-schedule = Programmer
review-publish = Publier maintenant
review-unpublish = Dépublier
review-archive = Archiver
review-comment = Ajouter un commentaire
review-comment-hint = Obligatoire pour demander des modifications. L’auteur le voit dans l’historique.
review-not-own = Vous avez écrit cet article : un autre éditeur doit l’approuver.
review-publish-at-hint = Pour programmer : la date et l’heure, en UTC, auxquelles l’article paraîtra de lui-même.
review-scheduled-for = Programmé pour le { $time } UTC.
history-title = Historique
history-comment = Commentaire
revisions-title = Versions
revision-words = { $count ->
    [one] un mot
   *[other] { $count } mots
}
revision-heading = Version { $number } sur { $count }
revision-saved = Enregistrée par { $who } le { $when }
revision-note = Note de modification :
revision-is-current = C’est le texte actuel de l’article.
revision-source = Texte de cette version (Markdown)
editor-title = Rédaction
editor-review = En relecture, approuvés ou programmés
editor-nothing-waiting = Rien n’est en attente.
editor-calendar = Calendrier éditorial
editor-no-issues = Aucun numéro n’est encore prévu.
editor-no-slots = Aucun créneau attribué.
editor-issue-published = Publié
editor-issue-planned = Prévu
editor-post = Article
editor-late = En retard
editor-not-started = Pas commencé
editor-no-organisations = Les créneaux sont attribués aux organisations membres, et il n’y en a encore aucune : un administrateur les ajoute.
editor-nothing-to-publish = Tous les numéros prévus sont publiés. Prévoyez d’abord le suivant.
editor-new-issue = Prévoir un numéro
editor-month-hint = Le mois de parution, au format AAAA-MM.
editor-create-issue = Prévoir le numéro
editor-assign-slot = Attribuer un créneau
editor-assign = Attribuer
editor-publish-issue = Publier un numéro
editor-publish = Publier le numéro
error-choose = Choisissez dans la liste.
error-future = Choisissez un moment dans le futur.
error-month = Saisissez un mois au format AAAA-MM, par exemple 2026-12.
error-number = Saisissez un nombre entier à partir de 1.
error-date = Saisissez une date au format AAAA-MM-JJ.
error-issue-taken = Un numéro avec ce mois ou ce numéro existe déjà.
notice-draft-saved = Votre brouillon est enregistré.
notice-submitted = Votre article est soumis. Un éditeur va le relire.
notice-status-changed = L’état de l’article a changé.
notice-comment-added = Votre commentaire est ajouté.
notice-issue-created = Le numéro est prévu.
notice-slot-assigned = Le créneau est attribué.
notice-issue-published = Le numéro est publié.
images-title = Images
images-hint = Téléversez une image, puis copiez sa ligne Markdown dans le texte, là où elle doit apparaître.
images-file-hint = PNG, JPEG, WebP ou GIF, 8 Mo au plus. Elle est redimensionnée pour la page.
images-alt-hint = Décrivez ce que montre l’image pour les personnes qui ne la voient pas. Obligatoire.
images-upload = Téléverser l’image
field-image = Fichier image
field-alt = Texte alternatif
error-image-missing = Choisissez un fichier image.
error-image-too-big = L’image dépasse 8 Mo.
error-image-type = L’image doit être un fichier PNG, JPEG, WebP ou GIF.
error-image-unreadable = L’image n’a pas pu être lue.
notice-image-added = L’image est ajoutée. Copiez sa ligne Markdown dans le texte.
