demand-title = ما يبحث عنه القرّاء
demand-intro = عمليات البحث خلال الأيام الثلاثين الأخيرة: الاستعلامات التي لم تُسفر عن أي نتيجة، وتلك التي لم يفتح نتائجها إلا قليل من القرّاء. يمكنك تحويل استعلام إلى دعوة لتقديم حالات، أو إبلاغ محرك البحث بأن عبارتين تحملان المعنى نفسه. ولا يحتفظ السجل بأي عنوان أو حساب، بل بما كُتب فقط، واللغة، وعوامل التصفية، وعدد النتائج، وترتيب النتيجة التي فُتحت؛ وتُحذف عمليات البحث بعد 180 يومًا.
demand-filter-lang = اللغة
demand-filter-facet = نطاق التصفية
demand-filter-all = الكل
demand-filter-apply = عرض
demand-searches = { $count ->
    [zero] لم تُجرَ أي عملية بحث خلال الأيام الثلاثين الأخيرة.
    [one] عملية بحث واحدة خلال الأيام الثلاثين الأخيرة.
    [two] عمليتا بحث خلال الأيام الثلاثين الأخيرة.
    [few] { $count } عمليات بحث خلال الأيام الثلاثين الأخيرة.
   *[other] { $count } عملية بحث خلال الأيام الثلاثين الأخيرة.
}
demand-trend = عمليات البحث حسب الأسبوع
demand-week = الأسبوع الذي يبدأ في
demand-col-query = الاستعلام
demand-col-lang = اللغة
demand-col-facet = نطاق التصفية
demand-col-searches = عمليات البحث
demand-col-zero = بلا نتائج
demand-col-readers = القرّاء
demand-col-opened = النتائج المفتوحة
demand-col-trend = آخر 7 أيام / الأيام السبعة السابقة لها
demand-col-act = إجراء
demand-trend-value = { $recent } / { $before }
demand-zero-title = عمليات بحث لم تُسفر عن أي نتيجة
demand-low-title = عمليات بحث نادرًا ما فُتحت نتائجها
demand-none = لا شيء بعد.
demand-act-title = اتخاذ إجراء بشأن استعلام
demand-call-title = توجيه دعوة لتقديم حالات
demand-field-topic = الموضوع
demand-topic-hint = موضوع الحالات المطلوبة، في بضع كلمات.
demand-make-call = دعوة لتقديم حالات
demand-make-call-for = توجيه دعوة لتقديم حالات عن «{ $query }»
demand-synonym-title = إضافة مرادف
demand-field-query = الاستعلام
demand-field-synonyms = يحمل المعنى نفسه الذي تحمله
demand-synonyms-hint = عبارة واحدة أو أكثر، مفصولة بفواصل. وسيعثر محرك البحث عليها جميعًا من الآن فصاعدًا.
demand-add-synonym = إضافة المرادف
demand-synonym-added = أُضيف المرادف؛ وسيستخدمه محرك البحث من الآن فصاعدًا.
demand-calls-title = الدعوات إلى تقديم حالات
demand-synonyms-list = المرادفات التي أضافها المحررون
demand-no-calls = لا توجد دعوات لتقديم حالات بعد.
demand-answers = { $count ->
    [0] لا توجد ردود بعد
    [one] تستجيب لها مسودة حالة واحدة
    [two] تستجيب لها مسودتا حالة
    [few] تستجيب لها { $count } مسودات حالات
   *[other] تستجيب لها { $count } مسودة حالة
}
demand-call-heading = نبحث عن حالات تتناول «{ $topic }»
demand-call-since = وُجّهت الدعوة في { $date }
demand-call-body = يبحث قرّاء المنصة عن تجارب في هذا الموضوع ولا يجدونها بعد. وإذا كانت مؤسستكم قد أنجزت شيئًا في هذا الشأن، فشاركوه في صورة حالة: ما المشكلة، وما الذي فعلتموه، وما الذي تمخّض عنه، وما الذي يمكن للآخرين إعادة استخدامه.
demand-answer = الاستجابة بتقديم حالة
demand-answer-hint = يؤدي ذلك إلى إنشاء مسودة حالة باسمك تستجيب للدعوة. وتستكملها وفق وتيرتك الخاصة؛ ويراجعها المحررون قبل نشرها.
demand-back-to-library = العودة إلى مكتبة الحالات
demand-library-calls = نبحث عن حالات تتناول
demand-library-wanted = ما يبحث عنه الناس
demand-library-wanted-intro = عمليات بحث أجراها كثير من القرّاء المختلفين خلال الأيام الثلاثين الأخيرة.
demand-draft-title = حالة عن { $topic }
demand-draft-summary = حالة عن { $topic }، استجابةً لدعوة المنصة إلى تقديم حالات.
demand-error-topic = بيّن في بضع كلمات موضوع الحالات المطلوبة.
demand-error-synonyms = أدخل عبارة واحدة على الأقل تحمل المعنى نفسه الذي يحمله الاستعلام.
