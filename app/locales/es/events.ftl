## Eventos: conferencias, sesiones de foros, seminarios web, cursos de formación y seminarios

nav-events = Eventos
kind-event = Evento

events-title = Eventos
events-lead = Conferencias, sesiones de foros, seminarios web, cursos de formación y seminarios de la coalición y sus miembros: antes de que se celebren y, después, sus resultados.
events-upcoming = Próximos eventos
events-past = Eventos anteriores
events-none-upcoming = Ningún evento próximo coincide con estos filtros.
events-facets = Acotar los eventos
events-calendar = Añadir estos eventos a su calendario (iCalendar)
events-feed = Canal de eventos nuevos
events-propose = Proponer un evento
events-waiting = Propuestas pendientes de revisión
events-of-organisation = Eventos
events-facet-when = Fecha
events-facet-kind = Tipo de evento
events-facet-format = Modalidad
events-facet-lang = Idioma
events-facet-region = Región
events-facet-org = Organización
events-when-upcoming = Próximos
events-when-past = Anteriores

event-kind-conference = Conferencia
event-kind-session = Sesión de foro
event-kind-webinar = Seminario web
event-kind-training = Curso de formación
event-kind-seminar = Seminario
event-format-in-person = Presencial
event-format-online = En línea
event-format-hybrid = Presencial y en línea
event-schedule-scheduled = Programado
event-schedule-postponed = Aplazado
event-schedule-cancelled = Cancelado
event-not-stated = Sin indicar

event-facts = Datos principales
event-fact-when = Fecha
event-fact-kind = Tipo
event-fact-format = Modalidad
event-fact-place = Lugar
event-fact-online = Sala virtual
event-fact-languages = Idiomas
event-fact-interpretation = Interpretación
event-fact-organisers = Organizadores
event-fact-links = Enlaces
event-online-for-registrants = El enlace se envía a los participantes inscritos.
event-your-time = Su hora local:
event-add-to-calendar = Añadir al calendario
event-people = Moderadores y oradores
event-moderators = Moderadores
event-speakers = Oradores
event-agenda = Programa
event-organise-link = Inscripciones y acta de resultados
event-edit-link = Editar el evento

event-outcome = Acta de resultados
event-outcome-key-issues = Principales cuestiones examinadas
event-outcome-outcomes = Resultados concretos
event-outcome-plan = Plan de acción
event-outcome-recordings = Grabaciones
event-outcome-slides = Diapositivas y documentos
event-outcome-organisations = Organizaciones asistentes
event-outcome-attendance = Asistieron { $count } personas.
event-plan-action = Medida
event-plan-owner = Responsable
event-plan-due = Plazo

event-registration = Inscripción
event-places = Quedan { $left } plazas de { $capacity }.
event-registration-closed = La inscripción está cerrada.
event-registration-full = El evento está completo.
event-registration-waitlist = El evento está completo: puede inscribirse en la lista de espera y obtendrá una plaza en cuanto quede alguna libre.
event-registration-moderated = El organizador confirma cada inscripción; recibirá un correo electrónico.
event-registration-privacy = Solo el organizador ve su nombre y su dirección de correo electrónico, que se eliminan 30 días después del evento.
event-register = Inscribirse
event-my-registration = Su inscripción
event-registration-holder = Inscripción de { $name }.
event-registration-is-pending = Está pendiente de confirmación por el organizador.
event-registration-is-accepted = Tiene una plaza.
event-registration-is-waitlisted = Está en la lista de espera.
event-registration-is-declined = El organizador no ha podido aceptarla.
event-registration-is-cancelled = Se ha cancelado.
event-online-room = Sala virtual:
event-cancel-registration = Cancelar mi inscripción

event-organise-title = Organización: { $title }
event-registrations = Inscripciones
event-registrations-none = Todavía no se ha inscrito nadie.
event-registrations-purged = Las inscripciones se eliminaron después del evento.
event-registrations-csv = Descargar la lista (CSV)
event-registration-status = Estado
event-registration-when = Fecha de inscripción
event-registration-decision = Decisión
event-registration-pending = Pendiente de confirmación
event-registration-accepted = Con plaza
event-registration-waitlisted = En lista de espera
event-registration-declined = Rechazada
event-registration-cancelled = Cancelada
event-decide-for = Decisión sobre { $name }
event-accept = Aceptar
event-decline = Rechazar
event-schedule-title = Cancelar o aplazar
event-schedule-hint = Todas las personas inscritas recibirán un correo electrónico, y se actualizarán los calendarios que hayan importado el evento.
event-postpone = Aplazar el evento
event-cancel = Cancelar el evento
event-outcome-hint = Los resultados del evento: un elemento por línea. Se muestran en la página del evento, aparecen en las búsquedas y figuran en las páginas de las organizaciones.
event-outcome-save = Guardar el acta de resultados

event-propose-title = Proponer un evento
event-lang = Idioma de la descripción
event-view-public = Ver el evento publicado
event-read-only = No puede modificar este evento en su estado actual.
event-hint-time = En el huso horario del evento: 2030-05-28T10:00, o solo la fecha (2030-05-28) si no se conocen las horas.
event-hint-time-zone = Un nombre de la base de datos de husos horarios de la IANA: Europe/Paris, Africa/Nairobi, America/Bogota, UTC.
event-hint-online-url = Solo se muestra a los participantes inscritos que tienen plaza.
event-hint-languages = Códigos de idioma, separados por comas: en, fr, es.
event-hint-one-a-line = Uno por línea.
event-hint-agenda = Markdown.
event-hint-links = Uno por línea: etiqueta | https://…
event-hint-capacity = Déjelo en blanco si no hay límite.
event-hint-plan = Una por línea: medida | responsable | fecha (2030-12-31); el responsable y la fecha pueden omitirse.

field-kind = Tipo de evento
field-format = Modalidad
field-starts = Inicio
field-ends = Fin
field-time-zone = Huso horario
field-venue = Lugar y sala (opcional)
field-address = Dirección (opcional)
field-online-url = Enlace a la sala virtual (opcional)
field-languages = Idiomas (opcional)
field-interpretation = Interpretación (opcional)
field-organisers = Organizaciones organizadoras (opcional)
field-moderators = Moderadores (opcional)
field-speakers = Oradores (opcional)
field-agenda = Programa (opcional)
field-registration = Permitir la inscripción en la plataforma
field-capacity = Aforo (opcional)
field-waitlist = Abrir una lista de espera cuando el evento esté completo
field-moderated = Confirmar personalmente cada inscripción
field-key-issues = Principales cuestiones examinadas
field-outcomes = Resultados concretos
field-plan = Plan de acción
field-recordings = Grabaciones
field-slides = Diapositivas y documentos
field-attendance = Número de asistentes (opcional)
field-attending = Organizaciones asistentes

event-error-kind = Elija un tipo de evento.
event-error-format = Elija una modalidad.
event-error-language = Utilice códigos de idioma como en o fr.
event-error-url = Indique una dirección web que empiece por https://.
event-error-link = «{ $value }» no es una dirección web que empiece por https://.
event-error-time-zone = «{ $value }» no es un huso horario de la base de datos de la IANA (por ejemplo, Europe/Paris o UTC).
event-error-time = Escriba una fecha y hora como 2030-05-28T10:00, o solo la fecha.
event-error-mixed-times = Indique horas tanto para el inicio como para el fin, o fechas para ambos.
event-error-end-before-start = El fin debe ser posterior al inicio.
event-error-capacity = El aforo debe ser un número entero entre 1 y 100000.
event-error-capacity-below-accepted = Ya hay { $value } personas con plaza: el aforo no puede ser inferior.
event-error-tag = «{ $value }» no es un término de la taxonomía.
event-error-plan-action = Cada elemento del plan debe tener una medida.
event-error-plan-date = «{ $value }» no es una fecha como 2030-12-31.
event-error-attendance = El número de asistentes debe ser un número entero.
event-error-registration-closed = La inscripción en este evento está cerrada.
event-error-registration-over = El evento ya ha comenzado: la inscripción está cerrada.
event-error-full = El evento está completo y no tiene lista de espera.
event-error-already-registered = Esta dirección de correo electrónico ya está inscrita en este evento.

events-notice-registration-accepted = Se ha inscrito. Le estamos enviando por correo electrónico una confirmación con el evento para su calendario.
events-notice-registration-waitlisted = Está en la lista de espera. Le enviaremos un correo electrónico en cuanto obtenga una plaza.
events-notice-registration-pending = Su inscripción está pendiente de confirmación por el organizador. Le enviaremos un correo electrónico.
events-notice-registration-cancelled = Su inscripción se ha cancelado.
events-notice-registration-decided = Se ha informado a la persona inscrita por correo electrónico.
events-notice-outcome-saved = El acta de resultados se ha guardado.
events-notice-event-schedule-changed = El evento se ha modificado y se ha informado a todas las personas inscritas por correo electrónico.
events-notice-event-submitted = Su evento se ha enviado. Un editor lo revisará.
events-notice-event-status-changed = El estado del evento ha cambiado.
events-notice-draft-saved = Borrador guardado.

event-mail-accepted-subject = Inscripción confirmada: { $title }
event-mail-accepted-body = Hola, { $name }:

    Tiene una plaza en «{ $title }», { $when }.
    Página del evento: { $page }
    Se adjunta el evento para su calendario.
event-mail-waitlisted-subject = Lista de espera: { $title }
event-mail-waitlisted-body = Hola, { $name }:

    «{ $title }» ({ $when }) está completo y usted figura en la lista de espera. Le enviaremos un correo electrónico en cuanto obtenga una plaza.
    Página del evento: { $page }
event-mail-pending-subject = Inscripción recibida: { $title }
event-mail-pending-body = Hola, { $name }:

    El organizador de «{ $title }» ({ $when }) confirma cada inscripción. Le comunicaremos su respuesta por correo electrónico.
    Página del evento: { $page }
event-mail-declined-subject = Inscripción no aceptada: { $title }
event-mail-declined-body = Hola, { $name }:

    El organizador de «{ $title }» ({ $when }) no ha podido aceptar su inscripción.
    Página del evento: { $page }
event-mail-online = Sala virtual: { $url }
event-mail-manage = Su inscripción, donde puede cancelarla: { $link }
event-mail-manage-earlier = Para cancelarla, utilice el enlace que figura en su correo electrónico de confirmación.
event-mail-reminder-day-subject = Recordatorio: { $title }
event-mail-reminder-day-body = Hola, { $name }:

    Le recordamos que «{ $title }» se celebrará próximamente: { $when }.
    Página del evento: { $page }
event-mail-reminder-hour-subject = Dentro de una hora: { $title }
event-mail-reminder-hour-body = Hola, { $name }:

    «{ $title }» comienza dentro de una hora: { $when }.
    Página del evento: { $page }
event-mail-cancelled-subject = Cancelado: { $title }
event-mail-cancelled-body = Hola, { $name }:

    «{ $title }» ({ $when }) se ha cancelado. El evento adjunto actualiza su calendario.
    Página del evento: { $page }
event-mail-postponed-subject = Aplazado: { $title }
event-mail-postponed-body = Hola, { $name }:

    «{ $title }» se ha aplazado. Le comunicaremos la nueva fecha por correo electrónico.
    Página del evento: { $page }
event-mail-moved-subject = Nueva fecha: { $title }
event-mail-moved-body = Hola, { $name }:

    «{ $title }» tiene una nueva fecha: { $when }. El evento adjunto actualiza su calendario.
    Página del evento: { $page }
event-mail-outcome-subject = Falta el acta de resultados: { $title }
event-mail-outcome-body = Hola:

    «{ $title }» se celebró hace dos semanas y todavía no se ha redactado su acta de resultados (principales cuestiones, resultados, plan de acción). Puede redactarla aquí: { $link }
