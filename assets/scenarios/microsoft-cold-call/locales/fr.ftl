title = « Microsoft » au bout du fil
summary = Le téléphone fixe sonne chez vous : un numéro inconnu. Au bout du fil, quelqu’un qui dit appeler du support Microsoft.
tech-1 = Kévin Dubois
tech-2 = Anthony Laurent
tech-3 = Sébastien Girard
speaker-tech = { $tech }

caller-id = Support Microsoft
flag-caller-id-label = { $caller-id ->
    [name] « Support Microsoft » sur l’écran du téléphone
   *[number] Un appel inattendu d’un numéro inconnu
}
flag-caller-id-why = { $caller-id ->
    [name] Le nom et le numéro affichés à l’écran se falsifient en quelques secondes. Microsoft n’appelle jamais spontanément les gens au sujet de leur ordinateur.
   *[number] Le numéro affiché à l’écran se falsifie en quelques secondes, et l’appelant peut se présenter comme il veut. Microsoft n’appelle jamais spontanément les gens au sujet de leur ordinateur.
}
choice-answer = Répondre
choice-decline = Refuser
declined-body = Vous laissez sonner jusqu’au bout. Aucun message n’est laissé. Deux jours plus tard, le téléphone sonne de nouveau, depuis un autre numéro inconnu ; vous ne répondez pas.
end-declined = Vous n’avez jamais parlé aux escrocs. Microsoft ne passe pas d’appels non sollicités : vous n’avez rien manqué.

caller-name = « Support Microsoft »
call-greeting = Bonjour, ici { $tech }, du service technique de Microsoft Windows. Mon identifiant employé est MS-{ $badge }. Suis-je bien en ligne avec l’utilisateur principal de l’ordinateur ?
call-claim = Depuis plusieurs jours, nos serveurs reçoivent des rapports d’erreur provenant de votre ordinateur. Il est infecté, et des pirates l’utilisent peut-être en ce moment même. J’ai ouvert pour vous le dossier numéro { $case }.
call-press = C’est très urgent. Allez à votre ordinateur et allumez-le, s’il vous plaît. Je reste en ligne et je vais vous montrer le problème moi-même.
flag-unsolicited-label = Un appel imprévu au sujet de votre ordinateur
flag-unsolicited-why = Microsoft n’appelle jamais de sa propre initiative pour réparer votre ordinateur. Votre PC n’envoie aucun rapport qui pousserait quelqu’un à vous téléphoner.
flag-badge-label = L’identifiant employé et le numéro de dossier
flag-badge-why = Des identifiants et des numéros de dossier inventés donnent à l’appel un air officiel. Ils ne coûtent rien à l’escroc et ne prouvent rien.
choice-follow = Oh non. D’accord, je l’allume tout de suite.
choice-call-back = Je vais appeler Microsoft moi-même, merci.
choice-hang-up = Raccrocher

ev-title = Observateur d’événements — Affichages personnalisés › Événements d’administration
ev-body = 2 417 événements. Erreur · Application Error · ID de l’événement 1000. Avertissement · DistributedCOM · ID de l’événement 10016. Erreur · Service Control Manager · ID de l’événement 7000. Avertissement · Kernel-PnP · ID de l’événement 219…
ev-instruct = Appuyez en même temps sur la touche Windows et sur R. Tapez e-v-e-n-t-v-w-r et appuyez sur Entrée. Cliquez maintenant sur Affichages personnalisés, puis sur Événements d’administration.
ev-claim = Vous voyez toutes ces erreurs en rouge et ces avertissements en jaune ? Chacun d’eux est un virus ou une attaque de pirates. Sur un ordinateur sain, il n’y a rien à cet endroit.
flag-event-log-label = Les erreurs rouges et les avertissements jaunes de l’Observateur d’événements
flag-event-log-why = L’Observateur d’événements est le journal de bord de Windows. Tout PC en bonne santé y enregistre des milliers d’erreurs et d’avertissements sans gravité ; ce ne sont pas des virus. Les escrocs le montrent parce qu’il fait peur.
choice-continue = Oui, je les vois. Il y en a tellement ! Qu’est-ce que je fais ?

cmd-title = Invite de commandes
# The dictated command, typed by the trainee (the same in every language).
cmd-command = assoc
cmd-body = .xml=xmlfile · .ZFSendToTarget=CLSID\{"{"}888DCA60-FC0A-11CF-8F0F-00C04FD7D062{"}"} · .zip=CompressedFolder
cmd-instruct = Appuyez de nouveau sur la touche Windows et sur R, tapez c-m-d et appuyez sur Entrée. Dans la fenêtre noire, tapez a-s-s-o-c et appuyez sur Entrée. Cherchez la ligne où il est écrit ZFSendToTarget.
cmd-claim = Je vais vous lire votre identifiant de licence unique depuis mon écran : huit, huit, huit, D, C, A, six, zéro… Ça correspond, n’est-ce pas ? Seul Microsoft connaît ce numéro. Vous voyez bien que je suis un vrai technicien.
flag-licence-label = L’« identifiant de licence unique » qu’il vous lit
flag-licence-why = Ce code est le même sur tous les ordinateurs Windows du monde, et n’importe qui peut le trouver. Ce n’est pas un identifiant de licence, et il ne prouve rien sur l’appelant.
choice-believe = assoc

remote-prompt = { $tool } — Votre adresse : { $code }. { $tech } demande le contrôle total de cet appareil. Autoriser ?
remote-ask = Pour supprimer les virus, notre ingénieur certifié doit se connecter. Allez sur le site que je vais vous épeler, téléchargez { $tool }, lisez-moi l’adresse à neuf chiffres et cliquez sur « Autoriser ». Ne vous inquiétez pas, c’est gratuit : c’est compris dans votre licence Windows.
flag-remote-label = La demande d’installer { $tool } et de lire le code
flag-remote-why = Les logiciels d’assistance à distance sont réels et légaux, et c’est justement pour cela que les escrocs s’en servent. La personne que vous laissez entrer peut tout voir et tout faire sur votre ordinateur, y compris dans votre banque en ligne.
choice-allow = Autoriser
choice-refuse = Non, je ne laisse personne accéder à mon ordinateur.
choice-give-in = D’accord, d’accord. C’est installé. L’adresse, c’est { $code }.

anger-remote-1 = Écoutez-moi bien. Si vous ne me laissez pas réparer ça maintenant, votre ordinateur ne fonctionnera plus ce soir et votre licence Windows sera annulée.
anger-remote-2 = Les pirates ont déjà vos coordonnées bancaires. Ce qui arrivera à votre argent, ce sera de votre faute. Je vous interdis de me raccrocher au nez !
flag-threats-label = La colère et les menaces quand vous dites non
flag-threats-why = Un vrai service d’assistance accepte un refus. La colère et les menaces sont le dernier levier de l’escroc pour vous faire paniquer et céder.

diag-body = Le pointeur bouge tout seul. Dans une fenêtre noire, des noms de dossiers défilent à toute vitesse ; puis il tape dedans : 5 VIRUS FOUND – FIREWALL EXPIRED – SECURITY LICENSE EXPIRED.
diag-claim = Vous voyez ? L’analyse a trouvé cinq infections, et la licence de votre pare-feu a expiré il y a des années. C’est comme ça que les pirates sont entrés.
diag-pitch = Je peux tout supprimer dès aujourd’hui et vous protéger à vie. Il suffit d’activer votre plan de protection.
flag-scan-label = L’« analyse » dans la fenêtre noire
flag-scan-why = C’était la commande tree : elle se contente de lister vos dossiers. Le texte « virus found », c’est l’appelant lui-même qui l’a tapé sous vos yeux.
choice-keep-going = D’accord. Et combien coûte ce plan de protection ?
choice-disconnect = Désactiver le Wi-Fi

pay-card-body = Microsoft Lifetime Protection — { $amount }, paiement unique. Paiement par carte bancaire : numéro de carte, date d’expiration et les trois chiffres au dos.
pay-card-pressure = C’est un prix spécial, aujourd’hui seulement, pour les clients dont l’ordinateur est déjà infecté. Lisez-moi simplement les informations de votre carte et je remplis le formulaire pour vous pendant que je suis connecté.
flag-payment-label = Payer une réparation que vous n’avez jamais demandée
flag-payment-why = Microsoft ne vend pas d’assistance au cours d’un appel inattendu. Les données d’une carte lues à un inconnu peuvent servir encore et encore.
choice-pay-card = D’accord, attendez, je vais chercher ma carte.
choice-no-card = Je préfère ne pas donner mon numéro de carte au téléphone.
choice-refuse-pay = Non, je ne vais pas payer pour ça.

pay-transfer-body = Virement bancaire — { $amount } sur le compte « Microsoft Partner Services ». Connectez-vous maintenant à votre banque en ligne ; le technicien vous dictera l’IBAN. Référence : dossier { $case }.
pay-transfer-pressure = Pas de problème, un virement, c’est très bien. Faites-le maintenant pendant que je suis encore connecté, comme ça je vois le paiement arriver et j’active votre protection.
flag-account-label = Un virement vers un compte « partenaire », sous ses yeux
flag-account-why = Le compte appartient aux escrocs, pas à Microsoft. Un virement que vous faites vous-même est très difficile à récupérer, et tant qu’il est connecté, il voit votre banque en ligne.
choice-do-transfer = Bon, je me connecte à ma banque.

anger-pay-1 = Vous vous moquez de moi ? J’ai passé une heure sur votre ordinateur ! Si vous ne payez pas, je le bloque tout de suite et vous ne reverrez jamais vos photos.
anger-pay-2 = J’ai toujours accès à tout, vous comprenez ? À tout.
flag-lock-label = La menace de bloquer votre ordinateur
flag-lock-why = Tant qu’ils sont connectés, les escrocs peuvent mettre un mot de passe système ou supprimer des fichiers. Coupez la connexion immédiatement : la menace ne fonctionne que tant qu’ils sont dedans.
choice-give-in-pay = D’accord, arrêtez ! Je vous lis mon numéro de carte.

hung-up-body = Vous raccrochez. Le téléphone sonne de nouveau une minute plus tard ; vous laissez sonner.
end-hung-up = Vous avez raccroché avant de faire quoi que ce soit de ce qu’il demandait. Personne n’a touché à votre ordinateur.
verified-body = Vous trouvez le numéro d’assistance sur le site officiel de Microsoft et vous appelez. On vous explique que Microsoft n’appelle jamais les gens au sujet de leur ordinateur et que l’appel que vous avez reçu était une arnaque.
end-verified = Vous avez vérifié par un canal que vous avez trouvé vous-même et découvert la vérité : l’appel était une arnaque.
hung-up-proof-body = Vous raccrochez et fermez les fenêtres qu’il vous a fait ouvrir. Les regarder n’a rien changé sur votre ordinateur.
end-hung-up-proof = Vous avez raccroché avant de donner un accès à distance ou de l’argent. La prochaine fois, raccrochez encore plus tôt : rien de ce qu’il vous a montré ne prouvait quoi que ce soit.
refused-body = Vous mettez fin à l’appel. Le soir même, le téléphone sonne encore deux fois, depuis des numéros différents ; vous laissez sonner.
end-refused = Vous avez refusé l’accès à distance et mis fin à l’appel. Le suivre dans sa visite guidée de votre ordinateur était risqué : raccrochez dès que « Microsoft » vous appelle.
cut-off-body = Vous coupez la connexion. Il a eu le contrôle de votre ordinateur pendant plusieurs minutes.
end-cut-off = Ils ont eu accès à votre ordinateur. Maintenant : désinstallez { $tool }, lancez une analyse complète, changez vos mots de passe depuis un autre appareil, appelez votre banque et signalez les faits.
not-paid-body = Vous raccrochez. Quelques minutes plus tard, l’ordinateur redémarre tout seul et demande un mot de passe que vous n’avez jamais choisi.
end-not-paid = Vous avez gardé votre argent, mais un inconnu a contrôlé votre ordinateur et vous en a bloqué l’accès. Dès qu’un appel de ce genre se termine, désactivez le Wi-Fi. Maintenant, faites vérifier le PC, désinstallez { $tool }, changez vos mots de passe depuis un autre appareil, prévenez votre banque et signalez les faits.
paid-body = Vous lisez les informations de votre carte. { $amount } sont débités, et une semaine plus tard apparaissent d’autres paiements que vous n’avez jamais faits.
end-paid = Appelez tout de suite votre banque au numéro inscrit sur votre carte pour la faire opposer et contester les paiements. Ensuite, désinstallez { $tool }, changez vos mots de passe depuis un autre appareil et signalez les faits. Ce n’est pas votre faute : ces réseaux sont des professionnels.
paid-transfer-body = Vous virez { $amount }. Le lendemain, il rappelle : le virement « n’est pas passé » et il faut le refaire.
end-paid-transfer = L’argent est parti chez les escrocs. Appelez tout de suite votre banque au numéro inscrit sur votre carte : plus vous agissez vite, plus vous avez de chances de le récupérer. Ensuite, désinstallez { $tool }, changez vos mots de passe depuis un autre appareil et signalez les faits.

fb-decline = Ne pas répondre à un appel inattendu de « Microsoft » est sans aucun danger. Microsoft ne vous appelle pas.
fb-follow = Allumer l’ordinateur pour un appelant inattendu lui permet de vous guider pas à pas. Aucune vraie entreprise ne vous appelle au sujet de votre PC.
fb-call-back = Bien : vous avez mis fin à l’appel quand vous l’avez décidé. Pour en avoir le cœur net, cherchez vous-même le numéro de Microsoft.
fb-hang-up = Raccrocher est toujours permis et toujours sans danger.
fb-hang-up-proof = Bien : rien de ce qu’il vous a montré n’était une vraie preuve, et vous avez tout arrêté avant l’accès à distance.
fb-believe = Taper une commande dictée par un inconnu lui permet de mettre en scène sa « preuve ». L’« identifiant de licence » qu’il a lu ensuite est le même sur tous les PC Windows et ne prouve rien.
fb-allow = En installant le logiciel, en lisant le code et en cliquant sur « Autoriser », vous avez livré votre ordinateur à un inconnu.
fb-refuse = Refuser était juste, mais inutile de discuter ou de vous justifier : vous pouvez tout simplement raccrocher.
fb-hang-up-remote = Bien vu : aucun accès à distance pour quelqu’un qui vous appelle à l’improviste.
fb-give-in = Les menaces sont une technique de pression. En cédant, vous avez livré votre ordinateur à un inconnu.
fb-hang-up-anger = Bien vu : face aux menaces, on raccroche. Un vrai service d’assistance ne parle jamais ainsi.
fb-disconnect = Couper la connexion met fin à leur contrôle ; il faut maintenant nettoyer l’ordinateur et signaler les faits.
fb-pay-card = Les données d’une carte lues à un escroc peuvent servir encore et encore.
fb-no-card = Ne pas donner votre numéro de carte était juste, mais l’escroc est simplement passé au virement. Raccrochez plutôt.
fb-do-transfer = Vous connecter à votre banque pendant qu’un escroc regarde votre écran, c’est lui remettre votre argent et votre compte.
fb-refuse-pay = Refuser de payer était la bonne décision, mais ils étaient déjà entrés dans votre ordinateur.
fb-hang-up-pay = Raccrocher face aux menaces était juste, mais tant que { $tool } restait connecté, il pouvait encore accéder à votre ordinateur.
fb-give-in-pay = Céder aux menaces ne les fait pas disparaître ; cela leur montre seulement que vous allez payer.

lesson-no-calls = Microsoft ne vous appelle jamais spontanément au sujet de votre ordinateur. Le nom et le numéro affichés à l’écran peuvent être falsifiés.
lesson-proof = Les erreurs de l’Observateur d’événements et l’« identifiant de licence » d’assoc sont normaux sur tous les PC. Ils ne prouvent rien.
lesson-remote = N’accordez un accès à distance qu’à une personne que vous connaissez, ou au support de votre organisation quand c’est vous qui l’avez contacté et que vous avez vérifié.
lesson-hang-up = Si l’appelant s’énerve ou vous menace, raccrochez. Si vous avez besoin d’aide, contactez vous-même l’entreprise via son site officiel.

## Coupons prépayés (la marque dépend de la région).
choice-no-bank = Je n’utilise pas la banque en ligne.
fb-no-bank = Ne pas vous connecter était juste, mais il avait déjà une troisième façon de prendre l’argent. Raccrochez plutôt.
voucher-brand = PCS
pay-voucher-body = Paiement par coupons : des recharges { voucher-brand } pour { $amount }, achetées dans un bureau de tabac. Lisez au technicien les codes imprimés sur les tickets.
pay-voucher-pressure = Pas de banque en ligne ? Aucun problème. Allez au bureau de tabac le plus proche et achetez des coupons { voucher-brand } pour { $amount }. Lisez-moi les codes ; je reste en ligne avec vous.
flag-voucher-label = Un paiement en coupons prépayés
flag-voucher-why = Les coupons prépayés (PCS, Transcash, Neosurf, Paysafecard, cartes cadeaux) sont comme des espèces : une fois le code lu, l’argent est perdu. Aucune entreprise sérieuse ni aucune administration ne se fait payer en codes de coupons par téléphone.
choice-read-codes = Bon, je vais aller acheter les coupons.
fb-read-codes = Dès que les codes ont été lus, l’argent a été dépensé en quelques minutes, sans retour possible.
paid-voucher-body = Vous lisez les codes pour { $amount }. Quelques minutes plus tard, ils sont déjà utilisés. Le lendemain, il rappelle : un code « n’a pas marché » et il faut en racheter.
end-paid-voucher = L’argent est perdu. Appelez tout de suite le service client de l’émetteur du coupon (le numéro est sur le ticket) : des codes pas encore utilisés peuvent parfois être bloqués. Ensuite, désinstallez { $tool }, changez vos mots de passe depuis un autre appareil et signalez les faits.

## Immersive play: the desk after the call, new acts.
home-page = Nouvel onglet · Rechercher sur le Web · Favoris : Messagerie, Actualités, Météo, Microsoft
caller-microsoft = Support Microsoft
choice-ring-microsoft = Appeler le support Microsoft
fb-ring-microsoft = Exactement : vous avez vérifié avec un numéro trouvé vous-même, sur le site officiel de Microsoft.
flag-dictated-label = Un inconnu qui vous dicte quoi taper
flag-dictated-why = Un interlocuteur que vous ne connaissez pas vous dicte des commandes à taper. Une commande peut afficher ou modifier n’importe quoi sur votre PC ; celle-ci ne fait que lister des types de fichiers, qu’il fait ensuite passer pour une preuve.
choice-power-off = Arrêter
after-threat-body = { $tool } — Session active. Le pointeur bouge tout seul ; une fenêtre s’ouvre et se referme.

fb-hang-up-connected = Raccrocher était juste, mais tant que { $tool } restait connecté, il pouvait encore accéder à votre ordinateur.
