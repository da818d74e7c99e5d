title = « Votre box a été piratée »
summary = Votre téléphone sonne en plein après-midi. L'interlocuteur dit appeler de la part de votre fournisseur d'accès à internet.

provider-1 = service Sécurité réseau de votre fournisseur d'accès à internet
provider-2 = centre d'assistance technique de votre opérateur internet
provider-3 = pôle Protection des lignes de votre fournisseur internet
tech-1 = Thomas Bernard
tech-2 = Nicolas Petit
tech-3 = Julien Moreau

ringing-caller-id = Assistance Internet
choice-answer = Répondre
choice-decline = Refuser l'appel
fb-decline = Laisser un appel inattendu basculer sur la messagerie, c'est toujours possible. Un vrai fournisseur peut vous écrire ou laisser un message.

caller-name = « Assistance Internet »
caller-isp = Fournisseur d'accès – Service client
speaker-tech = Interlocuteur
intro-greeting = Bonjour, ici { $tech }, du { $provider }. Mon matricule est le { $staff }. Je suis bien en ligne avec le titulaire de l'abonnement ?
intro-claim = Nous avons détecté que votre box a été piratée. Des criminels à l'étranger utilisent votre adresse IP pour des activités illégales, et elle a été signalée sous le numéro de dossier { $case }.
intro-deadline = Pour protéger notre réseau, votre connexion internet sera coupée aujourd'hui à 17 heures. Je peux l'empêcher, mais seulement si nous réglons le problème ensemble tout de suite, pendant que je vous ai en ligne.
flag-cold-call-label = Un appel inattendu au sujet de votre box
flag-cold-call-why = Les fournisseurs d'accès ne surveillent pas votre ordinateur et ne vous appellent pas à l'improviste pour le réparer. En cas de vrai problème, ils vous préviennent par courrier, par e-mail ou dans votre espace client, et c'est vous qui les appelez.
flag-cut-off-label = « Coupée aujourd'hui à 17 heures »
flag-cut-off-why = Un délai de quelques heures sert à vous presser. Un vrai fournisseur ne coupe pas un abonné à jour de ses paiements le jour même sans prévenir, et ne répare jamais « seulement pendant que je vous ai en ligne ».
choice-go-along = Oh non. Qu'est-ce que je dois faire ?
choice-ask-account = Avant tout, vous pouvez me donner mon numéro client ?
fb-ask-account = Lui demander de prouver son identité était un bon test. Remarquez comment il l'a esquivé.
choice-call-bill = Je vais rappeler moi-même mon fournisseur, au numéro qui est sur ma facture.
fb-call-bill = C'est juste : vous avez mis fin à l'appel quand vous l'avez décidé. L'étape suivante : vérifier auprès de votre fournisseur, à un numéro que vous avez déjà.
choice-hang-up = Raccrocher
fb-hang-up = Raccrocher est toujours permis et toujours sans risque, même si l'interlocuteur a l'air très officiel.
fb-go-along = Dès que vous suivez les instructions d'un inconnu, c'est lui qui mène la conversation.

dodge-privacy = Je suis désolé, pour des raisons de protection des données je n'ai pas le droit de vous lire vos informations client par téléphone. C'est à vous de me les confirmer.
dodge-ip = Mais je peux vous prouver que je suis bien de chez votre fournisseur : l'adresse IP de votre box, c'est 192.168.1.1. Personne d'autre ne peut savoir ça, n'est-ce pas ?
flag-private-ip-label = L'adresse IP « secrète » qu'il vous lit
flag-private-ip-why = 192.168.1.1 est l'adresse par défaut de millions de box et de routeurs. Elle figure dans les notices et partout sur internet : elle ne prouve rien. Votre vrai fournisseur pourrait vous donner votre numéro client.
choice-go-along-dodge = Ah, d'accord. Alors qu'est-ce que je dois faire ?

proof-title = Invite de commandes
proof-body =
    C:\Users\Maison> netstat
    Connexions actives
      Proto  Adresse locale       Adresse distante        État
      TCP    192.168.1.23:50412   52.113.194.132:https    ESTABLISHED
      TCP    192.168.1.23:50418   142.250.185.78:https    ESTABLISHED
      TCP    192.168.1.23:50433   151.101.65.140:https    TIME_WAIT
proof-instructions = Appuyez en même temps sur la touche Windows et sur R, tapez C M D et appuyez sur Entrée. Dans la fenêtre noire, tapez N E T S T A T puis Entrée. Dites-moi ce que vous voyez.
proof-claim = Vous voyez « Adresse distante » et « ESTABLISHED » ? Chacune de ces lignes, c'est un pirate connecté à votre box en ce moment même. C'est très grave.
flag-netstat-label = Les « pirates » dans la fenêtre noire
flag-netstat-why = netstat est une commande Windows ordinaire qui liste les connexions de tous les jours, par exemple vers votre messagerie, le site d'actualités ouvert ou Windows Update. « Adresse distante » désigne simplement l'autre ordinateur. Tous les PC affichent des lignes comme celles-ci.
choice-believe = Alors comment on se débarrasse d'eux ?
fb-believe = La liste était inoffensive ; l'arnaque ne marche que si vous croyez son interprétation.
fb-hang-up-proof = Bien vu : vous avez démasqué la fausse « preuve » avant de lui donner quoi que ce soit.

remote-prompt = { $tool } — Votre partenaire souhaite contrôler cet ordinateur à distance. Autoriser le contrôle à distance ?
remote-download = Je dois me connecter à votre box via votre ordinateur pour supprimer les pirates. Ouvrez votre navigateur, allez sur le site que je vais vous épeler et téléchargez { $tool }. C'est notre logiciel d'assistance officiel.
remote-ask = Maintenant, lisez-moi votre ID et le mot de passe affichés dans la fenêtre, puis cliquez sur Autoriser quand on vous le demande. Ensuite, ne touchez plus à la souris, et surtout ne raccrochez pas, sinon la connexion sera perdue.
flag-remote-label = Un inconnu qui demande un accès à distance
flag-remote-why = Celui qui contrôle votre ordinateur peut voir vos e-mails, vos fichiers et votre banque en ligne. Votre fournisseur n'a pas besoin de prendre la main sur votre ordinateur pour entretenir son réseau.
choice-allow = Autoriser
fb-allow = En lisant l'ID et le mot de passe et en cliquant sur Autoriser, vous avez livré votre ordinateur à un inconnu.
choice-refuse = Refuser
fb-refuse = C'est juste : quelqu'un qui vous appelle à l'improviste n'obtient pas le contrôle de votre ordinateur.

control-body = Le pointeur bouge tout seul. Le Bloc-notes s'ouvre et il tape : CERTIFICAT DE SÉCURITÉ RÉSEAU — EXPIRÉ. PARE-FEU DE LA BOX — INACTIF. ÉTAT : PIRATÉ.
control-claim = C'est bien ce que je craignais : votre certificat de sécurité a expiré le mois dernier. C'est par là que les pirates sont entrés. Sans certificat, nous devons vous couper aujourd'hui.
control-offer = Je peux vous installer tout de suite un nouveau certificat de sécurité valable cinq ans et un pare-feu réseau. Il y a des frais uniques de { $amount }, et ensuite tout est protégé.
flag-certificate-label = Des frais pour un « certificat de sécurité » ou un « pare-feu »
flag-certificate-why = Une box n'a pas besoin d'un « certificat de sécurité » payant, et l'alerte a été tapée dans le Bloc-notes par l'interlocuteur lui-même. Un vrai fournisseur ne vous vendrait jamais une protection au cours d'un appel inattendu.
choice-continue = D'accord. Comment je paie ?
fb-continue = Il a fabriqué le problème lui-même, et maintenant il vous vend la solution.
choice-disconnect = Désactiver le Wi-Fi
fb-disconnect = Couper la connexion met fin à son contrôle. Il faut maintenant nettoyer l'ordinateur et signaler les faits.

payment-body = Paiement sécurisé — Certificat de sécurité réseau (5 ans) et pare-feu de la box : { $amount }. Numéro de carte, date d'expiration, cryptogramme.
payment-ask = Lisez-moi, s'il vous plaît, le grand numéro de votre carte, la date d'expiration et les trois chiffres au dos. Je fais le paiement pendant que nous sommes connectés.
payment-pressure = Faites vite, je vous prie. Si le paiement n'est pas fait avant 17 heures, la coupure est automatique et des frais de remise en service s'ajoutent.
flag-card-label = Lire vos coordonnées bancaires à l'interlocuteur
flag-card-why = Quiconque a le numéro de votre carte, sa date d'expiration et son cryptogramme peut dépenser votre argent. Ne les lisez jamais à quelqu'un qui vous a appelé.
choice-pay = Bon, j'ai ma carte sous la main. Le numéro, c'est…
fb-pay = Les données de votre carte sont parties chez les escrocs ; appelez votre banque tout de suite pour faire opposition.
choice-refuse-pay = Je ne paierai rien avant d'avoir parlé à mon fournisseur.
fb-refuse-pay = C'est juste : vérifier vous-même auprès de votre fournisseur est la bonne étape suivante.

angry-1 = Vous refusez ? Alors je note dans votre dossier que l'abonné a refusé. Votre internet est coupé aujourd'hui, et vous serez tenu pour responsable de tous les délits commis depuis votre adresse IP.
angry-2 = La police va vous contacter. Je suis le seul à pouvoir arrêter ça. C'est vraiment ce que vous voulez ?
flag-threats-label = Des menaces de police et de poursuites
flag-threats-why = Une vraie entreprise ne menace pas ses clients de la police parce qu'ils veulent vérifier. La colère soudaine quand vous refusez montre que l'appel était une arnaque depuis le début.
choice-give-in = Bon, d'accord, d'accord. Je vous lis le numéro de la carte.
fb-give-in = Les menaces sont une technique de pression. Raccrocher restait possible.
fb-hang-up-clean = C'est juste : vous avez mis fin à l'appel et lui avez fermé la porte de votre ordinateur.

declined-body = Vous laissez sonner. Aucun message n'est laissé. Plus tard, vous consultez l'application de votre fournisseur : aucune alerte, et internet fonctionne normalement.
end-declined = Vous n'avez pas donné suite à un appel inattendu. Vous n'avez rien transmis.
hung-up-body = Vous raccrochez. Le téléphone sonne de nouveau quelques minutes plus tard depuis un autre numéro ; vous laissez sonner.
end-hung-up = Vous avez raccroché avant de donner quoi que ce soit. En cas de doute, appelez votre fournisseur au numéro indiqué sur votre facture.
verified-body = Vous appelez vous-même le service client de votre fournisseur. Le conseiller vérifie votre compte : personne chez eux ne vous a appelé, votre ligne fonctionne et ils ne demandent jamais d'accès à distance pour réparer leur réseau.
end-verified = Vous avez vérifié par un numéro de confiance et découvert la vérité : l'appel était une arnaque.
hung-up-proof-body = Vous raccrochez. Vous n'avez tapé qu'une commande inoffensive, rien de plus. La liste à l'écran est la même sur tous les ordinateurs.
end-hung-up-proof = Vous n'avez donné ni accès ni argent. La prochaine fois, vous pouvez raccrocher encore plus tôt : un fournisseur qui vous appelle à l'improviste, c'est le premier signal d'alerte.
refused-body = Vous refusez. L'interlocuteur soupire, annonce que votre internet sera coupé, puis raccroche. Votre connexion continue de fonctionner.
end-refused = Vous avez refusé l'accès à distance. Si vous avez téléchargé le logiciel, désinstallez-le. C'est en suivant ses premières instructions que vous avez pris un risque.
cut-off-body = Vous coupez le Wi-Fi et fermez le logiciel. Il a eu le contrôle de votre ordinateur pendant plusieurs minutes.
end-cut-off = Il a eu accès à votre ordinateur. Maintenant : désinstallez { $tool }, lancez une analyse de sécurité complète, changez vos mots de passe depuis un autre appareil, prévenez votre banque et signalez les faits.
not-paid-body = Vous raccrochez, coupez le Wi-Fi et désinstallez { $tool }. Le téléphone sonne encore deux fois ; vous ne répondez pas.
end-not-paid = Vous avez gardé votre argent, mais un inconnu a eu le contrôle de votre ordinateur. Lancez une analyse complète, changez vos mots de passe depuis un autre appareil, prévenez votre banque et signalez les faits.
paid-body = Un paiement de { $amount } est débité de votre carte. Le lendemain matin, il rappelle : le certificat « a échoué » et il lui faut un deuxième paiement.
end-paid = L'argent est perdu. Appelez tout de suite votre banque au numéro inscrit sur votre carte pour faire opposition et contester le paiement, changez vos mots de passe depuis un autre appareil, faites vérifier l'ordinateur et signalez les faits. Ce n'est pas votre faute : ce sont des criminels professionnels.

lesson-cold-call = Votre fournisseur d'accès ne vous appelle pas à l'improviste pour vous dire que votre box est piratée. Traitez ce genre d'appel comme une arnaque.
lesson-call-bill = Raccrochez et appelez votre fournisseur au numéro de votre facture ou de son site officiel, jamais à un numéro donné par l'interlocuteur.
lesson-remote = Ne donnez jamais d'accès à distance et n'exécutez jamais de commande pour quelqu'un qui vous a appelé.
lesson-no-fee = Aucun vrai fournisseur ne fait payer par téléphone un « certificat de sécurité » ou un « pare-feu », et aucun ne vous menace de la police.
after-call-page = Votre bureau, tel que vous l'avez laissé. Sur le téléphone, à côté du clavier, appels récents : { $phone }, il y a quelques minutes.
choice-ring-isp = Appeler votre fournisseur d'accès
fb-ring-isp = Exactement : vous avez appelé votre fournisseur à un numéro que vous aviez déjà et qui est fiable, pas à celui que l'interlocuteur vous a donné.
