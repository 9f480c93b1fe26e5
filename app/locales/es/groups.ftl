## Grupos de trabajo

nav-groups = Grupos de trabajo
kind-group = Grupo de trabajo
kind-output = Producto de un grupo
field-group-name = Nombre
field-charter = Mandato
field-visibility = Quién puede ver el grupo
field-quorum = Respaldos necesarios

groups-title = Grupos de trabajo
groups-lead = Los miembros de la coalición redactan conjuntamente guías, planes de estudios y documentos de posición sobre temas seleccionados. Lo que un grupo respalda se publica aquí para todo el público.
groups-empty = Todavía no hay ningún grupo de trabajo que usted pueda ver.
groups-outputs = Productos respaldados
group-new = Crear un grupo de trabajo
group-create = Crear el grupo
group-field-name = Nombre
group-field-theme = Tema
group-field-charter = Mandato
group-hint-charter = En qué trabaja el grupo, cómo y hasta cuándo. Markdown; el primer párrafo sirve de resumen en la lista de grupos.
group-field-visibility = Quién puede ver el grupo
group-field-quorum = Respaldos necesarios
group-hint-quorum = Cuántos miembros deben aprobar una versión antes de que se publique como producto del grupo (de 1 a 50).
group-visibility-public = Público
group-visibility-members = Solo miembros de la plataforma
group-visibility-private = Privado, solo para el grupo
group-member-count = { $count ->
    [0] Ningún miembro
    [one] 1 miembro
   *[other] { $count } miembros
}
group-latest-activity = última actividad: { $date }
group-led-by = Dirigido por { $organisations }
group-endorsed-by = Respaldado por el grupo de trabajo { $group } el { $date }
group-approved-by = Aprobado por { $names }
group-output-revision = versión { $number }
group-badge-endorsed = Respaldado

group-charter = Mandato
group-you-are-lead = Usted es responsable de este grupo.
group-you-are-member = Usted es miembro de este grupo.
group-leave = Abandonar el grupo
group-request-pending = Ha solicitado unirse; un responsable del grupo le responderá.
group-invited = Un responsable le ha invitado a unirse a este grupo.
group-accept-invitation = Aceptar la invitación
group-decline-invitation = Rechazar
group-ask-to-join = Solicitar unirse
group-sign-in-to-join = Inicie sesión para solicitar unirse
group-documents = Documentos
group-documents-empty = El grupo todavía no tiene ningún documento.
group-field-document-title = Título de un nuevo documento
group-field-document-language = Idioma del documento
group-document-language = Idioma:
group-field-title = Título
group-rename-title = Cambiar el título del documento
group-rename-hint = Cambie el título a medida que el documento evoluciona; una traducción recibe un título en su propio idioma.
group-rename = Guardar el título
group-create-document = Crear el documento
group-updated-on = actualizado el { $date }
group-activity = Actividad reciente
group-activity-empty = Todavía no ha habido actividad.
group-activity-edit = editó
group-activity-merge = editó (cambios fusionados)
group-activity-restore = restauró una versión anterior de
group-activity-endorsed = publicado con el respaldo del grupo:
group-members = Miembros
group-pending = Pendientes de respuesta
group-role-lead = responsable
group-role-member = miembro
group-standing-requested = ha solicitado unirse
group-standing-invited = invitación enviada
group-action-accept = Aceptar a { $name }
group-action-decline = Rechazar a { $name }
group-action-withdraw = Retirar la invitación a { $name }
group-action-make-lead = Nombrar responsable a { $name }
group-action-make-member = Convertir a { $name } en miembro
group-action-remove = Retirar a { $name }
group-field-invite = Invitar a alguien
group-hint-invite = La dirección de correo electrónico de su cuenta en la plataforma.
group-invite = Invitar
group-settings = Configuración del grupo
group-save-settings = Guardar la configuración

group-history = Historial
group-revision-line = Versión { $number } · { $kind } · { $author } · { $date }
group-kind-edit = edición
group-kind-merge = edición fusionada
group-kind-conflict = conflicto
group-kind-restore = restauración
group-open-conflicts = Tiene cambios que se superponen con los de otra persona y que todavía no figuran en el texto. Concílielos:
group-document-empty = Este documento todavía no tiene texto. Escriba la primera versión a continuación.
group-also-editing = También están editando ahora: { $names }
group-current-text = Texto actual
group-edit = Editar
group-field-body = Texto
group-hint-body = Markdown, un párrafo por línea. Los cambios en párrafos distintos se fusionan con los de otras personas; los cambios en un mismo párrafo se conservan para que usted los concilie.
group-your-changes = Sus cambios
group-no-changes = Todavía no hay cambios.
group-changes-failed = No es posible comparar sus cambios en este momento; su texto está a salvo.
group-field-note = Qué ha cambiado (opcional)
group-hint-note = Unas palabras para el historial.
group-save = Guardar
group-show-changes = Mostrar mis cambios
group-endorsement = Respaldo
group-published-revision = La versión { $number } está publicada como producto del grupo desde el { $date }.
group-read-output = Leerla
group-endorsement-count = Se ha propuesto respaldar la versión { $number }: se necesitan { $quorum } respaldos y hay { $count } ({ $members } miembros).
group-endorsed-so-far = Con el respaldo de { $names }.
group-endorse = Respaldar la versión { $number }
group-propose-hint = Cuando el texto esté listo, propóngalo: se publicará en cuanto suficientes miembros respalden exactamente esta versión. Cualquier modificación posterior requerirá nuevos respaldos.
group-propose = Proponer la versión { $number } para su respaldo
group-not-proposed = El texto actual no se ha propuesto para su respaldo.

group-history-of = Historial de { $title }
group-history-caption = Todas las versiones, de la más reciente a la más antigua. Los conflictos se conservan junto al texto, nunca lo sobrescriben.
group-col-revision = Versión
group-col-kind = Tipo
group-col-author = Autor
group-col-note = Nota
group-col-saved = Guardada
group-col-actions = Acciones
group-current = actual
group-compare = Comparar
group-compare-from = Desde la versión
group-compare-to = Hasta la versión
group-compare-previous = Cambios
group-restore = Restaurar la versión { $number }
group-restore-note = Versión { $number } restaurada
group-compare-title = Cambios de la versión { $from } a la versión { $to }
group-diff-added = añadido
group-diff-removed = suprimido
group-no-difference = Las dos versiones tienen el mismo texto.
group-revision-title = Versión { $number } de { $title }
group-conflict-explained = Sus cambios se superponen con cambios que otra persona guardó mientras usted editaba. No se ha perdido nada: su texto se conserva aquí y el texto actual no ha cambiado. Concilie ambos a continuación.
group-conflict-current = Texto actual
group-conflict-yours = Su texto
group-conflict-difference = En qué se diferencia su texto del texto actual
group-diff-yours = solo en el suyo
group-diff-theirs = solo en el texto actual
group-conflict-resolve = Conciliar
group-conflict-resolve-hint = Modifique su texto para que conserve lo que necesita el otro cambio y, a continuación, guárdelo como nueva versión.
group-conflict-save = Guardar el texto conciliado
group-resolve-note = Conflicto { $number } conciliado

notice-group-created = El grupo se ha creado. Usted es su responsable.
notice-group-join-asked = Su solicitud se ha enviado a los responsables del grupo.
notice-group-joined = Le damos la bienvenida al grupo.
notice-group-invitation-declined = Ha rechazado la invitación.
notice-group-left = Ha abandonado el grupo.
notice-group-invited = La invitación se ha enviado.
notice-group-member-changed = Los miembros se han actualizado.
notice-group-settings-saved = La configuración se ha guardado.
notice-group-document-created = El documento se ha creado. Escriba su primera versión.
notice-group-saved = Sus cambios se han guardado.
notice-group-merged = Otra persona guardó cambios mientras usted editaba; afectaban a otros párrafos, por lo que ahora ambos figuran en el texto.
notice-group-conflict = Sus cambios se superponen con los de otra persona. Su texto se conserva como esta versión; concílielo a continuación.
notice-group-proposed = La versión se ha propuesto para su respaldo.
notice-group-endorsed = Su respaldo ha quedado registrado.
notice-group-published = Con su respaldo se ha alcanzado el quórum: la versión se ha publicado como producto del grupo.
notice-group-restored = La versión anterior se ha restaurado como texto actual.

group-error-quorum = Introduzca un número del 1 al 50.
group-error-last-lead = Un grupo necesita al menos un responsable: nombre primero responsable a otra persona.
group-error-no-account = Nadie tiene una cuenta con esta dirección. Esa persona puede solicitar primero la adhesión a la plataforma.
group-error-already-member = Esta persona ya forma parte del grupo o ya ha sido invitada.
group-error-not-head = El texto ha cambiado desde que lo abrió: lea primero la versión actual.
group-error-translate-members = Solo los miembros de este grupo de trabajo pueden traducir sus documentos: solicite primero unirse al grupo.
group-diff-source = Los cambios en el código fuente Markdown

mail-group-invite-subject = Invitación al grupo de trabajo { $group }
mail-group-invite-body = { $name } le invita a unirse al grupo de trabajo «{ $group }» en Coalition Hub.

    Inicie sesión y acepte la invitación en la página del grupo:
    { $link }
mail-group-request-subject = { $name } solicita unirse a { $group }
mail-group-request-body = { $name } solicita unirse al grupo de trabajo «{ $group }», del que usted es responsable en Coalition Hub.

    Acepte o rechace la solicitud en la página del grupo:
    { $link }
mail-group-accepted-subject = Le damos la bienvenida al grupo de trabajo { $group }
mail-group-accepted-body = { $name } ha aceptado su solicitud: ahora es miembro del grupo de trabajo «{ $group }» en Coalition Hub.

    { $link }
