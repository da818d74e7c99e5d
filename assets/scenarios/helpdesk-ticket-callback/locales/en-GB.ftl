title = The helpdesk rings back
summary = Outlook keeps crashing at work, so yesterday you raised a ticket with IT. Today your phone rings.
agent-1 = Sophie Clarke
agent-2 = James Patel
agent-3 = Rachel Hughes
speaker-agent = { $agent }

mail-from = { $company } IT Service Desk
mail-subject = INC{ $ticket } — Outlook keeps closing: request received
mail-body = Yesterday you reported: "Outlook closes by itself several times a day." Your request INC{ $ticket } has been logged and assigned to the service desk, and a technician will be in touch. You can follow it at any time on the IT portal, under My requests.
choice-carry-on = Close

caller-id = { $company } IT Service Desk
choice-answer = Answer
choice-decline = Decline
declined-body = You let it ring. That afternoon a note on your ticket says the service desk could not reach you. Outlook keeps closing.
end-declined = That was the help you had asked for. If you are not sure about a call, ring the service desk back on the number on the intranet and quote your ticket number.

caller-name = { $agent } — IT Service Desk
cb-greeting = Hi, it's { $agent } from the { $company } IT Service Desk. I'm ringing about your ticket INC{ $ticket }, Outlook closing on its own. Is now a good time?
cb-ask = I'd like to have a look with you. Could you open { $tool } from the Start menu? It's our company's remote-help tool. I'll give you a code to type in, you'll see my name before anything happens, and you can end the session at any time.
choice-check-portal = Hang on, let me just look the ticket up on the IT portal.
choice-call-back = I'll ring the service desk back myself, if that's all right.
choice-allow-now = Sure, I'm opening { $tool } now.
choice-refuse = Sorry, I never let anyone into my computer over the phone.

portal-page = IT portal › My requests — INC{ $ticket } · Outlook closes unexpectedly · Status: In progress · Assigned to: { $agent }, Service Desk · Latest note (today): "Ringing user to troubleshoot with { $tool }."
portal-wait = Of course, take your time. I'll hold.
choice-open-tool = Great, that's my ticket. I'm opening { $tool } now.
choice-refuse-anyway = Actually, I'd rather leave it for now. Thanks anyway.

caller-desk = { $company } IT Service Desk
cb2-answer = { $company } IT Service Desk, { $agent } speaking. Oh, hello again! Yes, I rang you just now about INC{ $ticket }. Thanks for checking; that's exactly what we ask everyone to do.
cb2-ask = Shall we carry on? Open { $tool } from the Start menu and I'll give you the code.

remote-prompt = { $tool } — Session code { $code }. { $agent }, IT Service Desk, { $company } (verified by your organisation) wants to view and control your screen. Allow?
remote-ask = The code is { $code }. Once you've typed it in, you'll see my name and our company's. Press Allow when you're ready.
choice-allow = Allow
choice-decline-tool = Decline
choice-check-first = Wait, let me check the ticket on the IT portal first.

fix-body = The pointer moves while you watch. Outlook restarts in safe mode, an old add-in is switched off and Office runs a quick repair. Nothing else is opened.
fix-done = That was the add-in. Outlook should be stable now. I'm ending the session and resolving INC{ $ticket }; you'll get an email. If it happens again, just reopen the ticket.
choice-finish = That's brilliant, thanks very much. Bye!

refused-body = The call ends. Outlook crashes twice more that afternoon, and your ticket stays open.
end-refused = This was the help you had asked for: your own ticket, your company's own tool. Next time, check the ticket on the IT portal or ring the service desk back instead of refusing.
helped-body = Outlook runs all afternoon without closing. An email confirms that INC{ $ticket } has been resolved.
end-helped = Well done: you checked the callback against your own ticket, then let your IT service desk in with the company's own tool.
helped-unverified-body = Outlook works again, and an email confirms that INC{ $ticket } has been resolved.
end-helped-unverified = It worked out, because it really was your service desk. But you let someone in on the strength of a phone call alone, and attackers pretend to be IT too. Check the ticket on the portal first.

fb-decline = Not answering is safe, but this was the help you had asked for. Ring the service desk back on the number on the intranet.
fb-check-portal = Exactly right: the ticket is yours, it is assigned to the person calling, and the latest note matches the call.
fb-call-back = Right: you ended the call on your own terms. Ringing back on the number in the intranet directory is how to be sure.
fb-allow-now = You started remote access on the strength of a phone call alone. Check the ticket on the portal first.
fb-refuse = Caution is good, but this was your own ticket and your company's own tool. Check it instead of refusing.
fb-refuse-verified = You had checked and everything matched. Turning the help away leaves Outlook broken.
fb-open-tool = Right: your company's own tool, for a ticket you raised and checked.
fb-allow-verified = You checked first, then allowed access: that is how to use genuine IT help safely.
fb-allow-unverified = It was genuine this time, but you had not checked anything. Attackers pretend to be the helpdesk too.
fb-check-first = Good catch: checking late is better than not checking at all.
fb-decline-tool = You turned away help you had asked for.

lesson-ticket = A genuine callback quotes a ticket you raised yourself. Check it on the IT portal before you allow anything.
lesson-own-tool = Your helpdesk uses your organisation's own remote-help tool, already on your PC, not a download from a website the caller spells out.
lesson-call-back = If in doubt, hang up, ring the service desk on the number on the intranet and quote your ticket number.
lesson-it-says-it = "It says IT" is not proof: attackers flood inboxes with spam, then ring or message as the helpdesk and ask for Quick Assist. Check first.

## Immersive play: the desk after the call, new acts.
choice-hang-up = Hang up
intranet-page = { $company } intranet · News · People directory · IT portal · Canteen menu
choice-ring-desk = Call the IT Service Desk
fb-ring-desk = Good habit: ringing back on the number in the intranet directory proves who you are talking to.
fb-hang-up = Hanging up is always allowed. Then ring the service desk back on the number in the intranet directory to check it was them.
