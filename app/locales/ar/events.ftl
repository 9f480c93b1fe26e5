## Events: conferences, forum sessions, webinars, trainings and seminars

nav-events = الفعاليات
kind-event = فعالية

events-title = الفعاليات
events-lead = المؤتمرات وجلسات المنتديات والندوات الشبكية والدورات التدريبية والحلقات الدراسية التي ينظمها الائتلاف وأعضاؤه، قبل انعقادها وما تمخّض عنها بعد ذلك.
events-upcoming = الفعاليات المقبلة
events-past = الفعاليات السابقة
events-none-upcoming = لا توجد فعالية مقبلة تطابق عوامل التصفية هذه.
events-facets = تضييق نطاق الفعاليات
events-calendar = إضافة هذه الفعاليات إلى تقويمك (iCalendar)
events-feed = موجز الفعاليات الجديدة
events-propose = اقتراح فعالية
events-waiting = مقترحات بانتظار المراجعة
events-of-organisation = الفعاليات
events-facet-when = التوقيت
events-facet-kind = نوع الفعالية
events-facet-format = الشكل
events-facet-lang = اللغة
events-facet-region = المنطقة
events-facet-org = المنظمة
events-when-upcoming = مقبلة
events-when-past = سابقة

event-kind-conference = مؤتمر
event-kind-session = جلسة منتدى
event-kind-webinar = ندوة شبكية
event-kind-training = دورة تدريبية
event-kind-seminar = حلقة دراسية
event-format-in-person = حضوري
event-format-online = عبر الإنترنت
event-format-hybrid = حضوري وعبر الإنترنت
event-schedule-scheduled = مقررة
event-schedule-postponed = مؤجلة
event-schedule-cancelled = ملغاة
event-not-stated = غير مذكور

event-facts = لمحة سريعة
event-fact-when = التوقيت
event-fact-kind = النوع
event-fact-format = الشكل
event-fact-place = المكان
event-fact-online = القاعة الافتراضية
event-fact-languages = اللغات
event-fact-interpretation = الترجمة الشفوية
event-fact-organisers = الجهات المنظمة
event-fact-links = الروابط
event-online-for-registrants = يُرسل الرابط إلى المشاركين المسجلين.
event-your-time = بتوقيتك:
event-add-to-calendar = إضافة إلى التقويم
event-people = مديرو الجلسات والمتحدثون
event-moderators = مديرو الجلسات
event-speakers = المتحدثون
event-agenda = جدول الأعمال
event-organise-link = التسجيلات وسجل النتائج
event-edit-link = تعديل الفعالية

event-outcome = سجل النتائج
event-outcome-key-issues = أبرز المسائل التي نوقشت
event-outcome-outcomes = النتائج الملموسة
event-outcome-plan = خطة عمل قابلة للتنفيذ
event-outcome-recordings = التسجيلات
event-outcome-slides = العروض والوثائق
event-outcome-organisations = المنظمات المشاركة
event-outcome-attendance = عدد الحاضرين: { $count }.
event-plan-action = الإجراء
event-plan-owner = الجهة المسؤولة
event-plan-due = الموعد

event-registration = التسجيل
event-places = الأماكن المتبقية: { $left } من أصل { $capacity }.
event-registration-closed = التسجيل مغلق.
event-registration-full = اكتمل عدد المشاركين في الفعالية.
event-registration-waitlist = اكتمل عدد المشاركين في الفعالية: يمكنك الانضمام إلى قائمة الانتظار، وستحصل على مكان فور شغوره.
event-registration-moderated = يؤكد المنظِّم كل تسجيل؛ وستتلقى رسالة بالبريد الإلكتروني.
event-registration-privacy = لا يطّلع على اسمك وبريدك الإلكتروني إلا المنظِّم. ويُحذفان بعد 30 يومًا من انعقاد الفعالية.
event-register = التسجيل
event-my-registration = تسجيلك
event-registration-holder = تسجيل { $name }.
event-registration-is-pending = التسجيل بانتظار تأكيد المنظِّم.
event-registration-is-accepted = لديك مكان محجوز.
event-registration-is-waitlisted = أنت مُدرج في قائمة الانتظار.
event-registration-is-declined = تعذّر على المنظِّم قبول التسجيل.
event-registration-is-cancelled = أُلغي التسجيل.
event-online-room = القاعة الافتراضية:
event-cancel-registration = إلغاء تسجيلي

event-organise-title = التنظيم: { $title }
event-registrations = التسجيلات
event-registrations-none = لم يسجّل أحد بعد.
event-registrations-purged = حُذفت التسجيلات بعد انعقاد الفعالية.
event-registrations-csv = تنزيل القائمة (CSV)
event-registration-status = الوضع
event-registration-when = تاريخ التسجيل
event-registration-decision = القرار
event-registration-pending = بانتظار التأكيد
event-registration-accepted = لديه مكان محجوز
event-registration-waitlisted = في قائمة الانتظار
event-registration-declined = مرفوض
event-registration-cancelled = ملغى
event-decide-for = القرار بشأن { $name }
event-accept = قبول
event-decline = رفض
event-schedule-title = الإلغاء أو التأجيل
event-schedule-hint = يتلقى جميع المسجلين رسالة بالبريد الإلكتروني، وتُحدَّث التقاويم التي استوردت الفعالية.
event-postpone = تأجيل الفعالية
event-cancel = إلغاء الفعالية
event-outcome-hint = ما تمخّضت عنه الفعالية: بند واحد في كل سطر. ويُعرض في صفحة الفعالية، ويظهر في نتائج البحث، ويُدرج في صفحات المنظمات.
event-outcome-save = حفظ سجل النتائج

event-propose-title = اقتراح فعالية
event-lang = لغة الوصف
event-view-public = عرض الفعالية المنشورة
event-read-only = لا يمكنك تعديل هذه الفعالية في وضعها الحالي.
event-hint-time = بالمنطقة الزمنية للفعالية: 2030-05-28T10:00، أو التاريخ وحده (2030-05-28) إذا لم تكن الأوقات معروفة.
event-hint-time-zone = اسم من قاعدة بيانات المناطق الزمنية IANA: Europe/Paris أو Africa/Nairobi أو America/Bogota أو UTC.
event-hint-online-url = لا يُعرض إلا للمشاركين المسجلين الذين حصلوا على مكان.
event-hint-languages = رموز اللغات، مفصولة بفواصل: en, fr, es.
event-hint-one-a-line = عنصر واحد في كل سطر.
event-hint-agenda = بصيغة Markdown.
event-hint-links = رابط واحد في كل سطر: التسمية | https://…
event-hint-capacity = اتركه فارغًا لعدم تحديد حد أقصى.
event-hint-plan = بند واحد في كل سطر: الإجراء | الجهة المسؤولة | التاريخ (2030-12-31)؛ ويجوز إغفال الجهة المسؤولة والتاريخ.

field-kind = نوع الفعالية
field-format = الشكل
field-starts = البداية
field-ends = النهاية
field-time-zone = المنطقة الزمنية
field-venue = المكان والقاعة (اختياري)
field-address = العنوان (اختياري)
field-online-url = رابط القاعة الافتراضية (اختياري)
field-languages = اللغات (اختياري)
field-interpretation = الترجمة الشفوية (اختياري)
field-organisers = المنظمات المنظِّمة (اختياري)
field-moderators = مديرو الجلسات (اختياري)
field-speakers = المتحدثون (اختياري)
field-agenda = جدول الأعمال (اختياري)
field-registration = يمكن التسجيل عبر المنصة
field-capacity = السعة (اختياري)
field-waitlist = إدراج الأشخاص في قائمة انتظار عند اكتمال العدد
field-moderated = أتولى بنفسي تأكيد كل تسجيل
field-key-issues = أبرز المسائل التي نوقشت
field-outcomes = النتائج الملموسة
field-plan = خطة عمل قابلة للتنفيذ
field-recordings = التسجيلات
field-slides = العروض والوثائق
field-attendance = عدد الحاضرين (اختياري)
field-attending = المنظمات المشاركة

event-error-kind = اختر نوع الفعالية.
event-error-format = اختر الشكل.
event-error-language = استخدم رموز لغات مثل en أو fr.
event-error-url = أدخل عنوانًا شبكيًا يبدأ بـ https://.
event-error-link = «{ $value }» ليس عنوانًا شبكيًا يبدأ بـ https://.
event-error-time-zone = «{ $value }» ليس منطقة زمنية من قاعدة بيانات IANA (مثل Europe/Paris أو UTC).
event-error-time = اكتب تاريخًا ووقتًا مثل 2030-05-28T10:00، أو التاريخ وحده.
event-error-mixed-times = أدخل وقتين للبداية والنهاية معًا، أو تاريخين لكليهما.
event-error-end-before-start = يجب أن تأتي النهاية بعد البداية.
event-error-capacity = يجب أن تكون السعة عددًا صحيحًا من 1 إلى 100000.
event-error-capacity-below-accepted = عدد من حصلوا بالفعل على مكان: { $value }؛ ولا يمكن أن تقل السعة عن ذلك.
event-error-tag = «{ $value }» ليس مصطلحًا من مصطلحات التصنيف.
event-error-plan-action = يجب أن يتضمن كل بند من بنود الخطة إجراءً.
event-error-plan-date = «{ $value }» ليس تاريخًا مثل 2030-12-31.
event-error-attendance = يجب أن يكون عدد الحاضرين عددًا صحيحًا.
event-error-registration-closed = التسجيل في هذه الفعالية مغلق.
event-error-registration-over = بدأت الفعالية بالفعل: التسجيل مغلق.
event-error-full = اكتمل عدد المشاركين في الفعالية ولا توجد قائمة انتظار.
event-error-already-registered = عنوان البريد الإلكتروني هذا مسجَّل بالفعل في هذه الفعالية.

events-notice-registration-accepted = تم تسجيلك. وفي الطريق إلى بريدك الإلكتروني رسالة تأكيد مرفق بها الفعالية لإضافتها إلى تقويمك.
events-notice-registration-waitlisted = أنت مُدرج في قائمة الانتظار. وسنراسلك بالبريد الإلكتروني فور توفر مكان لك.
events-notice-registration-pending = تسجيلك بانتظار تأكيد المنظِّم. وسنراسلك بالبريد الإلكتروني.
events-notice-registration-cancelled = أُلغي تسجيلك.
events-notice-registration-decided = أُبلغ المسجَّل بالبريد الإلكتروني.
events-notice-outcome-saved = حُفظ سجل النتائج.
events-notice-event-schedule-changed = عُدّلت الفعالية وأُبلغ جميع المسجلين بالبريد الإلكتروني.
events-notice-event-submitted = قُدّمت فعاليتك. وسيراجعها أحد المحررين.
events-notice-event-status-changed = تغيّر وضع الفعالية.
events-notice-draft-saved = حُفظت المسودة.

event-mail-accepted-subject = تم تسجيلك: { $title }
event-mail-accepted-body = مرحبًا { $name }،

    لقد حصلت على مكان في «{ $title }»، { $when }.
    صفحة الفعالية: { $page }
    الفعالية مرفقة لإضافتها إلى تقويمك.
event-mail-waitlisted-subject = قائمة الانتظار: { $title }
event-mail-waitlisted-body = مرحبًا { $name }،

    اكتمل عدد المشاركين في «{ $title }» ({ $when })، وأنت مُدرج في قائمة الانتظار. وسنراسلك بالبريد الإلكتروني فور توفر مكان لك.
    صفحة الفعالية: { $page }
event-mail-pending-subject = استُلم التسجيل: { $title }
event-mail-pending-body = مرحبًا { $name }،

    يؤكد منظِّم «{ $title }» ({ $when }) كل تسجيل بنفسه. وسنوافيك بردّه بالبريد الإلكتروني.
    صفحة الفعالية: { $page }
event-mail-declined-subject = لم يُقبل التسجيل: { $title }
event-mail-declined-body = مرحبًا { $name }،

    تعذّر على منظِّم «{ $title }» ({ $when }) قبول تسجيلك.
    صفحة الفعالية: { $page }
event-mail-online = القاعة الافتراضية: { $url }
event-mail-manage = تسجيلك، ويمكنك إلغاؤه من هنا: { $link }
event-mail-manage-earlier = للإلغاء، استخدم الرابط الوارد في رسالة التأكيد التي تلقيتها بالبريد الإلكتروني.
event-mail-reminder-day-subject = تذكير: { $title }
event-mail-reminder-day-body = مرحبًا { $name }،

    نذكّرك بأن موعد «{ $title }» يقترب: { $when }.
    صفحة الفعالية: { $page }
event-mail-reminder-hour-subject = بعد ساعة: { $title }
event-mail-reminder-hour-body = مرحبًا { $name }،

    تبدأ «{ $title }» بعد ساعة: { $when }.
    صفحة الفعالية: { $page }
event-mail-cancelled-subject = أُلغيت: { $title }
event-mail-cancelled-body = مرحبًا { $name }،

    أُلغيت «{ $title }» ({ $when }). والفعالية المرفقة تحدّث تقويمك.
    صفحة الفعالية: { $page }
event-mail-postponed-subject = أُجّلت: { $title }
event-mail-postponed-body = مرحبًا { $name }،

    أُجّلت «{ $title }». وسنوافيك بالموعد الجديد بالبريد الإلكتروني.
    صفحة الفعالية: { $page }
event-mail-moved-subject = موعد جديد: { $title }
event-mail-moved-body = مرحبًا { $name }،

    حُدّد موعد جديد لـ«{ $title }»: { $when }. والفعالية المرفقة تحدّث تقويمك.
    صفحة الفعالية: { $page }
event-mail-outcome-subject = سجل النتائج غير مكتمل: { $title }
event-mail-outcome-body = مرحبًا،

    انعقدت «{ $title }» قبل أسبوعين، ولم يُكتب بعد سجل نتائجها (أبرز المسائل، والنتائج، وخطة العمل القابلة للتنفيذ). يمكنك كتابته هنا: { $link }
