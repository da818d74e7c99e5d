# كلمات شاشات التطبيق. نخاطب المستخدمين بصيغة الجمع.

app-title = ScamDrill
app-tagline = تدرّبوا على رفض عمليات احتيال «الدعم التقني» — بأمان.
keys-hint = Tab أو مفاتيح الأسهم: التنقل · Enter: الاختيار · Esc: الرجوع · Ctrl+Shift+Esc: إدارة المهام

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

play-flags-heading = علامات التحذير
play-flags-hint = هل لاحظتم شيئًا مريبًا؟ اختاروه لوضع علامة عليه.
play-flag-marked = عليه علامة: { $label }
play-flag-unmarked = وضع علامة: { $label }
play-incoming = مكالمة واردة
play-on-call = مكالمة جارية
play-answer = الرد
play-decline = الرفض
play-hang-up = إنهاء المكالمة
play-caller-says = { $speaker }:
play-countdown = الوقت المتبقي { $time }
play-scanning = جارٍ الفحص…
play-browser = المتصفح
play-mail = البريد
play-chat = الدردشة
play-bank = الخدمات المصرفية عبر الإنترنت
play-taskmgr = إدارة المهام
play-taskmgr-process = متصفح الويب (نافذة واحدة)
play-taskmgr-end = إنهاء المهمة
play-taskmgr-close = إغلاق إدارة المهام
play-taskmgr-nothing = المتصفح غير مفتوح.
play-remote-address = عنوانكم
play-remote-request = طلب دعم عن بُعد
play-remote-control = يتحكم في هذا الحاسوب
play-payment = الدفع
play-amount = المبلغ المستحق: { $amount }
play-continue = متابعة
play-choices = ماذا تفعلون؟

debrief-heading = المراجعة الختامية
debrief-happened = ماذا حدث
debrief-decisions = قراراتكم
debrief-flags = علامات التحذير
debrief-spotted = لاحظتموها
debrief-missed = فاتتكم
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
judgement-question = بالنظر إلى ما حدث: هل كان ذلك احتيالًا، أم مساعدة حقيقية؟
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
summary-compare-note = «ما حكموا به» هو جواب كل زائر، بعد القرار الأخير، عن سؤال «بالنظر إلى ما حدث: هل كان ذلك احتيالًا، أم مساعدة حقيقية؟»
summary-missed-times = أُغفلت { $missed } من { $present } مرات
