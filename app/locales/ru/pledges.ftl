# Обязательства: что страны и организации обязуются сделать для развития потенциала государственных служащих, и их продвижение.

nav-pledges = Обязательства
kind-pledge = Обязательство

pledges-title = Обязательства
pledges-lead = Обязательства стран и организаций по развитию потенциала государственных служащих для цифровой трансформации — с этапами и ежегодными отчётами о ходе выполнения.
pledges-count = { $count ->
    [one] { $count } обязательство
    [few] { $count } обязательства
   *[other] { $count } обязательств
}
pledges-none = Пока ни одно обязательство не соответствует этим фильтрам.
pledges-facets = Уточнить список обязательств
pledges-feed = Лента новых обязательств и отчётов
pledges-export-csv = Экспорт (CSV)
pledges-export-json = Экспорт (JSON)
pledges-new = Взять обязательство
pledges-waiting = Обязательства, ожидающие рецензии
pledges-facet-status = Состояние
pledges-facet-freshness = Отчётность
pledges-facet-region = Регион организации
pledges-facet-group = Группа заинтересованных сторон
pledges-status-active = Выполняется
pledges-status-completed = Выполнено
pledges-status-withdrawn = Отозвано

pledges-world-link = Обязательства по всему миру
pledges-world-title = Обязательства по всему миру
pledges-world-lead = Сколько опубликованных обязательств приходится на каждый регион и каждую страну — по стране организации, взявшей обязательство.
pledges-world-summary = Опубликовано обязательств: { $total }; из них без указания страны: { $without }.
pledges-world-chart = Опубликованные обязательства по регионам
pledges-world-countries = Обязательства по странам: { $region }
pledges-world-count = Обязательства

pledges-notice-pledge-saved = Ваше обязательство сохранено как черновик.
pledges-notice-pledge-submitted = Ваше обязательство отправлено редакторам на рецензию.
pledges-notice-pledge-status-changed = Статус рецензирования обязательства изменился.
pledges-notice-pledge-milestone-added = Пункт плана теперь стал этапом этого обязательства.
pledges-notice-pledge-report-filed = Ваш отчёт о ходе выполнения опубликован ниже.
pledges-notice-pledge-assessed = Ваша оценка опубликована под отчётом.
pledges-notice-pledge-replied = Ваш ответ опубликован под оценкой.
pledges-notice-pledge-withdrawn = Обязательство отозвано. Оно остаётся на платформе с пометкой об отзыве.

pledge-completion-not-started = Не начато
pledge-completion-limited = Частично
pledge-completion-substantial = В основном
pledge-completion-complete = Выполнено

pledge-freshness-new = Новое, первый отчёт ещё не требуется
pledge-freshness-reported = Отчёт представлен в течение года
pledge-freshness-due = Пора представить ежегодный отчёт
pledge-freshness-overdue = Отчёт просрочен
pledge-freshness-inactive = Неактивно: нет отчётов два года

pledge-evidence-event = Мероприятие
pledge-evidence-case = Практический пример
pledge-evidence-cycle = Цикл самооценки
pledge-evidence-web = Веб-страница

pledge-progress = Ход выполнения
pledge-progress-value = Выполнено { $value } % с учётом веса этапов
pledge-progress-none = Нет этапов, по которым можно измерить ход выполнения
pledge-by-date = Целевой срок: { $date }
pledge-withdrawn-on = Отозвано { $date }
pledge-next-report = следующий отчёт — не позднее { $date }
pledge-baseline = Проблема и исходное положение
pledge-assessment-baseline = Самооценка, которую организация сделала общедоступной
pledge-assessment-cycle = Цикл «{ $cycle }», завершение { $date }, в том виде, в каком организация его публикует.
pledge-assessment-domain = Область компетенций
pledge-assessment-score = Балл
pledge-assessment-too-few = Слишком мало ответов, чтобы показать
pledge-target = Цель
pledge-milestones = Этапы
pledge-milestone = Этап
pledge-milestone-number = Этап { $number }
pledge-milestone-due = Срок
pledge-milestone-weight = Вес
pledge-milestone-completion = Степень выполнения
pledge-milestone-unweighted = Без веса
pledge-no-milestones = У этого обязательства нет этапов.
pledge-evidence = Подтверждения
pledge-reports = Отчёты о ходе выполнения
pledge-no-reports = Отчётов о ходе выполнения пока нет.
pledge-report-heading = Отчёт { $number }, { $date }
pledge-report-by = Представил(а): { $name }
pledge-report-new = Представить отчёт о ходе выполнения
pledge-report-file = Опубликовать отчёт
pledge-assessment = Независимая оценка редактора
pledge-assessment-by = { $name }, { $date }
pledge-assessment-completion = Степень выполнения по имеющимся подтверждениям
pledge-assess = Оценить этот отчёт
pledge-assess-save = Опубликовать оценку
pledge-reply = Ответ организации
pledge-reply-by = { $name }, { $date }
pledge-reply-new = Ответить на оценку
pledge-reply-save = Опубликовать ответ
pledge-withdraw = Отозвать это обязательство
pledge-withdraw-hint = Отозванное обязательство никогда не удаляется: оно остаётся на платформе с датой и причиной, которую вы укажете.
pledge-withdraw-button = Отозвать обязательство
pledge-facts = Об обязательстве
pledge-pledger = Обязательство взяла
pledge-place = Страна и регион
pledge-dates = Сроки
pledge-published = Опубликовано
pledge-tags = Темы

pledge-new-title = Взять обязательство
pledge-view-public = Открыть опубликованное обязательство
pledge-read-only = Это обязательство больше нельзя изменить здесь.
pledge-no-organisation = Взять обязательство может только учётная запись, привязанная к организации-участнице, — от имени этой организации.
pledge-for-organisation = От имени организации { $name }
pledge-starts = Дата начала
pledge-ends = Целевой срок
pledge-lang = Язык текста
pledge-hint-commitment = Что обязуется сделать ваша организация — в нескольких предложениях.
pledge-hint-baseline = Необязательно: проблема, на которую отвечает обязательство, и положение дел сегодня.
pledge-hint-target = Что будет достигнуто, когда обязательство будет выполнено, чтобы можно было судить о продвижении.
pledge-hint-date = Дата в формате ГГГГ-ММ-ДД.
pledge-hint-milestones = Для каждого этапа нужны название и срок не позднее целевого срока обязательства. Веса необязательны и не обязаны в сумме давать 100: они пересчитываются пропорционально своей сумме, а этап без веса считается как средний из взвешенных.
pledge-hint-weight = Необязательно: число, ноль или больше.
pledge-hint-evidence = По одной ссылке в строке: страницы мероприятий (/events/…), практических примеров (/cases/…) или циклов самооценки (/assessment/cycles/…) этой платформы либо веб-адреса.
pledge-hint-done = Что сделано с момента предыдущего отчёта.
pledge-hint-event = Адрес мероприятия на этой платформе, например /events/….
pledge-plan-title = Этап из плана мероприятия
pledge-plan-hint = Пункт плана действий из итогового документа опубликованного мероприятия может стать этапом этого обязательства.
pledge-plan-add = Добавить как этап

field-commitment = Обязательство
field-baseline = Проблема и исходное положение (необязательно)
field-share-assessment = Показать наши последние общедоступные результаты самооценки в исходном положении
field-target = Цель
field-evidence-links = Ссылки на подтверждения (необязательно)
field-milestone = Этап
field-done = Что сделано
field-completion = Степень выполнения
field-reply = Ваш ответ
field-withdraw-reason = Почему обязательство отзывается
field-event = Мероприятие
field-item = Номер пункта плана

pledge-error-no-organisation = Взять обязательство может только учётная запись, привязанная к организации-участнице.
pledge-error-date = Укажите дату в формате ГГГГ-ММ-ДД.
pledge-error-ends-before-start = Целевой срок не может быть раньше даты начала.
pledge-error-milestone-after-end = Срок этапа не может быть позднее целевого срока обязательства.
pledge-error-weight-number = Вес должен быть числом.
pledge-error-weight-negative = Вес не может быть меньше нуля.
pledge-error-weight-large = Этот вес слишком велик.
pledge-error-too-many-milestones = У обязательства может быть не более 20 этапов.
pledge-error-too-many-links = Укажите не более 20 ссылок.
pledge-error-evidence = Каждая строка должна быть страницей мероприятий, практических примеров или циклов самооценки этой платформы либо веб-адресом, начинающимся с https://.
pledge-error-tags = Выберите темы из предложенных списков.
pledge-error-language = Выберите язык из списка.
pledge-error-milestones-changed = Укажите степень выполнения каждого этапа.
pledge-error-no-event = Опубликованного мероприятия с таким адресом нет.
pledge-error-no-plan-item = В плане мероприятия нет пункта с таким номером.
pledge-error-translate-own = Перевести это обязательство может только организация, которая его взяла.
