title = The pop-up that won't close
summary = You are reading a recipe site when a warning takes over your screen.
tech-1 = Mark Evans
tech-2 = Gary Wilson
tech-3 = Daniel Hughes

browsing-page = Easy midweek dinners — 25 recipes in 30 minutes. An advert beside the recipe says: "Your PC may be slow. Click to check."
choice-open-link = Click to check

locker-title = Windows Defender Security Center — Access to this PC has been blocked
locker-body = Trojan Spyware detected (error code 0x80073b01). Your passwords, banking details and photos are being stolen. Do not turn off or restart your computer: doing so may lead to data loss. Call Microsoft Support immediately: { $phone } (freephone).
locker-voice = Critical alert. Your computer is infected. Do not close this window. Call Microsoft support now.
flag-phone-label = The phone number in the warning
flag-phone-why = Real security warnings from Microsoft or your antivirus never ask you to ring anyone. A number in a pop-up leads straight to the scammers.
flag-countdown-label = The countdown and "do not turn off"
flag-countdown-why = Pressure to act within minutes is there to stop you thinking. Restarting or closing the browser is exactly what you should do.
flag-locked-label = A browser page that fills the screen and won't close
flag-locked-why = This is a web page pretending to be Windows. It has not scanned anything; it only looks locked. Task Manager ends it.
choice-call = Call { $phone }
choice-scan = Scan now
choice-task-manager = End task

scan-title = Quick Scan — Microsoft Security Essentials
scan-body = Scanning C:\Windows\System32… 1,482 threats found: Trojan.Zeus, Spyware.Banker, Adware.Hijack. Your computer is at HIGH RISK. Call { $phone } now to remove the threats.
flag-scan-label = A "scan" running inside a web page
flag-scan-why = A website cannot scan your computer. The numbers are made up and the same for everyone who lands on the page.

caller-name = "Windows Support"
speaker-tech = Technician
call-greeting = Thank you for calling Microsoft Windows Technical Department, my name is { $tech }, my badge number is { $badge }. I can see your computer has sent us a critical alert.
call-pitch = I have opened case number { $case } for you. Your IP address is under attack right now, so please stay on the line and do exactly as I say. Go to your browser and type the website I spell out for you.
flag-badge-label = The badge number and case number
flag-badge-why = Made-up badge and case numbers make a call sound official. Microsoft does not monitor your PC and ring you about it.
choice-follow = OK, I've got the browser open. Go on, spell it out.
choice-call-back = I'd rather ring Microsoft myself. Goodbye.
choice-hang-up = Hang up

remote-prompt = { $tool } — Your address: { $code }. { $tech } is requesting full control of this device. Allow?
remote-ask = Please read me the nine numbers on your screen and then press Allow. Don't worry, it is completely safe, I am a certified Microsoft engineer.
flag-remote-label = A stranger asking for remote access
flag-remote-why = Whoever controls your computer can read your e-mail, log into your bank and lock you out. Only give access to someone you know, or to your own IT helpdesk after you started the contact and checked it.
choice-allow = Allow
choice-refuse = Hold on. I'm not letting anyone into my computer.

control-body = The pointer moves by itself. A black window opens and lines of text scroll past: TCP 192.168.1.7:49712 ESTABLISHED…
control-claim = You see? All these foreign addresses are hackers connected to your PC right now. Your banking is in danger, madam, sir. We must act quickly.
flag-netstat-label = The "hackers" in the black window
flag-netstat-why = That is netstat, a normal Windows command listing everyday connections. Scammers read it out as proof of hacking because most people have never seen it.
choice-keep-watching = Oh no. So what do we do now?
choice-disconnect = Turn Wi-Fi off

payment-body = Lifetime Security Protection Plan — { $amount }. Payment today only by Google Play gift cards: buy them at a shop nearby and read the codes to your technician.
payment-pressure = The bank system is blocked because of the hackers, so gift cards are the only safe way. If you hang up now your computer will be locked forever and I cannot help you.
flag-gift-label = Paying with gift cards
flag-gift-why = No real company or authority takes payment in gift cards. Once the codes are read out, the money is gone and cannot be traced.
choice-pay = All right, I'll pop to the shop and get the cards.

closed-body = You end the browser in Task Manager. When you open it again, you choose not to restore the last tabs. The warning has gone.
end-closed = You closed a fake warning safely without ringing anyone. Nothing was ever wrong with your computer.
hung-up-body = You put the phone down. A minute later it rings again from another number; you let it ring.
end-hung-up = You hung up before giving anything away. Next time, close the browser with Task Manager instead of ringing anyone.
verified-body = You open Microsoft's real support site from your bookmarks and ring the number listed there. The adviser tells you Microsoft never puts phone numbers in error messages and never rings people about their PC. You end the browser in Task Manager; the warning has gone.
end-verified = You checked through an official channel and found out the truth: the warning was a scam.
refused-body = The call is over. The "technician" rings back twice from other numbers; you let it ring.
end-refused = You refused remote access. Ringing the number was the risky step: next time, close the browser instead.
cut-off-body = The Wi-Fi is off and the pointer stops moving. You hang up and close the program. He had control of your computer for several minutes.
end-cut-off = They had access to your computer. Now: uninstall { $tool }, run a full scan, change your passwords from another device, ring your bank and report it.
not-paid-body = You hang up. He rings straight back shouting that your files will be deleted; you put the phone down again.
end-not-paid = You kept your money, but a stranger had control of your computer. Uninstall { $tool }, run a scan, change passwords from another device, tell your bank and report it.
paid-body = You buy { $amount } in gift cards and read out the codes. The next day he rings again: "the first payment failed".
end-paid = The money is gone. Ring your bank now, change your passwords from another device, have the computer checked, and report it. You are not to blame: these gangs are professionals.

fb-call = Ringing the number put you in the scammers' hands. Real warnings never give a phone number.
fb-scan = Clicking anything on the page keeps you on it. Close the browser with Task Manager instead.
fb-task-manager = Exactly right: end the browser with Task Manager and do not restore the page.
fb-follow = Downloading the program he named is how remote-access scams start.
fb-call-back = Good instinct: you ended the call and checked through a channel you found yourself.
fb-hang-up = Hanging up is always allowed and always safe.
fb-allow = Reading out the code and pressing Allow handed your computer to a stranger.
fb-refuse = Right: no remote access for anyone who rang you, or whom you rang because of a pop-up.
fb-disconnect = Cutting the connection ends their control; now clean up and report it.
fb-pay = Gift cards are the scammer's favourite payment because they cannot be traced or refunded.
fb-refuse-pay = Refusing to pay was right, but they had already been inside your computer.

lesson-no-numbers = Real security warnings never show a phone number. Don't ring it.
lesson-task-manager = Close a locked browser with Ctrl+Shift+Esc → Task Manager → End task. Restart if that fails.
lesson-remote = Only give remote access to someone you know, or to your own helpdesk when you started the contact and checked it.
lesson-gift-cards = No genuine company or authority asks for gift cards, crypto or transfers to a "safe account".

# The countdown runs out (the step's timeout).
expired-body = TIME EXPIRED. Your files are now at risk of being deleted. Call Microsoft Support immediately: { $phone } (freephone).
flag-expired-label = The countdown ran out and nothing happened
flag-expired-why = The deadline was invented: nothing was deleted when it passed. The page only wants you to ring. Close the browser in Task Manager.

caller-microsoft = Microsoft Support
choice-ring-microsoft = Call Microsoft Support
closed-after-call-body = You end the browser in Task Manager and don't restore the last tabs. The phone rings again from another number; you let it ring.
end-closed-after-call = You hung up and closed the fake warning without giving anything away. Ringing the number was the risky step: next time, end the browser in Task Manager first.
