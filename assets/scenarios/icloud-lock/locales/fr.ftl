title = « Votre iCloud est verrouillé »
summary = Vous lisez l’actualité sur votre Mac quand un avertissement Apple envahit l’écran.
agent-1 = Sébastien Leroy
agent-2 = Antoine Girard
agent-3 = Mathieu Lambert

browsing-page = Actualité people : « Dix stars que vous ne reconnaîtrez pas aujourd’hui ». Dans l’article, une vidéo indique « Cliquez pour lire ».
choice-play-video = Cliquez pour lire

locker-title = iCloud verrouillé · Alerte de sécurité identifiant Apple
locker-body = Votre identifiant Apple a été utilisé pour accéder à des contenus suspects et illégaux. Pour votre protection, votre compte iCloud, vos photos et Apple Pay ont été verrouillés. Ne fermez pas cette page et ne redémarrez pas votre Mac. Appelez immédiatement l’assistance Apple : { $phone } (appel gratuit).
locker-voice = Attention. Votre identifiant Apple a été verrouillé. Ne fermez pas cette fenêtre. Appelez immédiatement l’assistance Apple.
flag-phone-label = Un numéro de téléphone dans l’avertissement
flag-phone-why = Apple ne met pas de numéros d’assistance dans des avertissements affichés sur des pages web. Ce numéro mène directement aux escrocs.
flag-accusation-label = « Utilisé pour accéder à des contenus suspects »
flag-accusation-why = Une accusation vague sert à vous faire peur et honte, pour que vous agissiez vite sans en parler à personne. Apple ne vous accuse de rien par le biais d’une page web.
flag-web-page-label = Un logo Apple sur une page web impossible à fermer
flag-web-page-why = C’est un site ouvert dans Safari, pas votre Mac ni votre iCloud. Une page web ne peut pas verrouiller votre compte ; il suffit de quitter Safari pour qu’elle disparaisse.
choice-call = Appeler le { $phone }
choice-unlock = Déverrouiller iCloud
choice-quit-safari = Forcer à quitter

fake-login-page = Une fenêtre avec le logo Apple apparaît : « Déverrouillez votre identifiant Apple. Saisissez votre identifiant Apple et votre mot de passe pour confirmer que vous en êtes le titulaire. » Dans la barre d’adresse : une longue adresse qui commence par icloud-unlock-…
flag-sign-in-label = Une fenêtre de connexion sur une page qui n’est pas apple.com
flag-sign-in-why = Connectez-vous à votre compte Apple uniquement depuis les Réglages de votre appareil ou sur un site dont vous avez tapé l’adresse vous-même. Une fenêtre de connexion surgie d’un avertissement sert à voler votre mot de passe.
choice-type-password = Se connecter

failed-title = Échec du déverrouillage · Identifiant Apple toujours verrouillé
failed-body = La vérification a échoué. Votre compte reste verrouillé pour des raisons de sécurité. Appelez un conseiller de l’assistance Apple pour le déverrouiller : { $phone } (appel gratuit).

closed-body = Actualité people : « Dix stars que vous ne reconnaîtrez pas aujourd’hui » — 1 sur 10. Barre des favoris : Apple · iCloud · Plans · Actualités.
choice-check-settings = account.apple.com
choice-carry-on = Page suivante

call-caller = « Assistance Apple »
speaker-agent = { $agent }
call-hello = Merci d’avoir appelé l’assistance Apple. Je m’appelle { $agent }, conseiller senior certifié Apple, matricule { $badge }. J’ai ouvert pour vous le dossier numéro { $case }.
call-scare = Je vois que votre identifiant Apple a été utilisé depuis un autre pays pour consulter des contenus illégaux. Si nous ne le sécurisons pas dans les 30 prochaines minutes, il sera signalé aux autorités et toutes vos photos seront définitivement supprimées.
call-ask-password = Pour confirmer que vous êtes bien le titulaire, pouvez-vous me donner l’adresse e-mail et le mot de passe de votre identifiant Apple ? Ne vous inquiétez pas, cette ligne est entièrement sécurisée.
flag-password-label = On vous demande le mot de passe de votre identifiant Apple
flag-password-why = Apple ne demande jamais votre mot de passe ni vos codes de validation par téléphone. Quiconque possède les deux peut prendre le contrôle de votre compte, de vos photos et de vos paiements.
flag-threats-label = Des menaces : « signalé aux autorités », « photos supprimées »
flag-threats-why = Les menaces et les délais sont des techniques de pression. L’assistance Apple ne menace pas ses clients.
choice-give-password = D’accord. C’est mon adresse e-mail habituelle, et le mot de passe, c’est…
choice-verify = Je vais vérifier mon compte moi-même. Au revoir.
choice-hang-up = Raccrocher

code-from = Compte Apple
code-body = Demande de connexion au compte Apple. Votre compte Apple est utilisé pour se connecter sur un nouvel appareil. Code de validation : { $code }. Ne communiquez ce code à personne.
code-ask = Vous allez recevoir un code à l’écran. Lisez-moi les six chiffres pour que je puisse déverrouiller votre compte. Vite, s’il vous plaît, il expire.
flag-code-label = Le code arrive avec la mention « Ne le communiquez à personne »
flag-code-why = Le code prouve que c’est bien vous qui vous connectez. En le lisant, vous permettez à votre interlocuteur de se connecter à votre compte depuis son propre appareil.
choice-read-code = D’accord, c’est { $code }.
choice-refuse-code = Je ne vous lis aucun code. Au revoir.

remote-prompt = { $tool } · Votre adresse : { $session }. Une connexion entrante demande à contrôler ce Mac. Autoriser ?
remote-ask = Votre compte est déverrouillé, mais les pirates ont laissé un virus sur votre Mac. Allez sur le site que je vous épelle, téléchargez { $tool } et lisez-moi les neuf chiffres. Cliquez ensuite sur Autoriser, et autorisez l’enregistrement de l’écran dans Réglages Système.
remote-reassure = C’est l’outil de sécurité officiel d’Apple. Je nettoie tout pendant que vous regardez, vous n’avez rien à faire.
flag-remote-label = « L’assistance Apple » veut prendre le contrôle de votre Mac
flag-remote-why = Apple ne vous appelle pas pour prendre le contrôle de votre Mac. Celui qui le contrôle peut lire vos e-mails, voir vos mots de passe et se connecter à votre banque.
choice-allow = Autoriser
choice-refuse-remote = Je n’installe rien du tout. Au revoir.

payment-body = iCloud Security Premium : suppression des virus et protection pendant 5 ans, { $amount }. Votre Apple Pay étant verrouillé, le paiement n’est accepté qu’en cartes cadeaux Apple, dont vous lirez les codes à votre conseiller.
payment-pressure = Votre carte est gelée pour votre protection, les cartes cadeaux Apple sont donc le seul moyen. Allez tout de suite dans un magasin près de chez vous et restez en ligne.
payment-threat = Si vous raccrochez, votre identifiant Apple et toutes vos photos seront supprimés dès aujourd’hui, et je ne pourrai plus rien pour vous.
flag-gift-label = Payer « Apple » en cartes cadeaux Apple
flag-gift-why = Les cartes cadeaux Apple ne servent qu’à acheter chez Apple. Apple ne demande jamais de payer une assistance ou des frais en cartes cadeaux ; celui qui le demande est un escroc.
choice-pay = Bon, d’accord, j’y vais tout de suite.
choice-refuse-pay = Désactiver le Wi-Fi

closed-end-body = Vous reprenez le cours de votre journée. La page ne revient pas.
end-closed = Vous avez quitté la fausse page sans appeler ni rien saisir. Une page web ne peut pas verrouiller votre iCloud.
checked-body = Vous tapez vous-même account.apple.com et vous vous connectez. Votre compte n’affiche que vos propres appareils et aucun avertissement. Rien n’a jamais été verrouillé.
end-checked = Vous avez quitté la page, puis vérifié votre compte vous-même. C’est exactement la bonne façon de s’en assurer.
verified-body = Vous ouvrez apple.com depuis vos favoris, trouvez le numéro de l’assistance Apple et appelez. Le conseiller vous explique qu’Apple ne verrouille pas les comptes au moyen de fenêtres surgissantes avec un numéro de téléphone, et votre compte est normal. Vous forcez Safari à quitter.
end-verified = Vous avez raccroché et vérifié par des canaux officiels trouvés par vous-même. La prochaine fois, quittez Safari avant d’appeler qui que ce soit.
hung-up-body = Vous raccrochez. Le téléphone sonne de nouveau, même numéro ; vous ne répondez pas et forcez Safari à quitter.
end-hung-up = Vous avez raccroché avant de donner quoi que ce soit. La prochaine fois, quittez Safari tout de suite au lieu d’appeler.
password-leaked-body = Vous changez le mot de passe de votre compte Apple. Apple vous envoie un e-mail confirmant le changement de mot de passe.
end-password-leaked = Les escrocs ont eu votre mot de passe pendant quelques minutes. Le changer vite était la bonne réaction : vérifiez aussi quels appareils sont connectés à votre compte, et changez ce mot de passe partout où vous l’utilisez.
password-only-body = Vous refusez, raccrochez et changez immédiatement votre mot de passe. Une minute plus tard arrive un autre code que vous n’avez pas demandé ; vous l’ignorez.
end-password-only = Ils avaient votre mot de passe mais pas le code, et vous l’avez changé rapidement. Vérifiez les appareils de votre compte et ne communiquez jamais un code de validation, quelle que soit la personne qui le demande.
account-taken-body = L’appel est terminé. Le soir, impossible de vous connecter à iCloud : le mot de passe a été changé et un iPhone inconnu a été ajouté à votre compte.
end-account-taken = Avec votre mot de passe et votre code, ils ont pris le contrôle de votre compte Apple. Lancez la récupération de compte sur iforgot.apple.com depuis un autre appareil ou contactez Apple via apple.com/support, et prévenez votre banque si des cartes sont liées au compte.
not-paid-body = Le Wi-Fi est coupé et la session à distance s’arrête. Votre interlocuteur crie que vos photos auront disparu ce soir ; vous raccrochez.
end-not-paid = Vous avez gardé votre argent, mais ils ont eu accès à votre compte Apple et à votre Mac. Désinstallez { $tool }, changez vos mots de passe depuis un autre appareil, vérifiez votre compte Apple et vos appareils, prévenez votre banque et signalez l’escroquerie.
paid-body = Vous achetez pour { $amount } de cartes cadeaux Apple et lisez les codes. Le lendemain, « Apple » rappelle : le paiement « n’est pas passé ».
end-paid = L’argent est perdu. Appelez votre banque, contactez Apple au sujet des cartes cadeaux sans attendre, changez vos mots de passe depuis un autre appareil, faites vérifier le Mac et signalez l’escroquerie. Ce n’est pas votre faute : ces bandes sont des professionnels.

fb-call = Cet appel vous a mis entre les mains des escrocs. Les vrais avertissements d’Apple ne donnent jamais de numéro de téléphone.
fb-unlock = Cliquer sur quoi que ce soit dans la page vous y retient. Quittez plutôt Safari.
fb-quit-safari = Exactement : quitter Safari sans toucher à la page, et l’empêcher de rouvrir les anciens onglets.
fb-type-password = La fenêtre de connexion était fausse : le mot de passe de votre identifiant Apple est parti directement chez les escrocs.
fb-quit-change = Exact : quitter la page et changer aussitôt le mot de passe limite les dégâts.
fb-check-settings = Bon réflexe : vérifiez votre compte dans les Réglages de votre propre appareil, jamais via un lien ou un numéro qu’on vous a donné.
fb-give-password = Apple ne demande jamais votre mot de passe par téléphone. En le donnant, vous avez livré la moitié de votre compte à votre interlocuteur.
fb-verify = Exact : vous avez raccroché et vérifié par un canal trouvé par vous-même.
fb-hang-up = On a toujours le droit de raccrocher, et c’est toujours sans risque.
fb-read-code = Le code était le dernier verrou de votre compte. En le lisant, vous leur avez permis de se connecter à votre place.
fb-refuse-code = Exact : aucun code de validation pour personne. Changer le mot de passe tout de suite était le bon réflexe.
fb-allow = Donner le contrôle à distance de votre Mac à un inconnu lui a livré vos fichiers, vos e-mails et vos mots de passe enregistrés.
fb-refuse-remote = Refuser l’accès à distance était juste, mais ils avaient déjà votre mot de passe et votre code.
fb-pay = Les codes de cartes cadeaux, c’est de l’argent liquide pour les escrocs : impossible de les tracer ou de se les faire rembourser.
fb-refuse-pay = Refuser de payer était juste, mais ils étaient déjà entrés dans votre Mac et votre compte.

lesson-no-lock = Une page web ne peut pas verrouiller votre iCloud, et Apple ne met pas de numéros d’assistance dans des fenêtres surgissantes. Quittez plutôt Safari (Option+Commande+Échap).
lesson-codes = Ne donnez jamais à personne le mot de passe de votre identifiant Apple ni un code de validation, même à quelqu’un qui dit être d’Apple. Apple ne les demande jamais.
lesson-check = Vérifiez votre compte vous-même : dans Réglages, puis votre nom, sur votre appareil, ou sur apple.com/support tapé par vous-même.
lesson-gift-cards = Apple ne se fait jamais payer une assistance ou des frais en cartes cadeaux. Quiconque le demande est un escroc.

after-quit-page = Réglages Système › Compte Apple › Connexion et sécurité. E-mail : votre compte Apple. Mot de passe : dernière modification il y a 2 ans.
choice-change-password = Modifier le mot de passe…
password-unchanged-body = Vous remettez ça à plus tard. Deux jours après, Apple vous écrit : votre compte Apple a servi à se connecter sur un appareil que vous ne connaissez pas.
end-password-unchanged = La fenêtre de connexion a envoyé votre mot de passe aux escrocs, et il est resté valable. Changez-le tout de suite dans Réglages, vérifiez quels appareils sont connectés à votre compte et changez-le partout où vous l’avez utilisé.
choice-ring-apple = Appeler l’assistance Apple
caller-apple = Assistance Apple
