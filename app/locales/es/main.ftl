# Coalition Hub — textos de la interfaz en español.
# Keys are shared by every language; `cargo test` checks that each language has them all.

site-name = Coalition Hub
skip-to-content = Ir al contenido principal
nav-label = Navegación principal
nav-home = Inicio
nav-about = Acerca de
language-switch-label = Idioma de la interfaz
footer-about = Coalition Hub es el espacio de intercambio de conocimientos de la Coalición Dinámica para el Fortalecimiento de la Capacidad Digital: buenas prácticas, una serie mensual de blogs de conocimiento y grupos de trabajo para el sector público.

home-page-title = Inicio
home-title = Fortalecer juntos la capacidad digital de las administraciones públicas
home-lead = Gobiernos, escuelas de administración pública, organizaciones internacionales, instituciones académicas, sociedad civil y empresas comparten lo que da resultado para ayudar a los funcionarios públicos a dominar la inteligencia artificial y la transformación digital.
home-latest = Artículos más recientes
home-empty = Todavía no se ha publicado nada.
home-search-label = Buscar artículos, casos de buenas prácticas, grupos de trabajo y miembros
home-cases-title = Casos de buenas prácticas más recientes
home-cases-empty = Todavía no se ha publicado ningún caso.
home-cases-all = Todos los casos de buenas prácticas
home-groups-title = Grupos de trabajo
home-groups-all = Todos los grupos de trabajo

byline-by = Por { $authors }
reading-time = { $minutes ->
    [one] { $minutes } minuto de lectura
   *[other] { $minutes } minutos de lectura
}

article-contents = Índice
copy-link = Copiar el enlace
copy-link-done = Enlace copiado en el portapapeles.
copy-link-failed = Su navegador no permitió copiar el enlace. Cópielo directamente de la barra de direcciones.

error-go-home = Ir a la página de inicio
error-busy = La plataforma está ocupada en este momento. Vuelva a intentarlo dentro de unos segundos; su sesión sigue abierta.
error-not-found-title = Página no encontrada
error-not-found-body = No hay ninguna página en esta dirección. Es posible que se haya trasladado o que el enlace contenga un error.
error-unauthorized-title = Es necesario iniciar sesión
error-unauthorized-body = Inicie sesión para ver esta página.
error-forbidden-title = Acción no permitida
error-forbidden-body = Su cuenta no tiene permiso para realizar esta acción.
error-invalid-title = Hay un problema en la solicitud
error-invalid-body = No se pudo interpretar la solicitud. Revise los datos introducidos y vuelva a intentarlo.
error-conflict-title = Otra persona ha modificado este contenido
error-conflict-body = Este contenido se modificó mientras usted trabajaba en él. No se ha perdido nada de lo que introdujo; revíselo y vuelva a intentarlo.
error-rate-limited-title = Demasiadas solicitudes
error-rate-limited-body = Espere un minuto y vuelva a intentarlo.
error-internal-title = Se ha producido un error de nuestra parte
error-internal-body = La plataforma no pudo completar esta solicitud. Vuelva a intentarlo dentro de un momento; si el problema persiste, informe a la secretaría de la coalición.
error-unknown-language = Este idioma no está disponible.
error-cross-site = Esta solicitud procedía de otro sitio y fue rechazada. Si quería enviarla, vuelva a abrir la página de Coalition Hub e inténtelo de nuevo desde allí.

search-label = Buscar en la plataforma
search-placeholder = Buscar artículos, casos, grupos…
search-button = Buscar
search-title = Búsqueda
search-title-for = Búsqueda: { $query }
search-feed = Seguir esta búsqueda (canal Atom)
search-feed-title = Búsqueda en Coalition Hub: { $query }
search-sort = Orden
search-sort-relevance = Más pertinentes
search-sort-newest = Más recientes primero
search-count = { $count ->
    [0] Ningún resultado
    [one] 1 resultado
   *[other] { $count } resultados
}
search-count-all = { $count ->
    [one] 1 contenido publicado
   *[other] { $count } contenidos publicados
}
search-nothing = No hay coincidencias. Pruebe con menos palabras o con otras distintas, o quite un filtro.
search-fuzzy = Hay pocas coincidencias exactas: se muestran resultados de palabras similares.
search-did-you-mean = Quizás quiso decir:
search-facets = Acotar los resultados
search-filter-on = (filtro activo; selecciónelo para quitarlo)
search-previous = Página anterior
search-next = Página siguiente
search-pages = Páginas de resultados
search-page-of = Página { $page } de { $pages }
facet-kind = Tipo
facet-domain = Ámbito de competencias
facet-wsis = Línea de acción de la CMSI
facet-sdg = Objetivo de Desarrollo Sostenible
facet-country = País
facet-region = Región
facet-lang = Idioma
facet-year = Año
facet-sdg-value = ODS { $number }
kind-article = Artículo
kind-organisation = Organización miembro
facet-lang-und = Sin especificar
search-query-label = Buscar

## La serie de blogs de conocimiento
nav-blog = Serie de blogs
home-all-issues = Todos los números de la serie
blog-title = Serie de Blogs de Conocimiento
blog-lead = Cada mes, las organizaciones miembros explican cómo fortalecen la capacidad digital en la administración pública: un acervo de experiencias del que otros pueden aprender.
blog-feed-title = Serie de Blogs de Conocimiento (Coalition Hub)
blog-feed-link = Seguir con un lector de canales (Atom)
blog-empty = Todavía no se ha publicado ningún número de la serie.
blog-issue-label = N.º { $number } · { $month }
blog-post-count = { $count ->
    [one] Una entrada
   *[other] { $count } entradas
}
blog-edited-by = Edición a cargo de { $editor }
blog-issue-posts = En este número
blog-issue-read-intro = Leer la introducción de la edición
blog-list-empty = Todavía no hay ninguna entrada publicada.
blog-tag-eyebrow = Tema
blog-author-eyebrow = Autoría
blog-tag-feed-title = { $tag }: entradas en Coalition Hub
blog-author-feed-title = Entradas de { $author } en Coalition Hub
blog-organisation-feed-title = Entradas de { $organisation } en Coalition Hub
byline-by-prefix = Por
article-organisation = Publicado en nombre de
article-language = Idioma:
article-related = Entradas relacionadas
article-tags = Temas
organisation-posts = Entradas
organisation-posts-feed = Entradas de esta organización (canal Atom)
taxonomy-country = País
language-en = inglés
language-fr = francés
language-es = español
language-ar = árabe
language-ru = ruso
language-zh = chino
language-pt = portugués
post-status-draft = Borrador
post-status-submitted = Enviado para revisión
post-status-changes-requested = Cambios solicitados
post-status-approved = Aprobado
post-status-scheduled = Programado
post-status-published = Publicado
post-status-unpublished = Retirado
post-status-archived = Archivado

## Redactar y editar entradas
nav-my-posts = Mis entradas
nav-editor = Mesa de edición
write-sign-in-title = Inicie sesión para escribir
write-new-title = Escribir una nueva entrada
write-my-posts = Mis entradas
write-none-yet = Todavía no ha escrito ninguna entrada.
write-status = Estado
write-updated = Última modificación
write-view-public = Ver la entrada publicada
write-read-only = Su autor ya no puede modificar esta entrada. Un editor todavía puede hacerlo.
write-summary-hint = Una o dos oraciones que se muestran en las listas, los canales y los enlaces compartidos en otros sitios.
write-no-issue = No corresponde a ningún número concreto
write-issue-option = N.º { $number } ({ $month }): { $theme }
write-body-hint = Markdown: ## para un título, **negrita**, *cursiva*, - para una lista, [texto](dirección) para un enlace.
write-preview = Vista previa
write-preview-button = Mostrar la vista previa
write-preview-failed = No se pudo actualizar la vista previa. Su texto está a salvo; pulse «Mostrar la vista previa» para volver a intentarlo.
write-tags = Temas
write-countries-hint = Países a los que se refiere la entrada, por su nombre o su código de dos letras, separados por comas (por ejemplo: Kenya, FR).
write-note-hint = Opcional: qué ha modificado, para el historial.
write-save = Guardar el borrador
write-submit = Enviar para revisión
field-title = Título
field-summary = Resumen
field-lang = Idioma de la entrada
field-issue = Número de la serie
field-body = Texto
field-tags = Temas
field-countries = Países
field-note = Cambios realizados
field-comment = Comentario
field-publish-at = Hora de publicación (UTC)
field-month = Mes
field-number = Número
field-theme = Tema
field-slot-issue = Número
field-topic = Asunto
field-deadline = Plazo
field-publish-month = Número que se publicará
field-intro = Introducción de la edición
review-title = Revisión e historial
review-approve = Aprobar
review-request-changes = Solicitar cambios
review-schedule = Programar
review-publish = Publicar ahora
review-unpublish = Retirar la publicación
review-archive = Archivar
review-comment = Añadir un comentario
review-comment-hint = Obligatorio para solicitar cambios. El autor lo verá en el historial.
review-not-own = Usted escribió esta entrada, por lo que debe aprobarla otro editor.
review-publish-at-hint = Para programarla: la fecha y la hora, en UTC, en que la entrada se publicará automáticamente.
review-scheduled-for = Programada para el { $time } UTC.
history-title = Historial
history-comment = Comentario
revisions-title = Versiones
revision-words = { $count ->
    [one] una palabra
   *[other] { $count } palabras
}
revision-heading = Versión { $number } de { $count }
revision-saved = Guardada por { $who } el { $when }
revision-note = Nota sobre el cambio:
revision-is-current = Este es el texto actual de la entrada.
revision-source = Texto de esta versión (Markdown)
editor-title = Mesa de edición
editor-review = Pendientes de revisión, aprobadas o programadas
editor-nothing-waiting = No hay nada pendiente.
editor-calendar = Calendario editorial
editor-no-issues = Todavía no hay ningún número previsto.
editor-no-slots = Todavía no se ha asignado ningún turno.
editor-issue-published = Publicado
editor-issue-planned = Previsto
editor-post = Entrada
editor-late = Con retraso
editor-not-started = Sin empezar
editor-no-organisations = Los turnos se asignan a las organizaciones miembros y todavía no hay ninguna: un administrador debe añadirlas.
editor-nothing-to-publish = Todos los números previstos están publicados. Planifique primero el siguiente.
editor-new-issue = Planificar un número
editor-month-hint = El mes de publicación, en formato AAAA-MM.
editor-create-issue = Planificar el número
editor-assign-slot = Asignar un turno
editor-assign = Asignar
editor-publish-issue = Publicar un número
editor-publish = Publicar el número
error-choose = Elija una opción de la lista.
error-future = Elija un momento futuro.
error-month = Introduzca un mes en formato AAAA-MM, por ejemplo 2026-12.
error-number = Introduzca un número entero a partir de 1.
error-date = Introduzca una fecha en formato AAAA-MM-DD.
error-issue-taken = Ya existe un número con ese mes o ese número.
notice-draft-saved = Su borrador se ha guardado.
notice-submitted = Su entrada se ha enviado. Un editor la revisará.
notice-status-changed = El estado de la entrada ha cambiado.
notice-comment-added = Su comentario se ha añadido.
notice-issue-created = El número se ha planificado.
notice-slot-assigned = El turno se ha asignado.
notice-issue-published = El número se ha publicado.
images-title = Imágenes
images-hint = Cargue una imagen y, a continuación, copie su línea Markdown en el texto, donde deba aparecer.
images-file-hint = PNG, JPEG, WebP o GIF, de 8 MB como máximo. Se redimensiona para la página.
images-alt-hint = Describa lo que muestra la imagen para las personas que no pueden verla. Obligatorio.
images-upload = Cargar la imagen
field-image = Archivo de imagen
field-alt = Texto alternativo
error-image-missing = Elija un archivo de imagen.
error-image-too-big = La imagen supera los 8 MB.
error-image-type = La imagen debe ser un archivo PNG, JPEG, WebP o GIF.
error-image-unreadable = No se pudo leer la imagen.
notice-image-added = La imagen se ha añadido. Copie su línea Markdown en el texto.
