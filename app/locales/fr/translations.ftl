## Ensembles de traductions : une même œuvre en plusieurs langues

translations-also-in = Également en :
translations-outdated = Cette traduction a été faite à partir d’une version antérieure de l’original, qui a changé depuis.
translations-read-original = Lire l’original
translations-offer = Traduire dans une autre langue
translations-role-original = Original
translations-role-translation = Traduction
translations-role-outdated = Traduction à mettre à jour

translations-start-title = Commencer une traduction
translations-original-of-kind = L’original ({ $kind })
translations-original-language = Rédigé en :
translations-complete = Ce contenu existe déjà dans les six langues.
translations-language-label = Langue de la traduction
translations-language-choose = Choisissez une langue
translations-start-hint = Un brouillon s’ouvre avec le texte de l’original, l’original affiché à côté. Il passe par la même relecture que tout brouillon avant d’être visible des lecteurs.
translations-start-button = Commencer la traduction
translations-source-title = L’original ({ $from }) ; votre traduction : { $into }

translations-desk-title = Ce qui reste à traduire
translations-desk-link = Ce qui reste à traduire
translations-filter-language = Langue
translations-filter-kind = Type de contenu
translations-filter-all = Tous
translations-filter-button = Afficher
translations-desk-missing = Contenus auxquels il manque une langue
translations-desk-outdated = Traductions à mettre à jour
translations-desk-none = Rien pour le moment.
translations-col-work = Contenu
translations-col-kind = Type
translations-col-original = Langue de l’original
translations-col-missing = Langues manquantes
translations-col-outdated = Traductions à mettre à jour

translations-error-language = Choisissez l’une des six langues : anglais, arabe, chinois, espagnol, français ou russe.
translations-error-exists = Ce contenu existe déjà dans cette langue.
translations-error-of-translation = Ceci est une traduction : partez plutôt de l’original.
translations-error-other-set = Ce contenu fait déjà partie des traductions d’un autre contenu.

notice-translation-started = Votre brouillon de traduction est prêt : le texte de l’original figure dans le formulaire, à réécrire dans la nouvelle langue.
