# Coalition Hub — строки интерфейса на русском языке.
# Ключи общие для всех языков; `cargo test` проверяет, что в каждом языке есть все ключи.

site-name = Coalition Hub
skip-to-content = Перейти к основному содержанию
nav-label = Основная навигация
nav-home = Главная
nav-about = О платформе
language-switch-label = Язык интерфейса
footer-about = Coalition Hub — пространство для обмена знаниями Динамической коалиции по наращиванию цифрового потенциала: передовая практика, ежемесячная серия блогов по обмену знаниями и рабочие группы для государственного сектора.

home-page-title = Главная
home-title = Вместе наращиваем цифровой потенциал государственного управления
home-lead = Правительства, школы государственного управления, международные организации, академические круги, гражданское общество и компании делятся эффективными методами, помогающими государственным служащим осваивать искусственный интеллект и цифровую трансформацию.
home-latest = Последние статьи
home-empty = Пока ничего не опубликовано.
home-search-label = Поиск статей, примеров передовой практики, рабочих групп и членов
home-cases-title = Новые примеры передовой практики
home-cases-empty = Примеры практики пока не опубликованы.
home-cases-all = Все примеры передовой практики
home-groups-title = Рабочие группы
home-groups-all = Все рабочие группы

byline-by = Автор(ы): { $authors }
reading-time = { $minutes ->
    [one] { $minutes } минута чтения
    [few] { $minutes } минуты чтения
    [many] { $minutes } минут чтения
   *[other] { $minutes } минуты чтения
}
# Названия месяцев стоят в родительном падеже: они подставляются в date-long («6 декабря 2026 года»)
# и в month-year, который используется только в подписи выпуска («выпуск декабря 2026 года»).

article-contents = Содержание
copy-link = Копировать ссылку
copy-link-done = Ссылка скопирована в буфер обмена.
copy-link-failed = Браузер не разрешил копирование. Скопируйте адрес из адресной строки.

error-go-home = Перейти на главную страницу
error-busy = Платформа временно перегружена. Повторите попытку через несколько секунд; вы по-прежнему в системе.
error-not-found-title = Страница не найдена
error-not-found-body = По этому адресу страницы нет. Возможно, она была перемещена или в ссылке допущена опечатка.
error-unauthorized-title = Требуется вход в систему
error-unauthorized-body = Войдите в систему, чтобы просмотреть эту страницу.
error-forbidden-title = Действие запрещено
error-forbidden-body = У вашей учетной записи нет прав на это действие.
error-invalid-title = В запросе есть ошибка
error-invalid-body = Не удалось обработать запрос. Проверьте введенные данные и повторите попытку.
error-conflict-title = Эти данные изменил другой пользователь
error-conflict-body = Пока вы работали, эти данные были изменены. Все, что вы ввели, сохранилось; проверьте изменения и повторите попытку.
error-rate-limited-title = Слишком много запросов
error-rate-limited-body = Подождите минуту и повторите попытку.
error-internal-title = На нашей стороне произошла ошибка
error-internal-body = Платформе не удалось выполнить этот запрос. Повторите попытку чуть позже; если ошибка повторяется, сообщите об этом секретариату коалиции.
error-unknown-language = Этот язык недоступен.
error-cross-site = Этот запрос поступил с другого сайта и был отклонен. Если вы действительно хотели его отправить, снова откройте страницу Coalition Hub и повторите действие оттуда.

search-label = Поиск по платформе
search-placeholder = Поиск статей, примеров, групп…
search-button = Найти
search-title = Поиск
search-title-for = Поиск: { $query }
search-feed = Подписаться на этот поиск (лента Atom)
search-feed-title = Поиск в Coalition Hub: { $query }
search-sort = Порядок
search-sort-relevance = По релевантности
search-sort-newest = Сначала новые
search-count = { $count ->
    [0] Ничего не найдено
    [one] { $count } результат
    [few] { $count } результата
    [many] { $count } результатов
   *[other] { $count } результата
}
search-count-all = { $count ->
    [one] Опубликован { $count } материал
    [few] Опубликовано { $count } материала
    [many] Опубликовано { $count } материалов
   *[other] Опубликовано { $count } материала
}
search-nothing = Ничего не найдено. Попробуйте использовать меньше слов или другие слова либо снимите фильтр.
search-fuzzy = Точных совпадений мало: показаны результаты для похожих слов.
search-did-you-mean = Возможно, вы имели в виду:
search-facets = Уточнить результаты
search-filter-on = (фильтр включен; нажмите, чтобы снять)
search-previous = Предыдущая страница
search-next = Следующая страница
search-pages = Страницы результатов
search-page-of = Страница { $page } из { $pages }
facet-kind = Тип
facet-domain = Область компетенций
facet-wsis = Направление деятельности ВВУИО
facet-sdg = Цель в области устойчивого развития
facet-country = Страна
facet-region = Регион
facet-lang = Язык
facet-year = Год
facet-sdg-value = ЦУР { $number }
kind-article = Статья
kind-organisation = Организация-член
facet-lang-und = Не указан
search-query-label = Искать

## Серия блогов по обмену знаниями
nav-blog = Серия блогов
home-all-issues = Все выпуски серии
blog-title = Серия блогов по обмену знаниями
blog-lead = Каждый месяц организации — члены коалиции рассказывают о том, как они наращивают цифровой потенциал государственного управления, пополняя банк опыта, из которого могут черпать знания другие.
blog-feed-title = Серия блогов по обмену знаниями (Coalition Hub)
blog-feed-link = Подписаться через программу чтения лент (Atom)
blog-empty = Ни один выпуск серии пока не опубликован.
blog-issue-label = № { $number } · выпуск { $month }
blog-post-count = { $count ->
    [one] { $count } публикация
    [few] { $count } публикации
    [many] { $count } публикаций
   *[other] { $count } публикации
}
blog-edited-by = Редактор выпуска: { $editor }
blog-issue-posts = В этом выпуске
blog-issue-read-intro = Прочитать вступительное слово редактора
blog-list-empty = Опубликованных материалов пока нет.
blog-tag-eyebrow = Тема
blog-author-eyebrow = Автор
blog-tag-feed-title = { $tag }: публикации в Coalition Hub
blog-author-feed-title = Публикации автора { $author } в Coalition Hub
blog-organisation-feed-title = Публикации организации { $organisation } в Coalition Hub
byline-by-prefix = Автор(ы):
article-organisation = Опубликовано от имени
article-language = Язык:
article-related = Похожие публикации
article-tags = Темы
organisation-posts = Публикации
organisation-posts-feed = Публикации этой организации (лента Atom)
taxonomy-country = Страна
language-en = Английский
language-fr = Французский
language-es = Испанский
language-ar = Арабский
language-ru = Русский
language-zh = Китайский
language-pt = Португальский
post-status-draft = Черновик
post-status-submitted = Направлено на проверку
post-status-changes-requested = Требуются изменения
post-status-approved = Одобрено
post-status-scheduled = Запланировано
post-status-published = Опубликовано
post-status-unpublished = Снято с публикации
post-status-archived = В архиве

## Подготовка и редактирование публикаций
nav-my-posts = Мои публикации
nav-editor = Редакция
write-sign-in-title = Войдите, чтобы написать публикацию
write-new-title = Новая публикация
write-my-posts = Мои публикации
write-none-yet = Вы еще не написали ни одной публикации.
write-status = Статус
write-updated = Последнее изменение
write-view-public = Открыть опубликованный материал
write-read-only = Автор больше не может редактировать эту публикацию. Внести изменения по-прежнему может редактор.
write-summary-hint = Одно-два предложения, которые отображаются в списках, лентах и ссылках на других ресурсах.
write-no-issue = Вне конкретного выпуска
write-issue-option = № { $number } ({ $month }): { $theme }
write-body-hint = Markdown: ## — заголовок, **полужирный**, *курсив*, - — элемент списка, [текст](адрес) — ссылка.
write-preview = Предварительный просмотр
write-preview-button = Показать предварительный просмотр
write-preview-failed = Не удалось обновить предварительный просмотр. Ваш текст сохранен; нажмите «Показать предварительный просмотр», чтобы повторить попытку.
write-tags = Темы
write-countries-hint = Страны, которым посвящена публикация: названия или двухбуквенные коды через запятую (например: Кения, FR).
write-note-hint = Необязательно: что вы изменили (для истории изменений).
write-save = Сохранить черновик
write-submit = Направить на проверку
field-title = Заголовок
field-summary = Краткое содержание
field-lang = Язык публикации
field-issue = Выпуск серии
field-body = Текст
field-tags = Темы
field-countries = Страны
field-note = Что изменилось
field-comment = Комментарий
field-publish-at = Время публикации (UTC)
field-month = Месяц
field-number = Номер выпуска
field-theme = Тема выпуска
field-slot-issue = Выпуск
field-topic = Тема
field-deadline = Срок
field-publish-month = Выпуск для публикации
field-intro = Вступительное слово редактора
review-title = Проверка и история изменений
review-approve = Одобрить
review-request-changes = Запросить изменения
review-schedule = Запланировать
review-publish = Опубликовать сейчас
review-unpublish = Снять с публикации
review-archive = Отправить в архив
review-comment = Добавить комментарий
review-comment-hint = Обязателен при запросе изменений. Автор увидит его в истории изменений.
review-not-own = Вы автор этой публикации, поэтому одобрить ее должен другой редактор.
review-publish-at-hint = Чтобы запланировать публикацию, укажите дату и время (UTC), когда она выйдет автоматически.
review-scheduled-for = Запланировано на { $time } UTC.
history-title = История изменений
history-comment = Комментарий
revisions-title = Редакции
revision-words = { $count ->
    [one] { $count } слово
    [few] { $count } слова
    [many] { $count } слов
   *[other] { $count } слова
}
revision-heading = Редакция { $number } из { $count }
revision-saved = Сохранено: { $who }, { $when }
revision-note = Примечание к изменению:
revision-is-current = Это текущий текст публикации.
revision-source = Текст этой редакции (Markdown)
editor-title = Редакция
editor-review = Ожидают проверки, одобрены или запланированы
editor-nothing-waiting = Ничего не ожидает рассмотрения.
editor-calendar = Редакционный календарь
editor-no-issues = Выпуски пока не запланированы.
editor-no-slots = Места в выпуске пока не закреплены.
editor-issue-published = Опубликован
editor-issue-planned = Запланирован
editor-post = Публикация
editor-late = С опозданием
editor-not-started = Не начата
editor-no-organisations = Места в выпусках закрепляются за организациями — членами коалиции, но их пока нет: их добавляет администратор.
editor-nothing-to-publish = Все запланированные выпуски опубликованы. Сначала запланируйте следующий.
editor-new-issue = Запланировать выпуск
editor-month-hint = Месяц выхода в формате ГГГГ-ММ.
editor-create-issue = Запланировать выпуск
editor-assign-slot = Закрепить место в выпуске
editor-assign = Закрепить
editor-publish-issue = Публикация выпуска
editor-publish = Опубликовать выпуск
error-choose = Выберите значение из списка.
error-future = Выберите время в будущем.
error-month = Введите месяц в формате ГГГГ-ММ, например 2026-12.
error-number = Введите целое число не меньше 1.
error-date = Введите дату в формате ГГГГ-ММ-ДД.
error-issue-taken = Выпуск с таким месяцем или номером уже существует.
notice-draft-saved = Черновик сохранен.
notice-submitted = Публикация направлена на проверку. Ее рассмотрит редактор.
notice-status-changed = Статус публикации изменен.
notice-comment-added = Комментарий добавлен.
notice-issue-created = Выпуск запланирован.
notice-slot-assigned = Место в выпуске закреплено.
notice-issue-published = Выпуск опубликован.
images-title = Изображения
images-hint = Загрузите изображение, затем скопируйте его строку Markdown в то место текста, где оно должно появиться.
images-file-hint = PNG, JPEG, WebP или GIF, не более 8 МБ. Размер изображения подгоняется под страницу.
images-alt-hint = Опишите, что изображено, для людей, которые не могут видеть изображение. Обязательное поле.
images-upload = Загрузить изображение
field-image = Файл изображения
field-alt = Альтернативный текст
error-image-missing = Выберите файл изображения.
error-image-too-big = Размер изображения превышает 8 МБ.
error-image-type = Изображение должно быть файлом в формате PNG, JPEG, WebP или GIF.
error-image-unreadable = Не удалось прочитать изображение.
notice-image-added = Изображение добавлено. Скопируйте его строку Markdown в текст.
