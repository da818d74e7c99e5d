title = The helpdesk that came to you
summary = Monday morning at work: your inbox suddenly fills with hundreds of e-mails, and "IT" is quick to offer help.
agent-1 = Mark Davis
agent-2 = Ryan Cooper
agent-3 = Brian Hall

flood-from = Garden & Home Weekly
flood-subject = Please confirm your subscription
flood-body = 9:12 a.m. Your work inbox has received { $count } e-mails in the last 40 minutes: newsletter confirmations, new store accounts and forum sign-ups, some in languages you don't speak. More arrive every few seconds, and you can't find your real mail.
flag-flood-label = Hundreds of sign-ups you never made
flag-flood-why = Someone has signed your address up to hundreds of lists on purpose ("e-mail bombing"). The e-mails themselves are harmless; the flood is a set-up so that a fake helpdesk can offer to fix it.
choice-unsubscribe = Unsubscribe
choice-report-flood = Report
choice-carry-on = Close

chat-from = IT Helpdesk (External) · { $tenant }
chat-body = Hi, { $agent } here from the IT Helpdesk. We're seeing a spam attack on several mailboxes this morning, including yours. I can fix your spam filter in 5 minutes. I'll give you a quick call on Teams now, please stay at your desk.
flag-external-label = The "External" label and the unknown domain next to the name
flag-external-why = The account belongs to another organization. Anyone can set up a Microsoft 365 tenant and call it "IT Helpdesk". Your own IT team writes from your company's accounts, never from an outside domain.
flag-knew-label = They knew about your problem before you told them
flag-knew-why = The people who started the flood are the first to know about it. Help that turns up unasked, right after a sudden problem, is a classic set-up.
choice-reply-yes = Yes please, call me.
choice-ignore-chat = Close

ring-caller-id = IT Helpdesk (External) · Teams call
choice-answer = Answer
choice-decline-report = Decline

call-caller = IT Helpdesk · { $agent } (External)
speaker-agent = { $agent }
call-hello = Hi, thanks for picking up. It's { $agent } from the IT Helpdesk. I've opened ticket { $ticket } for your mailbox. This spam is hitting about a dozen people this morning.
call-urgency = The thing is, some of these messages carry malware. If your mailbox keeps filling up it'll be locked, and it could spread to the whole department. I need to fix your spam filter right now.
call-quick-assist = It's easy: press Ctrl, the Windows key and Q together. That opens Quick Assist, Microsoft's own tool, it's already on your PC. I'll read you a security code.
call-stay = Please stay on the line with me, it only takes five minutes.
flag-says-it-label = The name says "IT Helpdesk" and he quotes a ticket number
flag-says-it-why = A display name and a ticket number cost nothing to invent. "It says IT" is not verification: check the ticket in your own portal or call the helpdesk on the number you already know.
flag-urgency-label = Urgency: "right now, before it spreads"
flag-urgency-why = The flood was made to stress you, and the pressure on the call is there to stop you checking. The real IT team can wait five minutes while you call them back.
choice-open-qa = OK, one moment, I'm opening it now.
choice-call-back = Let me call the helpdesk back on the usual number, OK?
choice-hang-up = Hang up

qa-prompt = { $tool } · Get help. Code from assistant: { $code }. After you submit, the helper will see your screen and can ask for full control.
qa-ask = Got it open? Type this code: { $code }. Click Submit, and when it asks, choose Allow. I need full control to change your filter settings.
qa-warning = You'll see a message telling you to only share with people you trust. That's standard, just click through it, I'm from IT.
flag-qa-label = A code and "Allow full control" for someone who contacted you
flag-qa-why = Quick Assist is a genuine Microsoft tool, and that is exactly why attackers use it. Whoever gets full control can install anything on your computer and reach the company network. Use it only when you asked your own IT team for help and checked who they are.
flag-click-through-label = "Just click through the warning"
flag-click-through-why = Quick Assist shows that warning because of this very attack. Anyone who tells you to ignore a security warning is working against you.
choice-refuse = Before I type anything, I'd like to check this with our helpdesk.

control-body = The pointer moves on its own. A command window flashes open and shut. The browser downloads a file called spamfilter_update.zip, and a program you don't recognize starts installing.
control-claim = That's your new spam filter going in. Don't touch the mouse and don't lock the screen.
control-password = One last thing: type your password into this box so the filter applies to your account.
flag-update-label = A "spam filter update" downloaded by the helper
flag-update-why = Spam filtering runs on the company's mail servers; nobody needs to install files on your PC for it. The download is the attacker's own tool, and it keeps them in even after Quick Assist is closed.
choice-let-finish = OK, I'm typing it in now.
choice-pull-plug = Turn Wi-Fi off

after-hang-up-body = Hi again, I couldn't reach you. This is urgent: your mailbox will be locked if we don't fix it now. I'll call you again in a minute.
flag-again-label = They try again straight away
flag-again-why = A real helpdesk accepts that you'll call back. Attackers keep pushing because every minute you spend checking ruins their plan.
choice-leave-it = Ignore it and get back to work

verified-body = The IT Service Desk answers: nobody from IT contacted you. Security blocks the external account and warns everyone about the e-mail flood.
end-verified = You checked through a channel you already knew, and your report helped protect your colleagues.
declined-body = You call the IT Service Desk and report the chat and the call. Security confirms it wasn't IT and blocks the outside domain.
end-declined = You didn't let a stranger talk you into anything, and your report warned the company in time.
callback-body = You call the helpdesk on the number from the intranet. There is no ticket { $ticket } and nobody called you. The security team thanks you and starts warning other staff.
end-callback = You hung up and checked through a number you already knew. That is exactly how to verify "IT".
reported-body = Security thanks you: three colleagues received the same chat this morning. The external account is blocked.
end-reported = You hung up and reported it. Your report helped stop the attack on the rest of the company.
left-it-body = The chats stop after a while. In the afternoon you hear that a colleague in another department let "IT" in.
end-left-it = You stayed safe, but always report it: the attackers simply move on to your colleagues.
refused-body = You call the IT Service Desk on the number from the intranet. There is no ticket { $ticket }, and nobody from IT called you. Security blocks the external account.
end-refused = You didn't give him control. Good. Next time, check with the real helpdesk before you even open Quick Assist.
cut-off-body = With the Wi-Fi off, you call the IT Service Desk on the number from the intranet. Security isolates your laptop and finds a remote-control program that was installed in the few minutes he had.
end-cut-off = The attacker got in, but you cut him off fast and reported it at once, which gives security the best chance to stop it spreading. Next time, check before you open Quick Assist.
ransomware-body = Two days later, files on the shared drives have strange extensions and a ransom note appears on every screen. The investigation traces the attack back to your Quick Assist session.
end-ransomware = The attackers used your session to install their tools, steal passwords and spread ransomware across the network. If it happens: disconnect, call security at once and tell them everything. Speed limits the damage, and admitting the mistake quickly is what helps most.

fb-unsubscribe = Clicking links in hundreds of unknown e-mails won't stop a deliberate flood and may take you to harmful sites. Report it and let IT filter it.
fb-report-flood = Good: the real IT team now knows. Anyone else who contacts you about it still has to be checked.
fb-reply-yes = Replying invites them in. Nothing in the chat showed who they really were.
fb-check-portal = Exactly right: you checked through a channel you already knew, and the real IT team could block the account.
fb-ignore-chat = Not replying is better than saying yes, but report it too: colleagues are probably getting the same message.
fb-decline-report = Right: an external account calling as "IT" doesn't need answering.
fb-open-qa = Opening a remote-help tool for someone who contacted you out of the blue is the step the attack depends on.
fb-call-back = Right: you ended the call to check through a number you already knew.
fb-hang-up = Hanging up is always allowed, even on "IT".
fb-enter-allow = Typing in his code connected your PC to his session; only one more click stood between him and full control.
fb-refuse = Right: no code and no control for someone who contacted you first.
fb-let-finish = Every minute of access and your password gave them more of the network.
fb-pull-plug = Cutting the connection at once is the best damage control.
fb-report-now = Right: report even when you didn't fall for it. The same team is probably trying your colleagues.
fb-leave-it = You stayed safe, but without a report the attackers simply move on to the next person.

lesson-flood = A sudden flood of sign-up e-mails can be the set-up for a fake "IT" call. Report it through the channel you already know.
lesson-external = An "External" label or an unknown domain means it is not your IT team, whatever the display name says.
lesson-callback = "It says IT" is not verification. Hang up and contact the helpdesk through the intranet or the number you already know.
lesson-quick-assist = Never type in a Quick Assist code or allow control for someone who contacted you first. If you already did: disconnect and call security at once.

choice-ring-helpdesk = Call the IT Service Desk
caller-helpdesk = IT Service Desk
desk-page = Outlook and Teams are open. In the browser: the company intranet.
qa-typed-code = { $code }
qa-allow-prompt = { $agent } wants to take full control of your device. Only allow this if you trust this person. Scammers may pretend to be from Microsoft or your IT department.
choice-allow = Allow
choice-decline = Decline
qa-snap = Fine. But when your mailbox gets locked, that's on you.
offline-page = No internet connection. Teams: "Your call has ended." Quick Assist: "The session has ended."
fb-allow = Allowing full control gave an attacker your computer and a way into the company network.
fb-decline = Right: declining control kept him out, even after the code was typed in.
fb-ring-helpdesk = Right: you reached the helpdesk through a number you already knew.
fb-report-cut = Right: security needs to know at once, to find what he installed before it spreads.
unreported-body = You leave the laptop offline and get on with other work. The next morning you connect again: the program installed during the session reaches the attackers, and by noon security is chasing them through the network.
end-unreported = Switching off the Wi-Fi was right, but security needed to know at once: what he installed stays behind after the session ends. If it happens: disconnect, call security straight away and tell them everything.
