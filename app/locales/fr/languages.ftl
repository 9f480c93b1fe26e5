## Langues de l’interface : textes qui se lisent différemment selon la langue

# Changement de statut dans l’historique d’une relecture (« Soumis → Approuvé ») ; la flèche
# suit le sens de lecture.
history-status-change = { $from } → { $to }
