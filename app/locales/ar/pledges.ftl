# التعهدات: ما تلتزم به البلدان والمنظمات لبناء قدرات موظفي الخدمة المدنية، ومدى تقدّمها.

nav-pledges = التعهدات
kind-pledge = تعهّد

pledges-title = التعهدات
pledges-lead = تعهدات البلدان والمنظمات لبناء قدرات موظفي الخدمة المدنية في مجال التحول الرقمي، مع مراحلها وتقارير التقدّم السنوية.
pledges-count = { $count ->
    [zero] لا تعهدات
    [one] تعهّد واحد
    [two] تعهّدان
    [few] { $count } تعهدات
    [many] { $count } تعهّدًا
   *[other] { $count } تعهّد
}
pledges-none = لا يوجد بعد أي تعهّد يطابق عوامل التصفية هذه.
pledges-facets = تضييق قائمة التعهدات
pledges-feed = موجز التعهدات والتقارير الجديدة
pledges-export-csv = تصدير (CSV)
pledges-export-json = تصدير (JSON)
pledges-new = تقديم تعهّد
pledges-waiting = تعهدات بانتظار المراجعة
pledges-facet-status = الحالة
pledges-facet-freshness = تقديم التقارير
pledges-facet-region = منطقة الجهة المتعهّدة
pledges-facet-group = فئة أصحاب المصلحة
pledges-status-active = قيد التنفيذ
pledges-status-completed = منجَز
pledges-status-withdrawn = مسحوب

pledges-world-link = التعهدات حول العالم
pledges-world-title = التعهدات حول العالم
pledges-world-lead = عدد التعهدات المنشورة من كل منطقة وكل بلد، بحسب بلد الجهة المتعهّدة.
pledges-world-summary = عدد التعهدات المنشورة: { $total }، منها { $without } من جهات لم تذكر بلدها.
pledges-world-chart = التعهدات المنشورة حسب المنطقة
pledges-world-countries = التعهدات حسب البلد في { $region }
pledges-world-count = التعهدات

pledges-notice-pledge-saved = حُفظ تعهّدك كمسودة.
pledges-notice-pledge-submitted = أُرسل تعهّدك إلى المحررين للمراجعة.
pledges-notice-pledge-status-changed = تغيّرت حالة مراجعة التعهّد.
pledges-notice-pledge-milestone-added = أصبح بند الخطة مرحلة من مراحل هذا التعهّد.
pledges-notice-pledge-report-filed = نُشر تقرير التقدّم الخاص بك أدناه.
pledges-notice-pledge-assessed = نُشر تقييمك تحت التقرير.
pledges-notice-pledge-replied = نُشر ردّك تحت التقييم.
pledges-notice-pledge-withdrawn = سُحب التعهّد. يبقى على المنصة مع الإشارة إلى أنه مسحوب.

pledge-completion-not-started = لم يبدأ
pledge-completion-limited = محدود
pledge-completion-substantial = كبير
pledge-completion-complete = مكتمل

pledge-freshness-new = جديد، لم يحن موعد التقرير الأول بعد
pledge-freshness-reported = قُدّم تقرير خلال العام
pledge-freshness-due = حان موعد التقرير السنوي
pledge-freshness-overdue = التقرير متأخر
pledge-freshness-inactive = غير نشط: لا تقارير منذ عامين

pledge-evidence-event = فعالية
pledge-evidence-case = حالة استخدام
pledge-evidence-cycle = دورة تقييم ذاتي
pledge-evidence-web = صفحة ويب

pledge-progress = التقدّم
pledge-progress-value = أُنجز { $value }٪، مرجّحًا حسب المراحل
pledge-progress-none = لا توجد مراحل لقياس التقدّم بها
pledge-by-date = التاريخ المستهدف: { $date }
pledge-withdrawn-on = سُحب في { $date }
pledge-next-report = يجب تقديم التقرير التالي في موعد أقصاه { $date }
pledge-baseline = المشكلة ونقطة الانطلاق
pledge-assessment-baseline = التقييم الذاتي الذي تشاركه المنظمة
pledge-assessment-cycle = دورة «{ $cycle }» التي تُغلق في { $date }، كما تشاركها المنظمة.
pledge-assessment-domain = مجال الكفاءات
pledge-assessment-score = الدرجة
pledge-assessment-too-few = الإجابات أقل من أن تُعرض
pledge-target = الهدف
pledge-milestones = المراحل
pledge-milestone = المرحلة
pledge-milestone-number = المرحلة { $number }
pledge-milestone-due = الموعد النهائي
pledge-milestone-weight = الوزن
pledge-milestone-completion = درجة الإنجاز
pledge-milestone-unweighted = بلا وزن
pledge-no-milestones = لا مراحل لهذا التعهّد.
pledge-evidence = الأدلة
pledge-reports = تقارير التقدّم
pledge-no-reports = لا توجد تقارير تقدّم بعد.
pledge-report-heading = التقرير { $number }، { $date }
pledge-report-by = قدّمه { $name }
pledge-report-new = تقديم تقرير تقدّم
pledge-report-file = نشر التقرير
pledge-assessment = التقييم المستقل من المحرر
pledge-assessment-by = { $name }، { $date }
pledge-assessment-completion = درجة الإنجاز كما تُظهرها الأدلة
pledge-assess = تقييم هذا التقرير
pledge-assess-save = نشر التقييم
pledge-reply = ردّ الجهة المتعهّدة
pledge-reply-by = { $name }، { $date }
pledge-reply-new = الرد على التقييم
pledge-reply-save = نشر الرد
pledge-withdraw = سحب هذا التعهّد
pledge-withdraw-hint = لا يُحذف التعهّد المسحوب أبدًا: يبقى على المنصة مع التاريخ والسبب الذي تذكره.
pledge-withdraw-button = سحب التعهّد
pledge-facts = عن هذا التعهّد
pledge-pledger = الجهة المتعهّدة
pledge-place = البلد والمنطقة
pledge-dates = التواريخ
pledge-published = تاريخ النشر
pledge-tags = المواضيع

pledge-new-title = تقديم تعهّد
pledge-view-public = عرض التعهّد المنشور
pledge-read-only = لم يعد بالإمكان تعديل هذا التعهّد هنا.
pledge-no-organisation = لا يمكن تقديم تعهّد إلا من حساب مرتبط بمنظمة عضو، وباسم تلك المنظمة.
pledge-for-organisation = باسم { $name }
pledge-starts = تاريخ البدء
pledge-ends = التاريخ المستهدف
pledge-lang = لغة النص
pledge-hint-commitment = ما تلتزم منظمتك بفعله، في بضع جمل.
pledge-hint-baseline = اختياري: المشكلة التي يعالجها التعهّد والوضع الحالي.
pledge-hint-target = ما سيتحقق عند الوفاء بالتعهّد، ليمكن الحكم على التقدّم.
pledge-hint-date = تاريخ بصيغة YYYY-MM-DD.
pledge-hint-milestones = تحتاج كل مرحلة إلى عنوان وموعد نهائي لا يتجاوز التاريخ المستهدف للتعهّد. الأوزان اختيارية ولا يلزم أن يكون مجموعها 100: تُحتسب بالنسبة إلى مجموعها، والمرحلة التي بلا وزن تُحسب بمتوسط أوزان المراحل الموزونة.
pledge-hint-weight = اختياري: رقم يساوي صفرًا أو أكثر.
pledge-hint-evidence = رابط واحد في كل سطر: صفحات الفعاليات (/events/…) أو حالات الاستخدام (/cases/…) أو دورات التقييم الذاتي (/assessment/cycles/…) على هذه المنصة، أو عناوين ويب.
pledge-hint-done = ما أُنجز منذ التقرير السابق.
pledge-hint-event = عنوان الفعالية على هذه المنصة، مثل /events/….
pledge-plan-title = مرحلة مأخوذة من خطة فعالية
pledge-plan-hint = يمكن أن يصبح بند من خطة العمل الواردة في سجل نتائج فعالية منشورة مرحلةً من مراحل هذا التعهّد.
pledge-plan-add = إضافة كمرحلة

field-commitment = التعهّد
field-baseline = المشكلة ونقطة الانطلاق (اختياري)
field-share-assessment = عرض أحدث درجات التقييم الذاتي التي نشاركها ضمن نقطة الانطلاق
field-target = الهدف
field-evidence-links = روابط الأدلة (اختياري)
field-milestone = المرحلة
field-done = ما أُنجز
field-completion = درجة الإنجاز
field-reply = ردّك
field-withdraw-reason = سبب سحب التعهّد
field-event = الفعالية
field-item = رقم بند الخطة

pledge-error-no-organisation = لا يمكن تقديم تعهّد إلا من حساب مرتبط بمنظمة عضو.
pledge-error-date = اكتب التاريخ بصيغة YYYY-MM-DD.
pledge-error-ends-before-start = لا يجوز أن يسبق التاريخ المستهدف تاريخ البدء.
pledge-error-milestone-after-end = يجب ألا يتجاوز الموعد النهائي للمرحلة التاريخ المستهدف للتعهّد.
pledge-error-weight-number = يجب أن يكون الوزن رقمًا.
pledge-error-weight-negative = لا يمكن أن يكون الوزن أقل من صفر.
pledge-error-weight-large = هذا الوزن كبير جدًا.
pledge-error-too-many-milestones = للتعهّد 20 مرحلة على الأكثر.
pledge-error-too-many-links = اذكر 20 رابطًا على الأكثر.
pledge-error-evidence = يجب أن يكون كل سطر صفحة من صفحات الفعاليات أو حالات الاستخدام أو دورات التقييم الذاتي على هذه المنصة، أو عنوان ويب يبدأ بـ https://.
pledge-error-tags = اختر المواضيع من القوائم المعروضة.
pledge-error-language = اختر لغة من القائمة.
pledge-error-milestones-changed = حدّد درجة إنجاز كل مرحلة.
pledge-error-no-event = لا توجد فعالية منشورة بهذا العنوان.
pledge-error-no-plan-item = لا يوجد في خطة الفعالية بند بهذا الرقم.
pledge-error-translate-own = لا يمكن ترجمة هذا التعهد إلا للمنظمة التي قطعته على نفسها.
