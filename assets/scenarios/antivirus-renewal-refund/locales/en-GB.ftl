title = The renewal you never ordered
summary = An e-mail says your antivirus subscription has just renewed, and a large sum has been taken.

email-from = { $brand } Billing Centre <renewal.billing.desk{ $mailno }@gmail.com>
email-subject = Your subscription has been renewed — Invoice No. { $invoice }
email-body = Dear Customer, thank you for renewing { $brand } for 3 years. { $charge } has been charged to your account today and will appear on your statement within 24 hours. Didn't authorise this renewal? Ring our Cancellation & Refund Desk within 24 hours: { $phone }.
flag-sender-label = The sender's address
flag-sender-why = A real company sends invoices from its own domain, not from a free webmail address. The name in front of the address is easy to fake.
flag-number-label = "Ring this number to cancel"
flag-number-why = The whole e-mail exists to make you ring. Check or cancel a subscription through your account on the official website or app, never with a number from an unexpected e-mail.
flag-charge-label = A charge for something you don't remember buying
flag-charge-why = These e-mails go out to millions of people, hoping that surprise and worry make you act before you think. Look at your bank or card statement yourself: the charge isn't there.
choice-call = Call { $phone }
fb-call = Ringing the number put you straight through to the scammers. The e-mail was fake, and so is the "refund desk".
choice-check = Close
fb-check = Exactly right: you checked through a channel you opened yourself, not through the e-mail.
choice-delete = Delete
fb-delete = Good: an unexpected invoice with a phone number is best ignored. You can always check your statement later.

agent-1 = Michael Turner
agent-2 = Kevin Brooks
agent-3 = Steven Hall
caller-desk = Refund Desk
speaker-agent = Refund agent
desk-greeting = Thank you for calling the Cancellation and Refund Department, my name is { $agent }. Could I take the invoice number from your e-mail, please?
desk-confirm = Yes, I can see it here: { $brand }, three years, { $charge }. No problem at all, I'll cancel it and refund the full amount to you today.
desk-remote = For your security the refund goes through our secure refund server, so I'll need to connect to your computer for just a few minutes. Are you sitting at your computer now?
flag-refund-remote-label = A refund that "needs" remote access
flag-refund-remote-why = No company needs to control your computer to give you a refund. Real refunds go back to your card or account from their end, without you doing anything.
choice-follow = Yes, I'm at my computer now.
fb-follow = Following the "agent" is the step that leads to remote access.
choice-hang-up-check = Hang on, I'd like to look at my bank account first. I'll ring you back.
fb-hang-up-check = Right: you ended the call to check for yourself.
choice-hang-up = Hang up
fb-hang-up = Hanging up is always allowed, and it ended the scam here.

remote-prompt = { $tool } — Your address: { $code }. A remote user is requesting full control of this device. Accept?
remote-download = Please open your browser and type the website I spell out for you, then download { $tool }. It's our official refund software.
remote-ask = Now read me the nine numbers in the window and click Accept, so I can open the refund form for you.
flag-remote-label = A stranger asking for remote access
flag-remote-why = Whoever controls your computer can see everything on it, including your online banking once you log in. Only give access to someone you know, or your own helpdesk when you started the contact and checked it.
choice-allow = Accept
fb-allow = Reading out the code and clicking Accept gave a stranger control of your computer.
choice-refuse = I'd rather not install anything. Can't you just refund my card?
fb-refuse = Right: no refund needs remote access.

form-body = The pointer moves by itself. A page headed "Secure Refund Portal" opens with one box: Enter refund amount.
form-amount = Please type the amount of your refund in the box: the { $charge }. Lovely.
form-login = Now log in to your online banking, so the system can pay the refund into your account. Don't worry, I can't see your password: I'm switching off my screen for your privacy.
flag-bank-login-label = Logging into your bank while a stranger controls your computer
flag-bank-login-why = Once you log in, the person in control can see your accounts and move money between them. No company ever needs you to log into your bank to receive a refund.
choice-log-in = All right, I'm logging in to my bank now.
fb-log-in = Logging in while he controlled your computer opened your accounts to him.
choice-stop = Turn Wi-Fi off
fb-stop = Right: cutting him off before he saw your banking was the correct move.

over-body = Your screen goes black for two minutes. When it comes back, your current account shows a new line: "+{ $extra } — Transfer from savings — REFUND".
over-panic = Oh no. Oh no, no, no. I've made a terrible mistake. I typed in the wrong amount: you've received { $extra } instead of { $charge }!
over-plea = Please, I'm begging you, my manager will sack me today. This money comes out of my own wages. You're an honest person, you'll help me, won't you?
flag-black-label = Your screen went black "for your privacy"
flag-black-why = A black screen hides what the scammer is really doing: moving your own money between your accounts.
flag-own-money-label = The "refund" is a transfer from your own savings
flag-own-money-why = Nothing came from the company. He moved money from your savings (or an overdraft or loan) into your current account to make it look like an over-refund.
choice-help = All right, calm down. How do I send it back?
fb-help = The "mistake" was staged. There's no difference to return, because no refund was ever paid.
choice-look = Savings account
fb-look = Good instinct: checking your own accounts shows where the money really came from.
fb-hang-up-bank = Hanging up ended his pressure, but his program was still connected to your computer.

savings-body = Savings account — recent activity: "−{ $extra } — Transfer to current account", a few minutes ago.
savings-dismiss = No, no, don't look at that, that page is only a system display. The refund is real, it's our company's money. Please, I've got children, I'll lose my job today.
flag-dont-look-label = He tells you not to look at your own accounts
flag-dont-look-why = A genuine company is happy for you to check your own statement. A caller who wants you to stop looking has something to hide.

gift-body = Return the difference of { $extra }: buy { $card } gift cards in a shop, scratch off the backs and read the codes to your refund agent.
gift-why = A bank transfer back takes ten working days and I'll be sacked before then. Gift cards are instant, it's the only way. Take your phone with you and don't hang up.
gift-cashier = If the person at the till asks, say they're presents for your grandchildren. They're not allowed to know about refunds, it's company policy.
flag-gift-label = Paying back in gift cards
flag-gift-why = No genuine company takes money back in gift cards. Once you read out the codes, the money's gone and can't be traced.
flag-cover-label = Being told to lie to the shop assistant
flag-cover-why = Shop staff are trained to spot gift-card scams. Being told what to say to them is a sure sign that someone is using you.
choice-buy = Buy the cards
fb-buy = The codes went straight to the scammers, and the "refund" was your own money all along.
choice-refuse-pay = Can't I just send it back by bank transfer?
fb-refuse-pay = Right: a refund is never paid back in gift cards.

threat-1 = You're stealing from our company! Keeping money that isn't yours is a crime, and I'll report you to the police today.
threat-2 = Remember, I'm still connected to your computer and your bank. If you don't pay, I'll take it all back myself and lock your computer.
flag-threats-label = Threats of the police and of locking your computer
flag-threats-why = He switched from begging to threats as soon as you said no. That switch is typical of refund scams. Cut the connection and ring your bank.
choice-give-in = All right, all right. I'll go and buy the cards.
fb-give-in = Threats are a pressure tactic. Hanging up and ringing your bank was still possible.
choice-no-cards = The shop won't sell me that many cards. Is there another way?
fb-no-cards = Looking for another way to pay kept you in his hands, and he had one ready: cash in the post.

## Cash by post, when the gift cards fail.
post-body = The post office counter. On the scales, a padded envelope with a magazine inside and { $extra } in notes between its pages. The Special Delivery form is filled in with the address he dictated.
post-hide = Wrap the notes in foil and spread them between the pages, so nobody can see them through the envelope. Send it Special Delivery, it'll arrive tomorrow morning.
post-clerk = If the person behind the counter asks what's inside, say documents. Don't say money, or they'll hold the parcel for weeks and you'll have to pay charges.
flag-post-label = Cash hidden in a magazine, sent by post
flag-post-why = No genuine company or bank ever asks you to post cash, let alone hidden between the pages of a magazine. Once cash is in the post, it's very hard to trace or stop.
flag-post-cover-label = Being told to lie to the post office counter staff
flag-post-cover-why = Post office staff are trained to spot parcels of cash being sent to scammers. Being told what to say to them is a sure sign that someone is using you.
choice-send = Send by Special Delivery
fb-send = The parcel went to an address the gang uses for a day. Cash in the post is very hard to trace and rarely comes back.
fb-hang-up-post = Right: you left the counter with your money. At home, his program was still connected to your computer.

ignored-body = The e-mail stays unanswered. Later you glance at your bank statement: there's no payment for any antivirus.
end-ignored = You ignored a fake renewal e-mail. Nothing was ever charged.
checked-body = Your online banking shows no payment at all. You also sign in to your antivirus account by typing the official address: no renewal, no invoice.
end-checked = You checked through channels you opened yourself and found out the truth: the e-mail was a scam.
checked-after-call-body = Your online banking shows no payment at all. The "refund desk" rings back twice; you don't answer.
end-checked-after-call = You stopped in time. Ringing the number in the e-mail was the risky step: next time check your statement first.
hung-up-body = You hang up. Your bank statement later shows no payment for any antivirus.
end-hung-up = You hung up before giving anything away. Never ring a number from an unexpected invoice: check your statement or the official website.
refused-body = You refuse. The agent says the refund will be "cancelled", then hangs up. No refund was ever due.
end-refused = You refused remote access. If you downloaded the software, uninstall it. Ringing the number in the e-mail was the risky step.
cut-off-body = You switch off the Wi-Fi and hang up. He had control of your computer for several minutes, but never saw your banking.
end-cut-off = He had access to your computer. Now: uninstall { $tool }, run a full security scan, change your passwords from another device, and report it.
bank-called-body = You ring the number on the back of your card. The bank has you switch off the Wi-Fi, sees the transfer from your savings, moves it back, blocks online access and sets up new log-in details with you.
end-bank-called = You kept your money, but a stranger controlled your computer while you were logged into your bank. Uninstall { $tool }, get the computer checked, change your passwords from another device, and report it.
paid-body = You read out the codes. Minutes later the money on the cards has been spent. That evening you see it: your savings are down by { $extra }, and the "refund" was just your own money moved across.
end-paid = The money's gone. Ring your bank on the number on your card now, contact the gift-card company, change your passwords from another device, get the computer checked, and report it. You're not to blame: these gangs are professionals.
posted-body = You post the parcel. He stays friendly until it arrives, then stops answering. That evening you see it: your savings are down by { $extra }, and the "refund" was just your own money moved across.
posted-edited-body = You post the parcel. He stays friendly until it arrives, then stops answering. That evening your banking app shows the truth: no refund ever arrived. The page had been edited on your screen, and the cash was your own money.
end-posted = The money's gone. Contact the Post Office or the courier straight away with the tracking number (a parcel can sometimes still be stopped), ring your bank on the number on your card, get the computer checked, change your passwords from another device, and report it. You're not to blame: these gangs are professionals.

lesson-check-yourself = Check an unexpected invoice yourself: look at your bank statement, or sign in to the company's official website or app.
lesson-no-number = Never ring the phone number in an unexpected renewal e-mail, invoice or pop-up.
lesson-no-bank-login = Never log into online banking while someone else is connected to your computer or on the phone.
lesson-over-refund = An "accidental over-refund" followed by a request for gift cards is always a scam: the money was moved from your own accounts.

## The refund trick: the bank page edited in the developer tools.
choice-type-amount = Submit
fb-type-amount = His "refund portal" and a bank page he can edit: what you typed isn't what you'll be shown.
edited-body = Your screen goes black for a minute. When it comes back, your online banking shows: "Refund received: +{ $extra }". A narrow panel full of code is open at the side of the page.
edited-note = Developer tools (F12) · Elements
flag-edited-label = A bank page edited in the developer tools
flag-edited-why = Anyone controlling your computer can change what a web page shows with the browser's developer tools (F12 or "Inspect"); the bank's real records don't change. Check your balance yourself, in your banking app or by phone.
fb-check-app = Right: a page on your computer can be edited; only your bank itself shows the truth.
app-checked-body = You ring the number on the back of your card. The bank has you switch off the Wi-Fi and checks: no refund of { $extra } ever arrived, and the page on your computer had been edited. The bank secures your accounts.
paid-edited-body = You read out the codes. Minutes later the money on the cards has been spent. That evening your banking app shows the truth: no refund ever arrived. The page had been edited on your screen, and the gift cards were paid for with your own money.

desk-page = New tab. Search the web or type an address.
choice-open-bank = My Bank – Online Banking
choice-ring-bank = Call the bank
fb-ring-bank = Right: your bank can secure your accounts and undo what was done.
caller-bank = Your bank
bank-desk-page = Your online banking is still open in the browser. In the corner of the screen, the { $tool } window: Session active.
bank-left-body = You hang up and leave the computer as it is: { $tool } still connected, your online banking still open. That evening your bank's fraud team rings you: someone tried to send money from your accounts to an account abroad, and they stopped it.
end-bank-left = A stranger kept control of your computer while your bank was open. After hanging up, switch off the Wi-Fi and ring your bank on the number on your card straight away. Uninstall { $tool }, have the computer checked, change your passwords from another device, and report it.
