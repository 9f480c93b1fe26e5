## Рабочие группы

nav-groups = Рабочие группы
kind-group = Рабочая группа
kind-output = Итоговый документ группы
field-group-name = Название
field-charter = Круг ведения
field-visibility = Кому видна группа
field-quorum = Необходимое число одобрений

groups-title = Рабочие группы
groups-lead = Члены коалиции совместно готовят руководства, учебные программы и программные документы по избранным темам. Документы, одобренные группой, публикуются здесь в открытом доступе.
groups-empty = Пока нет рабочих групп, которые вы можете видеть.
groups-outputs = Одобренные итоговые документы
group-new = Создать рабочую группу
group-create = Создать группу
group-field-name = Название
group-field-theme = Тема
group-field-charter = Круг ведения
group-hint-charter = Над чем, как и до какого срока работает группа. Markdown; первый абзац служит кратким описанием в списке групп.
group-field-visibility = Кому видна группа
group-field-quorum = Необходимое число одобрений
group-hint-quorum = Сколько участников должны одобрить редакцию, прежде чем она будет опубликована как итоговый документ группы (от 1 до 50).
group-visibility-public = Всем
group-visibility-members = Только пользователям платформы
group-visibility-private = Только участникам группы
group-member-count = { $count ->
    [0] Нет участников
    [one] { $count } участник
    [few] { $count } участника
    [many] { $count } участников
   *[other] { $count } участника
}
group-latest-activity = последняя активность: { $date }
group-led-by = Руководство группой: { $organisations }
group-endorsed-by = Одобрено рабочей группой «{ $group }» { $date }
group-approved-by = Одобрили: { $names }
group-output-revision = редакция { $number }
group-badge-endorsed = Одобрено

group-charter = Круг ведения
group-you-are-lead = Вы руководите этой группой.
group-you-are-member = Вы участник этой группы.
group-leave = Выйти из группы
group-request-pending = Вы подали заявку на вступление; руководитель группы ответит вам.
group-invited = Руководитель пригласил вас вступить в эту группу.
group-accept-invitation = Принять приглашение
group-decline-invitation = Отклонить
group-ask-to-join = Подать заявку на вступление
group-sign-in-to-join = Войдите, чтобы подать заявку на вступление
group-documents = Документы
group-documents-empty = У группы пока нет документов.
group-field-document-title = Название нового документа
group-field-document-language = Язык документа
group-document-language = Язык:
group-field-title = Название
group-rename-title = Переименовать документ
group-rename-hint = Меняйте название по мере развития документа; перевод получает название на своём языке.
group-rename = Сохранить название
group-create-document = Создать документ
group-updated-on = обновлено { $date }
group-activity = Последние действия
group-activity-empty = Пока ничего не происходило.
group-activity-edit = правка документа
group-activity-merge = правка со слиянием в документе
group-activity-restore = восстановление прежней версии документа
group-activity-endorsed = опубликован как одобренный документ:
group-members = Участники
group-pending = Ожидают ответа
group-role-lead = руководитель
group-role-member = участник
group-standing-requested = заявка на вступление
group-standing-invited = приглашение направлено
group-action-accept = Принять: { $name }
group-action-decline = Отклонить: { $name }
group-action-withdraw = Отозвать приглашение: { $name }
group-action-make-lead = Назначить руководителем: { $name }
group-action-make-member = Сделать рядовым участником: { $name }
group-action-remove = Исключить: { $name }
group-field-invite = Пригласить участника
group-hint-invite = Адрес электронной почты его учетной записи на платформе.
group-invite = Пригласить
group-settings = Настройки группы
group-save-settings = Сохранить настройки

group-history = История изменений
group-revision-line = Редакция { $number } · { $kind } · { $author } · { $date }
group-kind-edit = правка
group-kind-merge = правка со слиянием
group-kind-conflict = конфликт
group-kind-restore = восстановление
group-open-conflicts = Ваши изменения пересеклись с изменениями другого участника и пока не внесены в текст. Согласуйте их:
group-document-empty = В этом документе пока нет текста. Напишите первую версию ниже.
group-also-editing = Сейчас также редактируют: { $names }
group-current-text = Текущий текст
group-edit = Редактировать
group-field-body = Текст
group-hint-body = Markdown, по одному абзацу на строку. Изменения в разных абзацах объединяются с изменениями других участников; изменения в одном и том же абзаце сохраняются, чтобы вы могли их согласовать.
group-your-changes = Ваши изменения
group-no-changes = Изменений пока нет.
group-changes-failed = Сейчас невозможно сравнить ваши изменения; ваш текст сохранен.
group-field-note = Что изменилось (необязательно)
group-hint-note = Несколько слов для истории изменений.
group-save = Сохранить
group-show-changes = Показать мои изменения
group-endorsement = Одобрение
group-published-revision = Редакция { $number } опубликована как итоговый документ группы с { $date }.
group-read-output = Прочитать
group-endorsement-count = Редакция { $number } предложена для одобрения: одобрений { $count } из { $quorum } необходимых (участников в группе: { $members }).
group-endorsed-so-far = Одобрили: { $names }.
group-endorse = Одобрить редакцию { $number }
group-propose-hint = Когда текст будет готов, предложите его для одобрения: он будет опубликован, как только достаточное число участников одобрит именно эту редакцию. Любая последующая правка потребует повторного одобрения.
group-propose = Предложить редакцию { $number } для одобрения
group-not-proposed = Текущий текст не предложен для одобрения.

group-history-of = История изменений: { $title }
group-history-caption = Все редакции, начиная с последней. Конфликтующие правки хранятся рядом с текстом и никогда его не перезаписывают.
group-col-revision = Редакция
group-col-kind = Тип
group-col-author = Автор
group-col-note = Примечание
group-col-saved = Сохранено
group-col-actions = Действия
group-current = текущая
group-compare = Сравнить
group-compare-from = С редакции
group-compare-to = По редакцию
group-compare-previous = Изменения
group-restore = Восстановить редакцию { $number }
group-restore-note = Восстановлена редакция { $number }
group-compare-title = Изменения с редакции { $from } по редакцию { $to }
group-diff-added = добавлено
group-diff-removed = удалено
group-no-difference = Тексты двух редакций совпадают.
group-revision-title = Редакция { $number }: { $title }
group-conflict-explained = Ваши изменения пересекаются с изменениями, которые кто-то сохранил, пока вы редактировали текст. Ничего не потеряно: ваш текст сохранен здесь, а текущий текст не изменился. Согласуйте их ниже.
group-conflict-current = Текущий текст
group-conflict-yours = Ваш текст
group-conflict-difference = Чем ваш текст отличается от текущего
group-diff-yours = только в вашем тексте
group-diff-theirs = только в текущем тексте
group-conflict-resolve = Согласовать
group-conflict-resolve-hint = Отредактируйте свой текст так, чтобы в нем было учтено то, что требует другое изменение, и сохраните его как новую версию.
group-conflict-save = Сохранить согласованный текст
group-resolve-note = Согласован конфликт { $number }

notice-group-created = Группа создана. Вы ее руководитель.
notice-group-join-asked = Ваша заявка направлена руководителям группы.
notice-group-joined = Добро пожаловать в группу!
notice-group-invitation-declined = Вы отклонили приглашение.
notice-group-left = Вы вышли из группы.
notice-group-invited = Приглашение отправлено.
notice-group-member-changed = Состав участников обновлен.
notice-group-settings-saved = Настройки сохранены.
notice-group-document-created = Документ создан. Напишите его первую версию.
notice-group-saved = Ваши изменения сохранены.
notice-group-merged = Пока вы редактировали текст, кто-то сохранил изменения в других абзацах, поэтому теперь в тексте учтены и те и другие.
notice-group-conflict = Ваши изменения пересекаются с изменениями другого участника. Ваш текст сохранен как эта редакция; согласуйте его ниже.
notice-group-proposed = Редакция предложена для одобрения.
notice-group-endorsed = Ваше одобрение учтено.
notice-group-published = С вашим одобрением кворум достигнут: редакция опубликована как итоговый документ группы.
notice-group-restored = Прежняя редакция восстановлена в качестве текущего текста.

group-error-quorum = Введите число от 1 до 50.
group-error-last-lead = В группе должен быть хотя бы один руководитель: сначала назначьте руководителем другого участника.
group-error-no-account = Учетной записи с этим адресом нет. Сначала этому человеку нужно подать заявку на подключение к платформе.
group-error-already-member = Этот человек уже состоит в группе или приглашен в нее.
group-error-not-head = Текст изменился с тех пор, как вы его открыли: сначала ознакомьтесь с текущей версией.
group-error-translate-members = Переводить документы этой рабочей группы могут только её участники: сначала подайте заявку на вступление в группу.
group-diff-source = Изменения в исходном тексте Markdown

mail-group-invite-subject = Приглашение в рабочую группу «{ $group }»
mail-group-invite-body = { $name } приглашает вас вступить в рабочую группу «{ $group }» на платформе Coalition Hub.

    Войдите в систему и примите приглашение на странице группы:
    { $link }
mail-group-request-subject = { $name }: заявка на вступление в группу «{ $group }»
mail-group-request-body = { $name } подает заявку на вступление в рабочую группу «{ $group }», которой вы руководите на платформе Coalition Hub.

    Примите или отклоните заявку на странице группы:
    { $link }
mail-group-accepted-subject = Добро пожаловать в рабочую группу «{ $group }»
mail-group-accepted-body = Руководитель группы { $name } принял вашу заявку: теперь вы участник рабочей группы «{ $group }» на платформе Coalition Hub.

    { $link }
