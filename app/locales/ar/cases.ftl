## The good-practice use-case library

nav-cases = حالات الاستخدام
kind-case = حالة استخدام
facet-level = المستوى الحكومي
facet-theme = المحور
facet-stage = مرحلة النضج
facet-evidence = مستوى الأدلة
facet-org = المنظمة

cases-title = حالات الاستخدام والممارسات الجيدة
cases-lead = حالات ملموسة لبناء القدرات الرقمية تقدمها الحكومات وشركاؤها، لكي تتعلم الإدارات بعضها من بعض. ويمكن تضييق نطاقها حسب الموضوع والمكان ومرحلة النضج ومستوى الأدلة.
cases-feed = موجز الحالات الجديدة
cases-world-link = الحالات حسب المنطقة والبلد
cases-export-csv = التنزيل بصيغة CSV
cases-export-json = التنزيل بصيغة JSON
cases-search = البحث في الحالات
cases-sort-completeness = الأكثر اكتمالًا أولًا

case-facts = بيانات أساسية
case-fact-countries = البلدان
case-fact-organisations = المنظمات
case-fact-level = المستوى الحكومي
case-fact-dates = الإطار الزمني
case-fact-stage = مرحلة النضج
case-fact-evidence = مستوى الأدلة
case-fact-cost = التكلفة
case-fact-licence = الترخيص
case-fact-contact = جهة الاتصال
case-fact-links = الروابط
case-fact-published = تاريخ النشر
case-fact-updated = تاريخ التحديث
case-since = منذ { $date }
case-until = حتى { $date }
case-lineage = تكرار التجربة
case-adapted-from = هذه الحالة مقتبسة من
case-adapted-by = { $count ->
    [zero] لم تقتبسها أي حالة
    [one] اقتبستها حالة واحدة
    [two] اقتبستها حالتان
    [few] اقتبستها { $count } حالات
   *[other] اقتبستها { $count } حالة
}
case-related = حالات ذات صلة
case-no-sections = لا تتضمن هذه الحالة حتى الآن سوى ملخصها.
case-completeness = درجة الاكتمال: { $score }٪

case-section-problem = المشكلة والسياق
case-section-solution = ما أُنجز
case-section-technologies = التكنولوجيات المستخدمة
case-section-results = النتائج
case-section-lessons = الدروس المستفادة
case-section-transfer = متطلبات النقل إلى سياق آخر

case-stage-concept = فكرة أولية
case-stage-pilot = مرحلة تجريبية
case-stage-implementation = قيد التنفيذ
case-stage-scaled = موسَّعة النطاق
case-stage-institutionalised = مُدمجة في العمل المؤسسي
case-stage-discontinued = متوقفة

case-evidence-anecdotal = أدلة غير موثقة
case-evidence-monitored = خاضعة للرصد
case-evidence-evaluated = خاضعة للتقييم
case-evidence-independently-evaluated = خاضعة لتقييم مستقل

case-cost-under-10k = أقل من 10 آلاف دولار أمريكي
case-cost-10k-100k = من 10 آلاف إلى 100 ألف دولار أمريكي
case-cost-100k-1m = من 100 ألف دولار إلى مليون دولار أمريكي
case-cost-over-1m = أكثر من مليون دولار أمريكي

cases-world-title = حالات الاستخدام حول العالم
cases-world-lead = عدد الحالات المنشورة في كل منطقة وكل بلد. اختر منطقة أو بلدًا للاطلاع على حالاته.
cases-world-summary = مجموع الحالات: { $total }، منها { $without } لا تذكر أي بلد. والحالة التي تذكر عدة بلدان من منطقة واحدة تُحتسب مرة واحدة لتلك المنطقة.
cases-world-chart = حالات الاستخدام المنشورة حسب المنطقة
cases-world-countries = بلدان { $region } وحالاتها
cases-world-count = الحالات

case-error-required = هذا الحقل إلزامي.
case-error-slug = «{ $value }» ليس معرّفًا نصيًا (slug) صالحًا: استخدم أحرفًا لاتينية صغيرة وأرقامًا وشَرطات مفردة.
case-error-too-long = النص أطول مما ينبغي.
case-error-lang = «{ $value }» ليس رمز لغة مثل en أو fr أو es.
case-error-evidence = «{ $value }» ليس مستوى أدلة: استخدم anecdotal أو monitored أو evaluated أو independently-evaluated.
case-error-stage = «{ $value }» ليس مرحلة نضج: استخدم concept أو pilot أو implementation أو scaled أو institutionalised أو discontinued.
case-error-cost-band = «{ $value }» ليس فئة تكلفة: استخدم under-10k أو 10k-100k أو 100k-1m أو over-1m.
case-error-date = «{ $value }» ليس تاريخًا مكتوبًا بالصيغة YYYY-MM-DD.
case-error-ends-before-start = تاريخ الانتهاء سابق لتاريخ البدء.
case-error-too-many = العدد أكبر مما ينبغي (20 على الأكثر).
case-error-link = «{ $value }» ليس عنوانًا شبكيًا يبدأ بـ http:// أو https://.
case-error-adapted-from = «{ $value }» ليس المعرّف النصي لإحدى الحالات.
case-error-adapted-from-self = لا يمكن أن تكون الحالة مقتبسة من نفسها.
case-error-adapted-from-nowhere = لا توجد حالة «{ $value }» في المكتبة ولا في هذا الملف، أو أن سلسلة الاقتباس تدور في حلقة مغلقة.
case-error-unknown-domain = «{ $value }» ليس مجالًا من مجالات الكفاءات.
case-error-unknown-wsis = «{ $value }» ليس خط عمل من خطوط عمل القمة العالمية لمجتمع المعلومات (من C1 إلى C11).
case-error-unknown-sdg = «{ $value }» ليس رقمًا لأحد أهداف التنمية المستدامة (من 1 إلى 17).
case-error-unknown-country = «{ $value }» ليس بلدًا معروفًا لدينا.
case-error-unknown-level = «{ $value }» ليس مستوى حكوميًا.
case-error-unknown-theme = «{ $value }» ليس محورًا.

## Submitting a case

case-submit-title = تقديم حالة استخدام
case-my-cases = حالاتي
case-mine = الحالات التي قدّمتها
case-waiting = بانتظار المراجعة
case-none-yet = لم تقدّم أي حالة بعد.
case-view-public = عرضها كما يراها القرّاء
case-read-only = هذه الحالة منشورة؛ ويمكن لأحد المحررين تعديلها.
case-not-stated = غير مذكور
case-check-button = التحقق من الاكتمال
case-completeness-title = درجة الاكتمال
case-gap-none = جميع أجزاء الحالة مستوفاة.
case-gap-summary = أضف ملخصًا.
case-gap-summary-thin = الملخص قصير: بيّن في بضع جمل ما أُنجز ولماذا هو مهم.
case-gap-problem = صِف المشكلة وسياقها.
case-gap-problem-thin = وصف المشكلة والسياق مقتضب: من المتأثرون، وما حجم التأثر؟
case-gap-solution = بيّن ما أُنجز.
case-gap-solution-thin = وصف ما أُنجز مقتضب: من قام بماذا، وعلى مدى كم من الوقت؟
case-gap-technologies = اذكر التكنولوجيات المستخدمة.
case-gap-technologies-thin = أضف مزيدًا من التفاصيل عن التكنولوجيات المستخدمة.
case-gap-results = اعرض النتائج.
case-gap-results-thin = تحتاج النتائج إلى مزيد من التفاصيل مدعومة بالأرقام: ما حجم التغيير، ولمن؟
case-gap-lessons = شارك الدروس المستفادة.
case-gap-lessons-thin = الدروس المستفادة مقتضبة: ما الذي كنت ستفعله على نحو مختلف؟
case-gap-transfer = بيّن ما يتطلبه تنفيذ ذلك في مكان آخر.
case-gap-transfer-thin = أضف مزيدًا من التفاصيل عما تحتاج إليه إدارة أخرى لتنفيذ ذلك.
case-gap-evidence = اختر مستوى الأدلة على النتائج.
case-gap-cost-band = اختر فئة التكلفة.
case-gap-started-on = أدخل تاريخ البدء.
case-gap-contact = بيّن جهة الاتصال.
case-gap-links = أضف رابطًا: موقعًا شبكيًا أو تقريرًا أو الشفرة المصدرية.
case-gap-tags = اختر مجالًا من مجالات الكفاءات أو محورًا.
case-gap-country = اذكر البلد أو البلدان.
case-gap-organisations = اذكر المنظمات القائمة على الحالة.
case-gap-evidence-thin = اختر مستوى الأدلة على النتائج.
case-gap-cost-band-thin = اختر فئة التكلفة.
case-gap-started-on-thin = أدخل تاريخ البدء.
case-gap-contact-thin = بيّن جهة الاتصال.
case-gap-links-thin = أضف رابطًا: موقعًا شبكيًا أو تقريرًا أو الشفرة المصدرية.
case-gap-tags-thin = اختر مجالًا من مجالات الكفاءات أو محورًا.
case-gap-country-thin = اذكر البلد أو البلدان.
case-gap-organisations-thin = اذكر المنظمات القائمة على الحالة.
case-hint-summary = جملتان أو ثلاث: ما الذي أُنجز، وأين، ولماذا هو مهم.
case-hint-problem = الوضع السابق: من المتأثرون، وما حجم التأثر، ولماذا كان الأمر مهمًا. بصيغة Markdown.
case-hint-solution = من قام بماذا، وبالتعاون مع من، وعلى مدى كم من الوقت. بصيغة Markdown.
case-hint-technologies = البرمجيات والبيانات والمنصات والمعايير. بصيغة Markdown.
case-hint-results = ما الذي تغيّر، مدعومًا بالأرقام. بصيغة Markdown.
case-hint-lessons = ما الذي نجح، وما الذي لم ينجح، وما الذي كنت ستفعله على نحو مختلف. بصيغة Markdown.
case-hint-transfer = ما تحتاج إليه إدارة أخرى: الأفراد والمهارات والتمويل والوقت. بصيغة Markdown.
case-hint-organisations = منظمة واحدة في كل سطر: الاسم | الدور | الموقع الشبكي (الدور والموقع اختياريان).
case-hint-licence = مثلًا MIT أو CC-BY-4.0 أو «ترخيص مملوك».
case-hint-contact = اسم أو صفة وظيفية أو عنوان عام.
case-hint-links = رابط واحد في كل سطر: التسمية | العنوان، أو العنوان وحده.
case-hint-adapted-from = إذا كانت هذه الحالة مقتبسة من حالة أخرى في المكتبة: عنوانها أو معرّفها النصي.
case-hint-file = ملف PDF لا يتجاوز حجمه 10 ميغابايت (تقرير أو تقييم).
case-hint-file-label = وصف الوثيقة كما سيراه القرّاء.
field-started-on = تاريخ البدء
field-ended-on = تاريخ الانتهاء (اختياري)
field-adapted-from = مقتبسة من (اختياري)
field-problem = المشكلة والسياق
field-solution = ما أُنجز
field-technologies = التكنولوجيات المستخدمة
field-results = النتائج
field-lessons = الدروس المستفادة
field-transfer = متطلبات النقل إلى سياق آخر
field-evidence = مستوى الأدلة
field-stage = مرحلة النضج
field-cost-band = التكلفة
field-licence = الترخيص
field-contact = جهة الاتصال
field-links = الروابط
field-organisations = المنظمات
field-file = وثيقة PDF
field-file-label = عنوان الوثيقة
case-attachments-title = الوثائق
case-attach = إرفاق الوثيقة
case-error-required-section = املأ هذا القسم قبل تقديم الحالة.
case-error-file-missing = اختر ملف PDF.
case-error-file-too-big = يتجاوز حجم الملف 10 ميغابايت.
case-error-file-not-pdf = هذا الملف ليس بصيغة PDF.
notice-case-submitted = قُدّمت حالتك. وسيراجعها أحد المحررين.
notice-case-status-changed = تغيّر وضع الحالة.
notice-attachment-added = أُرفقت الوثيقة وأُدرجت ضمن روابط الحالة.
