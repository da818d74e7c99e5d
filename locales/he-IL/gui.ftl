# המילים של מסכי היישום. פונים לקהל ברבים.

app-title = ScamDrill
app-tagline = מתרגלים לומר "לא" להונאות "תמיכה טכנית" — בלי סיכון.
keys-hint = Tab או החצים: מעבר · Enter: בחירה · Esc: חזרה · F1 בזמן תרחיש: עזרה

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

# The simulated PC, phone and world during play: the PC's own words, never advice.
play-incoming = שיחה נכנסת
# What a ringing phone shows for a caller who withheld their number.
play-caller-withheld = מספר חסוי
play-on-call = שיחה פעילה
play-answer = מענה
play-decline = דחייה
play-hang-up = סיום שיחה
play-countdown = זמן שנותר { $time }
play-scanning = סורק את המחשב…
play-mail = דואר
play-chat = צ'אט
play-bank = בנק באינטרנט
play-taskmgr = מנהל המשימות
play-taskmgr-process = דפדפן אינטרנט
play-taskmgr-end = סיים משימה
play-amount = סכום לתשלום: { $amount }
play-continue = המשך
pc-close = סגור
pc-cancel = ביטול
pc-browser = דפדפן אינטרנט
pc-new-tab = כרטיסייה חדשה
pc-new-tab-search = חפש באינטרנט או הקלד כתובת
pc-address-placeholder = חפש או הזן כתובת אינטרנט
pc-address-bar = שורת הכתובת והחיפוש
pc-text-box = תיבת טקסט
pc-tile-news = חדשות
pc-tile-mail = דואר
pc-tile-weather = מזג אוויר
pc-tile-video = סרטונים
pc-hold-esc = לחץ לחיצה ארוכה על Esc כדי לצאת ממסך מלא
pc-checkout = תשלום
pc-mail-inbox = דואר נכנס
pc-mail-sent = פריטים שנשלחו
pc-mail-junk = דואר זבל
pc-remote-this-desk = העמדה הזו
pc-remote-code-from-helper = קוד מהנציג:{" "}
pc-remote-perm-control = שליטה במקלדת ובעכבר שלי
pc-remote-perm-clipboard = גישה ללוח שלי
pc-remote-perm-files = שימוש במנהל הקבצים
pc-remote-perm-restart = הפעלה מחדש של המחשב שלי
pc-remote-session = חיבור פעיל
pc-remote-allow-control = אפשר שליטה מרחוק
pc-remote-give-id = כדי לאפשר שליטה מרחוק, יש למסור לשותף את המזהה והסיסמה שלהלן.
pc-remote-your-id = המזהה שלך
pc-remote-password = סיסמה
pc-alert-says = הודעה מהאתר { $site }
pc-alert-ok = אישור
pc-event-viewer-path = מציג האירועים (מקומי) › יומני Windows › יישום
pc-phone-keypad = מקלדת
pc-phone-contacts = אנשי קשר
pc-phone-no-contacts = אין אנשי קשר
pc-phone-home = דף הבית
pc-phone-no-answer = מחייג אל { $number }… אין מענה
pc-phone-delete = מחיקה
pc-phone-call = חיוג
pc-wallet = ארנק
pc-card-back = גב כרטיס האשראי
pc-contact-page = צור קשר
pc-intranet = אינטראנט
pc-icon-bin = סל המחזור
pc-icon-settings = הגדרות
pc-start = התחל
pc-start-search = הקלד כאן כדי לחפש
pc-shut-down = כיבוי
pc-wifi = רשת ואינטרנט
pc-wifi-connected = Wi-Fi · Home-Network · מחובר, מאובטח
pc-wifi-toggle = Wi-Fi: מופעל — כיבוי
pc-sec-lock = נעל
pc-sec-switch = החלף משתמש
pc-sec-sign-out = צא
pc-sec-password = שנה סיסמה
pc-taskmgr-processes = תהליכים
flag-tool = סימון משהו חשוד (F)
flag-tool-on = { $addr ->
    [f] כלי הסימון ביד: בחרי במה שנראה חשוד (F כדי להניח אותו)
    [p] כלי הסימון ביד: בחרו במה שנראה חשוד (F כדי להניח אותו)
   *[m] כלי הסימון ביד: בחר במה שנראה חשוד (F כדי להניח אותו)
}
help-title = עזרה
help-what-can-i-do = מה אפשר לעשות כאן?
help-can-click = { $addr ->
    [f] לחצי או הקישי על לחצנים, קישורים ושדות במסך; עם Tab והחצים עוברים ביניהם, ועם Enter לוחצים.
    [p] לחצו או הקישו על לחצנים, קישורים ושדות במסך; עם Tab והחצים עוברים ביניהם, ועם Enter לוחצים.
   *[m] לחץ או הקש על לחצנים, קישורים ושדות במסך; עם Tab והחצים עוברים ביניהם, ועם Enter לוחצים.
}
help-can-phone = { $addr ->
    [f] השתמשי בטלפון שעל השולחן: עני לשיחה, דחי אותה או סיימי אותה, אמרי משהו, חייגי מספר במקלדת שלו, פתחי את אנשי הקשר שלו.
    [p] השתמשו בטלפון שעל השולחן: ענו לשיחה, דחו אותה או סיימו אותה, אמרו משהו, חייגו מספר במקלדת שלו, פתחו את אנשי הקשר שלו.
   *[m] השתמש בטלפון שעל השולחן: ענה לשיחה, דחה אותה או סיים אותה, אמור משהו, חייג מספר במקלדת שלו, פתח את אנשי הקשר שלו.
}
help-can-close = { $addr ->
    [f] סגרי חלון עם ה-✕ שלו או עם Alt+F4; כדי לצאת מדף במסך מלא, החזיקי את Esc לחוץ.
    [p] סגרו חלון עם ה-✕ שלו או עם Alt+F4; כדי לצאת מדף במסך מלא, החזיקו את Esc לחוץ.
   *[m] סגור חלון עם ה-✕ שלו או עם Alt+F4; כדי לצאת מדף במסך מלא, החזק את Esc לחוץ.
}
help-can-task-manager = { $addr ->
    [f] פתחי את מנהל המשימות עם Ctrl+Shift+Esc, עם Ctrl+Alt+Del או מתפריט התחל, וסיימי שם תוכנית.
    [p] פתחו את מנהל המשימות עם Ctrl+Shift+Esc, עם Ctrl+Alt+Del או מתפריט התחל, וסיימו שם תוכנית.
   *[m] פתח את מנהל המשימות עם Ctrl+Shift+Esc, עם Ctrl+Alt+Del או מתפריט התחל, וסיים שם תוכנית.
}
help-can-network = { $addr ->
    [f] כבי את ה-Wi-Fi מסמל הרשת שליד השעון; כבי את המחשב מתפריט התחל.
    [p] כבו את ה-Wi-Fi מסמל הרשת שליד השעון; כבו את המחשב מתפריט התחל.
   *[m] כבה את ה-Wi-Fi מסמל הרשת שליד השעון; כבה את המחשב מתפריט התחל.
}
help-can-flag = { $addr ->
    [f] סמני כל דבר שנראה חשוד: לחצי על F או על הלחצן ⚑ בפינה ובחרי בו, או לחצי עליו לחיצה ימנית.
    [p] סמנו כל דבר שנראה חשוד: לחצו על F או על הלחצן ⚑ בפינה ובחרו בו, או לחצו עליו לחיצה ימנית.
   *[m] סמן כל דבר שנראה חשוד: לחץ על F או על הלחצן ⚑ בפינה ובחר בו, או לחץ עליו לחיצה ימנית.
}
help-on-screen = כרגע על המסך:
help-settings = הגדרות
help-back = חזרה
help-leave = יציאה מהתרחיש
orientation-title = לפני שמתחילים
orientation-pretend = { $addr ->
    [f] מה שיופיע עכשיו הוא מחשב מדומה וטלפון מדומה. שום דבר שתעשי כאן לא מגיע לאף אחד.
    [p] מה שיופיע עכשיו הוא מחשב מדומה וטלפון מדומה. שום דבר שתעשו כאן לא מגיע לאף אחד.
   *[m] מה שיופיע עכשיו הוא מחשב מדומה וטלפון מדומה. שום דבר שתעשה כאן לא מגיע לאף אחד.
}
orientation-home = { $addr ->
    [f] עשי מה שהיית עושה באמת בבית או בעבודה.
    [p] עשו מה שהייתם עושים באמת בבית או בעבודה.
   *[m] עשה מה שהיית עושה באמת בבית או בעבודה.
}
orientation-flag = { $addr ->
    [f] אם משהו נראה לך חשוד, סמני אותו בדגל: לחצי על F או על הלחצן ⚑ בפינה ובחרי בו, או לחצי עליו בלחצן הימני של העכבר.
    [p] אם משהו נראה לכם חשוד, סמנו אותו בדגל: לחצו על F או על הלחצן ⚑ בפינה ובחרו בו, או לחצו עליו בלחצן הימני של העכבר.
   *[m] אם משהו נראה לך חשוד, סמן אותו בדגל: לחץ על F או על הלחצן ⚑ בפינה ובחר בו, או לחץ עליו בלחצן הימני של העכבר.
}
orientation-help = F1 פותח עזרה בכל רגע: הגדרות ודרך לצאת מהתרחיש.
orientation-start = התחלה

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

kiosk-invite = תצליחו לזהות הונאה לפני שהיא עולה לכם כסף?
kiosk-promise = חמש דקות, שלושה תרחישים, בלי הרשמה. שום דבר עליכם לא נשמר.
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

# The simulated PC: app and process names as Windows shows them in this language; the fake shop's badge.
pc-app-command-prompt = שורת הפקודה
pc-app-event-viewer = מציג האירועים
pc-process-explorer = סייר Windows
pc-process-window-manager = מנהל חלונות שולחן העבודה
pc-shop-secure = מאובטח 100%
# A place away from the PC: the sign above the post office counter.
place-post-office = סניף דואר
