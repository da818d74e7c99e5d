# كلمات شاشات التطبيق. نخاطب المستخدمين بصيغة الجمع.

app-title = ScamDrill
app-tagline = تدرّبوا على رفض عمليات احتيال «الدعم التقني» — بأمان.
keys-hint = Tab أو مفاتيح الأسهم: التنقل · Enter: الاختيار · Esc: الرجوع · F1 أثناء السيناريو: المساعدة

start-language = اختاروا لغتكم
start-address = اختاروا صيغة المخاطبة
start-address-m = بصيغة المذكر
start-address-f = بصيغة المؤنث
start-address-p = بصيغة الجمع
start-mode = كيف تستخدمون ScamDrill اليوم؟
start-mode-training = تدريب في العمل
start-mode-public = جلسة مفتوحة (دون تسجيل دخول)
start-begin = البدء

signin-heading = تسجيل الدخول
signin-prompt = اكتبوا رقمكم الوظيفي ثم اضغطوا Enter.
signin-id = الرقم الوظيفي: { $id }
signin-continue = المتابعة بهذا الرقم
signin-anonymous = المتابعة دون تسجيل الدخول
signin-privacy = تُرسل نتائجكم إلى سجلات التدريب لدى جهة عملكم تحت هذا الرقم فقط.

overview-heading = السيناريوهات الخاصة بكم
overview-progress = أُنجز { $done } من { $total }
overview-play = بدء
overview-done = مكتمل · النقاط: { $points }
overview-results = عرض نتائجي
overview-back = العودة إلى البداية

settings-text-bigger = تكبير النص
settings-text-smaller = تصغير النص
settings-motion-on = تقليل الحركة: مفعّل
settings-motion-off = تقليل الحركة: غير مفعّل
settings-language = اللغة: { $name }

# The simulated PC, phone and world during play: the PC's own words, never advice.
play-incoming = مكالمة واردة
# What a ringing phone shows for a caller who withheld their number.
play-caller-withheld = رقم خاص
play-on-call = مكالمة جارية
play-answer = الرد
play-decline = الرفض
play-hang-up = إنهاء المكالمة
play-countdown = الوقت المتبقي { $time }
play-scanning = جارٍ فحص الكمبيوتر…
play-mail = البريد
play-chat = الدردشة
play-bank = الخدمات المصرفية عبر الإنترنت
play-taskmgr = إدارة المهام
play-taskmgr-process = متصفح الويب
play-taskmgr-end = إنهاء المهمة
play-amount = المبلغ المستحق: { $amount }
play-continue = متابعة
pc-close = إغلاق
pc-cancel = إلغاء الأمر
pc-browser = متصفح الويب
pc-new-tab = علامة تبويب جديدة
pc-new-tab-search = البحث في الويب أو كتابة عنوان
pc-address-placeholder = البحث أو إدخال عنوان ويب
pc-address-bar = شريط العناوين والبحث
pc-text-box = مربع نص
pc-tile-news = الأخبار
pc-tile-mail = البريد
pc-tile-weather = الطقس
pc-tile-video = الفيديوهات
pc-hold-esc = اضغط مع الاستمرار على Esc للخروج من وضع ملء الشاشة
pc-checkout = إتمام الشراء
pc-mail-inbox = علبة الوارد
pc-mail-sent = العناصر المرسلة
pc-mail-junk = البريد العشوائي
pc-remote-this-desk = هذا الجهاز
pc-remote-code-from-helper = الرمز من المساعد:{" "}
pc-remote-perm-control = التحكم في لوحة المفاتيح والماوس
pc-remote-perm-clipboard = الوصول إلى الحافظة
pc-remote-perm-files = استخدام مدير الملفات
pc-remote-perm-restart = إعادة تشغيل الحاسوب
pc-remote-session = جلسة جارية
pc-remote-allow-control = السماح بالتحكم عن بُعد
pc-remote-give-id = إذا أردت السماح بالتحكم عن بُعد، فأعطِ شريكك المعرّف وكلمة المرور التاليين.
pc-remote-your-id = المعرّف الخاص بك
pc-remote-password = كلمة المرور
pc-alert-says = رسالة من { $site }
pc-alert-ok = حسنًا
pc-event-viewer-path = عارض الأحداث (محلي) › سجلات Windows › التطبيق
pc-phone-keypad = لوحة المفاتيح
pc-phone-contacts = جهات الاتصال
pc-phone-no-contacts = لا توجد جهات اتصال
pc-phone-home = الشاشة الرئيسية
pc-phone-no-answer = جارٍ الاتصال بالرقم { $number }… لا يوجد رد
pc-phone-delete = حذف
pc-phone-call = اتصال
pc-wallet = المحفظة
pc-card-back = ظهر البطاقة المصرفية
pc-contact-page = اتصل بنا
pc-intranet = الإنترانت
pc-icon-bin = سلة المحذوفات
pc-icon-settings = الإعدادات
pc-start = ابدأ
pc-start-search = اكتب هنا للبحث
pc-shut-down = إيقاف التشغيل
pc-wifi = الشبكة والإنترنت
pc-wifi-connected = Wi-Fi · Home-Network · متصل، آمن
pc-wifi-toggle = Wi-Fi: قيد التشغيل — إيقاف التشغيل
pc-sec-lock = تأمين
pc-sec-switch = تبديل المستخدم
pc-sec-sign-out = تسجيل الخروج
pc-sec-password = تغيير كلمة مرور
pc-taskmgr-processes = العمليات
flag-tool = وضع علامة على شيء مريب (F)
flag-tool-on = { $addr ->
    [f] أداة وضع العلامات في يدكِ: اختاري ما يبدو مريبًا (F لوضعها جانبًا)
    [p] أداة وضع العلامات في أيديكم: اختاروا ما يبدو مريبًا (F لوضعها جانبًا)
   *[m] أداة وضع العلامات في يدك: اختر ما يبدو مريبًا (F لوضعها جانبًا)
}
help-title = المساعدة
help-what-can-i-do = ماذا يمكنني أن أفعل هنا؟
help-can-click = { $addr ->
    [f] انقري أو المسي الأزرار والروابط والحقول على الشاشة؛ ينقلكِ Tab ومفاتيح الأسهم بينها، ويُفعّل Enter العنصر المحدد.
    [p] انقروا أو المسوا الأزرار والروابط والحقول على الشاشة؛ ينقلكم Tab ومفاتيح الأسهم بينها، ويُفعّل Enter العنصر المحدد.
   *[m] انقر أو المس الأزرار والروابط والحقول على الشاشة؛ ينقلك Tab ومفاتيح الأسهم بينها، ويُفعّل Enter العنصر المحدد.
}
help-can-phone = { $addr ->
    [f] استخدمي الهاتف الموجود على المكتب: ردّي على مكالمة أو ارفضيها أو أنهيها، قولي شيئًا، اطلبي رقمًا من لوحة مفاتيحه، افتحي جهات الاتصال فيه.
    [p] استخدموا الهاتف الموجود على المكتب: ردّوا على مكالمة أو ارفضوها أو أنهوها، قولوا شيئًا، اطلبوا رقمًا من لوحة مفاتيحه، افتحوا جهات الاتصال فيه.
   *[m] استخدم الهاتف الموجود على المكتب: ردّ على مكالمة أو ارفضها أو أنهِها، قل شيئًا، اطلب رقمًا من لوحة مفاتيحه، افتح جهات الاتصال فيه.
}
help-can-close = { $addr ->
    [f] أغلقي النافذة بزر ✕ فيها أو بـ Alt+F4؛ واضغطي مع الاستمرار على Esc لمغادرة صفحة تملأ الشاشة.
    [p] أغلقوا النافذة بزر ✕ فيها أو بـ Alt+F4؛ واضغطوا مع الاستمرار على Esc لمغادرة صفحة تملأ الشاشة.
   *[m] أغلق النافذة بزر ✕ فيها أو بـ Alt+F4؛ واضغط مع الاستمرار على Esc لمغادرة صفحة تملأ الشاشة.
}
help-can-task-manager = { $addr ->
    [f] افتحي إدارة المهام بـ Ctrl+Shift+Esc أو Ctrl+Alt+Del أو من قائمة ابدأ، وأنهي برنامجًا من هناك.
    [p] افتحوا إدارة المهام بـ Ctrl+Shift+Esc أو Ctrl+Alt+Del أو من قائمة ابدأ، وأنهوا برنامجًا من هناك.
   *[m] افتح إدارة المهام بـ Ctrl+Shift+Esc أو Ctrl+Alt+Del أو من قائمة ابدأ، وأنهِ برنامجًا من هناك.
}
help-can-network = { $addr ->
    [f] أوقفي تشغيل Wi-Fi من أيقونة الشبكة بجانب الساعة، وأوقفي تشغيل الحاسوب من قائمة ابدأ.
    [p] أوقفوا تشغيل Wi-Fi من أيقونة الشبكة بجانب الساعة، وأوقفوا تشغيل الحاسوب من قائمة ابدأ.
   *[m] أوقف تشغيل Wi-Fi من أيقونة الشبكة بجانب الساعة، وأوقف تشغيل الحاسوب من قائمة ابدأ.
}
help-can-flag = { $addr ->
    [f] ضعي علامة على كل ما يبدو مريبًا: اضغطي F أو زر ⚑ في الزاوية ثم اختاريه، أو انقري عليه بزر الماوس الأيمن.
    [p] ضعوا علامة على كل ما يبدو مريبًا: اضغطوا F أو زر ⚑ في الزاوية ثم اختاروه، أو انقروا عليه بزر الماوس الأيمن.
   *[m] ضع علامة على كل ما يبدو مريبًا: اضغط F أو زر ⚑ في الزاوية ثم اختره، أو انقر عليه بزر الماوس الأيمن.
}
help-on-screen = على الشاشة الآن:
help-settings = الإعدادات
help-back = رجوع
help-leave = مغادرة هذا السيناريو
orientation-title = قبل البدء
orientation-pretend = { $addr ->
    [f] ما سيظهر الآن حاسوب وهاتف تجريبيان. لا يصل أي شيء تفعلينه هنا إلى أحد.
    [p] ما سيظهر الآن حاسوب وهاتف تجريبيان. لا يصل أي شيء تفعلونه هنا إلى أحد.
   *[m] ما سيظهر الآن حاسوب وهاتف تجريبيان. لا يصل أي شيء تفعله هنا إلى أحد.
}
orientation-home = { $addr ->
    [f] افعلي ما كنتِ ستفعلينه فعلًا في البيت أو في العمل.
    [p] افعلوا ما كنتم ستفعلونه فعلًا في البيت أو في العمل.
   *[m] افعل ما كنت ستفعله فعلًا في البيت أو في العمل.
}
orientation-flag = { $addr ->
    [f] إذا بدا لكِ شيء مريبًا فضعي عليه علامة: اضغطي F أو زر ⚑ في الزاوية ثم اختاريه، أو انقري عليه بزر الفأرة الأيمن.
    [p] إذا بدا لكم شيء مريبًا فضعوا عليه علامة: اضغطوا F أو زر ⚑ في الزاوية ثم اختاروه، أو انقروا عليه بزر الفأرة الأيمن.
   *[m] إذا بدا لك شيء مريبًا فضع عليه علامة: اضغط F أو زر ⚑ في الزاوية ثم اختره، أو انقر عليه بزر الفأرة الأيمن.
}
orientation-help = يفتح F1 المساعدة في أي وقت: الإعدادات وطريقة لمغادرة السيناريو.
orientation-start = بدء

debrief-heading = المراجعة الختامية
debrief-happened = ماذا حدث
debrief-decisions = قراراتكم
debrief-flags = علامات التحذير
debrief-spotted = لاحظتم ذلك
debrief-missed = فاتكم ذلك
debrief-instead = ما الذي كان ينبغي فعله
debrief-report-heading = أين تبلّغون
debrief-next = السيناريو التالي
debrief-overview = العودة إلى القائمة

results-heading = نتائجكم
results-mean = متوسط النتيجة: { $points } من 100
results-passed = اجتزتم
results-failed = لم تجتازوا بعد — جرّبوا السيناريوهات مرة أخرى.
results-critical = عدد المرات التي دخل فيها شخص غريب إلى الحاسوب: { $count }
results-dprime = التمييز بين الاحتيال والمساعدة الحقيقية (d′‎): { $value }
results-bias = الحذر (c): { $value }
results-bias-note = أقل من الصفر: ترفضون حتى المساعدة الحقيقية. أكثر من الصفر: تثقون بسهولة زائدة.
results-again = البدء من جديد

kiosk-invite = هل تستطيعون كشف عملية الاحتيال قبل أن تدفعوا ثمنها؟
kiosk-promise = خمس دقائق، ثلاثة مواقف، دون تسجيل دخول. لا نحتفظ بأي شيء عنكم.
kiosk-touch = اضغطوا هنا للبدء
staff-open = للموظفين
staff-pin = رمز PIN للميسّر
staff-pin-wrong = رمز PIN غير صحيح. حاولوا مرة أخرى.
staff-pin-erase = مسح رقم واحد
staff-pin-ok = موافق
staff-cancel = إلغاء
staff-heading = لوحة الميسّر
staff-back = العودة إلى وضع الكشك
staff-summary = أرقام اليوم
staff-exit = الخروج من وضع الكشك

summary-heading = الجلسات المفتوحة اليوم
summary-note = أرقام مجهولة الهوية. يُخفى كل رقم يستند إلى أقل من خمس جلسات حمايةً للزوار.
summary-none = لا توجد أرقام بعد.
summary-suppressed = مخفي (أقل من 5)
summary-sessions = الجلسات
summary-runs = السيناريوهات التي جُرّبت
summary-refused = رفض الوصول عن بُعد في عمليات الاحتيال
summary-genuine = قبول المساعدة الحقيقية بعد التحقق
summary-passed = السيناريوهات التي اجتيزت
summary-missed = أكثر علامات التحذير إغفالًا

facilitator-discuss = ناقشوا الأمر معًا: ماذا كنتم ستفعلون الآن؟
facilitator-reveal = ما اختارته المجموعة
kiosk-finish = إنهاء

# After the last decision, before the debrief (one question, no right answer shown).
judgement-question = بالنظر إلى ما حدث: هل كان ذلك احتيالًا أم مساعدة حقيقية؟
judgement-note = قولوا ما تظنونه الآن، قبل أن تعرفوا كيف انتهى الأمر.
judgement-1 = بالتأكيد احتيال
judgement-2 = على الأرجح احتيال
judgement-3 = ربما احتيال
judgement-4 = ربما مساعدة حقيقية
judgement-5 = على الأرجح مساعدة حقيقية
judgement-6 = بالتأكيد مساعدة حقيقية
summary-compare = ما فعله الناس، وما حكموا به بعد ذلك
summary-did = ما فعلوه
summary-judged = ما حكموا به
summary-scams-as-scams = احتيالات عوملت كاحتيال
summary-help-as-scam = مساعدة حقيقية عوملت كاحتيال
summary-compare-note = «ما حكموا به» هو جواب كل زائر، بعد القرار الأخير، عن سؤال «بالنظر إلى ما حدث: هل كان ذلك احتيالًا أم مساعدة حقيقية؟»
summary-missed-times = أُغفلت { $missed } من { $present } مرات

# The simulated PC: app and process names as Windows shows them in this language; the fake shop's badge.
pc-app-command-prompt = موجه الأوامر
pc-app-event-viewer = عارض الأحداث
pc-process-explorer = مستكشف Windows
pc-process-window-manager = إدارة نوافذ سطح المكتب
pc-shop-secure = آمن 100%
# A place away from the PC: the sign above the post office counter.
place-post-office = مكتب البريد
