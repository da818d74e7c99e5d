title = Le support informatique qui vient à vous
summary = Lundi matin au bureau : votre boîte de réception se remplit soudain de centaines d’e-mails, et « l’informatique » s’empresse de vous proposer son aide.
agent-1 = Julien Moreau
agent-2 = Nicolas Petit
agent-3 = Thomas Bernard

flood-from = La Lettre Maison & Jardin
flood-subject = Merci de confirmer votre inscription
flood-body = 9 h 12. Votre messagerie professionnelle a reçu { $count } e-mails en 40 minutes : confirmations d’inscription à des newsletters, nouveaux comptes sur des sites marchands, inscriptions à des forums, certains dans des langues que vous ne parlez pas. Il en arrive d’autres toutes les quelques secondes, et vos vrais messages sont noyés dans la masse.
flag-flood-label = Des centaines d’inscriptions que vous n’avez pas faites
flag-flood-why = Quelqu’un a inscrit votre adresse exprès sur des centaines de listes (« bombardement d’e-mails »). Les messages eux-mêmes sont inoffensifs ; l’avalanche sert à préparer le terrain pour qu’un faux support propose de la régler.
choice-unsubscribe = Se désabonner
choice-report-flood = Signaler
choice-carry-on = Fermer

chat-from = IT Helpdesk (Externe) · { $tenant }
chat-body = Bonjour, ici { $agent }, du support informatique. Nous constatons ce matin une attaque de spam sur plusieurs boîtes mail, dont la vôtre. Je peux corriger votre filtre antispam en 5 minutes. Je vous appelle tout de suite sur Teams, restez à votre poste s’il vous plaît.
flag-external-label = La mention « Externe » et le domaine inconnu à côté du nom
flag-external-why = Le compte appartient à une autre organisation. N’importe qui peut créer un compte d’entreprise Microsoft 365 et l’appeler « IT Helpdesk ». Votre service informatique écrit depuis les comptes de l’entreprise, jamais depuis un domaine externe.
flag-knew-label = Ils étaient au courant de votre problème avant que vous n’en parliez
flag-knew-why = Ceux qui ont déclenché l’avalanche sont les premiers à le savoir. Une aide qui arrive sans qu’on la demande, juste après un problème soudain, est un piège classique.
choice-reply-yes = Oui, appelez-moi.
choice-ignore-chat = Fermer

ring-caller-id = IT Helpdesk (Externe) · appel Teams
choice-answer = Répondre
choice-decline-report = Refuser

call-caller = IT Helpdesk · { $agent } (Externe)
speaker-agent = { $agent }
call-hello = Bonjour, merci de décrocher. { $agent }, du support informatique. J’ai ouvert le ticket { $ticket } pour votre messagerie. Ce spam touche une douzaine de personnes ce matin.
call-urgency = Le problème, c’est que certains de ces messages contiennent des logiciels malveillants. Si votre boîte continue de se remplir, elle va être bloquée, et ça peut se propager à tout le service. Je dois corriger votre filtre antispam tout de suite.
call-quick-assist = C’est simple : appuyez en même temps sur Ctrl, la touche Windows et Q. Ça ouvre Assistance rapide (Quick Assist), l’outil de Microsoft, il est déjà installé sur votre PC. Je vais vous dicter un code de sécurité.
call-stay = Restez en ligne avec moi, ça ne prend que cinq minutes.
flag-says-it-label = Le nom indique « IT Helpdesk » et il cite un numéro de ticket
flag-says-it-why = Un nom d’affichage et un numéro de ticket ne coûtent rien à inventer. « C’est marqué informatique » n’est pas une vérification : contrôlez le ticket sur votre propre portail ou appelez le support au numéro que vous connaissez déjà.
flag-urgency-label = L’urgence : « tout de suite, avant que ça se propage »
flag-urgency-why = L’avalanche a été créée pour vous stresser, et la pression au téléphone sert à vous empêcher de vérifier. Le vrai service informatique peut attendre cinq minutes que vous le rappeliez.
choice-open-qa = D’accord, une seconde, je l’ouvre.
choice-call-back = Je préfère rappeler le support au numéro habituel, d’accord ?
choice-hang-up = Raccrocher

qa-prompt = { $tool } · Obtenir de l’aide. Code de l’assistant : { $code }. Après l’envoi, la personne qui vous aide verra votre écran et pourra demander le contrôle total.
qa-ask = C’est ouvert ? Tapez ce code : { $code }. Cliquez sur Envoyer et, quand on vous le demande, choisissez Autoriser. J’ai besoin du contrôle total pour modifier les réglages du filtre.
qa-warning = Vous allez voir un message qui dit de ne partager qu’avec des personnes de confiance. C’est standard, validez simplement, je suis de l’informatique.
flag-qa-label = Un code et « Autoriser le contrôle total » pour quelqu’un qui vous a contacté
flag-qa-why = Assistance rapide est un véritable outil Microsoft, et c’est justement pour cela que les attaquants l’utilisent. Celui qui obtient le contrôle total peut installer n’importe quoi sur votre ordinateur et atteindre le réseau de l’entreprise. Ne l’utilisez que si c’est vous qui avez demandé de l’aide à votre service informatique et que vous avez vérifié à qui vous parlez.
flag-click-through-label = « Validez simplement l’avertissement »
flag-click-through-why = Assistance rapide affiche cet avertissement à cause de ce type d’attaque précisément. Quelqu’un qui vous demande d’ignorer un avertissement de sécurité agit contre vous.
choice-refuse = Avant de taper quoi que ce soit, je préfère vérifier auprès de notre support.

control-body = Le pointeur bouge tout seul. Une fenêtre de commande s’ouvre et se referme aussitôt. Le navigateur télécharge un fichier nommé spamfilter_update.zip, et un programme que vous ne connaissez pas commence à s’installer.
control-claim = C’est votre nouveau filtre antispam qui s’installe. Ne touchez pas à la souris et ne verrouillez pas l’écran.
control-password = Une dernière chose : tapez votre mot de passe dans cette fenêtre pour que le filtre s’applique à votre compte.
flag-update-label = Une « mise à jour du filtre antispam » téléchargée par celui qui vous aide
flag-update-why = Le filtrage du spam se fait sur les serveurs de messagerie de l’entreprise ; personne n’a besoin d’installer de fichiers sur votre PC pour cela. Ce téléchargement est l’outil de l’attaquant, et il lui permet de rester dans la machine même après la fermeture d’Assistance rapide.
choice-let-finish = D’accord, je le tape.
choice-pull-plug = Désactiver le Wi-Fi

after-hang-up-body = Re-bonjour, je n’ai pas réussi à vous joindre. C’est urgent : votre boîte va être bloquée si on ne règle pas ça maintenant. Je vous rappelle dans une minute.
flag-again-label = Ils réessaient aussitôt
flag-again-why = Un vrai support accepte que vous le rappeliez. Les attaquants insistent parce que chaque minute passée à vérifier ruine leur plan.
choice-leave-it = Ignorer et se remettre au travail

verified-body = Le support informatique répond : personne de l’informatique ne vous a contacté. L’équipe sécurité bloque le compte externe et prévient tout le monde de l’avalanche d’e-mails.
end-verified = Vous avez vérifié par un canal que vous connaissiez déjà, et votre signalement a aidé à protéger vos collègues.
declined-body = Vous appelez le support informatique et signalez la conversation et l’appel. L’équipe sécurité confirme que ce n’était pas l’informatique et bloque le domaine externe.
end-declined = Vous n’avez laissé aucun inconnu vous convaincre de quoi que ce soit, et votre signalement a alerté l’entreprise à temps.
callback-body = Vous appelez le support au numéro indiqué sur l’intranet. Il n’existe aucun ticket { $ticket } et personne ne vous a appelé. L’équipe sécurité vous remercie et commence à prévenir les autres salariés.
end-callback = Vous avez raccroché et vérifié grâce à un numéro que vous connaissiez déjà. C’est exactement ainsi qu’on vérifie « l’informatique ».
reported-body = L’équipe sécurité vous remercie : trois collègues ont reçu le même message ce matin. Le compte externe est bloqué.
end-reported = Vous avez raccroché et signalé l’incident. Votre signalement a aidé à stopper l’attaque contre le reste de l’entreprise.
left-it-body = Au bout d’un moment, les messages s’arrêtent. Dans l’après-midi, vous apprenez qu’un collègue d’un autre service a laissé entrer « l’informatique ».
end-left-it = Vous n’avez rien cédé, mais signalez toujours : les attaquants passent simplement à vos collègues.
refused-body = Vous appelez le support informatique au numéro de l’intranet. Il n’existe aucun ticket { $ticket }, et personne de l’informatique ne vous a appelé. L’équipe sécurité bloque le compte externe.
end-refused = Vous ne lui avez pas donné le contrôle. Bravo. La prochaine fois, vérifiez auprès du vrai support avant même d’ouvrir Assistance rapide.
cut-off-body = Wi-Fi coupé, vous appelez le support informatique au numéro de l’intranet. L’équipe sécurité isole votre ordinateur portable et trouve un logiciel de prise en main à distance installé pendant les quelques minutes dont il a disposé.
end-cut-off = L’attaquant est entré, mais vous l’avez coupé vite et avez signalé l’incident aussitôt, ce qui donne à l’équipe sécurité les meilleures chances d’arrêter la propagation. La prochaine fois, vérifiez avant d’ouvrir Assistance rapide.
ransomware-body = Deux jours plus tard, les fichiers des lecteurs partagés portent des extensions étranges et une demande de rançon s’affiche sur tous les écrans. L’enquête remonte jusqu’à votre session d’Assistance rapide.
end-ransomware = Les attaquants se sont servis de votre session pour installer leurs outils, voler des mots de passe et propager un rançongiciel sur le réseau. Si cela arrive : déconnectez le poste, appelez immédiatement l’équipe sécurité et racontez tout. La rapidité limite les dégâts, et reconnaître vite l’erreur est ce qui aide le plus.

fb-unsubscribe = Cliquer sur des liens dans des centaines d’e-mails inconnus n’arrêtera pas une avalanche volontaire et peut vous mener vers des sites malveillants. Signalez-la et laissez l’informatique filtrer.
fb-report-flood = Bien : le vrai service informatique est au courant. Toute autre personne qui vous contacte à ce sujet doit quand même être vérifiée.
fb-reply-yes = En répondant, vous leur avez ouvert la porte. Rien dans la conversation ne prouvait qui ils étaient.
fb-check-portal = Exactement : vous avez vérifié par un canal que vous connaissiez déjà, et le vrai service informatique a pu bloquer le compte.
fb-ignore-chat = Ne pas répondre vaut mieux que dire oui, mais signalez-le aussi : vos collègues reçoivent sans doute le même message.
fb-decline-report = Exact : inutile de répondre à un compte externe qui appelle au nom de « l’informatique ».
fb-open-qa = Ouvrir un outil d’assistance à distance pour quelqu’un qui vous a contacté sans raison est l’étape dont dépend toute l’attaque.
fb-call-back = Exact : vous avez mis fin à l’appel pour vérifier par un numéro que vous connaissiez déjà.
fb-hang-up = On a toujours le droit de raccrocher, même à « l’informatique ».
fb-enter-allow = En tapant son code, vous avez relié votre ordinateur à sa session ; il ne lui manquait plus qu’un clic pour en prendre le contrôle total.
fb-refuse = Exact : ni code ni contrôle pour quelqu’un qui vous a contacté en premier.
fb-let-finish = Chaque minute d’accès, et votre mot de passe, leur ont ouvert une plus grande partie du réseau.
fb-pull-plug = Couper la connexion aussitôt, c’est la meilleure façon de limiter les dégâts.
fb-report-now = Exact : signalez même si vous ne vous êtes pas fait avoir. La même bande tente sans doute sa chance auprès de vos collègues.
fb-leave-it = Vous n’avez rien cédé, mais sans signalement, les attaquants passent simplement à la personne suivante.

lesson-flood = Une avalanche soudaine d’e-mails d’inscription peut préparer un faux appel de « l’informatique ». Signalez-la par le canal que vous connaissez déjà.
lesson-external = La mention « Externe » ou un domaine inconnu signifie que ce n’est pas votre service informatique, quel que soit le nom affiché.
lesson-callback = « C’est marqué informatique » n’est pas une vérification. Raccrochez et contactez le support via l’intranet ou au numéro que vous connaissez déjà.
lesson-quick-assist = Ne tapez jamais un code Assistance rapide et n’autorisez jamais le contrôle à quelqu’un qui vous a contacté en premier. Si c’est déjà fait : déconnectez le poste et appelez immédiatement l’équipe sécurité.

choice-ring-helpdesk = Appeler le support informatique
caller-helpdesk = Support informatique
desk-page = Outlook et Teams sont ouverts. Dans le navigateur : l’intranet de l’entreprise.
qa-typed-code = { $code }
qa-allow-prompt = { $agent } souhaite prendre le contrôle total de votre appareil. N’autorisez cet accès que si vous faites confiance à cette personne. Des escrocs peuvent se faire passer pour Microsoft ou pour votre service informatique.
choice-allow = Autoriser
choice-decline = Refuser
qa-snap = Très bien. Mais quand votre boîte sera bloquée, ce sera de votre faute.
offline-page = Aucune connexion Internet. Teams : « Votre appel est terminé. » Assistance rapide : « La session est terminée. »
fb-allow = En autorisant le contrôle total, vous avez donné à un attaquant votre ordinateur et une porte d’entrée sur le réseau de l’entreprise.
fb-decline = Exact : refuser le contrôle l’a tenu dehors, même après que le code avait été tapé.
fb-ring-helpdesk = Exact : vous avez joint le support par un numéro que vous connaissiez déjà.
fb-report-cut = Exact : l’équipe sécurité doit être prévenue aussitôt pour trouver ce qu’il a installé avant que cela se propage.
unreported-body = Vous laissez l’ordinateur hors ligne et passez à autre chose. Le lendemain matin, vous vous reconnectez : le logiciel installé pendant la session contacte les attaquants, et à midi l’équipe sécurité les traque dans tout le réseau.
end-unreported = Couper le Wi-Fi était la bonne réaction, mais l’équipe sécurité devait être prévenue aussitôt : ce qu’il a installé reste en place après la fin de la session. Si cela arrive : déconnectez-vous, appelez la sécurité tout de suite et racontez-lui tout.
