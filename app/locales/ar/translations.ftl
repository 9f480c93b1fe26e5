## مجموعات الترجمة: عمل واحد بعدة لغات

translations-also-in = متاح أيضًا بـ:
translations-outdated = أُعدّت هذه الترجمة من نسخة سابقة من النص الأصلي، وقد تغيّر الأصل منذ ذلك الحين.
translations-read-original = اقرأ النص الأصلي
translations-offer = ترجمة إلى لغة أخرى
translations-role-original = النص الأصلي
translations-role-translation = ترجمة
translations-role-outdated = ترجمة غير محدَّثة

translations-start-title = بدء ترجمة
translations-original-of-kind = النص الأصلي ({ $kind })
translations-original-language = لغة النص:
translations-complete = هذا المحتوى متاح بالفعل باللغات الست كلها.
translations-language-label = الترجمة إلى
translations-language-choose = اختر لغة
translations-start-hint = تُفتح مسودة تتضمن نص الأصل، ويظهر الأصل إلى جانبها. وتمر المسودة بالمراجعة نفسها التي تمر بها أي مسودة قبل أن يطّلع عليها القرّاء.
translations-start-button = ابدأ الترجمة
translations-source-title = النص الأصلي ({ $from })؛ ترجمتك: { $into }

translations-desk-title = ما يحتاج إلى ترجمة
translations-desk-link = ما يحتاج إلى ترجمة
translations-filter-language = اللغة
translations-filter-kind = نوع المحتوى
translations-filter-all = الكل
translations-filter-button = عرض
translations-desk-missing = محتويات تنقصها لغة
translations-desk-outdated = ترجمات غير محدَّثة
translations-desk-none = لا شيء هنا حاليًا.
translations-col-work = المحتوى
translations-col-kind = النوع
translations-col-original = لغة الأصل
translations-col-missing = اللغات الناقصة
translations-col-outdated = ترجمات غير محدَّثة

translations-error-language = اختر إحدى اللغات الست: الإسبانية أو الإنجليزية أو الروسية أو الصينية أو العربية أو الفرنسية.
translations-error-exists = لهذا المحتوى نسخة بهذه اللغة بالفعل.
translations-error-of-translation = هذا النص ترجمة: ابدأ من النص الأصلي.
translations-error-other-set = هذا المحتوى جزء بالفعل من ترجمات محتوى آخر.

notice-translation-started = مسودة ترجمتك جاهزة: نص الأصل موجود في النموذج لتعيد كتابته باللغة الجديدة.
