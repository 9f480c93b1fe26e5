## Учетные записи, каталог членов и страницы администрирования

nav-members = Члены
nav-sign-in = Войти
nav-sign-out = Выйти
nav-account = Ваша учетная запись
nav-admin = Администрирование
nav-join = Подать заявку

form-problems-title = Обнаружена ошибка
choose = Выберите…
save = Сохранить

field-email = Адрес электронной почты
field-password = Пароль
field-new-password = Новый пароль
field-current-password = Текущий пароль
field-name = Фамилия и имя
field-job-title = Должность (необязательно)
field-listed = Указать меня на публичной странице моей организации
field-organisation-name = Название организации
field-organisation = Организация
field-group = Группа заинтересованных сторон
field-country = Страна
field-website = Веб-сайт (необязательно)
field-motivation = Почему вы хотите вступить в коалицию?
field-description = Краткое описание
field-logo = Логотип (необязательно)
field-role = Роль
field-decline-reason = Причина отказа (будет направлена контактному лицу)
password-hint = Не менее 12 символов. Несколько не связанных между собой слов образуют надежный и легко запоминающийся пароль.
website-hint = Полный адрес, начинающийся с https://
motivation-hint = Несколько предложений о работе вашей организации по развитию цифрового потенциала государственного управления.
logo-hint = PNG, JPEG, WebP или GIF, не более 2 МБ. Изображение уменьшается до размера 256 × 256 пикселей.

error-required = Заполните это поле.
error-too-long = Слишком длинный текст.
error-email = Введите адрес электронной почты, например name@example.org.
error-email-taken = Учетная запись с этим адресом электронной почты уже существует.
error-password-short = Используйте не менее 12 символов.
error-password-long = Используйте не более 128 символов.
error-password-wrong = Текущий пароль указан неверно.
error-sign-in-failed = Неверный адрес электронной почты или пароль.
error-website = Введите полный веб-адрес, начинающийся с https://
error-choose-group = Выберите группу заинтересованных сторон.
error-choose-role = Выберите роль.
error-choose-organisation = Выберите организацию из списка.
error-country-unknown = Выберите страну из списка.
error-own-role = Вы не можете снять с себя роль администратора.
error-link-unknown = Эта ссылка недействительна. Убедитесь, что вы скопировали ее полностью.
error-link-used = Эта ссылка уже была использована. Каждая ссылка действует только один раз.
error-link-expired = Срок действия этой ссылки истек.
error-logo-too-big = Размер логотипа превышает 2 МБ.
error-logo-type = Логотип должен быть изображением в формате PNG, JPEG, WebP или GIF.
error-logo-unreadable = Не удалось прочитать файл логотипа как изображение.

notice-signed-in = Вы вошли в систему.
notice-signed-out = Вы вышли из системы.
notice-password-changed = Пароль изменен. Все остальные сеансы завершены.
notice-profile-saved = Профиль сохранен.
notice-session-revoked = Этот сеанс завершен.
notice-reset-sent = Если этот адрес используется для учетной записи, на него отправлена ссылка для выбора нового пароля. Ссылка действует в течение одного часа.
notice-join-sent = Спасибо. Ваша заявка отправлена; администратор ответит вам по электронной почте.
notice-invitation-sent = Приглашение отправлено.
notice-request-accepted = Заявка принята: организация создана, а ее контактному лицу направлено приглашение.
notice-request-declined = Заявка отклонена, контактное лицо уведомлено о причине.
notice-organisation-saved = Данные организации сохранены.
notice-role-changed = Сохранено. Если роль изменилась, пользователю необходимо войти в систему заново, чтобы ею воспользоваться.
notice-welcome = Добро пожаловать в Coalition Hub! Ваша учетная запись готова.

sign-in-title = Вход
sign-in-submit = Войти
sign-in-forgot = Забыли пароль?
sign-in-no-account = Еще нет учетной записи? Учетные записи предоставляются сотрудникам организаций — членов коалиции.
sign-in-already = Вы вошли в систему как { $name }.

forgot-title = Выбор нового пароля
forgot-lead = Введите адрес электронной почты, указанный в вашей учетной записи. Мы отправим вам ссылку для выбора нового пароля.
forgot-submit = Отправить ссылку

reset-title = Выбор нового пароля
reset-submit = Сохранить новый пароль
reset-again = Запросить новую ссылку

invitation-title = Примите приглашение
invitation-lead = Вы приглашены в Coalition Hub с адресом { $email } и ролью «{ $role }». Чтобы завершить регистрацию, укажите свое имя и выберите пароль.
invitation-lead-org = Вы приглашены в Coalition Hub с адресом { $email } от организации { $organisation } и ролью «{ $role }». Чтобы завершить регистрацию, укажите свое имя и выберите пароль.
invitation-submit = Создать учетную запись
invitation-again = Запросить у администратора новое приглашение

account-title = Ваша учетная запись
account-sign-in = Войдите в систему, чтобы просмотреть эту страницу.
account-role = Роль
account-organisation = Организация
account-no-organisation = Без организации
account-profile = Профиль
account-password = Пароль
account-change-password = Изменить пароль
account-sessions = Где выполнен вход
session-current = (этот браузер)
session-unknown-browser = Неизвестный браузер
session-meta = Адрес: { $address } · вход: { $created } · последняя активность: { $seen }
session-revoke = Завершить этот сеанс
session-sign-out = Выйти на этом устройстве

role-member = Участник
role-editor = Редактор
role-admin = Администратор

members-title = Члены
members-lead = Правительства, школы государственного управления, международные организации, университеты, организации гражданского общества и компании, входящие в коалицию.
members-filters = Фильтрация списка членов
members-count = { $count ->
    [0] Нет организаций
    [one] { $count } организация
    [few] { $count } организации
    [many] { $count } организаций
   *[other] { $count } организации
}
members-empty = Ни одна организация-член не соответствует этим фильтрам.
filter-group = Группа заинтересованных сторон
filter-country = Страна
filter-region = Регион
filter-any = Все
filter-apply = Показать
filter-clear = Сбросить фильтры

group-government = Правительство
group-school-of-public-administration = Школа государственного управления
group-international-organisation = Международная или межправительственная организация
group-academia = Академические круги
group-civil-society = Гражданское общество
group-private-sector = Частный сектор
group-media = Средства массовой информации
group-technical-community = Техническое сообщество

region-africa = Африка
region-americas = Северная и Южная Америка
region-asia = Азия
region-europe = Европа
region-oceania = Океания
region-antarctica = Антарктика

org-people = Сотрудники
org-people-empty = Сотрудники этой организации пока не указаны.
org-logo-alt = Логотип: { $name }
org-current-logo = Текущий логотип
org-edit = Редактировать данные организации

join-title = Заявка на вступление в коалицию
join-lead = Мы приглашаем организации, работающие над развитием цифровых компетенций и компетенций в области ИИ государственных служащих. Администратор рассматривает каждую заявку и отвечает по электронной почте.
join-organisation = Ваша организация
join-contact = Контактное лицо
join-submit = Отправить заявку

admin-title = Администрирование
admin-join-requests = Заявки на вступление
admin-invite = Пригласить пользователя
admin-new-organisation = Добавить организацию
admin-people = Пользователи и роли
admin-audit = Журнал аудита
join-requests-empty = Заявок пока нет.
request-pending = Ожидает рассмотрения
request-accepted = Принята
request-declined = Отклонена
request-contact = Контактное лицо: { $name } ({ $email })
request-declined-because = Отклонена: { $reason }
request-accept = Принять и пригласить контактное лицо
request-decline = Отклонить
invite-submit = Отправить приглашение
field-invitation-lang = Язык письма с приглашением
person-sessions = { $count ->
    [0] вход не выполнен
    [one] { $count } открытый сеанс
    [few] { $count } открытых сеанса
    [many] { $count } открытых сеансов
   *[other] { $count } открытого сеанса
}
audit-when = Когда
audit-who = Кто
audit-what = Действие
audit-target = Объект
audit-detail = Подробности
audit-from = Откуда
audit-command-line = командная строка

mail-reset-subject = Выбор нового пароля для Coalition Hub
mail-reset-body = Здравствуйте, { $name }!

    Кто-то, вероятно вы, запросил выбор нового пароля для вашей учетной записи в Coalition Hub.
    Чтобы сделать это, перейдите по этой ссылке в течение одного часа:

    { $link }

    Если это были не вы, просто проигнорируйте это сообщение: ваш пароль останется прежним.
mail-invite-subject = Приглашение в Coalition Hub ({ $organisation })
mail-invite-body = Здравствуйте!

    { $inviter } приглашает вас в Coalition Hub от организации { $organisation }.
    Перейдите по этой ссылке в течение семи дней, чтобы указать свое имя и выбрать пароль:

    { $link }

    Ссылка действует один раз. Если вы не ожидали этого сообщения, просто проигнорируйте его.
mail-declined-subject = Ваша заявка на вступление в Coalition Hub
mail-declined-body = Здравствуйте, { $name }!

    Благодарим организацию { $organisation } за интерес к коалиции. К сожалению, в настоящее время мы не можем принять заявку по следующей причине:

    { $reason }
