title = Le renouvellement que vous n'avez jamais demandé
summary = Un e-mail annonce que votre abonnement antivirus vient d'être renouvelé et qu'une grosse somme a été prélevée.

email-from = { $brand } Billing Center <renewal.billing.desk{ $mailno }@gmail.com>
email-subject = Votre abonnement a été renouvelé — Facture n° { $invoice }
email-body = Cher client, merci d'avoir renouvelé { $brand } pour 3 ans. La somme de { $charge } a été débitée de votre compte aujourd'hui et apparaîtra sur votre relevé sous 24 heures. Vous n'avez pas autorisé ce renouvellement ? Appelez notre service Résiliations et Remboursements sous 24 heures : { $phone }.
flag-sender-label = L'adresse de l'expéditeur
flag-sender-why = Une vraie entreprise envoie ses factures depuis son propre nom de domaine, pas depuis une messagerie gratuite. Le nom affiché devant l'adresse se falsifie très facilement.
flag-number-label = « Appelez ce numéro pour annuler »
flag-number-why = Tout l'e-mail est conçu pour vous faire appeler. Un abonnement se vérifie ou se résilie depuis votre compte sur le site ou l'application officiels, jamais avec un numéro reçu dans un e-mail inattendu.
flag-charge-label = Un prélèvement pour un achat dont vous ne vous souvenez pas
flag-charge-why = Ces e-mails partent vers des millions de personnes, dans l'espoir que la surprise et l'inquiétude vous fassent agir sans réfléchir. Regardez vous-même votre relevé bancaire : le prélèvement n'y est pas.
choice-call = Appeler le { $phone }
fb-call = En appelant ce numéro, vous êtes tombé directement sur les escrocs. L'e-mail était faux, et le « service remboursements » aussi.
choice-check = Fermer
fb-check = Exactement : vous avez vérifié par un canal que vous avez ouvert vous-même, pas par l'e-mail.
choice-delete = Supprimer
fb-delete = Bien : une facture inattendue avec un numéro de téléphone, mieux vaut l'ignorer. Vous pouvez toujours consulter votre relevé plus tard.

agent-1 = Laurent Girard
agent-2 = Sébastien Roux
agent-3 = Olivier Fontaine
caller-desk = Service Remboursements
speaker-agent = Agent remboursements
desk-greeting = Merci d'avoir appelé le service Résiliations et Remboursements, { $agent } à votre écoute. Pouvez-vous me donner le numéro de facture indiqué dans votre e-mail, s'il vous plaît ?
desk-confirm = Oui, je le vois bien : { $brand }, trois ans, { $charge }. Aucun problème, je résilie et je vous rembourse l'intégralité dès aujourd'hui.
desk-remote = Pour votre sécurité, le remboursement passe par notre serveur de remboursement sécurisé, je dois donc me connecter à votre ordinateur quelques minutes seulement. Vous êtes devant votre ordinateur, là ?
flag-refund-remote-label = Un remboursement qui « nécessite » un accès à distance
flag-refund-remote-why = Aucune entreprise n'a besoin de prendre le contrôle de votre ordinateur pour vous rembourser. Un vrai remboursement revient sur votre carte ou votre compte depuis chez eux, sans que vous ayez rien à faire.
choice-follow = Oui, je suis devant mon ordinateur.
fb-follow = Suivre les instructions de « l'agent », c'est l'étape qui mène à l'accès à distance.
choice-hang-up-check = Attendez, je préfère d'abord regarder mon compte en banque. Je vous rappelle.
fb-hang-up-check = C'est juste : vous avez mis fin à l'appel pour vérifier par vous-même.
choice-hang-up = Raccrocher
fb-hang-up = Raccrocher est toujours permis, et ici cela a mis fin à l'arnaque.

remote-prompt = { $tool } — Votre adresse : { $code }. Un utilisateur distant demande le contrôle total de cet appareil. Accepter ?
remote-download = Ouvrez votre navigateur, s'il vous plaît, tapez le site que je vais vous épeler et téléchargez { $tool }. C'est notre logiciel de remboursement officiel.
remote-ask = Maintenant, lisez-moi les neuf chiffres dans la fenêtre et cliquez sur Accepter, pour que je puisse vous ouvrir le formulaire de remboursement.
flag-remote-label = Un inconnu qui demande un accès à distance
flag-remote-why = Celui qui contrôle votre ordinateur voit tout ce qu'il contient, y compris votre banque en ligne dès que vous vous connectez. Ne donnez accès qu'à une personne que vous connaissez, ou au support de votre organisation quand c'est vous qui l'avez contacté et vérifié.
choice-allow = Accepter
fb-allow = En lisant le code et en cliquant sur Accepter, vous avez donné à un inconnu le contrôle de votre ordinateur.
choice-refuse = Je préfère ne rien installer. Vous ne pouvez pas simplement rembourser ma carte ?
fb-refuse = C'est juste : aucun remboursement ne nécessite d'accès à distance.

form-body = Le pointeur bouge tout seul. Une page intitulée « Secure Refund Portal » s'ouvre, avec une seule case : Saisissez le montant du remboursement.
form-amount = Tapez dans la case le montant de votre remboursement, s'il vous plaît : { $charge }. Très bien.
form-login = Maintenant, connectez-vous à votre banque en ligne, pour que le système vous verse le remboursement directement sur votre compte. Ne vous inquiétez pas, je ne vois pas votre mot de passe : j'éteins mon écran pour respecter votre confidentialité.
flag-bank-login-label = Vous connecter à votre banque pendant qu'un inconnu contrôle votre ordinateur
flag-bank-login-why = Dès que vous êtes connecté, la personne aux commandes voit vos comptes et peut faire des virements entre eux. Aucune entreprise n'a besoin que vous vous connectiez à votre banque pour vous rembourser.
choice-log-in = D'accord, je me connecte à ma banque.
fb-log-in = En vous connectant pendant qu'il contrôlait votre ordinateur, vous lui avez ouvert vos comptes.
choice-stop = Désactiver le Wi-Fi
fb-stop = C'est juste : vous l'avez coupé avant qu'il ne voie votre banque en ligne.

over-body = Votre écran devient noir pendant deux minutes. Quand il revient, votre compte courant affiche une nouvelle ligne : « +{ $extra } — Virement depuis livret d'épargne — REMBOURSEMENT ».
over-panic = Oh non. Non, non, non. J'ai fait une terrible erreur. Je me suis trompé de montant : vous avez reçu { $extra } au lieu de { $charge } !
over-plea = S'il vous plaît, je vous en supplie, mon responsable va me licencier aujourd'hui. Cet argent sera retenu sur mon salaire. Vous êtes quelqu'un d'honnête, vous allez m'aider, n'est-ce pas ?
flag-black-label = Votre écran est devenu noir « pour votre confidentialité »
flag-black-why = L'écran noir cache ce que fait vraiment l'escroc : il déplace votre propre argent d'un de vos comptes à l'autre.
flag-own-money-label = Le « remboursement » est un virement depuis votre propre épargne
flag-own-money-why = Rien n'est venu de l'entreprise. Il a viré de l'argent de votre livret d'épargne (ou d'un crédit renouvelable) vers votre compte courant pour faire croire à un remboursement en trop.
choice-help = D'accord, calmez-vous. Comment je vous le rends ?
fb-help = L'« erreur » était une mise en scène. Il n'y a aucune différence à rendre, puisqu'aucun remboursement n'a jamais été versé.
choice-look = Livret d'épargne
fb-look = Bon réflexe : regarder vos propres comptes montre d'où vient réellement l'argent.
fb-hang-up-bank = Raccrocher a mis fin à la pression, mais son programme restait connecté à votre ordinateur.

savings-body = Livret d'épargne — dernières opérations : « −{ $extra } — Virement vers compte courant », il y a quelques minutes.
savings-dismiss = Non, non, ne regardez pas ça, cette page n'est qu'un affichage du système. Le remboursement est réel, c'est l'argent de la société. S'il vous plaît, j'ai des enfants, je vais perdre mon travail aujourd'hui.
flag-dont-look-label = Il vous dit de ne pas regarder vos propres comptes
flag-dont-look-why = Une vraie entreprise n'a rien contre le fait que vous consultiez votre propre relevé. Un interlocuteur qui veut que vous arrêtiez de regarder a quelque chose à cacher.

gift-body = Renvoyer la différence de { $extra } : achetez des cartes cadeaux { $card } en magasin, grattez le dos et lisez les codes à votre agent remboursements.
gift-why = Un virement retour prend dix jours ouvrés, et d'ici là je serai licencié. Les cartes cadeaux, c'est immédiat, c'est la seule solution. Prenez votre téléphone avec vous et ne raccrochez pas.
gift-cashier = Si on vous pose la question en caisse, dites que ce sont des cadeaux pour vos petits-enfants. Ils n'ont pas le droit d'être au courant des remboursements, c'est la politique de la société.
flag-gift-label = Rembourser en cartes cadeaux
flag-gift-why = Aucune vraie entreprise ne récupère de l'argent en cartes cadeaux. Une fois les codes lus, l'argent disparaît et ne peut pas être retrouvé.
flag-cover-label = Qu'on vous dicte un mensonge pour la caisse
flag-cover-why = Le personnel des magasins est formé pour repérer les arnaques aux cartes cadeaux. Si quelqu'un vous dicte quoi leur répondre, c'est le signe certain qu'on se sert de vous.
choice-buy = Acheter les cartes
fb-buy = Les codes sont partis directement chez les escrocs, et le « remboursement » était votre propre argent depuis le début.
choice-refuse-pay = Je ne peux pas plutôt vous le rendre par virement ?
fb-refuse-pay = C'est juste : un remboursement ne se rend jamais en cartes cadeaux.

threat-1 = Vous volez notre société ! Garder de l'argent qui n'est pas à vous, c'est un délit, et je porte plainte contre vous dès aujourd'hui.
threat-2 = N'oubliez pas que je suis toujours connecté à votre ordinateur et à votre banque. Si vous ne payez pas, je reprends tout moi-même et je bloque votre ordinateur.
flag-threats-label = Des menaces de police et de blocage de votre ordinateur
flag-threats-why = Il est passé des supplications aux menaces dès que vous avez dit non. Ce revirement est typique des arnaques au remboursement. Coupez la connexion et appelez votre banque.
choice-give-in = Bon, d'accord. Je vais acheter les cartes.
fb-give-in = Les menaces sont une technique de pression. Vous pouviez encore raccrocher et appeler votre banque.
choice-no-cards = Le magasin ne veut pas me vendre autant de cartes. Il n'y a pas un autre moyen ?
fb-no-cards = En cherchant un autre moyen de payer, vous êtes resté entre ses mains, et il en avait un tout prêt : des espèces par la poste.

## Des espèces par la poste, quand les cartes cadeaux ne marchent pas.
post-body = Le guichet du bureau de poste. Sur la balance, une enveloppe matelassée contenant un magazine, avec { $extra } en billets glissés entre les pages. Le bordereau d'envoi express est rempli avec l'adresse qu'il vous a dictée.
post-hide = Enveloppez les billets dans du papier aluminium et répartissez-les entre les pages, pour qu'on ne puisse pas les voir à travers l'enveloppe. Envoyez-le en express, il arrivera demain matin.
post-clerk = Si au guichet on vous demande ce qu'il y a dedans, dites que ce sont des documents. Ne dites pas que c'est de l'argent, sinon ils bloqueront le colis pendant des semaines et vous aurez des frais à payer.
flag-post-label = Des espèces cachées dans un magazine, envoyées par la poste
flag-post-why = Aucune vraie entreprise, aucune banque ne vous demande jamais d'envoyer des espèces par la poste, encore moins cachées entre les pages d'un magazine. Une fois parties, des espèces envoyées par la poste sont très difficiles à retrouver ou à arrêter.
flag-post-cover-label = Qu'on vous dicte un mensonge pour le guichet de la poste
flag-post-cover-why = Le personnel des bureaux de poste est formé pour repérer les colis d'espèces envoyés à des escrocs. Si quelqu'un vous dicte quoi leur répondre, c'est le signe certain qu'on se sert de vous.
choice-send = Envoyer en express
fb-send = Le colis est parti vers une adresse que la bande n'utilise qu'une journée. Des espèces envoyées par la poste sont très difficiles à retrouver et presque jamais récupérées.
fb-hang-up-post = C'est juste : vous avez quitté le guichet avec votre argent. Chez vous, son programme restait connecté à votre ordinateur.

ignored-body = L'e-mail reste sans réponse. Plus tard, vous jetez un œil à votre relevé : aucun prélèvement pour un antivirus.
end-ignored = Vous avez ignoré un faux e-mail de renouvellement. Rien n'a jamais été prélevé.
checked-body = Votre espace bancaire n'affiche aucun prélèvement. Vous vous connectez aussi à votre compte antivirus en tapant vous-même l'adresse officielle : ni renouvellement ni facture.
end-checked = Vous avez vérifié par des canaux ouverts par vous-même et découvert la vérité : l'e-mail était une arnaque.
checked-after-call-body = Votre espace bancaire n'affiche aucun prélèvement. Le « service remboursements » rappelle deux fois ; vous ne répondez pas.
end-checked-after-call = Vous vous êtes arrêté à temps. Appeler le numéro de l'e-mail était l'étape risquée : la prochaine fois, regardez d'abord votre relevé.
hung-up-body = Vous raccrochez. Plus tard, votre relevé ne montre aucun prélèvement pour un antivirus.
end-hung-up = Vous avez raccroché avant de donner quoi que ce soit. N'appelez jamais un numéro figurant sur une facture inattendue : consultez votre relevé ou le site officiel.
refused-body = Vous refusez. L'agent annonce que le remboursement est « annulé », puis raccroche. Aucun remboursement ne vous était dû.
end-refused = Vous avez refusé l'accès à distance. Si vous avez téléchargé le logiciel, désinstallez-le. Appeler le numéro de l'e-mail était l'étape risquée.
cut-off-body = Vous coupez le Wi-Fi et raccrochez. Il a eu le contrôle de votre ordinateur pendant plusieurs minutes, mais n'a jamais vu votre banque en ligne.
end-cut-off = Il a eu accès à votre ordinateur. Maintenant : désinstallez { $tool }, lancez une analyse de sécurité complète, changez vos mots de passe depuis un autre appareil et signalez les faits.
bank-called-body = Vous appelez le numéro au dos de votre carte. La banque vous fait couper le Wi-Fi, voit le virement depuis votre livret, l'annule, bloque l'accès en ligne et vous attribue de nouveaux identifiants.
end-bank-called = Vous avez gardé votre argent, mais un inconnu a contrôlé votre ordinateur pendant que vous étiez connecté à votre banque. Désinstallez { $tool }, faites vérifier l'ordinateur, changez vos mots de passe depuis un autre appareil et signalez les faits.
paid-body = Vous lisez les codes. Quelques minutes plus tard, le solde des cartes est déjà dépensé. Le soir, vous le découvrez : il manque { $extra } sur votre livret, et le « remboursement » n'était que votre propre argent passé d'un compte à l'autre.
end-paid = L'argent est perdu. Appelez tout de suite votre banque au numéro inscrit sur votre carte, prévenez l'émetteur des cartes cadeaux, changez vos mots de passe depuis un autre appareil, faites vérifier l'ordinateur et signalez les faits. Ce n'est pas votre faute : ce sont des bandes organisées.
posted-body = Vous postez le colis. Il reste aimable jusqu'à sa livraison, puis ne répond plus. Le soir, vous le découvrez : il manque { $extra } sur votre livret, et le « remboursement » n'était que votre propre argent passé d'un compte à l'autre.
posted-edited-body = Vous postez le colis. Il reste aimable jusqu'à sa livraison, puis ne répond plus. Le soir, l'application de votre banque dit la vérité : aucun remboursement n'est jamais arrivé. La page avait été modifiée sur votre écran, et les espèces étaient votre propre argent.
end-posted = L'argent est perdu. Prévenez tout de suite La Poste ou le transporteur avec le numéro de suivi (un colis peut parfois encore être arrêté), appelez votre banque au numéro inscrit sur votre carte, faites vérifier l'ordinateur, changez vos mots de passe depuis un autre appareil et signalez les faits. Ce n'est pas votre faute : ce sont des bandes organisées.

lesson-check-yourself = Vérifiez vous-même une facture inattendue : consultez votre relevé bancaire, ou connectez-vous au site ou à l'application officiels de l'entreprise.
lesson-no-number = N'appelez jamais le numéro figurant dans un e-mail de renouvellement, une facture inattendue ou une fenêtre surgissante.
lesson-no-bank-login = Ne vous connectez jamais à votre banque en ligne pendant que quelqu'un d'autre est connecté à votre ordinateur ou au téléphone avec vous.
lesson-over-refund = Un « remboursement en trop par erreur » suivi d'une demande de cartes cadeaux, c'est toujours une arnaque : l'argent venait de vos propres comptes.

## L'astuce du remboursement : la page de la banque modifiée dans les outils de développement.
choice-type-amount = Valider
fb-type-amount = Son « portail de remboursement » et une page de banque qu'il peut modifier : ce que vous avez tapé n'est pas ce qu'on va vous montrer.
edited-body = Votre écran devient noir pendant une minute. Quand il revient, votre banque en ligne affiche : « Remboursement reçu : +{ $extra } ». Sur le côté de la page, un panneau étroit rempli de code est ouvert.
edited-note = Outils de développement (F12) · Éléments
flag-edited-label = Une page de banque modifiée dans les outils de développement
flag-edited-why = Quiconque contrôle votre ordinateur peut changer ce qu'affiche une page web avec les outils de développement du navigateur (F12 ou « Inspecter ») ; les vrais comptes de la banque ne changent pas. Vérifiez vous-même votre solde, dans l'application de votre banque ou par téléphone.
fb-check-app = C'est juste : une page sur votre ordinateur peut être modifiée ; seule votre banque elle-même dit la vérité.
app-checked-body = Vous appelez le numéro au dos de votre carte. La banque vous fait couper le Wi-Fi et vérifie : aucun remboursement de { $extra } n'est jamais arrivé, et la page sur votre ordinateur avait été modifiée. La banque sécurise vos comptes.
paid-edited-body = Vous lisez les codes. Quelques minutes plus tard, le solde des cartes est déjà dépensé. Le soir, l'application de votre banque dit la vérité : aucun remboursement n'est jamais arrivé. La page avait été modifiée sur votre écran, et les cartes cadeaux ont été payées avec votre propre argent.

desk-page = Nouvel onglet. Effectuez une recherche ou saisissez une adresse.
choice-open-bank = Ma banque – Espace client
choice-ring-bank = Appeler la banque
fb-ring-bank = C'est juste : votre banque peut sécuriser vos comptes et annuler ce qui a été fait.
caller-bank = Votre banque
bank-desk-page = Votre espace bancaire est toujours ouvert dans le navigateur. Dans un coin de l'écran, la fenêtre de { $tool } : Session active.
bank-left-body = Vous raccrochez et laissez l'ordinateur tel quel : { $tool } toujours connecté, votre espace bancaire toujours ouvert. Le soir, le service fraude de votre banque vous appelle : quelqu'un a tenté d'envoyer de l'argent de vos comptes vers un compte à l'étranger, et ils l'ont bloqué.
end-bank-left = Un inconnu a gardé le contrôle de votre ordinateur pendant que votre banque était ouverte. Après avoir raccroché, coupez le Wi-Fi et appelez tout de suite votre banque au numéro inscrit sur votre carte. Désinstallez { $tool }, faites vérifier l'ordinateur, changez vos mots de passe depuis un autre appareil et signalez-le.
