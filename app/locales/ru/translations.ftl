## Наборы переводов: одна работа на нескольких языках

translations-also-in = Также на языках:
translations-outdated = Этот перевод сделан с более ранней версии оригинала, которая с тех пор изменилась.
translations-read-original = Читать оригинал
translations-offer = Перевести на другой язык
translations-role-original = Оригинал
translations-role-translation = Перевод
translations-role-outdated = Устаревший перевод

translations-start-title = Начать перевод
translations-original-of-kind = Оригинал ({ $kind })
translations-original-language = Язык оригинала:
translations-complete = Этот материал уже есть на всех шести языках.
translations-language-label = Язык перевода
translations-language-choose = Выберите язык
translations-start-hint = Откроется черновик с текстом оригинала, а сам оригинал будет виден рядом. Перед публикацией черновик проходит такую же проверку, как и любой другой.
translations-start-button = Начать перевод
translations-source-title = Оригинал ({ $from }); ваш перевод: { $into }

translations-desk-title = Что ещё нужно перевести
translations-desk-link = Что ещё нужно перевести
translations-filter-language = Язык
translations-filter-kind = Тип материала
translations-filter-all = Все
translations-filter-button = Показать
translations-desk-missing = Материалы, которых нет на каком-либо языке
translations-desk-outdated = Устаревшие переводы
translations-desk-none = Пока ничего нет.
translations-col-work = Материал
translations-col-kind = Тип
translations-col-original = Язык оригинала
translations-col-missing = Недостающие языки
translations-col-outdated = Устаревшие переводы

translations-error-language = Выберите один из шести языков: английский, арабский, испанский, китайский, русский или французский.
translations-error-exists = У этого материала уже есть версия на этом языке.
translations-error-of-translation = Это перевод: начните с оригинала.
translations-error-other-set = Этот материал уже входит в переводы другого материала.

notice-translation-started = Черновик перевода готов: текст оригинала уже в форме, осталось переписать его на новом языке.
