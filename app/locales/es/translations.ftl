## Conjuntos de traducciones: una misma obra en varios idiomas

translations-also-in = También en:
translations-outdated = Esta traducción se hizo a partir de una versión anterior del original, que ha cambiado desde entonces.
translations-read-original = Leer el original
translations-offer = Traducir a otro idioma
translations-role-original = Original
translations-role-translation = Traducción
translations-role-outdated = Traducción desactualizada

translations-start-title = Empezar una traducción
translations-original-of-kind = El original ({ $kind })
translations-original-language = Escrito en:
translations-complete = Este contenido ya existe en los seis idiomas.
translations-language-label = Idioma de la traducción
translations-language-choose = Elija un idioma
translations-start-hint = Se abre un borrador con el texto del original y el original al lado. Pasa por la misma revisión que cualquier borrador antes de que lo vean los lectores.
translations-start-button = Empezar la traducción
translations-source-title = El original ({ $from }); su traducción: { $into }

translations-desk-title = Lo que falta por traducir
translations-desk-link = Lo que falta por traducir
translations-filter-language = Idioma
translations-filter-kind = Tipo de contenido
translations-filter-all = Todos
translations-filter-button = Mostrar
translations-desk-missing = Contenidos a los que les falta un idioma
translations-desk-outdated = Traducciones desactualizadas
translations-desk-none = Nada por ahora.
translations-col-work = Contenido
translations-col-kind = Tipo
translations-col-original = Idioma del original
translations-col-missing = Idiomas que faltan
translations-col-outdated = Traducciones desactualizadas

translations-error-language = Elija uno de los seis idiomas: árabe, chino, español, francés, inglés o ruso.
translations-error-exists = Este contenido ya tiene una versión en este idioma.
translations-error-of-translation = Esto es una traducción: parta del original.
translations-error-other-set = Este contenido ya forma parte de las traducciones de otro contenido.

notice-translation-started = Su borrador de traducción está listo: el texto del original está en el formulario, para reescribirlo en el nuevo idioma.
