## Accounts, the member directory and the admin pages

nav-members = الأعضاء
nav-sign-in = تسجيل الدخول
nav-sign-out = تسجيل الخروج
nav-account = حسابك
nav-admin = الإدارة
nav-join = طلب الانضمام

form-problems-title = توجد مشكلة
choose = اختر…
save = حفظ

field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
field-new-password = كلمة المرور الجديدة
field-current-password = كلمة المرور الحالية
field-name = الاسم الكامل
field-job-title = المسمى الوظيفي (اختياري)
field-listed = أدرِج اسمي في الصفحة العامة لمنظمتي
field-organisation-name = اسم المنظمة
field-organisation = المنظمة
field-group = فئة أصحاب المصلحة
field-country = البلد
field-website = الموقع الشبكي (اختياري)
field-motivation = لماذا تودّون الانضمام؟
field-description = وصف موجز
field-logo = الشعار (اختياري)
field-role = الدور
field-decline-reason = سبب الرفض (يُرسل إلى جهة الاتصال)
password-hint = 12 حرفًا على الأقل. تشكّل بضع كلمات لا رابط بينها كلمة مرور قوية يسهل تذكرها.
website-hint = العنوان الكامل، بدءًا بـ https://
motivation-hint = بضع جمل عن عمل منظمتكم في مجال القدرات الرقمية في الحكومة.
logo-hint = PNG أو JPEG أو WebP أو GIF، بحجم لا يتجاوز 2 ميغابايت. ويُعدَّل حجمه ليلائم إطارًا من 256 × 256 بكسل.

error-required = املأ هذا الحقل.
error-too-long = النص أطول مما ينبغي.
error-email = أدخل عنوان بريد إلكتروني مثل name@example.org.
error-email-taken = يوجد بالفعل حساب بعنوان البريد الإلكتروني هذا.
error-password-short = استخدم 12 حرفًا على الأقل.
error-password-long = استخدم 128 حرفًا على الأكثر.
error-password-wrong = كلمة المرور الحالية غير صحيحة.
error-sign-in-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.
error-website = أدخل عنوانًا شبكيًا كاملًا يبدأ بـ https://
error-choose-group = اختر فئة من فئات أصحاب المصلحة.
error-choose-role = اختر دورًا.
error-choose-organisation = اختر منظمة من القائمة.
error-country-unknown = اختر بلدًا من القائمة.
error-own-role = لا يمكنك إزالة دورك بوصفك مشرفًا.
error-link-unknown = هذا الرابط غير صالح. تحقق من أنك نسخته كاملًا.
error-link-used = سبق استخدام هذا الرابط. فكل رابط لا يصلح إلا لمرة واحدة.
error-link-expired = انتهت صلاحية هذا الرابط.
error-logo-too-big = يتجاوز حجم الشعار 2 ميغابايت.
error-logo-type = يجب أن يكون الشعار صورة بصيغة PNG أو JPEG أو WebP أو GIF.
error-logo-unreadable = تعذّرت قراءة الشعار بوصفه صورة.

notice-signed-in = تم تسجيل دخولك.
notice-signed-out = تم تسجيل خروجك.
notice-password-changed = غُيّرت كلمة المرور. وأُنهيت جميع الجلسات الأخرى.
notice-profile-saved = حُفظ ملفك الشخصي.
notice-session-revoked = أُنهيت تلك الجلسة.
notice-reset-sent = إذا كان هذا العنوان مستخدمًا في أحد الحسابات، فقد أرسلنا إليه رابطًا لاختيار كلمة مرور جديدة. ويظل الرابط صالحًا لمدة ساعة واحدة.
notice-join-sent = شكرًا لكم. أُرسل طلبكم، وسيردّ أحد المشرفين عبر البريد الإلكتروني.
notice-invitation-sent = أُرسلت الدعوة.
notice-request-accepted = قُبل الطلب: أُنشئت المنظمة ووُجّهت الدعوة إلى جهة الاتصال فيها.
notice-request-declined = رُفض الطلب وأُبلغت جهة الاتصال بالسبب.
notice-organisation-saved = حُفظت بيانات المنظمة.
notice-role-changed = حُفظ التغيير. إذا تغيّر الدور، فعلى الشخص المعني تسجيل الدخول من جديد لاستخدامه.
notice-welcome = مرحبًا بك في Coalition Hub. حسابك جاهز.

sign-in-title = تسجيل الدخول
sign-in-submit = تسجيل الدخول
sign-in-forgot = هل نسيت كلمة المرور؟
sign-in-no-account = ليس لديك حساب بعد؟ الحسابات مخصصة للعاملين في المنظمات الأعضاء.
sign-in-already = أنت مسجَّل الدخول باسم { $name }.

forgot-title = اختيار كلمة مرور جديدة
forgot-lead = أدخل عنوان البريد الإلكتروني لحسابك، وسنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
forgot-submit = إرسال الرابط

reset-title = اختيار كلمة مرور جديدة
reset-submit = حفظ كلمة المرور الجديدة
reset-again = طلب رابط جديد

invitation-title = قبول الدعوة
invitation-lead = أنت مدعو إلى Coalition Hub بعنوان البريد الإلكتروني { $email }، بدور { $role }. اختر اسمك وكلمة مرور لإتمام التسجيل.
invitation-lead-org = أنت مدعو إلى Coalition Hub بعنوان البريد الإلكتروني { $email }، باسم { $organisation }، بدور { $role }. اختر اسمك وكلمة مرور لإتمام التسجيل.
invitation-submit = إنشاء حسابي
invitation-again = اطلب دعوة جديدة من أحد المشرفين

account-title = حسابك
account-sign-in = سجّل الدخول للاطلاع على هذه الصفحة.
account-role = الدور
account-organisation = المنظمة
account-no-organisation = لا توجد منظمة
account-profile = الملف الشخصي
account-password = كلمة المرور
account-change-password = تغيير كلمة المرور
account-sessions = الأماكن التي سجّلت الدخول منها
session-current = (هذا المتصفح)
session-unknown-browser = متصفح غير معروف
session-meta = من { $address } · تسجيل الدخول: { $created } · آخر نشاط: { $seen }
session-revoke = إنهاء هذه الجلسة
session-sign-out = تسجيل الخروج هنا

role-member = عضو
role-editor = محرر
role-admin = مشرف

members-title = الأعضاء
members-lead = الحكومات ومدارس الإدارة العامة والمنظمات الدولية والجامعات ومجموعات المجتمع المدني والشركات التي يتألف منها الائتلاف.
members-filters = تصفية الأعضاء
members-count = { $count ->
    [0] لا توجد منظمات
    [one] منظمة واحدة
    [two] منظمتان
    [few] { $count } منظمات
   *[other] { $count } منظمة
}
members-empty = لا توجد منظمة عضو تطابق عوامل التصفية هذه.
filter-group = فئة أصحاب المصلحة
filter-country = البلد
filter-region = المنطقة
filter-any = الكل
filter-apply = عرض
filter-clear = مسح عوامل التصفية

group-government = الحكومة
group-school-of-public-administration = مدرسة للإدارة العامة
group-international-organisation = منظمة دولية أو حكومية دولية
group-academia = الأوساط الأكاديمية
group-civil-society = المجتمع المدني
group-private-sector = القطاع الخاص
group-media = وسائط الإعلام
group-technical-community = الأوساط التقنية

region-africa = أفريقيا
region-americas = الأمريكتان
region-asia = آسيا
region-europe = أوروبا
region-oceania = أوقيانوسيا
region-antarctica = أنتاركتيكا

org-people = الأشخاص
org-people-empty = لم يُدرج أي شخص من هذه المنظمة بعد.
org-logo-alt = شعار { $name }
org-current-logo = الشعار الحالي
org-edit = تعديل بيانات هذه المنظمة

join-title = طلب الانضمام إلى الائتلاف
join-lead = نرحّب بالمنظمات العاملة على تنمية الكفاءات الرقمية وكفاءات الذكاء الاصطناعي لدى موظفي الخدمة المدنية. ويطّلع أحد المشرفين على كل طلب ويردّ عليه عبر البريد الإلكتروني.
join-organisation = منظمتكم
join-contact = جهة الاتصال
join-submit = إرسال الطلب

admin-title = الإدارة
admin-join-requests = طلبات الانضمام
admin-invite = دعوة شخص
admin-new-organisation = إضافة منظمة
admin-people = الأشخاص والأدوار
admin-audit = سجل التدقيق
join-requests-empty = لا توجد طلبات بعد.
request-pending = قيد الانتظار
request-accepted = مقبول
request-declined = مرفوض
request-contact = جهة الاتصال: { $name } ({ $email })
request-declined-because = مرفوض: { $reason }
request-accept = القبول ودعوة جهة الاتصال
request-decline = رفض
invite-submit = إرسال الدعوة
field-invitation-lang = لغة رسالة الدعوة
person-sessions = { $count ->
    [0] لم يسجّل الدخول
    [one] جلسة مفتوحة واحدة
    [two] جلستان مفتوحتان
    [few] { $count } جلسات مفتوحة
   *[other] { $count } جلسة مفتوحة
}
audit-when = الوقت
audit-who = الشخص
audit-what = الإجراء
audit-target = على
audit-detail = التفاصيل
audit-from = من
audit-command-line = سطر الأوامر

mail-reset-subject = اختيار كلمة مرور جديدة في Coalition Hub
mail-reset-body = مرحبًا { $name }،

    طلب شخصٌ ما، وربما أنت، اختيار كلمة مرور جديدة لحسابك في Coalition Hub.
    لإجراء ذلك، افتح هذا الرابط في غضون ساعة واحدة:

    { $link }

    إذا لم تكن أنت من قدّم الطلب، فتجاهل هذه الرسالة: ستبقى كلمة مرورك كما هي.
mail-invite-subject = دعوة إلى Coalition Hub ({ $organisation })
mail-invite-body = مرحبًا،

    يدعوك { $inviter } إلى الانضمام إلى Coalition Hub، باسم { $organisation }.
    افتح هذا الرابط في غضون سبعة أيام لاختيار اسمك وكلمة مرور:

    { $link }

    لا يصلح الرابط إلا لمرة واحدة. وإذا لم تكن تتوقع هذه الرسالة، فتجاهلها.
mail-declined-subject = طلب انضمامكم إلى Coalition Hub
mail-declined-body = مرحبًا { $name }،

    نشكر { $organisation } على اهتمامها بالائتلاف. ويتعذّر علينا قبول الطلب في الوقت الحالي، للسبب التالي:

    { $reason }
