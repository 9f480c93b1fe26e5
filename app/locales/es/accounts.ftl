## Cuentas, directorio de miembros y páginas de administración

nav-members = Miembros
nav-sign-in = Iniciar sesión
nav-sign-out = Cerrar sesión
nav-account = Su cuenta
nav-admin = Administración
nav-join = Solicitar la adhesión

form-problems-title = Hay un problema
choose = Elija…
save = Guardar

field-email = Dirección de correo electrónico
field-password = Contraseña
field-new-password = Nueva contraseña
field-current-password = Contraseña actual
field-name = Nombre completo
field-job-title = Cargo (opcional)
field-listed = Mostrar mi nombre en la página pública de mi organización
field-organisation-name = Nombre de la organización
field-organisation = Organización
field-group = Grupo de partes interesadas
field-country = País
field-website = Sitio web (opcional)
field-motivation = ¿Por qué desea adherirse?
field-description = Descripción breve
field-logo = Logotipo (opcional)
field-role = Función
field-decline-reason = Motivo del rechazo (se enviará a la persona de contacto)
password-hint = Al menos 12 caracteres. Varias palabras sin relación entre sí forman una contraseña segura y fácil de recordar.
website-hint = La dirección completa, que empiece por https://
motivation-hint = Unas pocas oraciones sobre la labor de su organización en materia de capacidad digital en la administración pública.
logo-hint = PNG, JPEG, WebP o GIF, de 2 MB como máximo. Se redimensiona para que quepa en 256 × 256 píxeles.

error-required = Complete este campo.
error-too-long = El texto es demasiado largo.
error-email = Introduzca una dirección de correo electrónico como nombre@ejemplo.org.
error-email-taken = Ya existe una cuenta con esta dirección de correo electrónico.
error-password-short = Utilice al menos 12 caracteres.
error-password-long = Utilice 128 caracteres como máximo.
error-password-wrong = Su contraseña actual no es correcta.
error-sign-in-failed = La dirección de correo electrónico o la contraseña no son correctas.
error-website = Introduzca una dirección web completa, que empiece por https://
error-choose-group = Elija un grupo de partes interesadas.
error-choose-role = Elija una función.
error-choose-organisation = Elija una organización de la lista.
error-country-unknown = Elija un país de la lista.
error-own-role = No puede retirarse a sí mismo la función de administrador.
error-link-unknown = Este enlace no es válido. Compruebe que lo ha copiado entero.
error-link-used = Este enlace ya se ha utilizado. Cada enlace solo funciona una vez.
error-link-expired = Este enlace ha caducado.
error-logo-too-big = El logotipo supera los 2 MB.
error-logo-type = El logotipo debe ser una imagen PNG, JPEG, WebP o GIF.
error-logo-unreadable = No se pudo leer el logotipo como imagen.

notice-signed-in = Ha iniciado sesión.
notice-signed-out = Ha cerrado sesión.
notice-password-changed = Su contraseña se ha cambiado. Se han cerrado todas las demás sesiones.
notice-profile-saved = Su perfil se ha guardado.
notice-session-revoked = Esa sesión se ha cerrado.
notice-reset-sent = Si hay una cuenta con esa dirección, le hemos enviado un enlace para elegir una nueva contraseña. El enlace es válido durante una hora.
notice-join-sent = Gracias. Su solicitud se ha enviado; un administrador le responderá por correo electrónico.
notice-invitation-sent = La invitación se ha enviado.
notice-request-accepted = La solicitud se ha aceptado: la organización ya existe y se ha invitado a su persona de contacto.
notice-request-declined = La solicitud se ha rechazado y se ha comunicado el motivo a la persona de contacto.
notice-organisation-saved = La organización se ha guardado.
notice-role-changed = Guardado. Si la función ha cambiado, esa persona deberá volver a iniciar sesión para utilizarla.
notice-welcome = Le damos la bienvenida a Coalition Hub. Su cuenta está lista.

sign-in-title = Iniciar sesión
sign-in-submit = Iniciar sesión
sign-in-forgot = ¿Ha olvidado su contraseña?
sign-in-no-account = ¿Todavía no tiene cuenta? Las cuentas están reservadas al personal de las organizaciones miembros.
sign-in-already = Ha iniciado sesión como { $name }.

forgot-title = Elegir una nueva contraseña
forgot-lead = Introduzca la dirección de correo electrónico de su cuenta. Le enviaremos un enlace para elegir una nueva contraseña.
forgot-submit = Enviar el enlace

reset-title = Elegir una nueva contraseña
reset-submit = Guardar la nueva contraseña
reset-again = Solicitar un nuevo enlace

invitation-title = Aceptar la invitación
invitation-lead = Ha recibido una invitación para unirse a Coalition Hub con la dirección { $email } y la función { $role }. Para terminar, indique su nombre y elija una contraseña.
invitation-lead-org = Ha recibido una invitación para unirse a Coalition Hub con la dirección { $email }, en nombre de { $organisation }, con la función { $role }. Para terminar, indique su nombre y elija una contraseña.
invitation-submit = Crear mi cuenta
invitation-again = Pida una nueva invitación a un administrador

account-title = Su cuenta
account-sign-in = Inicie sesión para ver esta página.
account-role = Función
account-organisation = Organización
account-no-organisation = Ninguna organización
account-profile = Perfil
account-password = Contraseña
account-change-password = Cambiar la contraseña
account-sessions = Sesiones abiertas
session-current = (este navegador)
session-unknown-browser = Navegador desconocido
session-meta = Desde { $address } · sesión iniciada el { $created } · última actividad el { $seen }
session-revoke = Cerrar esta sesión
session-sign-out = Cerrar sesión aquí

role-member = Miembro
role-editor = Editor
role-admin = Administrador

members-title = Miembros
members-lead = Los gobiernos, escuelas de administración pública, organizaciones internacionales, universidades, organizaciones de la sociedad civil y empresas que integran la coalición.
members-filters = Filtrar los miembros
members-count = { $count ->
    [0] Ninguna organización
    [one] 1 organización
   *[other] { $count } organizaciones
}
members-empty = Ninguna organización miembro coincide con estos filtros.
filter-group = Grupo de partes interesadas
filter-country = País
filter-region = Región
filter-any = Todos
filter-apply = Mostrar
filter-clear = Borrar los filtros

group-government = Gobierno
group-school-of-public-administration = Escuela de administración pública
group-international-organisation = Organización internacional o intergubernamental
group-academia = Instituciones académicas
group-civil-society = Sociedad civil
group-private-sector = Sector privado
group-media = Medios de comunicación
group-technical-community = Comunidad técnica

region-africa = África
region-americas = Américas
region-asia = Asia
region-europe = Europa
region-oceania = Oceanía
region-antarctica = Antártida

org-people = Personas
org-people-empty = Todavía no figura nadie de esta organización.
org-logo-alt = Logotipo de { $name }
org-current-logo = Logotipo actual
org-edit = Editar esta organización

join-title = Solicitar la adhesión a la coalición
join-lead = Son bienvenidas las organizaciones que trabajan en las competencias digitales y de inteligencia artificial de los funcionarios públicos. Un administrador lee todas las solicitudes y responde por correo electrónico.
join-organisation = Su organización
join-contact = Persona de contacto
join-submit = Enviar la solicitud

admin-title = Administración
admin-join-requests = Solicitudes de adhesión
admin-invite = Invitar a una persona
admin-new-organisation = Añadir una organización
admin-people = Personas y funciones
admin-audit = Registro de auditoría
join-requests-empty = Todavía no hay solicitudes.
request-pending = Pendiente
request-accepted = Aceptada
request-declined = Rechazada
request-contact = Contacto: { $name } ({ $email })
request-declined-because = Rechazada: { $reason }
request-accept = Aceptar e invitar a la persona de contacto
request-decline = Rechazar
invite-submit = Enviar la invitación
field-invitation-lang = Idioma del correo de invitación
person-sessions = { $count ->
    [0] sin sesión iniciada
    [one] 1 sesión abierta
   *[other] { $count } sesiones abiertas
}
audit-when = Fecha
audit-who = Persona
audit-what = Acción
audit-target = Objeto
audit-detail = Detalles
audit-from = Origen
audit-command-line = línea de comandos

mail-reset-subject = Elija una nueva contraseña para Coalition Hub
mail-reset-body = Hola, { $name }:

    Alguien, probablemente usted, ha solicitado elegir una nueva contraseña para su cuenta de Coalition Hub.
    Para hacerlo, abra este enlace antes de que transcurra una hora:

    { $link }

    Si no fue usted, no tenga en cuenta este mensaje: su contraseña seguirá siendo la misma.
mail-invite-subject = Invitación a Coalition Hub ({ $organisation })
mail-invite-body = Hola:

    { $inviter } le invita a unirse a Coalition Hub en nombre de { $organisation }.
    Abra este enlace en un plazo de siete días para indicar su nombre y elegir una contraseña:

    { $link }

    El enlace solo funciona una vez. Si no esperaba este mensaje, no lo tenga en cuenta.
mail-declined-subject = Su solicitud de adhesión a Coalition Hub
mail-declined-body = Hola, { $name }:

    Le agradecemos el interés de { $organisation } en la coalición. Por el momento no podemos aceptar la solicitud, por el siguiente motivo:

    { $reason }
