# המילים של מסכי היישום. פונים לקהל ברבים.

app-title = ScamDrill
app-tagline = מתרגלים לסרב להונאות "תמיכה טכנית" — בלי סיכון.
keys-hint = Tab או החצים: מעבר · Enter: בחירה · Esc: חזרה · Ctrl+Shift+Esc: מנהל המשימות

start-language = בחרו שפה
start-address = בחרו צורת פנייה
start-address-m = בלשון זכר
start-address-f = בלשון נקבה
start-address-p = בלשון רבים
start-mode = איך אתם משתמשים ב-ScamDrill היום?
start-mode-training = הדרכה בעבודה
start-mode-public = מפגש פתוח (בלי הרשמה)
start-begin = התחלה

signin-heading = כניסה
signin-prompt = הקלידו את מספר העובד שלכם ולחצו Enter.
signin-id = מספר עובד: { $id }
signin-continue = המשך עם המספר הזה
signin-anonymous = המשך בלי להיכנס
signin-privacy = התוצאות נשלחות לרשומות ההדרכה של המעסיק רק תחת המספר הזה.

overview-heading = התרחישים שלכם
overview-progress = הושלמו { $done } מתוך { $total }
overview-play = שחקו
overview-done = הושלם · { $points } נקודות
overview-results = לתוצאות שלי
overview-back = חזרה להתחלה

settings-text-bigger = טקסט גדול יותר
settings-text-smaller = טקסט קטן יותר
settings-motion-on = הפחתת תנועה: פעילה
settings-motion-off = הפחתת תנועה: כבויה
settings-language = שפה: { $name }

play-flags-heading = סימני אזהרה
play-flags-hint = שמתם לב למשהו חשוד? בחרו בו כדי לסמן אותו.
play-flag-marked = סומן: { $label }
play-flag-unmarked = סימון: { $label }
play-incoming = שיחה נכנסת
play-on-call = בשיחה
play-answer = מענה
play-decline = דחייה
play-hang-up = ניתוק
play-caller-says = { $speaker }:
play-countdown = זמן שנותר { $time }
play-scanning = סורק…
play-browser = דפדפן
play-mail = דואר
play-chat = צ'אט
play-bank = בנק באינטרנט
play-taskmgr = מנהל המשימות
play-taskmgr-process = דפדפן אינטרנט (חלון אחד)
play-taskmgr-end = סיים משימה
play-taskmgr-close = סגירת מנהל המשימות
play-taskmgr-nothing = הדפדפן לא פתוח.
play-remote-address = הכתובת שלכם
play-remote-request = בקשה לתמיכה מרחוק
play-remote-control = שולט במחשב הזה
play-payment = תשלום
play-amount = סכום לתשלום: { $amount }
play-continue = המשך
play-choices = מה עושים?

debrief-heading = תחקיר
debrief-happened = מה קרה
debrief-decisions = ההחלטות שלכם
debrief-flags = סימני אזהרה
debrief-spotted = זיהיתם
debrief-missed = פספסתם
debrief-instead = מה לעשות במקום
debrief-report-heading = לאן לדווח
debrief-next = לתרחיש הבא
debrief-overview = חזרה לרשימה

results-heading = התוצאות שלכם
results-mean = ציון ממוצע: { $points } מתוך 100
results-passed = עברתם
results-failed = עדיין לא עברתם — נסו שוב את התרחישים.
results-critical = מספר הפעמים שאדם זר נכנס למחשב: { $count }
results-dprime = הבחנה בין הונאה לעזרה אמיתית (d′‎): { $value }
results-bias = זהירות (c): { $value }
results-bias-note = מתחת לאפס: דוחים גם עזרה אמיתית. מעל אפס: סומכים מהר מדי.
results-again = להתחיל מחדש

kiosk-invite = תזהו הונאה לפני שהיא עולה לכם כסף?
kiosk-promise = חמש דקות, שלושה מצבים, בלי הרשמה. שום דבר עליכם לא נשמר.
kiosk-touch = געו כאן כדי להתחיל
staff-open = צוות
staff-pin = קוד מנחה
staff-pin-wrong = הקוד שגוי. נסו שוב.
staff-pin-erase = מחיקת ספרה
staff-pin-ok = אישור
staff-cancel = ביטול
staff-heading = מנחה
staff-back = חזרה לעמדה
staff-summary = הנתונים של היום
staff-exit = יציאה ממצב עמדה

summary-heading = המפגשים הפתוחים של היום
summary-note = נתונים אנונימיים. כל נתון שמבוסס על פחות מחמישה מפגשים מוסתר כדי להגן על המבקרים.
summary-none = עדיין אין נתונים.
summary-suppressed = מוסתר (פחות מ-5)
summary-sessions = מפגשים
summary-runs = תרחישים ששוחקו
summary-refused = סירבו לגישה מרחוק בהונאות
summary-genuine = קיבלו עזרה אמיתית אחרי בדיקה
summary-passed = תרחישים שעברו בהצלחה
summary-missed = סימני האזהרה שפוספסו הכי הרבה

facilitator-discuss = דברו על זה יחד: מה הייתם עושים עכשיו?
facilitator-reveal = מה הקבוצה בחרה
kiosk-finish = סיום

# After the last decision, before the debrief (one question, no right answer shown).
judgement-question = במבט לאחור: זו הייתה הונאה, או עזרה אמיתית?
judgement-note = אמרו מה אתם חושבים עכשיו, לפני שתשמעו איך זה נגמר.
judgement-1 = בוודאות הונאה
judgement-2 = כנראה הונאה
judgement-3 = אולי הונאה
judgement-4 = אולי עזרה אמיתית
judgement-5 = כנראה עזרה אמיתית
judgement-6 = בוודאות עזרה אמיתית
summary-compare = מה אנשים עשו, ומה חשבו אחר כך
summary-did = מה עשו
summary-judged = מה חשבו
summary-scams-as-scams = הונאות שזוהו כהונאות
summary-help-as-scam = עזרה אמיתית שנחשבה להונאה
summary-compare-note = "מה חשבו" היא התשובה של כל מבקר, אחרי ההחלטה האחרונה, לשאלה "במבט לאחור: זו הייתה הונאה, או עזרה אמיתית?"
summary-missed-times = פוספס { $missed } מתוך { $present } פעמים
