title = Access already given: what now?
summary = This morning you let a "Microsoft technician" into your computer and paid him by card for a "protection plan". Now you know it was a scam, and he is calling back.
tech-1 = Daniel Brooks
tech-2 = Kevin Mitchell
tech-3 = Mark Anderson

start-body = A warning on your bank's website describes your morning word for word. In the corner of the screen, { $tool } still says "Session active", and the pointer moves on its own.
flag-session-label = The { $tool } session that is still active
flag-session-why = As long as the remote tool is connected, he sees your screen and can do anything you can. Cutting the internet (Wi-Fi off, cable out) ends his control at once; everything else comes after.
choice-go-offline = Turn Wi-Fi off
choice-uninstall-online = Uninstall
choice-answer-online = Answer
choice-decline-online = Decline
fb-go-offline = Exactly right: going offline first takes away his control before he can react. The clean-up comes next.
fb-uninstall-online = Removing the tool is right, but not first: while he is still connected, he watches you do it and can stop you.
fb-answer-online = Answering while he is still connected gives him time, and he stays in control. Disconnect first.

fight-body = You open Settings, then Apps, but the pointer is snatched away and the window closes. The screen goes black: "Working on updates 27%. Don't turn off your computer."
fight-chat = (in the { $tool } chat) IMPORTANT WINDOWS UPDATE IN PROGRESS. DO NOT TOUCH THE MOUSE OR KEYBOARD AND DO NOT TURN OFF THE COMPUTER OR ALL FILES WILL BE LOST
flag-fake-update-label = The black "updates" screen
flag-fake-update-why = Scammers put up a black or fake "update" screen so you can't see what they are doing: setting a password, searching your files, opening your bank. A real update doesn't start the moment you try to remove a program.
choice-offline-late = Turn Wi-Fi off
choice-wait-update = OK, I won't touch anything.
fb-offline-late = The right move, but late: he had seen you trying to remove him, and he had time to strike back.
fb-wait-update = Leaving him connected behind a black screen gives him a free hand on your computer.

locked-out-body = The Wi-Fi goes off. When the computer restarts, Windows asks for a password you never set. While you were fighting for the pointer, he locked you out.
end-locked-out = He locked your computer before you cut him off. From your phone, call your bank on the number on your card, change your passwords and report it. Have a trusted repair shop unlock and clean the computer. Next time, disconnect before anything else.

ringing-caller-id = Incoming call
flag-callback-label = A call the moment you went offline
flag-callback-why = He saw his session drop and called at once. Scammers call back to get in again before you can clean up. No genuine company needs you to reconnect.
choice-decline = Decline
choice-answer = Answer
fb-decline = Good: you don't owe him a conversation. Every minute on the phone is a minute he uses to talk you round.
fb-answer = You didn't have to answer. You can still hang up at any moment.

caller-tech = { $tech }, Microsoft Support
speaker-tech = { $tech }
call-greeting = Hello, this is { $tech } again from Microsoft Technical Support, case number { $case }. Our system shows your connection was cut in the middle of the repair.
call-danger = This is very dangerous, sir, ma'am. The hackers' files are only half removed, and now they can reach your bank account. I need just ten more minutes.
call-instructions = Please turn the internet back on and open { $tool } again. And do not call anyone else or turn off your computer, or your Windows license will be blocked.
flag-unfinished-label = The "repair" that has to be finished right now
flag-unfinished-why = There was never anything to repair. "Let me finish the job" is simply the quickest way back into your computer, and to your bank.
flag-dont-tell-label = "Don't call anyone else, don't turn off your computer"
flag-dont-tell-why = Scammers cut you off from help so that nobody can tell you it's a scam. A genuine company never minds you checking with your bank or your family.
choice-let-back-in = All right, I'm turning the internet back on. Then I open { $tool }, right?
choice-refuse = No. Nobody is getting into my computer again.
choice-hang-up = Hang up
fb-let-back-in = Reconnecting is exactly what he wanted: it undoes the most important thing you had done.
fb-refuse = Saying no is right, but staying on the line lets him try another angle. Hanging up is quicker.
fb-hang-up = Hanging up is always allowed, and always safe.

reconnect-prompt = { $tool }: Your address is { $code }. "{ $tech }" is requesting full control of this device. Accept?
reconnect-ask = Perfect, I see you are online. Read me the nine numbers on your screen and press Accept. Quickly, please, every minute counts.
flag-new-code-label = A fresh code to read out, again
flag-new-code-why = The code is the key to your computer. Reading it out to the man you just cut off hands him that key a second time.
choice-allow = Accept
choice-refuse-reconnect = Turn Wi-Fi off
fb-allow = You let the scammer back in, with exactly the control you had just taken away from him.
fb-refuse-reconnect = A close call, but the right decision: offline again, with nothing given away.

refund-body = Cancellation and refund: { $amount } back to your card. Bank processing fee, due now: { $fee }. Card number, expiration date, security code.
refund-offer = OK, no problem. If you are not happy, we cancel your plan and refund your { $amount } today.
refund-fee = There is only a small processing fee of { $fee } for the bank, and it comes back with the refund. Just read me your card number again.
refund-rude = Listen to me. If you don't pay the fee, the refund is canceled and your money is gone. Do you understand?
flag-refund-label = Paying a fee to get a refund
flag-refund-why = A genuine refund never costs a fee. "Refunds" are a classic second scam on people who have already been caught once, and the fee goes to the same criminals.
choice-pay-fee = All right, I've got my card here. The number is…
choice-hang-up-fee = Hang up
fb-pay-fee = The fee is a second scam, and he now has your card details all over again.
fb-hang-up-fee = Right: a refund that costs a fee is not a refund.

online-hello = Hello, it's { $tech }. Don't worry, I am still connected and finishing the cleanup. Please don't touch the mouse.
online-stay = Stay on the line with me. Before I finish, I must check that the hackers didn't touch your bank account.
online-bank = Nothing will happen to your money if you do exactly what I say. This is for your protection.
flag-stay-label = "Don't touch the mouse, stay on the line"
flag-stay-why = He keeps you on the phone and away from the mouse so he can work undisturbed. You may hang up and unplug at any moment.
choice-let-finish = OK, I'm not touching anything. Go ahead.
choice-hang-up-offline = Hang up
fb-let-finish = Letting him carry on leaves him in charge of your computer, with your bank within reach.
fb-hang-up-offline = Good: hanging up stops him talking you round. His session was still open, though: cut the internet next, before anything else.

back-in-body = The pointer opens your browser and goes to your bank's sign-in page. A box pops up: "Security check in progress. Please sign in to verify your account."
back-in-ask = Now sign in to your bank, please. I need to see if the hackers took any money. I will not look at your password, I promise.
flag-bank-label = Signing in to your bank while he controls the computer
flag-bank-why = While he is in control, he sees everything you type and can move money while hiding the screen. Nobody genuine needs to watch you sign in to your bank.
choice-log-in = Sign in
choice-pull-plug = Turn Wi-Fi off
fb-log-in = Signing in with him in control handed him your bank account.
fb-pull-plug = Cutting him off now limits the damage, but he had control again. Clean up fully.

cleanup-page = Your browser shows: "No internet. You're not connected." In the list of installed apps, { $tool } is still there.
choice-remove-tool = Uninstall
choice-back-online = Connect
fb-remove-tool = Right: offline, he can't stop you removing it.
fb-back-online = With { $tool } still installed, going online lets him straight back in.

bank-body = Settings › Apps: { $tool } has been uninstalled. No internet connection.
choice-call-bank = Call your bank
caller-bank = Your bank
fb-call-bank = Exactly: the bank can block the card, dispute this morning's payment and watch your account.

passwords-body = The fraud team at your bank answers.
bank-advice = We've blocked your card and opened a dispute for this morning's payment of { $amount }. He may also have seen your e-mail and the passwords saved in your browser, so please change them today.
choice-other-device = I'll change them on my phone straight away.
choice-same-pc = I'll change them on the computer once it's back online.
fb-other-device = Right: on a clean device, nothing hidden on the computer can see your new passwords.
fb-same-pc = The computer hasn't been checked yet: anything he hid on it could record your new passwords.

report-body = Passwords changed, card blocked, { $tool } removed; the computer stays offline until someone you trust has checked it. On your phone, the online fraud report form is filled in: his name, his phone number, the case number.
choice-report-it = Send
fb-report = Good: reports help the police trace these gangs and warn other people.

contained-body = A week later the computer is back from a full check, and the bank is handling the dispute. When "{ $tech }" calls again, you hang up.
end-contained = You contained the damage in the right order: offline first, tool removed, bank called, passwords changed from another device, computer checked and the scam reported.
unreported-body = Everything is secured. You decide not to tell anyone what happened.
end-unreported = You contained the damage in the right order. Report it too: his name, number and case number help catch the gang and protect others.
cut-late-body = The Wi-Fi goes off. He had control of your computer again for several minutes.
end-cut-late = He got back in before you cut him off. Uninstall { $tool } while offline, call your bank on the number on your card, change your passwords from another device, have the computer checked and report it.
reconnected-body = Seconds after the Wi-Fi comes back, { $tool } pops up: "Session started." He was waiting.
end-reconnected = He got back in because the tool was still installed. Go offline again, uninstall { $tool } while offline, call your bank on the number on your card, change your passwords from another device and report it.
second-tool-body = You reconnect. A second remote program you had never noticed starts a session on its own: he had installed two.
end-second-tool = He got back in through a second program. Go offline, change your passwords from another device, have the computer checked by someone you trust and report it.
emptied-body = He keeps you talking while the screen stays black. The next morning your account shows two transfers you never made.
end-emptied = Money was lost. Call your bank right now on the number on your card, change your passwords from another device, have the computer cleaned and report it. You are not to blame: these gangs are professionals.
fee-paid-body = The refund never arrives. Two days later, new charges appear on your card.
end-fee-paid = Money was lost: the "refund fee" was a second scam on top of the first. Call your bank on the number on your card, have the card blocked and report it.
late-charges-body = Three weeks later your statement shows charges from stores you have never heard of, made with your card details.
end-late-charges = Money was lost because the card was never blocked. Call your bank on the number on your card now, change your passwords from another device and report it.

lesson-disconnect-first = If a stranger has had remote access, cut the internet first, then uninstall the remote tool while offline.
lesson-bank-card = Call your bank on the number on your card, never on a number the caller gives you.
lesson-other-device = Change your passwords from another device, and have the computer checked before it goes online again.
lesson-no-callbacks = Don't take the scammer's calls: no reconnecting "to finish the repair", no fee for a "refund". Report it instead.
