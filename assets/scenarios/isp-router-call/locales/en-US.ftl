title = "Your router has been hacked"
summary = Your phone rings in the middle of the afternoon. The caller says he is from your internet provider.

provider-1 = the Network Security Department of your internet provider
provider-2 = your internet provider's Technical Support Center
provider-3 = the Line Protection Team at your internet service provider
tech-1 = David Wilson
tech-2 = Brian Scott
tech-3 = Mark Anderson

ringing-caller-id = Internet Support
choice-answer = Answer the call
choice-decline = Decline the call
fb-decline = Letting an unexpected call go to voicemail is always fine. A real provider can write to you or leave a message.

caller-name = "Internet Support"
caller-isp = Internet provider – Customer Service
speaker-tech = Caller
intro-greeting = Good afternoon, this is { $tech } from { $provider }. My employee ID is { $staff }. Am I speaking with the account holder?
intro-claim = We have detected that your router has been hacked. Your IP address is being used by criminals overseas for illegal activity, and it has been flagged under case number { $case }.
intro-deadline = To protect our network, your internet service will be disconnected at five o'clock today. I can stop that, but only if we fix it together right now, while I have you on the line.
flag-cold-call-label = An unexpected call about your router
flag-cold-call-why = Internet providers do not monitor your home computer and call you out of the blue to fix it. If there is a real problem, they tell you by letter, e-mail or your account page, and you call them.
flag-cut-off-label = "Disconnected at five o'clock today"
flag-cut-off-why = A deadline of a few hours is there to rush you. A real provider does not cut off a paying customer the same day without warning, and would never fix it only "while I have you on the line".
choice-go-along = Oh no. What do I need to do?
choice-ask-account = Before anything else, can you tell me my account number?
fb-ask-account = Asking the caller to prove who he is was a good test. Notice how he dodged it.
choice-call-bill = I'll call my provider myself on the number on my bill.
fb-call-bill = Right: you ended the call on your own terms. The next step is to check with your provider on a number you already have.
choice-hang-up = Hang up
fb-hang-up = Hanging up is always allowed and always safe, however official the caller sounds.
fb-go-along = Once you start following a stranger's instructions, he controls the conversation.

dodge-privacy = I'm sorry, for data protection I am not allowed to read out your account details over the phone. You will have to confirm them to me.
dodge-ip = But I can prove I'm from your provider: your router's IP address is 192.168.1.1. Nobody else could know that, correct?
flag-private-ip-label = The "secret" IP address he reads out
flag-private-ip-why = 192.168.1.1 is the built-in address of millions of home routers. It is printed in manuals and on the internet, so it proves nothing. A real provider could tell you your account number.
choice-go-along-dodge = Right, I see. So what do I need to do?

proof-title = Command Prompt
proof-body =
    C:\Users\Home> netstat
    Active Connections
      Proto  Local Address        Foreign Address         State
      TCP    192.168.1.23:50412   52.113.194.132:https    ESTABLISHED
      TCP    192.168.1.23:50418   142.250.185.78:https    ESTABLISHED
      TCP    192.168.1.23:50433   151.101.65.140:https    TIME_WAIT
proof-instructions = Press the Windows key and R together, type C M D and press Enter. In the black window type N E T S T A T and press Enter. Tell me what you see.
proof-claim = You see "Foreign Address" and "Established"? Every one of those lines is a hacker connected to your router right now. This is very serious.
flag-netstat-label = The "hackers" in the black window
flag-netstat-why = netstat is a normal Windows command that lists everyday connections, for example to your e-mail, the news site you have open or Windows Update. "Foreign address" just means the other computer. Every PC shows lines like these.
choice-believe = So how do we get rid of them?
fb-believe = The list was harmless; the scam only works if you believe his reading of it.
fb-hang-up-proof = Good: you saw through the "proof" before giving him anything.

remote-prompt = { $tool } — Your partner wants to control this computer remotely. Allow remote control?
remote-download = I need to connect to your router through your computer to remove the hackers. Open your browser and go to the site I spell for you, then download { $tool }. It is our official support program.
remote-ask = Now read me your ID and the password in the window. When it asks, press Allow. Don't touch the mouse after that, and please don't hang up or the connection will be lost.
flag-remote-label = A stranger asking for remote access
flag-remote-why = Whoever controls your computer can see your e-mail, your files and your online banking. Your provider does not need control of your computer to look after its network.
choice-allow = Allow
fb-allow = Reading out the ID and password and pressing Allow handed your computer to a stranger.
choice-refuse = Deny
fb-refuse = Right: nobody who called you out of the blue gets control of your computer.

control-body = The pointer moves on its own. Notepad opens and he types: NETWORK SECURITY CERTIFICATE — EXPIRED. ROUTER FIREWALL — INACTIVE. STATUS: HACKED.
control-claim = As I suspected, your security certificate expired last month. That is how the hackers got in. Without it, we must disconnect you today.
control-offer = I can install a new five-year security certificate and a network firewall right now. There is a one-off fee of { $amount }, and after that you are protected.
flag-certificate-label = A fee for a "security certificate" or "firewall"
flag-certificate-why = Routers do not need a paid "security certificate" from your provider, and the warning was typed into Notepad by the caller himself. A genuine provider would never sell you protection during an unexpected call.
choice-continue = All right. How do I pay for it?
fb-continue = He set up the problem himself, and now he is selling the fix.
choice-disconnect = Turn Wi-Fi off
fb-disconnect = Cutting the connection ends his control. Now clean up and report it.

payment-body = Secure payment — Network Security Certificate (5 years) and Router Firewall: { $amount }. Card number, expiry date, security code.
payment-ask = Please read me the long number on your card, the expiry date and the three digits on the back. I will process it while we are connected.
payment-pressure = Please hurry. If the payment is not done before five o'clock, the disconnection is automatic and there is a reconnection charge on top.
flag-card-label = Reading your card details to a caller
flag-card-why = Anyone who has your card number, expiry date and security code can spend your money. Never read them to someone who called you.
choice-pay = OK, I've got my card here. The number is…
fb-pay = Your card details went to the scammers; call your bank right away to stop the card.
choice-refuse-pay = I'm not paying anything until I've spoken to my provider.
fb-refuse-pay = Right: checking with your provider yourself is the correct next step.

angry-1 = Are you refusing? Then I am writing in your file that the customer refused. Your internet is cut off today, and you will be held responsible for every crime committed from your IP address.
angry-2 = The police will contact you. I am the only one who can stop this. Do you really want that?
flag-threats-label = Threats of police and blame for crimes
flag-threats-why = A real company does not threaten its customers with the police for asking to check. Sudden anger when you refuse is a sign the call was a scam all along.
choice-give-in = All right, all right. I'll read you the card number.
fb-give-in = Threats are a pressure tactic. Hanging up was still an option.
fb-hang-up-clean = Right: end the call and remove his way back into your computer.

declined-body = You let the call go. No voicemail is left. Later you check your provider's app: there are no messages and your service is working normally.
end-declined = You did not engage with an unexpected caller. Nothing was given away.
hung-up-body = You put the phone down. It rings again a few minutes later from another number, and you let it ring.
end-hung-up = You hung up before giving anything away. If you are worried, call your provider on the number on your bill.
verified-body = You call your provider's customer service yourself. The agent checks your account: nobody from the provider called you, your service is fine, and they never ask for remote access to fix their network.
end-verified = You checked through a number you trust and found the truth: the call was a scam.
hung-up-proof-body = You hang up. You had typed one harmless command, nothing more. The list on the screen is the same on every computer.
end-hung-up-proof = You stopped before giving access or money. Next time, you can hang up even sooner: a provider that calls you out of the blue is the first warning sign.
refused-body = You refuse. The caller sighs, says your internet will be cut off, and hangs up. Your internet keeps working.
end-refused = You refused remote access. If you downloaded the program, uninstall it. Following his first instructions was the risky part.
cut-off-body = You switch off the Wi-Fi and close the program. He had control of your computer for several minutes.
end-cut-off = He had access to your computer. Now: uninstall { $tool }, run a full security scan, change your passwords from another device, tell your bank, and report it.
not-paid-body = You hang up, switch off the Wi-Fi and uninstall { $tool }. The phone rings twice more; you don't answer.
end-not-paid = You kept your money, but a stranger had control of your computer. Run a full scan, change your passwords from another device, tell your bank, and report it.
paid-body = A payment of { $amount } leaves your card. The next morning he calls again: the certificate "failed" and he needs a second payment.
end-paid = The money is gone. Call your bank now on the number on your card to stop the card and dispute the payment, change your passwords from another device, have the computer checked, and report it. You are not to blame: these are professional criminals.

lesson-cold-call = Your internet provider does not call out of the blue to say your router is hacked. Treat such calls as scams.
lesson-call-bill = Hang up and call your provider on the number on your bill or on its official website, never a number the caller gives you.
lesson-remote = Never give remote access or run commands for someone who called you.
lesson-no-fee = No genuine provider charges a fee for a "security certificate" or "firewall" over the phone, and none threatens you with the police.
after-call-page = Your desktop, as you left it. On the phone beside the keyboard, recent calls: { $phone }, a few minutes ago.
choice-ring-isp = Call your internet provider
fb-ring-isp = Exactly right: you called your provider on a number you already had and trust, not one the caller gave you.
