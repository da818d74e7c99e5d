title = "Microsoft" on the line
summary = Your phone rings at home: a number you don't know. The caller says he's from Microsoft Support.
tech-1 = David Smith
tech-2 = Mark Taylor
tech-3 = Paul Roberts
speaker-tech = { $tech }

caller-id = Microsoft Support
flag-caller-id-label = { $caller-id ->
    [name] "Microsoft Support" on the caller display
   *[number] A call out of the blue from a number you don't know
}
flag-caller-id-why = { $caller-id ->
    [name] The name and number on a caller display can be faked in seconds. Microsoft does not ring people out of the blue about their computers.
   *[number] The number on a caller display can be faked in seconds, and whoever is ringing can claim to be anyone. Microsoft does not ring people out of the blue about their computers.
}
choice-answer = Answer
choice-decline = Decline
declined-body = You let it ring out. No message is left. Two days later the phone rings again from another number you don't know; you don't answer.
end-declined = You never spoke to the scammers. Microsoft does not make unsolicited calls, so there was nothing to miss.

caller-name = "Microsoft Support"
call-greeting = Good afternoon, this is { $tech } calling from the Microsoft Windows Technical Department. My employee ID is MS-{ $badge }. Am I speaking to the main user of the computer?
call-claim = Our servers have been receiving error reports from your computer for several days. It is infected, and hackers may be using it right now. I have opened case number { $case } for you.
call-press = This is very urgent. Please go to your computer and switch it on. I will stay on the line and show you the problem myself.
flag-unsolicited-label = A call out of the blue about your computer
flag-unsolicited-why = Microsoft never makes unsolicited calls to fix your computer. Your PC does not send reports that make someone ring you.
flag-badge-label = The employee ID and case number
flag-badge-why = Made-up IDs and case numbers make a call sound official. They cost the caller nothing and prove nothing.
choice-follow = Oh no. OK, I'm switching it on now.
choice-call-back = I'll ring Microsoft myself, thank you.
choice-hang-up = Hang up

ev-title = Event Viewer — Custom Views › Administrative Events
ev-body = 2,417 events. Error · Application Error · Event ID 1000. Warning · DistributedCOM · Event ID 10016. Error · Service Control Manager · Event ID 7000. Warning · Kernel-PnP · Event ID 219…
ev-instruct = Press the Windows key and R together. Type e-v-e-n-t-v-w-r and press Enter. Now click Custom Views, then Administrative Events.
ev-claim = Can you see all those red errors and yellow warnings? Every one of them is a virus or a hacker attack. A healthy computer shows nothing there.
flag-event-log-label = The red errors and yellow warnings in Event Viewer
flag-event-log-why = Event Viewer is Windows' own diary. Every healthy PC logs thousands of harmless errors and warnings; they are not viruses. Scammers show it because it looks frightening.
choice-continue = Yes, I can see them. There are loads! What do I do?

cmd-title = Command Prompt
# The dictated command, typed by the trainee (the same in every language).
cmd-command = assoc
cmd-body = .xml=xmlfile · .ZFSendToTarget=CLSID\{"{"}888DCA60-FC0A-11CF-8F0F-00C04FD7D062{"}"} · .zip=CompressedFolder
cmd-instruct = Now press the Windows key and R again, type c-m-d and press Enter. In the black window type a-s-s-o-c and press Enter. Look for the line that says ZFSendToTarget.
cmd-claim = I will read your unique licence ID from my screen: eight, eight, eight, D, C, A, six, zero… It matches, yes? Only Microsoft knows this number. Now you know I am genuine.
flag-licence-label = The "unique licence ID" he reads out
flag-licence-why = That code is the same on every Windows computer in the world, and anyone can look it up. It is not a licence ID and proves nothing about the caller.
choice-believe = assoc

remote-prompt = { $tool } — Your address: { $code }. { $tech } is requesting full control of this device. Allow?
remote-ask = To remove the viruses, our certified engineer must connect. Go to the website I spell out for you, download { $tool }, read me the nine-digit address and press Allow. Don't worry, it is free: it is covered by your Windows licence.
flag-remote-label = Being told to install { $tool } and read out the code
flag-remote-why = Remote-support tools are real and legal, which is why scammers use them. Whoever you let in can see and do everything on your computer, including your online banking.
choice-allow = Allow
choice-refuse = No, I'm not letting anyone into my computer.
choice-give-in = OK, OK. It's installed. The address is { $code }.

anger-remote-1 = Listen to me. If you don't let me fix this now, your computer will stop working tonight and your Windows licence will be cancelled.
anger-remote-2 = The hackers already have your bank details. Whatever happens to your money is your own fault. Don't you dare hang up on me!
flag-threats-label = Anger and threats when you say no
flag-threats-why = A real support company accepts a no. Anger and threats are the scammer's last lever to make you panic and give in.

diag-body = The pointer moves by itself. In a black window, folder names scroll past at speed; then he types into it: 5 VIRUS FOUND – FIREWALL EXPIRED – SECURITY LICENCE EXPIRED.
diag-claim = You see? The scan found five infections, and your firewall licence expired years ago. That is how the hackers got in.
diag-pitch = I can remove everything today and protect you for life. We just need to set up your protection plan.
flag-scan-label = The "scan" in the black window
flag-scan-why = That was the tree command: it only lists your folders. The "virus found" text was typed by the caller himself while you watched.
choice-keep-going = OK. So how much is this protection plan?
choice-disconnect = Turn Wi-Fi off

pay-card-body = Microsoft Lifetime Protection — { $amount }, one-off fee. Payment by credit or debit card: card number, expiry date and the three digits on the back.
pay-card-pressure = This is a special price, today only, for customers whose computers are already infected. Just read me your card details and I will fill in the form for you while I am connected.
flag-payment-label = Paying for a fix you never asked for
flag-payment-why = Microsoft does not sell support through an unexpected phone call. Card details read out to a stranger can be used again and again.
choice-pay-card = OK, hang on, let me get my card.
choice-no-card = I'd rather not give my card number over the phone.
choice-refuse-pay = No, I'm not paying for this.

pay-transfer-body = Bank transfer — { $amount } to the "Microsoft Partner Services" account. Log into your online banking now; the technician will dictate the sort code and account number. Reference: case { $case }.
pay-transfer-pressure = No problem, a bank transfer is fine. Do it now while I am still connected, so I can see the payment go through and activate your protection.
flag-account-label = A transfer to a "partner" account, with him watching
flag-account-why = The account belongs to the criminals, not Microsoft. A transfer you make yourself is very hard to get back, and while he is connected he can watch your online banking.
choice-do-transfer = Fine, I'm logging in to my bank now.

anger-pay-1 = Are you joking with me? I have spent an hour on your computer! If you don't pay, I will lock it right now and you will never see your photos again.
anger-pay-2 = I still have access to everything, you understand? Everything.
flag-lock-label = The threat to lock your computer
flag-lock-why = While connected, scammers can set a system password or delete files. Cut the connection at once: the threat only works while they are still in.
choice-give-in-pay = All right, stop! I'll read you my card number.

hung-up-body = You put the phone down. It rings again a minute later; you let it ring.
end-hung-up = You hung up before doing anything he asked. Nothing on your computer was touched.
verified-body = You find the support number on Microsoft's own website and ring it. The adviser tells you Microsoft never rings people about their computers, and that the call you had was a scam.
end-verified = You checked through a channel you found yourself and found out the truth: the call was a scam.
hung-up-proof-body = You put the phone down and close the windows he had you open. Looking at them changed nothing on your computer.
end-hung-up-proof = You hung up before giving remote access or money. Next time hang up even sooner: nothing he showed you proved anything.
refused-body = You end the call. The phone rings twice more that evening from different numbers; you let it ring.
end-refused = You refused remote access and ended the call. Following his tour of your computer was risky: hang up the moment "Microsoft" rings.
cut-off-body = You cut the connection. He had control of your computer for several minutes.
end-cut-off = They had access to your computer. Now: uninstall { $tool }, run a full scan, change your passwords from another device, ring your bank and report it.
not-paid-body = You put the phone down. A few minutes later the computer restarts by itself and asks for a password you never set.
end-not-paid = You kept your money, but a stranger had control of your computer and locked you out of it. As soon as a call like this ends, turn off the Wi-Fi. Now have the PC checked, uninstall { $tool }, change your passwords from another device, tell your bank and report it.
paid-body = You read out your card details. { $amount } leaves your account, and a week later more payments you never made appear.
end-paid = Ring your bank now on the number on your card to block it and dispute the payments. Then uninstall { $tool }, change your passwords from another device and report it. You are not to blame: these gangs are professionals.
paid-transfer-body = You send { $amount }. The next day he rings again: the transfer "went wrong" and must be made again.
end-paid-transfer = The money has gone to criminals. Ring your bank now on the number on your card: the sooner you do, the better the chance of getting it back. Then uninstall { $tool }, change your passwords from another device and report it.

fb-decline = Letting an unexpected "Microsoft" call go unanswered is perfectly safe. Microsoft does not ring you.
fb-follow = Switching on the computer for an unexpected caller lets him lead you step by step. A real company never rings you about your PC.
fb-call-back = Right: you ended the call on your own terms. If you want to be sure, look up Microsoft's number yourself.
fb-hang-up = Hanging up is always allowed and always safe.
fb-hang-up-proof = Good: nothing he showed you was real proof, and you stopped before remote access.
fb-believe = Typing a command a stranger dictates lets him stage the "proof". The "licence ID" he then read out is the same on every Windows PC and proves nothing.
fb-allow = Installing the tool, reading out the code and pressing Allow handed your computer to a stranger.
fb-refuse = Right to refuse, but you don't have to argue or explain: you can simply hang up.
fb-hang-up-remote = Right: no remote access for anyone who rings you out of the blue.
fb-give-in = Threats are a pressure tactic. Giving in handed your computer to a stranger.
fb-hang-up-anger = Right: hang up on threats. A real support company never talks like that.
fb-disconnect = Cutting the connection ends their control; now clean up and report it.
fb-pay-card = Card details read out to a scammer can be used again and again.
fb-no-card = Not giving your card number was right, but the scammer simply switched to a bank transfer. Hang up instead.
fb-do-transfer = Logging into your bank while a scammer watches your screen puts both your money and your account in his hands.
fb-refuse-pay = Refusing to pay was right, but they had already been inside your computer.
fb-hang-up-pay = Right to hang up on threats, but while { $tool } was still connected he could still reach your computer.
fb-give-in-pay = Giving in to threats does not make them go away; it shows them you will pay.

lesson-no-calls = Microsoft never rings out of the blue about your computer. The name and number on a caller display can be faked.
lesson-proof = Errors in Event Viewer and the "licence ID" from assoc are normal on every PC. They prove nothing.
lesson-remote = Only give remote access to someone you know, or to your own helpdesk when you started the contact and checked it.
lesson-hang-up = When a caller turns angry or threatening, hang up. If you need help, contact the company yourself through its official website.

## Prepaid voucher codes (the brand depends on the region).
choice-no-bank = I don't do online banking.
fb-no-bank = Not logging in was right, but he had a third way to take the money ready. Hang up instead.
voucher-brand = Paysafecard
pay-voucher-body = Payment by prepaid code: { voucher-brand } vouchers for { $amount }, bought at a shop or petrol station. Read the codes on the receipts to the technician.
pay-voucher-pressure = No online banking? No problem. Pop to the nearest shop and buy { voucher-brand } vouchers for { $amount }. Read me the codes; I'll stay on the line with you.
flag-voucher-label = Payment in prepaid codes
flag-voucher-why = Prepaid codes (Paysafecard, gift cards, PCS, Transcash, Neosurf) are like cash: once a code is read out, the money's gone. No real company or authority takes payment in voucher codes over the phone.
choice-read-codes = All right, I'll pop out and buy the vouchers.
fb-read-codes = Once the codes were read out, the money was spent within minutes and couldn't be recovered.
paid-voucher-body = You read out the codes for { $amount }. Minutes later they've been spent. The next day he rings again: one code "didn't work" and you must buy more.
end-paid-voucher = The money's gone. Ring the voucher company's customer service (the number is on the receipt) straight away: codes not yet spent can sometimes be blocked. Then uninstall { $tool }, change your passwords from another device and report it.

## Immersive play: the desk after the call, new acts.
home-page = New tab · Search the web · Bookmarks: Mail, News, Weather, Microsoft
caller-microsoft = Microsoft Support
choice-ring-microsoft = Call Microsoft Support
fb-ring-microsoft = Exactly right: you checked through a number you found yourself, on Microsoft's own website.
flag-dictated-label = A stranger telling you what to type
flag-dictated-why = A caller you don't know is dictating commands for you to type. A typed command can show or change anything on your PC; this one only lists file types, which he then passes off as proof.
choice-power-off = Shut down
after-threat-body = { $tool } — Session active. The pointer moves on its own; a window opens and closes again.

fb-hang-up-connected = Ending the call was right, but while { $tool } was still connected he could still reach your computer.
