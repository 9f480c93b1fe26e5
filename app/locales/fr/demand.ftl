demand-title = Ce que cherchent les lecteurs
demand-intro = Recherches des 30 derniers jours : celles qui n’ont rien trouvé, et celles dont les lecteurs ont rarement ouvert les résultats. Transformez une recherche en appel à cas, ou indiquez à la recherche que deux expressions veulent dire la même chose. Le journal ne garde ni adresse ni compte : seulement ce qui a été tapé, la langue, les filtres, le nombre de résultats et le rang du résultat ouvert ; les recherches sont effacées au bout de 180 jours.
demand-filter-lang = Langue
demand-filter-facet = Filtrée par
demand-filter-all = Toutes
demand-filter-apply = Afficher
demand-searches = { $count ->
    [one] Une recherche ces 30 derniers jours.
   *[other] { $count } recherches ces 30 derniers jours.
}
demand-trend = Recherches par semaine
demand-week = Semaine du
demand-col-query = Recherche
demand-col-lang = Langue
demand-col-facet = Filtrée par
demand-col-searches = Recherches
demand-col-zero = Sans résultat
demand-col-readers = Lecteurs
demand-col-opened = Résultats ouverts
demand-col-trend = 7 derniers jours / 7 précédents
demand-col-act = Agir
demand-trend-value = { $recent } / { $before }
demand-zero-title = Recherches sans résultat
demand-low-title = Recherches dont les résultats sont rarement ouverts
demand-none = Rien pour l’instant.
demand-act-title = Agir sur une recherche
demand-call-title = Lancer un appel à cas
demand-field-topic = Sujet
demand-topic-hint = Le sujet des cas recherchés, en quelques mots.
demand-make-call = Appel à cas
demand-make-call-for = Lancer un appel à cas sur « { $query } »
demand-synonym-title = Ajouter un synonyme
demand-field-query = Recherche
demand-field-synonyms = Veut dire la même chose que
demand-synonyms-hint = Une ou plusieurs expressions, séparées par des virgules. La recherche les trouve toutes dès maintenant.
demand-add-synonym = Ajouter le synonyme
demand-synonym-added = Le synonyme est ajouté ; la recherche l’utilise dès maintenant.
demand-calls-title = Appels à cas
demand-synonyms-list = Synonymes ajoutés par les éditeurs
demand-no-calls = Aucun appel à cas pour l’instant.
demand-answers = { $count ->
    [0] pas encore de réponse
    [one] un projet de cas y répond
   *[other] { $count } projets de cas y répondent
}
demand-call-heading = Nous cherchons des cas sur « { $topic } »
demand-call-since = Appel lancé le { $date }
demand-call-body = Des lecteurs du hub cherchent des expériences sur ce sujet et n’en trouvent pas encore. Si votre institution a fait quelque chose dans ce domaine, partagez-le sous forme de cas : le problème, ce que vous avez fait, ce qui en est sorti et ce que d’autres peuvent reprendre.
demand-answer = Répondre par un cas
demand-answer-hint = Cela ouvre un projet de cas à votre nom, qui répond à l’appel. Vous le complétez à votre rythme ; les éditeurs le relisent avant sa publication.
demand-back-to-library = Retour à la bibliothèque de cas
demand-library-calls = Nous cherchons des cas sur
demand-library-wanted = Ce que cherchent les lecteurs
demand-library-wanted-intro = Des recherches faites par de nombreux lecteurs différents ces 30 derniers jours.
demand-draft-title = Cas sur { $topic }
demand-draft-summary = Un cas sur { $topic }, en réponse à l’appel à cas du hub.
demand-error-topic = Indiquez en quelques mots le sujet des cas recherchés.
demand-error-synonyms = Donnez au moins une expression qui veut dire la même chose que la recherche.
