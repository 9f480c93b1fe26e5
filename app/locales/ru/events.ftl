## Мероприятия: конференции, сессии форумов, вебинары, тренинги и семинары

nav-events = Мероприятия
kind-event = Мероприятие

events-title = Мероприятия
events-lead = Конференции, сессии форумов, вебинары, тренинги и семинары коалиции и ее членов — до их проведения и с итогами после завершения.
events-upcoming = Предстоящие
events-past = Прошедшие мероприятия
events-none-upcoming = Ни одно предстоящее мероприятие не соответствует этим фильтрам.
events-facets = Уточнить список мероприятий
events-calendar = Добавить эти мероприятия в календарь (iCalendar)
events-feed = Лента новых мероприятий
events-propose = Предложить мероприятие
events-waiting = Предложения, ожидающие проверки
events-of-organisation = Мероприятия
events-facet-when = Когда
events-facet-kind = Вид мероприятия
events-facet-format = Формат
events-facet-lang = Язык
events-facet-region = Регион
events-facet-org = Организация
events-when-upcoming = Предстоящие
events-when-past = Прошедшие

event-kind-conference = Конференция
event-kind-session = Сессия форума
event-kind-webinar = Вебинар
event-kind-training = Тренинг
event-kind-seminar = Семинар
event-format-in-person = Очно
event-format-online = Онлайн
event-format-hybrid = Очно и онлайн
event-schedule-scheduled = Запланировано
event-schedule-postponed = Перенесено
event-schedule-cancelled = Отменено
event-not-stated = Не указано

event-facts = Кратко о мероприятии
event-fact-when = Когда
event-fact-kind = Вид
event-fact-format = Формат
event-fact-place = Место проведения
event-fact-online = Онлайн-зал
event-fact-languages = Языки
event-fact-interpretation = Устный перевод
event-fact-organisers = Организаторы
event-fact-links = Ссылки
event-online-for-registrants = Ссылка направляется зарегистрированным участникам.
event-your-time = Ваше время:
event-add-to-calendar = Добавить в календарь
event-people = Модераторы и докладчики
event-moderators = Модераторы
event-speakers = Докладчики
event-agenda = Программа
event-organise-link = Регистрация и отчет об итогах
event-edit-link = Редактировать мероприятие

event-outcome = Отчет об итогах
event-outcome-key-issues = Основные обсуждавшиеся вопросы
event-outcome-outcomes = Конкретные результаты
event-outcome-plan = План действий
event-outcome-recordings = Записи
event-outcome-slides = Презентации и документы
event-outcome-organisations = Организации-участницы
event-outcome-attendance = Число участников: { $count }.
event-plan-action = Действие
event-plan-owner = Ответственный
event-plan-due = Срок

event-registration = Регистрация
event-places = Осталось мест: { $left } из { $capacity }.
event-registration-closed = Регистрация закрыта.
event-registration-full = Свободных мест нет.
event-registration-waitlist = Свободных мест нет: вы можете записаться в лист ожидания и получите место, как только оно освободится.
event-registration-moderated = Организатор подтверждает каждую регистрацию; вы получите сообщение по электронной почте.
event-registration-privacy = Ваше имя и адрес электронной почты видит только организатор. Они удаляются через 30 дней после мероприятия.
event-register = Зарегистрироваться
event-my-registration = Ваша регистрация
event-registration-holder = Регистрация: { $name }.
event-registration-is-pending = Ожидает подтверждения организатора.
event-registration-is-accepted = Место за вами.
event-registration-is-waitlisted = Вы в листе ожидания.
event-registration-is-declined = Организатор не смог ее принять.
event-registration-is-cancelled = Регистрация отменена.
event-online-room = Онлайн-зал:
event-cancel-registration = Отменить регистрацию

event-organise-title = Организация мероприятия: { $title }
event-registrations = Регистрации
event-registrations-none = Пока никто не зарегистрировался.
event-registrations-purged = Данные о регистрации были удалены после мероприятия.
event-registrations-csv = Скачать список (CSV)
event-registration-status = Статус
event-registration-when = Дата регистрации
event-registration-decision = Решение
event-registration-pending = Ожидает подтверждения
event-registration-accepted = Место предоставлено
event-registration-waitlisted = В листе ожидания
event-registration-declined = Отклонена
event-registration-cancelled = Отменена
event-decide-for = Решение по регистрации: { $name }
event-accept = Принять
event-decline = Отклонить
event-schedule-title = Отменить или перенести
event-schedule-hint = Все зарегистрированные участники получат сообщение по электронной почте, а календари, в которые было импортировано мероприятие, будут обновлены.
event-postpone = Перенести мероприятие
event-cancel = Отменить мероприятие
event-outcome-hint = Итоги мероприятия: по одному пункту на строку. Они отображаются на странице мероприятия, доступны через поиск и приводятся на страницах организаций.
event-outcome-save = Сохранить отчет об итогах

event-propose-title = Предложить мероприятие
event-lang = Язык описания
event-view-public = Открыть опубликованное мероприятие
event-read-only = В текущем статусе это мероприятие изменить нельзя.
event-hint-time = В часовом поясе мероприятия: 2030-05-28T10:00 или только дата (2030-05-28), если время неизвестно.
event-hint-time-zone = Название из базы данных часовых поясов IANA: Europe/Paris, Africa/Nairobi, America/Bogota, UTC.
event-hint-online-url = Видна только зарегистрированным участникам, получившим место.
event-hint-languages = Коды языков через запятую: en, fr, es.
event-hint-one-a-line = По одному на строку.
event-hint-agenda = Markdown.
event-hint-links = По одной на строку: подпись | https://…
event-hint-capacity = Оставьте поле пустым, если число мест не ограничено.
event-hint-plan = По одному на строку: действие | ответственный | дата (2030-12-31); ответственного и дату можно не указывать.

field-kind = Вид мероприятия
field-format = Формат
field-starts = Начало
field-ends = Окончание
field-time-zone = Часовой пояс
field-venue = Место проведения и зал (необязательно)
field-address = Адрес (необязательно)
field-online-url = Ссылка на онлайн-зал (необязательно)
field-languages = Языки (необязательно)
field-interpretation = Устный перевод (необязательно)
field-organisers = Организации-организаторы (необязательно)
field-moderators = Модераторы (необязательно)
field-speakers = Докладчики (необязательно)
field-agenda = Программа (необязательно)
field-registration = Регистрация через платформу
field-capacity = Число мест (необязательно)
field-waitlist = Вести лист ожидания, когда все места заняты
field-moderated = Подтверждать каждую регистрацию лично
field-key-issues = Основные обсуждавшиеся вопросы
field-outcomes = Конкретные результаты
field-plan = План действий
field-recordings = Записи
field-slides = Презентации и документы
field-attendance = Число участников (необязательно)
field-attending = Организации-участницы

event-error-kind = Выберите вид мероприятия.
event-error-format = Выберите формат.
event-error-language = Используйте коды языков, например en или fr.
event-error-url = Укажите веб-адрес, начинающийся с https://.
event-error-link = «{ $value }» не является веб-адресом, начинающимся с https://.
event-error-time-zone = «{ $value }» не является часовым поясом из базы данных IANA (например, Europe/Paris или UTC).
event-error-time = Укажите дату и время, например 2030-05-28T10:00, или только дату.
event-error-mixed-times = Укажите время и для начала, и для окончания либо только даты для обоих.
event-error-end-before-start = Окончание должно быть позже начала.
event-error-capacity = Число мест должно быть целым числом от 1 до 100 000.
event-error-capacity-below-accepted = Места уже предоставлены участникам ({ $value }): число мест не может быть меньше.
event-error-tag = «{ $value }» не является термином таксономии.
event-error-plan-action = Для каждого пункта плана необходимо указать действие.
event-error-plan-date = «{ $value }» не является датой вида 2030-12-31.
event-error-attendance = Число участников должно быть целым числом.
event-error-registration-closed = Регистрация на это мероприятие закрыта.
event-error-registration-over = Мероприятие уже началось: регистрация закрыта.
event-error-full = Свободных мест нет, лист ожидания не предусмотрен.
event-error-already-registered = Этот адрес электронной почты уже зарегистрирован на это мероприятие.

events-notice-registration-accepted = Вы зарегистрированы. На ваш адрес электронной почты отправлено подтверждение с файлом мероприятия для календаря.
events-notice-registration-waitlisted = Вы в листе ожидания. Мы сообщим вам по электронной почте, как только для вас освободится место.
events-notice-registration-pending = Ваша регистрация ожидает подтверждения организатора. Мы сообщим вам по электронной почте.
events-notice-registration-cancelled = Ваша регистрация отменена.
events-notice-registration-decided = Участник будет уведомлен по электронной почте.
events-notice-outcome-saved = Отчет об итогах сохранен.
events-notice-event-schedule-changed = Изменения внесены, все зарегистрированные участники уведомлены по электронной почте.
events-notice-event-submitted = Мероприятие направлено на проверку. Его рассмотрит редактор.
events-notice-event-status-changed = Статус мероприятия изменен.
events-notice-draft-saved = Черновик сохранен.

event-mail-accepted-subject = Вы зарегистрированы: { $title }
event-mail-accepted-body = Здравствуйте, { $name }!

    За вами закреплено место на мероприятии «{ $title }», { $when }.
    Страница мероприятия: { $page }
    Файл мероприятия для вашего календаря прилагается.
event-mail-waitlisted-subject = Лист ожидания: { $title }
event-mail-waitlisted-body = Здравствуйте, { $name }!

    Свободных мест на мероприятии «{ $title }» ({ $when }) нет, и вы записаны в лист ожидания. Мы сообщим вам по электронной почте, как только для вас освободится место.
    Страница мероприятия: { $page }
event-mail-pending-subject = Заявка на регистрацию получена: { $title }
event-mail-pending-body = Здравствуйте, { $name }!

    Организатор мероприятия «{ $title }» ({ $when }) подтверждает каждую регистрацию. Мы сообщим вам его решение по электронной почте.
    Страница мероприятия: { $page }
event-mail-declined-subject = Регистрация не принята: { $title }
event-mail-declined-body = Здравствуйте, { $name }!

    Организатор мероприятия «{ $title }» ({ $when }) не смог принять вашу регистрацию.
    Страница мероприятия: { $page }
event-mail-online = Онлайн-зал: { $url }
event-mail-manage = Ваша регистрация (здесь ее можно отменить): { $link }
event-mail-manage-earlier = Чтобы отменить регистрацию, воспользуйтесь ссылкой из письма с подтверждением.
event-mail-reminder-day-subject = Напоминание: { $title }
event-mail-reminder-day-body = Здравствуйте, { $name }!

    Напоминаем, что скоро состоится мероприятие «{ $title }»: { $when }.
    Страница мероприятия: { $page }
event-mail-reminder-hour-subject = Через час: { $title }
event-mail-reminder-hour-body = Здравствуйте, { $name }!

    Мероприятие «{ $title }» начнется через час: { $when }.
    Страница мероприятия: { $page }
event-mail-cancelled-subject = Отменено: { $title }
event-mail-cancelled-body = Здравствуйте, { $name }!

    Мероприятие «{ $title }» ({ $when }) отменено. Прилагаемый файл мероприятия обновит ваш календарь.
    Страница мероприятия: { $page }
event-mail-postponed-subject = Перенесено: { $title }
event-mail-postponed-body = Здравствуйте, { $name }!

    Мероприятие «{ $title }» перенесено. Мы сообщим вам новое время по электронной почте.
    Страница мероприятия: { $page }
event-mail-moved-subject = Новое время: { $title }
event-mail-moved-body = Здравствуйте, { $name }!

    Мероприятие «{ $title }» перенесено на новое время: { $when }. Прилагаемый файл мероприятия обновит ваш календарь.
    Страница мероприятия: { $page }
event-mail-outcome-subject = Отсутствует отчет об итогах: { $title }
event-mail-outcome-body = Здравствуйте!

    Мероприятие «{ $title }» состоялось две недели назад, но отчет о его итогах (основные вопросы, результаты, план действий) еще не подготовлен. Вы можете подготовить его здесь: { $link }
