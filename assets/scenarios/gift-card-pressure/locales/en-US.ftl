title = Just a few gift cards
summary = Last week a "technician" connected to your computer and sold you a protection plan. This morning the phone rings again.
agent-1 = Kevin Adams
agent-2 = Tony Russell
agent-3 = Gary Mitchell

ring-caller-id = Technical Support
choice-answer = Answer
choice-decline = Decline

call-caller = Technical Support
speaker-agent = { $agent }
speaker-cashier = Cashier
call-hello = Good morning, it's { $agent } from the Technical Support Department. I worked on your computer last week, remember? Your case number is { $case }.
call-problem = I'm calling because your bank rejected the payment for your protection plan. And it's worse than that: the hackers we removed got hold of your card details. I can see them trying to use your card right now.
call-gift-cards = To protect you, we have to settle { $amount } today. Not by card or transfer, the hackers can see those. The only safe way is { $brand } gift cards.
call-secret = And please don't call your bank: we believe someone inside the bank is working with the hackers. Just keep me on the line and drive to the store now.
flag-demand-label = Payment demanded in gift cards
flag-demand-why = No real company, bank or government agency takes payment in gift cards. Once you read out the codes, the money is gone and can't be traced.
flag-bank-label = "Don't call your bank"
flag-bank-why = Scammers cut you off from the people who would stop them. Your bank is exactly who to call, on the number on the back of your card.
choice-go-shop = All right, I'm getting my car keys. Which store?
choice-call-bank = Call your bank
choice-hang-up = Hang up
choice-check-bank = I'll call my bank first and check.
caller-bank = Your bank
after-call-page = New tab. Search or type a web address.

shop-rack = Are you in the store? Good. Go to the gift card rack. Take { $cards } { $brand } cards and load them to { $amount } in total.
shop-cover = If the cashier asks, say they're presents for your grandchildren. Don't mention me or the computer. Cashiers are told to block these payments, and then your money isn't protected.
shop-stay = Keep the phone in your pocket, on the line. I'll stay with you the whole time.
flag-cover-label = Being told what to say to the cashier
flag-cover-why = If someone tells you to lie about why you're buying gift cards, it's a scam. They know store staff have seen this before and would stop you.
flag-stay-label = "Keep me on the line the whole time"
flag-stay-why = Staying on the line keeps you under their control, so you can't think, check or ask anyone. Hang up: a genuine company will still be there afterwards.
choice-to-till = OK, I've got the cards. I'm going to the register now.
choice-ask-staff = Hang up

till-body = At the register, the cashier looks at the { $cards } { $brand } cards, then at the phone pressed to your ear.
till-cashier = That's a lot of gift cards. Can I ask who they're for? Is someone on the phone telling you to buy them?
till-cashier-2 = We see this scam every week. Nobody genuine ever asks to be paid in gift cards.
till-caller = (in your ear) Don't listen to her. Say they're presents for your grandchildren. Quickly, before the hackers empty your account!
flag-ignore-cashier-label = The caller tells you to ignore the cashier
flag-ignore-cashier-why = The cashier is the only person here with nothing to gain. When a caller tries to stop you listening to a warning, trust the warning.
choice-say-presents = They're presents for my grandchildren.
choice-tell-cashier = Yes… a man on the phone told me to buy them.

cashier-helps-body = The cashier puts the cards aside and stays with you while you catch your breath.
cashier-offer = You did the right thing. Do you want to call your bank from here? The number is on the back of your card.
choice-call-bank-shop = Yes, please. I'll call the number on my card.
choice-go-home = Thank you, but I'd rather just go home.

scratch-body = Outside the store you hold { $cards } { $brand } cards worth { $amount } in total. The caller wants you to scratch off the strip on the back and read him each code, or text him photos of them.
scratch-ask = Scratch gently so the numbers are clear. Now read me the first code, slowly.
scratch-hurry = Quickly, we have ten minutes before the system closes your case.
flag-codes-label = Reading out the codes
flag-codes-why = A gift card code is the money itself. Whoever has the code can spend it within seconds, anywhere in the world, and nobody can get it back for you afterwards.
choice-read-codes = OK, I've scratched the first one. The code is…
choice-keep-codes = Hang up

more-failed = Hmm, the second card didn't work, the system rejected it. You'll need to buy the same again, then the case closes and you get a full refund.
more-threat = If you stop now, everything you paid is lost and the hackers keep your card. Is that what you want?
flag-failed-label = "The code didn't work, buy more"
flag-failed-why = The codes worked: they were spent the moment you read them out. "It failed, buy more" is how scammers repeat the theft until you stop.
choice-buy-more = All right, I'll go back in and buy the same again.
choice-stop = Hang up

declined-body = You don't answer a number you don't know. The phone rings twice more, then stops.
end-declined = You didn't pick up. Since a "technician" was inside your computer last week, call your bank on the number on your card and have the computer checked.
bank-body = Your bank's fraud team says there is nothing unusual on your card and that no genuine company asks for gift cards. They cancel the card you used last week, just in case.
end-bank = You hung up and called your bank on a number you trust. That is exactly what stops this scam.
hung-up-body = You put the phone down. It rings again twice; you let it ring.
end-hung-up = You hung up before paying anything. Now call your bank on the number on your card, since you paid the "technician" last week, and have the computer checked.
staff-help-body = You hang up and ask a store employee for help. She says she sees this every week, and helps you call your bank on the number on your card.
end-staff-help = You hung up and asked for help in the store, and you kept your money. Store staff know this scam well.
safe-bank-body = Your bank blocks the card you used last week and sends you a new one. They note that someone tried to get you to pay with gift cards.
end-safe-bank = You listened to the cashier, hung up and called your bank. You kept your money and closed the door on the scammers.
safe-home-body = At home the phone rings again and again from different numbers. You don't answer.
end-safe-home = You kept your money. Still call your bank on the number on your card: the scammers have your details from last week.
kept-cards-body = You hang up with the cards in your hand and their codes still hidden under the strip. The store may or may not take unused cards back, but the money on them is still yours.
end-kept-cards = The codes stayed with you, so the scammers got nothing. Next time, hang up before you buy: nobody genuine asks for gift cards.
lost-once-body = Your bank and the gift card company take a report. The codes you read out were spent within minutes.
end-lost-once = You lost { $amount }, but you stopped them taking more. Report it, and tell the gift card company straight away: sometimes unspent balances can be frozen. You are not to blame.
lost-more-body = You buy and read out a second batch. The next morning he calls again with a new reason to pay.
end-lost-more = The money is gone, and they will keep calling. Call your bank and the gift card company now, report it, and ask a family member to help you block the callers. You are not to blame: these gangs are professionals.

fb-decline = Not answering an unknown caller is always fine.
fb-go-shop = Setting off for gift cards on a caller's instructions is the step the scam depends on.
fb-call-bank = Exactly right: you hung up and called your bank on a number you trust.
fb-hang-up = Hanging up is always allowed and always safe.
fb-to-till = A script for the cashier is proof of a scam. This was a chance to stop.
fb-ask-staff = Right: store staff see this scam all the time and can help you.
fb-say-presents = Lying to the cashier took away the last person who could stop the scam.
fb-tell-cashier = Right: the cashier was on your side. Telling the truth stopped the scam.
fb-call-bank-shop = Right: calling the number on your card is always the safe way to reach your bank.
fb-go-home = You kept your money, but call your bank as well: the scammers know your details.
fb-read-codes = Reading out the codes handed over the money. It can't be traced or refunded.
fb-keep-codes = Right: without the codes the scammers get nothing.
fb-buy-more = "The card didn't work" is a lie to get more. Every new code is more money gone.
fb-stop = Right: stopping and calling your bank limited the loss.

lesson-gift-cards = Anyone who asks you to pay with gift cards is a scammer. No genuine company, bank or authority does.
lesson-hang-up = If you're told to stay on the line or keep it secret, hang up. Call your bank on the number on your card.
lesson-cashier = Listen to the cashier. If someone told you what to say at the register, tell the cashier the truth instead.
lesson-codes = Never read out or send photos of gift card codes. If you already did, call the card company and your bank at once and report it.
