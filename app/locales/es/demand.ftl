demand-title = Qué buscan los lectores
demand-intro = Búsquedas de los últimos 30 días: las consultas que no encontraron nada y aquellas cuyos resultados abrieron pocos lectores. Convierta una consulta en una convocatoria de casos, o indique al buscador que dos expresiones significan lo mismo. El registro no conserva ninguna dirección ni ninguna cuenta, solo lo que se escribió, el idioma, los filtros, el número de resultados y la posición del resultado abierto; las búsquedas se eliminan al cabo de 180 días.
demand-filter-lang = Idioma
demand-filter-facet = Acotado por
demand-filter-all = Todos
demand-filter-apply = Mostrar
demand-searches = { $count ->
    [one] Una búsqueda en los últimos 30 días.
   *[other] { $count } búsquedas en los últimos 30 días.
}
demand-trend = Búsquedas por semana
demand-week = Inicio de la semana
demand-col-query = Consulta
demand-col-lang = Idioma
demand-col-facet = Acotado por
demand-col-searches = Búsquedas
demand-col-zero = Sin resultados
demand-col-readers = Lectores
demand-col-opened = Resultados abiertos
demand-col-trend = Últimos 7 días / 7 anteriores
demand-col-act = Actuar
demand-trend-value = { $recent } / { $before }
demand-zero-title = Búsquedas que no encontraron nada
demand-low-title = Búsquedas cuyos resultados rara vez se abrieron
demand-none = Todavía no hay nada.
demand-act-title = Actuar sobre una consulta
demand-call-title = Lanzar una convocatoria de casos
demand-field-topic = Tema
demand-topic-hint = Sobre qué se buscan casos, en pocas palabras.
demand-make-call = Convocatoria de casos
demand-make-call-for = Lanzar una convocatoria de casos sobre «{ $query }»
demand-synonym-title = Añadir un sinónimo
demand-field-query = Consulta
demand-field-synonyms = Significa lo mismo que
demand-synonyms-hint = Una o varias expresiones, separadas por comas. A partir de ahora, el buscador las encontrará todas.
demand-add-synonym = Añadir el sinónimo
demand-synonym-added = El sinónimo se ha añadido; el buscador lo utilizará a partir de ahora.
demand-calls-title = Convocatorias de casos
demand-synonyms-list = Sinónimos añadidos por los editores
demand-no-calls = Todavía no hay ninguna convocatoria de casos.
demand-answers = { $count ->
    [0] todavía sin respuesta
    [one] un borrador de caso responde a ella
   *[other] { $count } borradores de casos responden a ella
}
demand-call-heading = Buscamos casos sobre «{ $topic }»
demand-call-since = Convocatoria lanzada el { $date }
demand-call-body = Los lectores de la plataforma buscan experiencias sobre este tema y todavía no las encuentran. Si su institución ha hecho algo al respecto, compártalo como caso: cuál era el problema, qué hicieron, qué se consiguió y qué pueden reutilizar otros.
demand-answer = Responder con un caso
demand-answer-hint = Así comenzará un borrador de caso propio que responde a la convocatoria. Podrá completarlo a su ritmo; los editores lo revisarán antes de publicarlo.
demand-back-to-library = Volver a la biblioteca de casos
demand-library-calls = Buscamos casos sobre
demand-library-wanted = Qué busca la gente
demand-library-wanted-intro = Búsquedas realizadas por muchos lectores distintos en los últimos 30 días.
demand-draft-title = Caso sobre { $topic }
demand-draft-summary = Un caso sobre { $topic }, en respuesta a la convocatoria de casos de la plataforma.
demand-error-topic = Indique en pocas palabras sobre qué se buscan casos.
demand-error-synonyms = Indique al menos una expresión que signifique lo mismo que la consulta.
