# Words the engine uses in every debrief.

verdict-refused-correctly = You kept control of your computer: remote access was refused.
verdict-granted = Critical: a stranger was given control of your computer.
verdict-allowed-verified = Right call: you checked who was asking, then allowed the help you needed.
verdict-allowed-unverified = Risky: you let someone in without checking who they were, even though it turned out to be genuine.
verdict-false-alarm = False alarm: this was genuine help you asked for, and it was turned away.

debrief-score = Score: { $points } out of 100
debrief-unfinished = The scenario was left before it ended.

report-default = Ring your bank on the number printed on your card if money or card details were involved, and report the scam to the police.{ $emergency ->
        [none] {""}
       *[other] {" "}In an emergency, ring { $emergency }.
    }
report-us = Report it to the FTC at ReportFraud.ftc.gov and to the FBI at ic3.gov. If you are 60 or over, the National Elder Fraud Hotline can help on weekdays: 1-833-FRAUD-11 ({ $report-line }).
report-gb = Report it to Report Fraud at reportfraud.police.uk or on { $report-line }. Forward scam texts to 7726 and scam e-mails to report@phishing.gov.uk. To reach your own bank safely, ring { $bank-safety }.
report-gb-sct = In Scotland, report it to Police Scotland on 101. Forward scam texts to 7726 and scam e-mails to report@phishing.gov.uk. To reach your own bank safely, ring { $bank-safety }.
report-il = Ring the National Cyber Directorate hotline on { $report-line } (open 24/7), tell your bank, and report it to the Israel Police.
report-es = In Spain, file a complaint (denuncia) with the Policía Nacional or the Guardia Civil, and tell your bank if money or card details were involved. For advice, ring INCIBE's free, confidential cybersecurity helpline on { $report-line }.
report-fr = In France, go to 17cyber.gouv.fr to get help and reach the police or gendarmerie, or file a complaint online with THESEE. Info Escroqueries answers on { $report-line }, and cybermalveillance.gouv.fr has advice.


# Headlines of scoring version 2 (what really happened).
verdict-unfinished = Not finished: the scenario was left before its ending, so it cannot be passed.
verdict-granted-money-lost = Critical: a stranger was given control of your computer, and money was lost.
verdict-money-lost = Critical: you kept control of your computer, but money was lost to the scammers.
verdict-not-offered-money-lost = Critical: money was lost to the scammers. No one asked for remote access in this scam: your money was the target.
verdict-not-offered-secrets = Your money stayed put, but codes or card details were given away. No one asked for remote access in this scam.
verdict-not-offered-safe = You kept your money and your details safe. No one asked for remote access in this scam.
verdict-not-offered-harmed = Critical: the scammers got money or details from you. No one asked for remote access in this scam.
