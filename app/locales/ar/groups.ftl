## Working groups

nav-groups = الأفرقة العاملة
kind-group = فريق عامل
kind-output = ناتج فريق عامل
field-group-name = الاسم
field-charter = الميثاق
field-visibility = من يمكنه رؤية الفريق
field-quorum = عدد الإقرارات المطلوبة

groups-title = الأفرقة العاملة
groups-lead = يشارك أعضاء الائتلاف في صياغة أدلة ومناهج تدريبية وورقات مواقف بشأن محاور مختارة. وما يقرّه أي فريق يُنشر هنا ليطّلع عليه الجميع.
groups-empty = لا يوجد بعد فريق عامل يمكنك الاطلاع عليه.
groups-outputs = النواتج المُقرّة
group-new = إنشاء فريق عامل
group-create = إنشاء الفريق
group-field-name = الاسم
group-field-theme = المحور
group-field-charter = الميثاق
group-hint-charter = ما يعمل عليه الفريق، وكيف، وحتى متى. بصيغة Markdown؛ والفقرة الأولى هي الملخص الذي يظهر في قائمة الأفرقة.
group-field-visibility = من يمكنه رؤية الفريق
group-field-quorum = عدد الإقرارات المطلوبة
group-hint-quorum = عدد الأعضاء الذين يجب أن يوافقوا على نسخة ما قبل نشرها بوصفها ناتجًا للفريق (من 1 إلى 50).
group-visibility-public = عام
group-visibility-members = أعضاء المنصة فقط
group-visibility-private = خاص بأعضاء الفريق
group-member-count = { $count ->
    [0] لا يوجد أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
   *[other] { $count } عضوًا
}
group-latest-activity = آخر نشاط في { $date }
group-led-by = برئاسة { $organisations }
group-endorsed-by = أقرّه الفريق العامل { $group } في { $date }
group-approved-by = وافق عليه: { $names }
group-output-revision = النسخة { $number }
group-badge-endorsed = مُقرّ

group-charter = الميثاق
group-you-are-lead = أنت أحد رؤساء هذا الفريق.
group-you-are-member = أنت عضو في هذا الفريق.
group-leave = مغادرة الفريق
group-request-pending = طلبت الانضمام؛ وسيردّ أحد رؤساء الفريق على طلبك.
group-invited = دعاك أحد الرؤساء إلى الانضمام إلى هذا الفريق.
group-accept-invitation = قبول الدعوة
group-decline-invitation = رفض
group-ask-to-join = طلب الانضمام
group-sign-in-to-join = سجّل الدخول لطلب الانضمام
group-documents = الوثائق
group-documents-empty = لا توجد لدى الفريق أي وثيقة بعد.
group-field-document-title = عنوان وثيقة جديدة
group-field-document-language = لغة الوثيقة
group-document-language = اللغة:
group-field-title = العنوان
group-rename-title = تغيير عنوان الوثيقة
group-rename-hint = غيّر العنوان كلما تطورت الوثيقة؛ وتحصل الترجمة على عنوان بلغتها.
group-rename = حفظ العنوان
group-create-document = إنشاء الوثيقة
group-updated-on = حُدّثت في { $date }
group-activity = آخر الأنشطة
group-activity-empty = لم يحدث شيء بعد.
group-activity-edit = عدّل
group-activity-merge = عدّل (بالدمج)
group-activity-restore = استعاد نسخة سابقة من
group-activity-endorsed = نُشر بوصفه ناتجًا مُقرًّا
group-members = الأعضاء
group-pending = بانتظار الرد
group-role-lead = رئيس
group-role-member = عضو
group-standing-requested = طلب الانضمام
group-standing-invited = مدعو
group-action-accept = قبول { $name }
group-action-decline = رفض { $name }
group-action-withdraw = سحب دعوة { $name }
group-action-make-lead = تعيين { $name } رئيسًا
group-action-make-member = جعل { $name } عضوًا
group-action-remove = إزالة { $name }
group-field-invite = دعوة شخص
group-hint-invite = عنوان البريد الإلكتروني لحسابه على المنصة.
group-invite = دعوة
group-settings = إعدادات الفريق
group-save-settings = حفظ الإعدادات

group-history = سجل التغييرات
group-revision-line = النسخة { $number } · { $kind } · { $author } · { $date }
group-kind-edit = تعديل
group-kind-merge = تعديل مدمج
group-kind-conflict = تعارض
group-kind-restore = استعادة
group-open-conflicts = لديك تغييرات تداخلت مع تغييرات شخص آخر ولم تُدرج في النص بعد. وفّق بينها:
group-document-empty = لا تتضمن هذه الوثيقة أي نص بعد. اكتب النسخة الأولى أدناه.
group-also-editing = يحرّر أيضًا الآن: { $names }
group-current-text = النص الحالي
group-edit = تعديل
group-field-body = النص
group-hint-body = بصيغة Markdown، فقرة واحدة في كل سطر. تُدمج التغييرات التي تمس فقرات مختلفة مع تغييرات الآخرين؛ أما التغييرات التي تمس الفقرة نفسها فتُحفظ لك لتوفّق بينها.
group-your-changes = تغييراتك
group-no-changes = لا توجد تغييرات بعد.
group-changes-failed = تتعذّر مقارنة تغييراتك في الوقت الحالي؛ ونصك محفوظ.
group-field-note = ما الذي تغيّر (اختياري)
group-hint-note = بضع كلمات لسجل التغييرات.
group-save = حفظ
group-show-changes = عرض تغييراتي
group-endorsement = الإقرار
group-published-revision = النسخة { $number } منشورة بوصفها ناتجًا للفريق منذ { $date }.
group-read-output = قراءتها
group-endorsement-count = النسخة { $number } مقترحة للإقرار: { $count } من أصل { $quorum } إقرارات مطلوبة (عدد الأعضاء: { $members }).
group-endorsed-so-far = أقرّها: { $names }.
group-endorse = إقرار النسخة { $number }
group-propose-hint = عندما يصبح النص جاهزًا، اقترحه: فهو يُنشر متى أقرّ عدد كافٍ من الأعضاء هذه النسخة بعينها. وأي تعديل لاحق يستلزم طلب الإقرارات من جديد.
group-propose = اقتراح النسخة { $number } للإقرار
group-not-proposed = النص الحالي غير مقترح للإقرار.

group-history-of = سجل تغييرات { $title }
group-history-caption = جميع النسخ، الأحدث أولًا. وتُحفظ حالات التعارض إلى جانب النص، ولا تحل محله أبدًا.
group-col-revision = النسخة
group-col-kind = النوع
group-col-author = بواسطة
group-col-note = ملاحظة
group-col-saved = تاريخ الحفظ
group-col-actions = الإجراءات
group-current = الحالية
group-compare = مقارنة
group-compare-from = من النسخة
group-compare-to = إلى النسخة
group-compare-previous = التغييرات
group-restore = استعادة النسخة { $number }
group-restore-note = استُعيدت النسخة { $number }
group-compare-title = التغييرات من النسخة { $from } إلى النسخة { $to }
group-diff-added = مضاف
group-diff-removed = محذوف
group-no-difference = للنسختين النص نفسه.
group-revision-title = النسخة { $number } من { $title }
group-conflict-explained = تتداخل تغييراتك مع تغييرات حفظها شخص آخر أثناء تحريرك. ولم يُفقد شيء: فنصك محفوظ هنا، ولم يتغير النص الحالي. وفّق بين النصين أدناه.
group-conflict-current = النص الحالي
group-conflict-yours = نصك
group-conflict-difference = أوجه اختلاف نصك عن النص الحالي
group-diff-yours = في نصك فقط
group-diff-theirs = في النص الحالي فقط
group-conflict-resolve = التوفيق
group-conflict-resolve-hint = عدّل نصك بحيث يحتفظ بما يقتضيه التغيير الآخر، ثم احفظه بوصفه النسخة الجديدة.
group-conflict-save = حفظ النص بعد التوفيق
group-resolve-note = سُوّي التعارض { $number }

notice-group-created = أُنشئ الفريق. وأنت رئيسه.
notice-group-join-asked = أُرسل طلبك إلى رؤساء الفريق.
notice-group-joined = مرحبًا بك في الفريق.
notice-group-invitation-declined = رفضت الدعوة.
notice-group-left = غادرت الفريق.
notice-group-invited = أُرسلت الدعوة.
notice-group-member-changed = حُدّثت قائمة الأعضاء.
notice-group-settings-saved = حُفظت الإعدادات.
notice-group-document-created = أُنشئت الوثيقة. اكتب نسختها الأولى.
notice-group-saved = حُفظت تغييراتك.
notice-group-merged = حفظ شخص آخر تغييرات أثناء تحريرك؛ ولأنها مسّت فقرات أخرى، فقد أُدرج كلا التغييرين في النص الآن.
notice-group-conflict = تتداخل تغييراتك مع تغييرات شخص آخر. وقد حُفظ نصك بوصفه هذه النسخة؛ وفّق بين النصين أدناه.
notice-group-proposed = اقتُرحت النسخة للإقرار.
notice-group-endorsed = سُجّل إقرارك.
notice-group-published = اكتمل النصاب بإقرارك: ونُشرت النسخة بوصفها ناتجًا للفريق.
notice-group-restored = استُعيدت النسخة السابقة لتصبح النص الحالي.

group-error-quorum = أدخل عددًا من 1 إلى 50.
group-error-last-lead = يحتاج كل فريق إلى رئيس واحد على الأقل: عيّن شخصًا آخر رئيسًا أولًا.
group-error-no-account = لا يوجد حساب بهذا العنوان. ويمكن لصاحبه أن يطلب الانضمام إلى المنصة أولًا.
group-error-already-member = هذا الشخص عضو في الفريق بالفعل أو تلقّى دعوة.
group-error-not-head = تغيّر النص منذ أن فتحته: اقرأ النسخة الحالية أولًا.
group-error-translate-members = لا يترجم وثائق هذا الفريق العامل إلا أعضاؤه: اطلب الانضمام إلى الفريق أولًا.
group-diff-source = التغييرات في مصدر Markdown

mail-group-invite-subject = دعوة إلى الفريق العامل { $group }
mail-group-invite-body = يدعوك { $name } إلى الانضمام إلى الفريق العامل «{ $group }» على Coalition Hub.

    سجّل الدخول واقبل الدعوة من صفحة الفريق:
    { $link }
mail-group-request-subject = يطلب { $name } الانضمام إلى { $group }
mail-group-request-body = يطلب { $name } الانضمام إلى الفريق العامل «{ $group }» الذي ترأسه على Coalition Hub.

    اقبل الطلب أو ارفضه من صفحة الفريق:
    { $link }
mail-group-accepted-subject = مرحبًا بك في الفريق العامل { $group }
mail-group-accepted-body = قبل { $name } طلبك: أصبحت الآن عضوًا في الفريق العامل «{ $group }» على Coalition Hub.

    { $link }
