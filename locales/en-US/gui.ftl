# Words of the application's screens.

app-title = ScamDrill
app-tagline = Practice saying no to tech-support scams — safely.
keys-hint = Tab or arrow keys: move · Enter: choose · Esc: back · Ctrl+Shift+Esc: Task Manager

start-language = Choose your language
start-address = How should we address you?
start-address-m = As a man
start-address-f = As a woman
start-address-p = In the plural
start-mode = How are you using ScamDrill today?
start-mode-training = Training at work
start-mode-public = Open session (no sign-in)
start-begin = Start

signin-heading = Sign in
signin-prompt = Type your employee ID, then press Enter.
signin-id = Employee ID: { $id }
signin-continue = Continue with this ID
signin-anonymous = Continue without signing in
signin-privacy = Your results go to your employer's training records under this ID only.

overview-heading = Your scenarios
overview-progress = { $done } of { $total } completed
overview-play = Play
overview-done = Done · { $points } points
overview-results = See my results
overview-back = Back to start

settings-text-bigger = Larger text
settings-text-smaller = Smaller text
settings-motion-on = Reduced motion: on
settings-motion-off = Reduced motion: off
settings-language = Language: { $name }

play-flags-heading = Red flags
play-flags-hint = Noticed something suspicious? Select it to mark it.
play-flag-marked = Marked: { $label }
play-flag-unmarked = Mark: { $label }
play-incoming = Incoming call
play-on-call = On the phone
play-answer = Answer
play-decline = Decline
play-hang-up = Hang up
play-caller-says = { $speaker }:
play-countdown = Time left { $time }
play-scanning = Scanning…
play-browser = Browser
play-mail = Mail
play-chat = Chat
play-bank = Online banking
play-taskmgr = Task Manager
play-taskmgr-process = Web browser (1 window)
play-taskmgr-end = End task
play-taskmgr-close = Close Task Manager
play-taskmgr-nothing = The browser is not open.
play-remote-address = Your address
play-remote-request = Remote support request
play-remote-control = is controlling this computer
play-payment = Payment
play-amount = Amount due: { $amount }
play-continue = Continue
play-choices = What do you do?

debrief-heading = Debrief
debrief-happened = What happened
debrief-decisions = Your decisions
debrief-flags = Red flags
debrief-spotted = You spotted it
debrief-missed = You missed it
debrief-instead = What to do instead
debrief-report-heading = Where to report
debrief-next = Next scenario
debrief-overview = Back to the list

results-heading = Your results
results-mean = Average score: { $points } out of 100
results-passed = Passed
results-failed = Not passed yet — try the scenarios again.
results-critical = Times a stranger got into the computer: { $count }
results-dprime = Telling scams from genuine help (d′): { $value }
results-bias = Caution (c): { $value }
results-bias-note = Below zero: you turn away even genuine help. Above zero: you trust too easily.
results-again = Start again

kiosk-invite = Can you spot a scam before it costs you?
kiosk-promise = Five minutes, three situations, no sign-in. Nothing about you is kept.
kiosk-touch = Touch here to start
staff-open = Staff
staff-pin = Facilitator PIN
staff-pin-wrong = That PIN is not right. Try again.
staff-pin-erase = Erase one digit
staff-pin-ok = OK
staff-cancel = Cancel
staff-heading = Facilitator
staff-back = Back to the kiosk
staff-summary = Today's figures
staff-exit = Leave kiosk mode

summary-heading = Today's open sessions
summary-note = Anonymous figures. Any figure based on fewer than five sessions is hidden to protect visitors.
summary-none = No figures yet.
summary-suppressed = hidden (fewer than 5)
summary-sessions = Sessions
summary-runs = Scenarios played
summary-refused = Refused remote access in scams
summary-genuine = Accepted genuine help after checking
summary-passed = Scenarios passed
summary-missed = Most-missed red flags

facilitator-discuss = Discuss together: what would you do now?
facilitator-reveal = What the group chose
kiosk-finish = Finish

# After the last decision, before the debrief (one question, no right answer shown).
judgement-question = Looking back: was that a scam, or real help?
judgement-note = Say what you think now, before you hear how it went.
judgement-1 = Sure it was a scam
judgement-2 = Probably a scam
judgement-3 = Maybe a scam
judgement-4 = Maybe real help
judgement-5 = Probably real help
judgement-6 = Sure it was real help
summary-compare = What people did, and what they judged afterwards
summary-did = What they did
summary-judged = What they judged
summary-scams-as-scams = Scams treated as scams
summary-help-as-scam = Real help treated as a scam
summary-compare-note = "What they judged" is each visitor's answer, after the last decision, to "Looking back: was that a scam, or real help?"
summary-missed-times = missed { $missed } of { $present } times
