## Idiomas de la interfaz: textos que se escriben de forma distinta en cada idioma

# Cambio de estado en el historial de una revisión («Enviado → Aprobado»); la flecha sigue
# el sentido de lectura.
history-status-change = { $from } → { $to }
