# מילים שהמנוע משתמש בהן בכל תחקיר. פונים לקהל ברבים, בלשון ניטרלית.

verdict-refused-correctly = שמרתם על השליטה במחשב: הגישה מרחוק נדחתה.
verdict-granted = חמור: אדם זר קיבל שליטה על המחשב שלכם.
verdict-allowed-verified = החלטה נכונה: בדקתם מי פונה אליכם, ורק אז אישרתם את העזרה שהייתם צריכים.
verdict-allowed-unverified = מסוכן: נתתם למישהו להיכנס בלי לבדוק מי הוא, גם אם בסוף התברר שהפנייה אמיתית.
verdict-false-alarm = אזעקת שווא: זו הייתה עזרה אמיתית שביקשתם, והיא נדחתה.

debrief-score = ציון: { $points } מתוך 100
debrief-unfinished = יצאתם מהתרחיש לפני סופו.

report-default = אם היו מעורבים כסף או פרטי כרטיס – התקשרו לבנק במספר שמודפס על הכרטיס, והגישו תלונה במשטרה.{ $emergency ->
        [none] {""}
       *[other] {" "}במקרה חירום חייגו { $emergency }.
    }
report-us = בארה״ב מדווחים ל-FTC באתר ReportFraud.ftc.gov ול-FBI באתר ic3.gov. בני 60 ומעלה יכולים לפנות בימי חול ל-National Elder Fraud Hotline בטלפון 1-833-FRAUD-11 ({ $report-line }).
report-gb = בבריטניה מדווחים ל-Report Fraud באתר reportfraud.police.uk או בטלפון { $report-line }. הודעות SMS של נוכלים מעבירים למספר 7726, ומיילים של נוכלים לכתובת report@phishing.gov.uk. כדי להגיע לבנק שלכם בבטחה, חייגו { $bank-safety }.
report-gb-sct = בסקוטלנד מדווחים למשטרת סקוטלנד בטלפון 101. הודעות SMS של נוכלים מעבירים למספר 7726, ומיילים של נוכלים לכתובת report@phishing.gov.uk. כדי להגיע לבנק שלכם בבטחה, חייגו { $bank-safety }.
report-il = התקשרו למוקד { $report-line } של מערך הסייבר הלאומי (פתוח 24/7), עדכנו את הבנק, והגישו תלונה במשטרת ישראל.
report-es = בספרד מגישים תלונה (denuncia) במשטרה הלאומית (Policía Nacional) או ב-Guardia Civil, ומעדכנים את הבנק אם היו מעורבים כסף או פרטי כרטיס. לייעוץ פונים לקו הסיוע בסייבר של INCIBE בטלפון { $report-line } (ללא תשלום ובחיסיון).
report-fr = בצרפת פונים לאתר 17cyber.gouv.fr כדי לקבל עזרה ולהגיע למשטרה או לז׳נדרמריה, או מגישים תלונה מקוונת בשירות THESEE. קו Info Escroqueries זמין בטלפון { $report-line }, ועצות יש באתר cybermalveillance.gouv.fr.
