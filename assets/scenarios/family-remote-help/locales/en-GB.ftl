title = A little help from the family
summary = Your printer has stopped printing, so you ask your grandson for help. He's good with computers.
rel-1 = Oliver
rel-2 = Harry
rel-3 = Jack
rel-4 = Alfie

printer-page = Print queue: "Letter to the council", Error, printing. You've switched the printer off and on again twice, and it still won't print.
choice-ring = Call { $relative }

no-answer-body = It rings and rings, then goes to voicemail. You leave a message: "It's me. The printer's playing up again, can you help?" Ten minutes later your phone rings: a number you don't recognise.
choice-look = Look at the phone

unknown-caller-id = Unknown number
choice-answer = Answer
choice-ring-back-first = Decline
fb-ring-back-first = Good habit: ringing back on the number you already have is the surest way to know who you're talking to.

speaker-relative = { $relative }
speaker-you = You
office-hello = Hiya, it's me, { $relative }! Got your message. I'm ringing from the office phone, my mobile's in my bag.
office-plan = The printer again? Easy. Open { $tool }, like last time, and read me the nine-digit number. I'll sort it out in five minutes.
office-hurry = I'm on my break at the moment, so now's a good time.
choice-go-ahead = OK, hang on, I'm opening { $tool }.
fb-go-ahead = It was { $relative } this time, but you couldn't be sure: "It's me, on a different number" is exactly how family impersonation scams start. Ringing back on his saved number takes a minute.
choice-ring-back = Let me ring you back on your mobile, all right?
fb-ring-back = Good: ending the call to ring back on the number you already have is how you check who it really is.
choice-hang-up-office = Sorry, love, I'd rather nobody got into my computer.
fb-hang-up-office = Caution is good, but you asked for this help. Ring back on the saved number rather than giving up.

saved-caller = { $relative } (mobile)
saved-hello = Yes, that was me on the office phone! Good thinking, ringing me back on my own number.
saved-plan = So: open { $tool }, the one I put on your computer last time, and read me the nine digits. Then press Accept. You'll see everything I do, and you can close it whenever you like.
saved-doubt = Hang on… They always say never to let anyone into your computer.
saved-reassure = Quite right, when someone rings you out of the blue. But you rang me, on my own number. It's just me.
choice-trust = All right, I believe you. I'm opening { $tool }.
fb-trust = Right call. You started the contact, on a number you know, with a tool you both know: that is exactly when remote help is safe.
choice-hang-up-saved = Hang up
fb-hang-up-saved = You'd already checked that it really was { $relative }. Saying no here only leaves the printer broken.

tool-prompt = { $tool }: your address is { $code }. Connection request from { $relative }'s laptop. Accept?
tool-ask = Read me the nine digits… Got it, thanks. You should see a request from my laptop now. Press Accept and watch what I do.
choice-accept = Accept
fb-accept = You let { $relative } in over a tool you both know, and you could watch everything he did.
choice-close-tool = Close
fb-close-tool = Nothing was wrong here: it was { $relative }, with a tool you both know. Turning him away just leaves the printer broken.

fixing-body = The pointer moves calmly. { $relative } opens the print queue, clears the stuck document and restarts the printer, talking you through each step.
fixing-explain = See? The letter got stuck in the queue, so everything behind it was waiting. I've cleared it.
fixing-close = Try printing now. I'm closing { $tool }, you'll see the window disappear. Give me a ring if it happens again.
choice-test-page = Print

helped-body = The printer whirrs and out comes your letter. The { $tool } window has closed.
end-helped = The printer works again. Remote help from family is safe when you start the contact on a number you know, use a tool you both know, and can watch what they do.
refused-body = The letter is still stuck in the queue, and { $relative } can't help until he next visits.
end-refused = The printer is still broken. Caution is good, but this was the help you asked for: when you reach someone you know on their saved number, it's fine to let them in.

lesson-you-start = Remote help is safe when you started the contact yourself, on a number you already know.
lesson-new-number = If "it's me" rings from a new number, hang up and ring back on the number saved in your phone.
lesson-known-tool = Only let in someone you know and trust, over a tool you both know, and watch what they do.
lesson-stay-in-charge = You stay in charge: you can close the remote tool at any moment, and no relative needs your passwords or bank codes.
choice-hang-up = Hang up
office-still-there = Hello? Are you still there?
choice-call-saved = Call { $relative }
fb-call-saved = Well done: you checked by ringing the number you already had, and it only took a minute.
choice-no-thanks = Thanks, love, but I'd rather it waited till you come round.
choice-dismiss = Dismiss
