# Compromisos: lo que países y organizaciones se comprometen a hacer por las capacidades de los servidores públicos, y sus avances.

nav-pledges = Compromisos
kind-pledge = Compromiso

pledges-title = Compromisos
pledges-lead = Compromisos de países y organizaciones para fortalecer las capacidades de los servidores públicos ante la transformación digital, con sus hitos y sus informes anuales de avance.
pledges-count = { $count ->
    [one] Un compromiso
   *[other] { $count } compromisos
}
pledges-none = Todavía ningún compromiso coincide con estos filtros.
pledges-facets = Filtrar los compromisos
pledges-feed = Canal de nuevos compromisos e informes
pledges-export-csv = Exportar (CSV)
pledges-export-json = Exportar (JSON)
pledges-new = Asumir un compromiso
pledges-waiting = Compromisos pendientes de revisión
pledges-facet-status = Estado
pledges-facet-freshness = Informes
pledges-facet-region = Región de quien se compromete
pledges-facet-group = Grupo de partes interesadas
pledges-status-active = En curso
pledges-status-completed = Cumplido
pledges-status-withdrawn = Retirado

pledges-world-link = Compromisos en el mundo
pledges-world-title = Compromisos en el mundo
pledges-world-lead = Cuántos compromisos publicados proceden de cada región y cada país, según el país de la organización que se compromete.
pledges-world-summary = { $total } compromisos publicados; { $without } de ellos de organizaciones que no indican país.
pledges-world-chart = Compromisos publicados por región
pledges-world-countries = Compromisos por país en { $region }
pledges-world-count = Compromisos

pledges-notice-pledge-saved = Su compromiso se ha guardado como borrador.
pledges-notice-pledge-submitted = Su compromiso se ha enviado al equipo editorial para su revisión.
pledges-notice-pledge-status-changed = El estado de revisión del compromiso ha cambiado.
pledges-notice-pledge-milestone-added = La acción del plan es ahora un hito de este compromiso.
pledges-notice-pledge-report-filed = Su informe de avance está publicado más abajo.
pledges-notice-pledge-assessed = Su evaluación está publicada debajo del informe.
pledges-notice-pledge-replied = Su respuesta está publicada debajo de la evaluación.
pledges-notice-pledge-withdrawn = El compromiso se ha retirado. Sigue en el hub, marcado como retirado.

pledge-completion-not-started = Sin iniciar
pledge-completion-limited = Limitado
pledge-completion-substantial = Sustancial
pledge-completion-complete = Completado

pledge-freshness-new = Nuevo, aún no toca el primer informe
pledge-freshness-reported = Informe presentado en el último año
pledge-freshness-due = Informe anual pendiente
pledge-freshness-overdue = Informe atrasado
pledge-freshness-inactive = Inactivo: sin informes desde hace dos años

pledge-evidence-event = Evento
pledge-evidence-case = Caso de uso
pledge-evidence-cycle = Ciclo de autoevaluación
pledge-evidence-web = Página web

pledge-progress = Avance
pledge-progress-value = { $value } % realizado, ponderado por hito
pledge-progress-none = No hay hitos con los que medir el avance
pledge-by-date = Fecha objetivo: { $date }
pledge-withdrawn-on = Retirado el { $date }
pledge-next-report = próximo informe a más tardar el { $date }
pledge-baseline = Problema y situación de partida
pledge-assessment-baseline = La autoevaluación compartida de la organización
pledge-assessment-cycle = Ciclo «{ $cycle }», que cierra el { $date }, tal como la organización lo comparte.
pledge-assessment-domain = Ámbito de competencias
pledge-assessment-score = Puntuación
pledge-assessment-too-few = Muy pocas respuestas para mostrarla
pledge-target = Meta
pledge-milestones = Hitos
pledge-milestone = Hito
pledge-milestone-number = Hito { $number }
pledge-milestone-due = Plazo
pledge-milestone-weight = Peso
pledge-milestone-completion = Grado de cumplimiento
pledge-milestone-unweighted = Sin ponderar
pledge-no-milestones = Este compromiso no tiene hitos.
pledge-evidence = Evidencias
pledge-reports = Informes de avance
pledge-no-reports = Todavía no hay informes de avance.
pledge-report-heading = Informe { $number }, { $date }
pledge-report-by = Presentado por { $name }
pledge-report-new = Presentar un informe de avance
pledge-report-file = Publicar el informe
pledge-assessment = Evaluación independiente del equipo editorial
pledge-assessment-by = Por { $name }, { $date }
pledge-assessment-completion = Grado de cumplimiento según las evidencias
pledge-assess = Evaluar este informe
pledge-assess-save = Publicar la evaluación
pledge-reply = Respuesta de quien se compromete
pledge-reply-by = Por { $name }, { $date }
pledge-reply-new = Responder a la evaluación
pledge-reply-save = Publicar la respuesta
pledge-withdraw = Retirar este compromiso
pledge-withdraw-hint = Un compromiso retirado nunca se borra: sigue en el hub con la fecha y el motivo que usted indique.
pledge-withdraw-button = Retirar el compromiso
pledge-facts = Sobre este compromiso
pledge-pledger = Compromiso asumido por
pledge-place = País y región
pledge-dates = Fechas
pledge-published = Publicado
pledge-tags = Temas

pledge-new-title = Asumir un compromiso
pledge-view-public = Ver el compromiso publicado
pledge-read-only = Este compromiso ya no puede modificarse aquí.
pledge-no-organisation = Solo una cuenta vinculada a una organización miembro puede asumir un compromiso, en nombre de esa organización.
pledge-for-organisation = En nombre de { $name }
pledge-starts = Fecha de inicio
pledge-ends = Fecha objetivo
pledge-lang = Idioma del texto
pledge-hint-commitment = A qué se compromete su organización, en pocas frases.
pledge-hint-baseline = Opcional: el problema al que responde el compromiso y la situación actual.
pledge-hint-target = Lo que será cierto cuando se cumpla el compromiso, para poder juzgar el avance.
pledge-hint-date = Una fecha con el formato AAAA-MM-DD.
pledge-hint-milestones = Cada hito necesita un título y un plazo que no pase de la fecha objetivo. Los pesos son opcionales y no tienen por qué sumar 100: se escalan según su suma, y un hito sin peso cuenta como el promedio de los hitos ponderados.
pledge-hint-weight = Opcional: un número, cero o más.
pledge-hint-evidence = Un enlace por línea: páginas de eventos (/events/…), casos de uso (/cases/…) o ciclos de autoevaluación (/assessment/cycles/…) de este hub, o direcciones web.
pledge-hint-done = Lo que se ha hecho desde el último informe.
pledge-hint-event = La dirección del evento en este hub, por ejemplo /events/su-nombre.
pledge-plan-title = Un hito tomado del plan de un evento
pledge-plan-hint = Una acción del plan de acción que figura en el acta de resultados de un evento publicado puede convertirse en un hito de este compromiso.
pledge-plan-add = Añadir como hito

field-commitment = Compromiso
field-baseline = Problema y situación de partida (opcional)
field-share-assessment = Mostrar nuestras últimas puntuaciones de autoevaluación compartidas como parte de la situación de partida
field-target = Meta
field-evidence-links = Enlaces a evidencias (opcional)
field-milestone = Hito
field-done = Lo que se ha hecho
field-completion = Grado de cumplimiento
field-reply = Su respuesta
field-withdraw-reason = Por qué se retira el compromiso
field-event = Evento
field-item = Número de la acción del plan

pledge-error-no-organisation = Solo una cuenta vinculada a una organización miembro puede asumir un compromiso.
pledge-error-date = Indique una fecha con el formato AAAA-MM-DD.
pledge-error-ends-before-start = La fecha objetivo no puede ser anterior a la fecha de inicio.
pledge-error-milestone-after-end = El plazo de un hito no puede pasar de la fecha objetivo del compromiso.
pledge-error-weight-number = El peso debe ser un número.
pledge-error-weight-negative = El peso no puede ser negativo.
pledge-error-weight-large = Este peso es demasiado grande.
pledge-error-too-many-milestones = Un compromiso tiene como máximo 20 hitos.
pledge-error-too-many-links = Indique como máximo 20 enlaces.
pledge-error-evidence = Cada línea debe ser una página de eventos, casos de uso o ciclos de autoevaluación de este hub, o una dirección web que empiece por https://.
pledge-error-tags = Elija los temas de las listas propuestas.
pledge-error-language = Elija un idioma de la lista.
pledge-error-milestones-changed = Indique el grado de cumplimiento de cada hito.
pledge-error-no-event = Ningún evento publicado tiene esta dirección.
pledge-error-no-plan-item = El plan del evento no tiene ninguna acción con este número.
pledge-error-translate-own = Solo la organización que asumió este compromiso puede traducirlo.
