title = "Your router has been hacked"
summary = Your phone rings in the middle of the afternoon. The caller says he is from your broadband provider.

provider-1 = the Network Security Department at your broadband provider
provider-2 = your broadband provider's Technical Support Centre
provider-3 = the Line Protection Team at your internet service provider
tech-1 = Daniel Harris
tech-2 = James Cooper
tech-3 = Ryan Walker

ringing-caller-id = Broadband Support
choice-answer = Answer the call
choice-decline = Reject the call
fb-decline = Letting an unexpected call go to voicemail is always fine. A real provider can write to you or leave a message.

caller-name = "Broadband Support"
caller-isp = Broadband provider – Customer Services
speaker-tech = Caller
intro-greeting = Good afternoon, this is { $tech } from { $provider }. My staff ID is { $staff }. Am I speaking to the account holder?
intro-claim = We've detected that your router has been hacked. Your IP address is being used by criminals abroad for illegal activity, and it's been flagged under case reference { $case }.
intro-deadline = To protect our network, your broadband will be disconnected at five o'clock today. I can stop that, but only if we sort it out together now, while I've got you on the line.
flag-cold-call-label = An unexpected call about your router
flag-cold-call-why = Broadband providers don't watch your home computer and ring you out of the blue to fix it. If there's a genuine problem, they tell you by letter, e-mail or in your online account, and you ring them.
flag-cut-off-label = "Disconnected at five o'clock today"
flag-cut-off-why = A deadline of a few hours is there to rush you. A real provider doesn't cut off a paying customer the same day without warning, and would never fix it only "while I've got you on the line".
choice-go-along = Oh no. What do I need to do?
choice-ask-account = Before we go any further, can you tell me my account number?
fb-ask-account = Asking the caller to prove who he is was a good test. Notice how he dodged it.
choice-call-bill = I'll ring my provider myself on the number on my bill.
fb-call-bill = Right: you ended the call on your own terms. The next step is to check with your provider on a number you already have.
choice-hang-up = Hang up
fb-hang-up = Hanging up is always allowed and always safe, however official the caller sounds.
fb-go-along = Once you start following a stranger's instructions, he's in charge of the conversation.

dodge-privacy = I'm sorry, under data protection I'm not allowed to read out your account details over the phone. You'll need to confirm them to me.
dodge-ip = But I can prove I'm from your provider: your router's IP address is 192.168.1.1. Nobody else could know that, could they?
flag-private-ip-label = The "secret" IP address he reads out
flag-private-ip-why = 192.168.1.1 is the built-in address of millions of home routers. It's printed in manuals and all over the internet, so it proves nothing. A real provider could tell you your account number.
choice-go-along-dodge = Right, I see. So what do I need to do?

proof-title = Command Prompt
proof-body =
    C:\Users\Home> netstat
    Active Connections
      Proto  Local Address        Foreign Address         State
      TCP    192.168.1.23:50412   52.113.194.132:https    ESTABLISHED
      TCP    192.168.1.23:50418   142.250.185.78:https    ESTABLISHED
      TCP    192.168.1.23:50433   151.101.65.140:https    TIME_WAIT
proof-instructions = Press the Windows key and R together, type C M D and press Enter. In the black window type N E T S T A T and press Enter. Tell me what you can see.
proof-claim = Can you see "Foreign Address" and "Established"? Every one of those lines is a hacker connected to your router right now. This is very serious.
flag-netstat-label = The "hackers" in the black window
flag-netstat-why = netstat is a normal Windows command that lists everyday connections, for example to your e-mail, the news site you've got open or Windows Update. "Foreign address" just means the other computer. Every PC shows lines like these.
choice-believe = So how do we get rid of them?
fb-believe = The list was harmless; the scam only works if you believe his reading of it.
fb-hang-up-proof = Well done: you saw through the "proof" before giving him anything.

remote-prompt = { $tool } — Your partner wants to control this computer remotely. Allow remote control?
remote-download = I need to connect to your router through your computer to remove the hackers. Open your browser and go to the site I spell out for you, then download { $tool }. It's our official support software.
remote-ask = Now read me your ID and the password in the window. When it asks, click Allow. Don't touch the mouse after that, and please don't hang up or we'll lose the connection.
flag-remote-label = A stranger asking for remote access
flag-remote-why = Whoever controls your computer can see your e-mail, your files and your online banking. Your provider doesn't need control of your computer to look after its network.
choice-allow = Allow
fb-allow = Reading out the ID and password and clicking Allow handed your computer to a stranger.
choice-refuse = Deny
fb-refuse = Right: nobody who rang you out of the blue gets control of your computer.

control-body = The pointer moves on its own. Notepad opens and he types: NETWORK SECURITY CERTIFICATE — EXPIRED. ROUTER FIREWALL — INACTIVE. STATUS: HACKED.
control-claim = As I suspected, your security certificate expired last month. That's how the hackers got in. Without it, we have to disconnect you today.
control-offer = I can install a new five-year security certificate and a network firewall straight away. There's a one-off fee of { $amount }, and after that you're protected.
flag-certificate-label = A fee for a "security certificate" or "firewall"
flag-certificate-why = Routers don't need a paid "security certificate" from your provider, and the warning was typed into Notepad by the caller himself. A genuine provider would never sell you protection during an unexpected call.
choice-continue = All right. How do I pay for it?
fb-continue = He set up the problem himself, and now he's selling you the fix.
choice-disconnect = Turn Wi-Fi off
fb-disconnect = Cutting the connection ends his control. Now clean up and report it.

payment-body = Secure payment — Network Security Certificate (5 years) and Router Firewall: { $amount }. Card number, expiry date, security code.
payment-ask = Please read me the long number on your card, the expiry date and the three digits on the back. I'll process it while we're connected.
payment-pressure = Please be quick. If the payment isn't made before five o'clock, the disconnection is automatic and there's a reconnection charge on top.
flag-card-label = Reading your card details to a caller
flag-card-why = Anyone with your card number, expiry date and security code can spend your money. Never read them out to someone who rang you.
choice-pay = OK, I've got my card here. The number is…
fb-pay = Your card details went to the scammers; ring your bank straight away to stop the card.
choice-refuse-pay = I'm not paying anything until I've spoken to my provider.
fb-refuse-pay = Right: checking with your provider yourself is the correct next step.

angry-1 = Are you refusing? Then I'm noting on your file that the customer refused. Your broadband is cut off today, and you'll be held responsible for every crime committed from your IP address.
angry-2 = The police will be in touch. I'm the only one who can stop this. Is that really what you want?
flag-threats-label = Threats of the police and blame for crimes
flag-threats-why = A real company doesn't threaten its customers with the police for wanting to check. Sudden anger when you refuse is a sign the call was a scam all along.
choice-give-in = All right, all right. I'll read you the card number.
fb-give-in = Threats are a pressure tactic. Hanging up was still an option.
fb-hang-up-clean = Right: end the call and remove his way back into your computer.

declined-body = You let the call go. No message is left. Later you check your provider's app: there are no notices and your broadband is working normally.
end-declined = You didn't engage with an unexpected caller. Nothing was given away.
hung-up-body = You put the phone down. It rings again a few minutes later from another number, and you let it ring.
end-hung-up = You hung up before giving anything away. If you're worried, ring your provider on the number on your bill.
verified-body = You ring your provider's customer services yourself. The adviser checks your account: nobody from the provider rang you, your broadband is fine, and they never ask for remote access to fix their network.
end-verified = You checked using a number you trust and found out the truth: the call was a scam.
hung-up-proof-body = You hang up. You'd typed one harmless command, nothing more. The list on the screen is the same on every computer.
end-hung-up-proof = You stopped before giving access or money. Next time you can hang up even sooner: a provider ringing you out of the blue is the first warning sign.
refused-body = You refuse. The caller sighs, says your broadband will be cut off, and hangs up. Your broadband carries on working.
end-refused = You refused remote access. If you downloaded the software, uninstall it. Following his first instructions was the risky part.
cut-off-body = You switch off the Wi-Fi and close the program. He had control of your computer for several minutes.
end-cut-off = He had access to your computer. Now: uninstall { $tool }, run a full security scan, change your passwords from another device, tell your bank, and report it.
not-paid-body = You hang up, switch off the Wi-Fi and uninstall { $tool }. The phone rings twice more; you don't answer.
end-not-paid = You kept your money, but a stranger had control of your computer. Run a full scan, change your passwords from another device, tell your bank, and report it.
paid-body = A payment of { $amount } leaves your card. The next morning he rings again: the certificate "failed" and he needs a second payment.
end-paid = The money's gone. Ring your bank now on the number on your card to stop the card and dispute the payment, change your passwords from another device, get the computer checked, and report it. You're not to blame: these are professional criminals.

lesson-cold-call = Your broadband provider doesn't ring out of the blue to say your router's been hacked. Treat calls like this as scams.
lesson-call-bill = Hang up and ring your provider on the number on your bill or its official website, never a number the caller gives you.
lesson-remote = Never give remote access or run commands for someone who rang you.
lesson-no-fee = No genuine provider charges a fee for a "security certificate" or "firewall" over the phone, and none threatens you with the police.
after-call-page = Your desktop, as you left it. On the phone beside the keyboard, recent calls: { $phone }, a few minutes ago.
choice-ring-isp = Call your broadband provider
fb-ring-isp = Exactly right: you rang your provider on a number you already had and trust, not one the caller gave you.
