title = "Your iCloud is locked"
summary = You are reading the news on your Mac when an Apple warning takes over the screen.
agent-1 = Daniel Brooks
agent-2 = Eric Thompson
agent-3 = Sam Wilson

browsing-page = Celebrity news: "Ten stars you won't recognize today". A video in the article says "Click to play".
choice-play-video = Click to play

locker-title = iCloud Locked · Apple ID Security Alert
locker-body = Your Apple ID was used to access suspicious and illegal content. To protect you, your iCloud account, photos and Apple Pay have been locked. Do not close this page or restart your Mac. Call Apple Support now: { $phone } (toll-free).
locker-voice = Warning. Your Apple ID has been locked. Do not close this window. Call Apple Support immediately.
flag-phone-label = A phone number in the warning
flag-phone-why = Apple doesn't put support phone numbers in warnings on web pages. The number goes straight to the scammers.
flag-accusation-label = "Used to access suspicious content"
flag-accusation-why = A vague accusation is meant to scare and embarrass you, so that you act fast and tell nobody. Apple doesn't accuse you of anything through a web page.
flag-web-page-label = An Apple logo on a web page that won't close
flag-web-page-why = This is a website in Safari, not your Mac or iCloud. A web page cannot lock your account; quitting Safari makes it go away.
choice-call = Call { $phone }
choice-unlock = Unlock iCloud
choice-quit-safari = Force Quit

fake-login-page = A box with an Apple logo appears: "Unlock your Apple ID. Enter your Apple ID and password to confirm you are the owner." In the address bar: a long address beginning with icloud-unlock-…
flag-sign-in-label = A sign-in box on a page that isn't apple.com
flag-sign-in-why = Sign in to your Apple account only in Settings on your device or on a site you typed in yourself. A sign-in box that pops up from a warning is there to steal your password.
choice-type-password = Sign In

failed-title = Unlock failed · Apple ID still locked
failed-body = Verification failed. Your account remains locked for security reasons. Call an Apple Support advisor to unlock it: { $phone } (toll-free).

closed-body = Celebrity news: "Ten stars you won't recognize today" — 1 of 10. Favorites bar: Apple · iCloud · Maps · News.
choice-check-settings = account.apple.com
choice-carry-on = Next page

call-caller = "Apple Support"
speaker-agent = { $agent }
call-hello = Thank you for calling Apple Support. My name is { $agent }, Apple certified senior advisor, employee ID { $badge }. I have opened case number { $case } for you.
call-scare = I can see your Apple ID was signed in from another country and used to view illegal content. If we don't secure it in the next 30 minutes, it will be reported to the authorities and all your photos will be permanently deleted.
call-ask-password = To confirm you're the owner, please tell me the e-mail address and the password of your Apple ID. Don't worry, this line is fully secure.
flag-password-label = Being asked for your Apple ID password
flag-password-why = Apple never asks for your password or verification codes over the phone. Anyone who has both can take over your account, your photos and your payments.
flag-threats-label = Threats: "reported to the authorities", "photos deleted"
flag-threats-why = Threats and a deadline are pressure tactics. Apple Support doesn't threaten its customers.
choice-give-password = OK. It's my usual e-mail address, and the password is…
choice-verify = I'll check my account myself. Goodbye.
choice-hang-up = Hang up

code-from = Apple Account
code-body = Apple Account Sign-In Requested. Your Apple Account is being used to sign in on a new device. Verification code: { $code }. Don't share this code with anyone.
code-ask = You'll get a code on your screen now. Read me the six digits so I can unlock your account. Quickly please, it expires.
flag-code-label = The code arrives with "Don't share it"
flag-code-why = The code proves it's you signing in. Reading it out lets the caller sign in to your account on their own device.
choice-read-code = OK, it's { $code }.
choice-refuse-code = I'm not reading out any code. Goodbye.

remote-prompt = { $tool } · Your address: { $session }. An incoming connection is asking to control this Mac. Allow?
remote-ask = Your account is unlocked, but the hackers left a virus on your Mac. Go to the website I spell out, download { $tool } and read me the nine digits. Then click Allow, and allow screen recording in System Settings.
remote-reassure = This is the official Apple security tool. I'll clean everything while you watch, you don't have to do anything.
flag-remote-label = "Apple Support" wanting to control your Mac
flag-remote-why = Apple doesn't call you to take control of your Mac. Whoever controls it can read your mail, see your passwords and log into your bank.
choice-allow = Allow
choice-refuse-remote = I'm not installing anything. Goodbye.

payment-body = iCloud Security Premium: virus removal and 5-year protection, { $amount }. Because your Apple Pay is locked, payment is accepted only with Apple Gift Cards, read out to your advisor.
payment-pressure = Your card is frozen for your protection, so Apple Gift Cards are the only way. Go to a store near you now, and stay on the line.
payment-threat = If you hang up, your Apple ID and all your photos will be deleted today, and I won't be able to help you.
flag-gift-label = Paying "Apple" with Apple Gift Cards
flag-gift-why = Apple Gift Cards can only be used to buy things from Apple. Apple never asks you to pay for support or fees with gift cards; anyone who does is a scammer.
choice-pay = All right, I'm going to the store now.
choice-refuse-pay = Turn Wi-Fi off

closed-end-body = You get on with your day. The page never comes back.
end-closed = You quit the fake page without calling or typing anything. A web page cannot lock your iCloud.
checked-body = You type account.apple.com yourself and sign in. Your account shows only your own devices and no warnings. Nothing was ever locked.
end-checked = You quit the page and then checked your account yourself. That is exactly the right way to find out.
verified-body = You open apple.com from your bookmarks, find Apple Support's number and call it. The advisor tells you Apple doesn't lock accounts through pop-ups with phone numbers, and your account looks normal. You force-quit Safari.
end-verified = You hung up and checked through official channels you found yourself. Next time, quit Safari before calling anyone.
hung-up-body = You put the phone down. It rings again from the same number; you don't answer, and you force-quit Safari.
end-hung-up = You hung up before giving anything away. Next time, quit Safari straight away instead of calling.
password-leaked-body = You change your Apple Account password. Apple e-mails you to confirm that the password was changed.
end-password-leaked = The page had your password for a few minutes. Changing it quickly was right: also check which devices are signed in to your account, and change the password anywhere else you used it.
password-only-body = You refuse, hang up and change your password at once. A minute later another code arrives that you didn't ask for; you ignore it.
end-password-only = They had your password but not the code, and you changed it quickly. Check the devices on your account, and never share a verification code, whoever asks.
account-taken-body = The call is over. That evening you can't sign in to iCloud: the password has been changed and an unknown iPhone has been added to your account.
end-account-taken = With your password and code, they took over your Apple Account. Use account recovery at iforgot.apple.com from another device or contact Apple through apple.com/support, and tell your bank if cards are linked to the account.
not-paid-body = The Wi-Fi is off and the remote session stops. The caller shouts that your photos will be gone tonight; you hang up.
end-not-paid = You kept your money, but they had your Apple Account and your Mac. Uninstall { $tool }, change your passwords from another device, check your Apple Account and devices, tell your bank and report it.
paid-body = You buy { $amount } in Apple Gift Cards and read out the codes. The next day "Apple" calls again: the payment "didn't go through".
end-paid = The money is gone. Call your bank, contact Apple about the gift cards straight away, change your passwords from another device, have the Mac checked and report it. You are not to blame: these gangs are professionals.

fb-call = Calling the number put you in the scammers' hands. Real Apple warnings never give a phone number.
fb-unlock = Clicking anything on the page keeps you on it. Quit Safari instead.
fb-quit-safari = Exactly right: quit Safari without touching the page, and don't let it reopen the old tabs.
fb-type-password = The sign-in box was fake: your Apple ID password went straight to the scammers.
fb-quit-change = Right: quitting the page and changing the password at once limits the damage.
fb-check-settings = Good habit: check your account through Settings on your own device, never through a link or a number you were given.
fb-give-password = Apple never asks for your password on the phone. Giving it handed the caller half of your account.
fb-verify = Right: you ended the call and checked through a channel you found yourself.
fb-hang-up = Hanging up is always allowed and always safe.
fb-read-code = The code was the last lock on your account. Reading it out let them sign in as you.
fb-refuse-code = Right: no verification code for anyone. Changing the password straight away was the right reflex.
fb-allow = Giving remote control of your Mac to a stranger handed over your files, mail and saved passwords.
fb-refuse-remote = Refusing remote access was right, but they already had your password and code.
fb-pay = Gift-card codes are cash for scammers: they can't be traced or refunded.
fb-refuse-pay = Refusing to pay was right, but they had already been inside your Mac and your account.

lesson-no-lock = A web page can't lock your iCloud, and Apple doesn't put support phone numbers in pop-ups. Quit Safari (Option+Command+Esc) instead.
lesson-codes = Never give anyone your Apple ID password or verification code, even if they say they are Apple. Apple never asks for them.
lesson-check = Check your account yourself: Settings and your name on your device, or apple.com/support typed in yourself.
lesson-gift-cards = Apple never takes payment for support or fees in gift cards. Anyone who asks for that is a scammer.

after-quit-page = System Settings › Apple Account › Sign-In & Security. Email: your Apple Account. Password: last changed 2 years ago.
choice-change-password = Change Password…
password-unchanged-body = You leave it for later. Two days later Apple e-mails you: your Apple Account was used to sign in on a device you don't know.
end-password-unchanged = The sign-in box sent your password to the scammers, and it stayed valid. Change it at once in Settings, check which devices are signed in to your account, and change it anywhere else you used it.
choice-ring-apple = Call Apple Support
caller-apple = Apple Support
