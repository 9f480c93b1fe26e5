# Coalition Hub — نصوص الواجهة باللغة العربية.
# Keys are shared by every language; `cargo test` checks that each language has them all.

site-name = Coalition Hub
skip-to-content = الانتقال إلى المحتوى الرئيسي
nav-label = التصفح الرئيسي
nav-home = الصفحة الرئيسية
nav-about = نبذة عنا
language-switch-label = لغة الواجهة
footer-about = Coalition Hub هو فضاء تبادل المعارف التابع للائتلاف الدينامي لبناء القدرات الرقمية: ممارسات جيدة، وسلسلة مدونات معرفية شهرية، وأفرقة عاملة لخدمة القطاع العام.

home-page-title = الصفحة الرئيسية
home-title = معًا لبناء القدرات الرقمية للإدارات العامة
home-lead = تتبادل الحكومات ومدارس الإدارة العامة والمنظمات الدولية والأوساط الأكاديمية والمجتمع المدني والشركات ما يُثبت نجاعته في مساعدة موظفي الخدمة المدنية على إتقان الذكاء الاصطناعي والتحول الرقمي.
home-latest = أحدث المقالات
home-empty = لم يُنشر أي محتوى بعد.
home-search-label = البحث في المقالات وحالات الممارسات الجيدة والأفرقة العاملة والأعضاء
home-cases-title = أحدث حالات الممارسات الجيدة
home-cases-empty = لم تُنشر أي حالة بعد.
home-cases-all = جميع حالات الممارسات الجيدة
home-groups-title = الأفرقة العاملة
home-groups-all = جميع الأفرقة العاملة

byline-by = بقلم { $authors }
reading-time = { $minutes ->
    [zero] قراءة في أقل من دقيقة
    [one] قراءة في دقيقة واحدة
    [two] قراءة في دقيقتين
    [few] قراءة في { $minutes } دقائق
   *[other] قراءة في { $minutes } دقيقة
}

article-contents = المحتويات
copy-link = نسخ الرابط
copy-link-done = نُسخ الرابط إلى الحافظة.
copy-link-failed = لم يسمح متصفحك بالنسخ. يُرجى نسخ العنوان من شريط العنوان.

error-go-home = الذهاب إلى الصفحة الرئيسية
error-busy = المنصة مشغولة للحظات. يُرجى إعادة المحاولة بعد بضع ثوانٍ؛ فما زلت مسجَّل الدخول.
error-not-found-title = الصفحة غير موجودة
error-not-found-body = لا توجد صفحة بهذا العنوان. ربما نُقلت، أو ربما وقع خطأ في كتابة الرابط.
error-unauthorized-title = يلزم تسجيل الدخول
error-unauthorized-body = يُرجى تسجيل الدخول للاطلاع على هذه الصفحة.
error-forbidden-title = إجراء غير مسموح به
error-forbidden-body = ليس لحسابك إذن بالقيام بهذا الإجراء.
error-invalid-title = في الطلب ما ليس صحيحًا
error-invalid-body = تعذّر فهم الطلب. يُرجى التحقق مما أدخلته ثم إعادة المحاولة.
error-conflict-title = عدّل شخص آخر هذا المحتوى
error-conflict-body = تغيّر هذا المحتوى أثناء عملك عليه. لم يُفقد شيء مما أدخلته؛ يُرجى المراجعة ثم إعادة المحاولة.
error-rate-limited-title = طلبات أكثر مما ينبغي
error-rate-limited-body = يُرجى الانتظار دقيقة ثم إعادة المحاولة.
error-internal-title = حدث خطأ من جانبنا
error-internal-body = تعذّر على المنصة إتمام هذا الطلب. يُرجى إعادة المحاولة بعد قليل؛ وإذا تكرر ذلك، فيُرجى إبلاغ أمانة الائتلاف.
error-unknown-language = هذه اللغة غير متاحة.
error-cross-site = ورد هذا الطلب من موقع آخر فرُفض. إذا كنت تقصد إرساله، فافتح صفحة Coalition Hub من جديد وأعد المحاولة منها.

search-label = البحث في المنصة
search-placeholder = ابحث في المقالات والحالات والأفرقة…
search-button = بحث
search-title = البحث
search-title-for = البحث: { $query }
search-feed = متابعة هذا البحث (موجز Atom)
search-feed-title = بحث في Coalition Hub: { $query }
search-sort = الترتيب
search-sort-relevance = الأكثر تطابقًا
search-sort-newest = الأحدث أولًا
search-count = { $count ->
    [0] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
   *[other] { $count } نتيجة
}
search-count-all = { $count ->
    [zero] لم يُنشر أي عنصر
    [one] عنصر منشور واحد
    [two] عنصران منشوران
    [few] { $count } عناصر منشورة
   *[other] { $count } عنصرًا منشورًا
}
search-nothing = لا توجد نتائج مطابقة. جرّب كلمات أقل أو مختلفة، أو أزل أحد عوامل التصفية.
search-fuzzy = النتائج المطابقة تمامًا قليلة: تُعرض نتائج لكلمات مشابهة.
search-did-you-mean = هل تقصد:
search-facets = تضييق نطاق النتائج
search-filter-on = (عامل التصفية مفعّل؛ اختره لإزالته)
search-previous = الصفحة السابقة
search-next = الصفحة التالية
search-pages = صفحات النتائج
search-page-of = الصفحة { $page } من { $pages }
facet-kind = النوع
facet-domain = مجال الكفاءات
facet-wsis = خط عمل القمة العالمية لمجتمع المعلومات
facet-sdg = هدف التنمية المستدامة
facet-country = البلد
facet-region = المنطقة
facet-lang = اللغة
facet-year = السنة
facet-sdg-value = الهدف { $number }
kind-article = مقال
kind-organisation = منظمة عضو
facet-lang-und = غير محددة
search-query-label = البحث عن

## The Knowledge Blog Series
nav-blog = سلسلة المدونات
home-all-issues = جميع أعداد السلسلة
blog-title = سلسلة المدونات المعرفية
blog-lead = كل شهر، تعرض منظمات أعضاء تجربتها في بناء القدرات الرقمية في الحكومة: رصيد من الخبرات يمكن للآخرين الاستفادة منه.
blog-feed-title = سلسلة المدونات المعرفية (Coalition Hub)
blog-feed-link = المتابعة عبر قارئ الموجزات (Atom)
blog-empty = لم يُنشر أي عدد من السلسلة بعد.
blog-issue-label = العدد { $number } · { $month }
blog-post-count = { $count ->
    [zero] لا توجد مقالات
    [one] مقال واحد
    [two] مقالان
    [few] { $count } مقالات
   *[other] { $count } مقالًا
}
blog-edited-by = تحرير: { $editor }
blog-issue-posts = في هذا العدد
blog-issue-read-intro = قراءة مقدمة التحرير
blog-list-empty = لا توجد مقالات منشورة حتى الآن.
blog-tag-eyebrow = الموضوع
blog-author-eyebrow = المؤلف
blog-tag-feed-title = { $tag }: مقالات على Coalition Hub
blog-author-feed-title = مقالات { $author } على Coalition Hub
blog-organisation-feed-title = مقالات { $organisation } على Coalition Hub
byline-by-prefix = بقلم
article-organisation = نُشر باسم
article-language = اللغة:
article-related = مقالات ذات صلة
article-tags = المواضيع
organisation-posts = المقالات
organisation-posts-feed = مقالات هذه المنظمة (موجز Atom)
taxonomy-country = البلد
language-en = الإنكليزية
language-fr = الفرنسية
language-es = الإسبانية
language-ar = العربية
language-ru = الروسية
language-zh = الصينية
language-pt = البرتغالية
post-status-draft = مسودة
post-status-submitted = مقدَّم للمراجعة
post-status-changes-requested = مطلوب إدخال تعديلات
post-status-approved = معتمد
post-status-scheduled = مجدول
post-status-published = منشور
post-status-unpublished = أُلغي نشره
post-status-archived = مؤرشف

## Writing and editing posts
nav-my-posts = مقالاتي
nav-editor = مكتب التحرير
write-sign-in-title = سجّل الدخول لتكتب
write-new-title = كتابة مقال جديد
write-my-posts = مقالاتي
write-none-yet = لم تكتب أي مقال بعد.
write-status = الحالة
write-updated = آخر تعديل
write-view-public = عرض المقال المنشور
write-read-only = لم يعد بإمكان المؤلف تعديل هذا المقال. ولا يزال بإمكان أحد المحررين تغييره.
write-summary-hint = جملة أو جملتان تُعرضان في القوائم والموجزات والروابط المتداولة في أماكن أخرى.
write-no-issue = ليس لعدد بعينه
write-issue-option = العدد { $number } ({ $month }): { $theme }
write-body-hint = Markdown: ## للعنوان، و**غامق**، و*مائل*، و- للقائمة، و[النص](العنوان) للرابط.
write-preview = معاينة
write-preview-button = عرض المعاينة
write-preview-failed = تعذّر تحديث المعاينة. نصك محفوظ؛ استخدم «عرض المعاينة» لإعادة المحاولة.
write-tags = المواضيع
write-countries-hint = البلدان التي يتناولها المقال، بأسمائها أو برموزها المكونة من حرفين، مفصولة بفواصل (مثلًا: Kenya, FR).
write-note-hint = اختياري: ما الذي غيّرته، لأغراض سجل التغييرات.
write-save = حفظ المسودة
write-submit = تقديم للمراجعة
field-title = العنوان
field-summary = الملخص
field-lang = لغة المقال
field-issue = العدد من السلسلة
field-body = النص
field-tags = المواضيع
field-countries = البلدان
field-note = ما الذي تغيّر
field-comment = تعليق
field-publish-at = موعد النشر (بالتوقيت العالمي المنسق UTC)
field-month = الشهر
field-number = رقم العدد
field-theme = المحور
field-slot-issue = العدد
field-topic = الموضوع
field-deadline = الموعد النهائي
field-publish-month = العدد المراد نشره
field-intro = مقدمة التحرير
review-title = المراجعة وسجل التغييرات
review-approve = اعتماد
review-request-changes = طلب تعديلات
review-schedule = جدولة
review-publish = النشر الآن
review-unpublish = إلغاء النشر
review-archive = أرشفة
review-comment = إضافة تعليق
review-comment-hint = التعليق إلزامي عند طلب تعديلات. ويطّلع عليه المؤلف في سجل التغييرات.
review-not-own = أنت كاتب هذا المقال، لذا يجب أن يعتمده محرر آخر.
review-publish-at-hint = للجدولة: التاريخ والوقت، بالتوقيت العالمي المنسق (UTC)، اللذان يُنشر فيهما المقال تلقائيًا.
review-scheduled-for = مجدول للنشر في { $time } بالتوقيت العالمي المنسق (UTC).
history-title = سجل التغييرات
history-comment = تعليق
revisions-title = النسخ
revision-words = { $count ->
    [zero] لا كلمات
    [one] كلمة واحدة
    [two] كلمتان
    [few] { $count } كلمات
   *[other] { $count } كلمة
}
revision-heading = النسخة { $number } من { $count }
revision-saved = حفظها { $who } في { $when }
revision-note = ملاحظة التغيير:
revision-is-current = هذا هو النص الحالي للمقال.
revision-source = النص في هذه النسخة (Markdown)
editor-title = مكتب التحرير
editor-review = بانتظار المراجعة أو معتمد أو مجدول
editor-nothing-waiting = لا شيء بانتظار المراجعة.
editor-calendar = الجدول الزمني للتحرير
editor-no-issues = لم يُخطط لأي عدد بعد.
editor-no-slots = لم تُسند أي خانة بعد.
editor-issue-published = منشور
editor-issue-planned = مخطط له
editor-post = المقال
editor-late = متأخر
editor-not-started = لم يبدأ
editor-no-organisations = تُسند الخانات إلى المنظمات الأعضاء، ولا توجد أي منظمة عضو بعد: يضيفها أحد المشرفين.
editor-nothing-to-publish = نُشرت جميع الأعداد المخطط لها. خطّط للعدد التالي أولًا.
editor-new-issue = التخطيط لعدد
editor-month-hint = شهر الصدور، بالصيغة YYYY-MM.
editor-create-issue = التخطيط للعدد
editor-assign-slot = إسناد خانة
editor-assign = إسناد
editor-publish-issue = نشر عدد
editor-publish = نشر العدد
error-choose = اختر من القائمة.
error-future = اختر وقتًا في المستقبل.
error-month = أدخل الشهر بالصيغة YYYY-MM، مثلًا 2026-12.
error-number = أدخل عددًا صحيحًا يبدأ من 1.
error-date = أدخل التاريخ بالصيغة YYYY-MM-DD.
error-issue-taken = يوجد بالفعل عدد بهذا الشهر أو بهذا الرقم.
notice-draft-saved = حُفظت مسودتك.
notice-submitted = قُدّم مقالك. وسيراجعه أحد المحررين.
notice-status-changed = تغيّرت حالة المقال.
notice-comment-added = أُضيف تعليقك.
notice-issue-created = خُطط للعدد.
notice-slot-assigned = أُسندت الخانة.
notice-issue-published = نُشر العدد.
images-title = الصور
images-hint = حمّل صورة، ثم انسخ سطر Markdown الخاص بها إلى النص في الموضع الذي ينبغي أن تظهر فيه.
images-file-hint = PNG أو JPEG أو WebP أو GIF، بحجم لا يتجاوز 8 ميغابايت. ويُعدَّل حجمها لتلائم الصفحة.
images-alt-hint = صِف ما تُظهره الصورة لمن لا يستطيعون رؤيتها. حقل إلزامي.
images-upload = تحميل الصورة
field-image = ملف الصورة
field-alt = النص البديل
error-image-missing = اختر ملف صورة.
error-image-too-big = يتجاوز حجم الصورة 8 ميغابايت.
error-image-type = يجب أن تكون الصورة ملفًا بصيغة PNG أو JPEG أو WebP أو GIF.
error-image-unreadable = تعذّرت قراءة الصورة.
notice-image-added = أُضيفت الصورة. انسخ سطر Markdown الخاص بها إلى النص.
