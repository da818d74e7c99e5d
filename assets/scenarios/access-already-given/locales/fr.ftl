title = Accès déjà donné : et maintenant ?
summary = Ce matin, vous avez laissé un « technicien Microsoft » prendre la main sur votre ordinateur, et vous lui avez payé par carte un « plan de protection ». Vous savez maintenant que c'était une arnaque, et il vous rappelle.
tech-1 = Thomas Martin
tech-2 = Nicolas Bernard
tech-3 = Julien Moreau

start-body = Un avertissement sur le site de votre banque décrit votre matinée mot pour mot. Dans un coin de l'écran, { $tool } affiche toujours « Session active », et le pointeur bouge tout seul.
flag-session-label = La session { $tool } toujours active
flag-session-why = Tant que l'outil de prise en main à distance est connecté, il voit votre écran et peut faire tout ce que vous pouvez faire. Couper Internet (Wi-Fi éteint, câble débranché) met fin à son contrôle immédiatement ; tout le reste vient après.
choice-go-offline = Désactiver le Wi-Fi
choice-uninstall-online = Désinstaller
choice-answer-online = Répondre
choice-decline-online = Refuser
fb-go-offline = Exactement : couper la connexion en premier lui retire le contrôle avant qu'il puisse réagir. Le nettoyage vient ensuite.
fb-uninstall-online = Supprimer l'outil est une bonne idée, mais pas en premier : tant qu'il est connecté, il voit ce que vous faites et peut vous en empêcher.
fb-answer-online = Répondre alors qu'il est toujours connecté lui laisse du temps, et il garde la main. Coupez d'abord la connexion.

fight-body = Vous ouvrez Paramètres, puis Applications, mais le pointeur vous échappe et la fenêtre se ferme. L'écran devient noir : « Mises à jour en cours 27 %. N'éteignez pas votre ordinateur. »
fight-chat = (dans le chat de { $tool }) MISE À JOUR WINDOWS IMPORTANTE EN COURS. NE TOUCHEZ NI LA SOURIS NI LE CLAVIER ET N'ÉTEIGNEZ PAS L'ORDINATEUR SINON TOUS LES FICHIERS SERONT PERDUS
flag-fake-update-label = L'écran noir des « mises à jour »
flag-fake-update-why = Les escrocs affichent un écran noir ou une fausse « mise à jour » pour que vous ne voyiez pas ce qu'ils font : définir un mot de passe, fouiller vos fichiers, ouvrir votre banque. Une vraie mise à jour ne démarre pas pile au moment où vous essayez de supprimer un programme.
choice-offline-late = Désactiver le Wi-Fi
choice-wait-update = D'accord, je ne touche à rien.
fb-offline-late = Le bon geste, mais trop tard : il avait remarqué votre tentative de vous débarrasser de lui, et il a eu le temps de riposter.
fb-wait-update = Le laisser connecté derrière un écran noir lui donne carte blanche sur votre ordinateur.

locked-out-body = Le Wi-Fi se coupe. Au redémarrage, Windows demande un mot de passe que vous n'avez jamais défini. Pendant que vous vous battiez pour le pointeur, il a verrouillé l'ordinateur.
end-locked-out = Il a verrouillé votre ordinateur avant que vous ne le coupiez. Depuis votre portable, appelez votre banque au numéro inscrit sur votre carte, changez vos mots de passe et signalez l'arnaque. Confiez l'ordinateur à un réparateur de confiance pour le débloquer et le nettoyer. La prochaine fois : couper la connexion avant toute chose.

ringing-caller-id = Appel entrant
flag-callback-label = Un appel à la seconde où vous vous déconnectez
flag-callback-why = Il a vu sa session tomber et a rappelé aussitôt. Les escrocs rappellent pour revenir avant que vous ayez pu faire le ménage. Aucune entreprise sérieuse n'a besoin que vous vous reconnectiez.
choice-decline = Refuser
choice-answer = Répondre
fb-decline = Bien : vous ne lui devez aucune conversation. Chaque minute au téléphone, il l'utilise pour vous convaincre.
fb-answer = Rien ne vous obligeait à répondre. Vous pouvez raccrocher à tout moment.

caller-tech = { $tech }, Support Microsoft
speaker-tech = { $tech }
call-greeting = Bonjour, c'est encore { $tech }, du support technique Microsoft, dossier numéro { $case }. Notre système indique que la connexion a été coupée en pleine réparation.
call-danger = C'est très dangereux, monsieur, madame. Les fichiers des pirates ne sont supprimés qu'à moitié, et maintenant ils peuvent accéder à votre compte bancaire. J'ai seulement besoin de dix minutes.
call-instructions = Rallumez Internet, s'il vous plaît, et rouvrez { $tool }. Et n'appelez personne d'autre, n'éteignez pas l'ordinateur, sinon votre licence Windows sera bloquée.
flag-unfinished-label = La « réparation » à terminer tout de suite
flag-unfinished-why = Il n'y a jamais rien eu à réparer. « Laissez-moi finir » est simplement le chemin le plus court pour revenir dans votre ordinateur, et dans votre banque.
flag-dont-tell-label = « N'appelez personne, n'éteignez pas l'ordinateur »
flag-dont-tell-why = Les escrocs vous isolent pour que personne ne puisse vous dire que c'est une arnaque. Une vraie entreprise ne voit aucun inconvénient à ce que vous vérifiiez auprès de votre banque ou de votre famille.
choice-let-back-in = Bon, je rallume Internet. Et ensuite j'ouvre { $tool }, c'est ça ?
choice-refuse = Non. Plus personne n'entre dans mon ordinateur.
choice-hang-up = Raccrocher
fb-let-back-in = Vous reconnecter, c'est exactement ce qu'il voulait : cela annule la chose la plus importante que vous aviez faite.
fb-refuse = Refuser est juste, mais rester en ligne lui permet d'essayer autre chose. Raccrocher est plus rapide.
fb-hang-up = Raccrocher est toujours permis, et toujours sans risque.

reconnect-prompt = { $tool } : votre adresse est { $code }. « { $tech } » demande le contrôle total de cet appareil. Accepter ?
reconnect-ask = Parfait, je vois que la connexion est revenue. Lisez-moi les neuf chiffres à l'écran et cliquez sur Accepter. Vite, s'il vous plaît, chaque minute compte.
flag-new-code-label = Encore un nouveau code à lire à voix haute
flag-new-code-why = Le code est la clé de votre ordinateur. Le lire à l'homme que vous venez de couper, c'est lui redonner cette clé une seconde fois.
choice-allow = Accepter
choice-refuse-reconnect = Désactiver le Wi-Fi
fb-allow = Vous avez laissé l'escroc revenir, avec exactement le contrôle que vous veniez de lui retirer.
fb-refuse-reconnect = C'était moins une, mais c'est la bonne décision : de nouveau hors ligne, sans rien avoir donné.

refund-body = Annulation et remboursement : { $amount } recrédités sur votre carte. Frais de traitement bancaire à régler maintenant : { $fee }. Numéro de carte, date d'expiration, cryptogramme.
refund-offer = D'accord, pas de problème. Si le service ne vous convient pas, nous annulons votre plan et nous vous remboursons vos { $amount } aujourd'hui.
refund-fee = Il y a juste de petits frais de traitement de { $fee } pour la banque, qui vous sont rendus avec le remboursement. Relisez-moi simplement le numéro de votre carte.
refund-rude = Écoutez-moi bien. Si vous ne payez pas les frais, le remboursement est annulé et votre argent est perdu. C'est compris ?
flag-refund-label = Payer des frais pour obtenir un remboursement
flag-refund-why = Un vrai remboursement ne coûte jamais de frais. Les « remboursements » sont une seconde arnaque classique contre ceux qui se sont déjà fait avoir une fois, et les frais vont aux mêmes criminels.
choice-pay-fee = Bon, j'ai ma carte sous la main. Le numéro, c'est…
choice-hang-up-fee = Raccrocher
fb-pay-fee = Les frais sont une seconde arnaque, et il a de nouveau les données de votre carte.
fb-hang-up-fee = Exact : un remboursement qui coûte des frais n'est pas un remboursement.

online-hello = Bonjour, c'est { $tech }. Ne vous inquiétez pas, je suis toujours connecté et je termine le nettoyage. Surtout, ne touchez pas à la souris.
online-stay = Restez en ligne avec moi. Avant de terminer, je dois vérifier que les pirates n'ont pas touché à votre compte bancaire.
online-bank = Il n'arrivera rien à votre argent si vous faites exactement ce que je dis. C'est pour votre protection.
flag-stay-label = « Ne touchez pas à la souris, restez en ligne »
flag-stay-why = Il vous garde au téléphone et loin de la souris pour travailler tranquillement. Vous avez le droit de raccrocher et de débrancher à tout moment.
choice-let-finish = D'accord, je ne touche plus à rien. Allez-y.
choice-hang-up-offline = Raccrocher
fb-let-finish = Le laisser continuer, c'est lui laisser les commandes de votre ordinateur, avec votre banque à portée de main.
fb-hang-up-offline = Bien : en raccrochant, vous l'empêchez de vous embobiner. Mais sa session était toujours ouverte : coupez Internet ensuite, avant toute chose.

back-in-body = Le pointeur ouvre le navigateur et va sur la page de connexion de votre banque. Une fenêtre s'affiche : « Contrôle de sécurité en cours. Veuillez vous connecter pour vérifier votre compte. »
back-in-ask = Maintenant, connectez-vous à votre banque, s'il vous plaît. Je dois voir si les pirates ont pris de l'argent. Je ne regarderai pas votre mot de passe, je vous le promets.
flag-bank-label = Se connecter à sa banque pendant qu'il contrôle l'ordinateur
flag-bank-why = Tant qu'il a la main, il voit tout ce que vous tapez et peut déplacer de l'argent en masquant l'écran. Personne de sérieux n'a besoin de vous regarder vous connecter à votre banque.
choice-log-in = Se connecter
choice-pull-plug = Désactiver le Wi-Fi
fb-log-in = En vous connectant alors qu'il avait la main, vous lui avez livré votre compte bancaire.
fb-pull-plug = Le couper maintenant limite les dégâts, mais il a repris le contrôle. Il faut tout nettoyer.

cleanup-page = Le navigateur affiche : « Pas de connexion Internet ». Dans la liste des applications installées, { $tool } est toujours là.
choice-remove-tool = Désinstaller
choice-back-online = Se connecter
fb-remove-tool = Exact : hors ligne, il ne peut pas vous empêcher de le supprimer.
fb-back-online = Avec { $tool } encore installé, revenir en ligne lui rouvre aussitôt la porte.

bank-body = Paramètres › Applications : { $tool } a été désinstallé. Pas de connexion Internet.
choice-call-bank = Appeler la banque
caller-bank = Votre banque
fb-call-bank = Exactement : la banque peut faire opposition sur la carte, contester le paiement de ce matin et surveiller votre compte.

passwords-body = Le service fraude de votre banque répond.
bank-advice = Nous avons fait opposition sur votre carte et nous contestons le paiement de { $amount } de ce matin. Il a peut-être vu aussi votre messagerie et les mots de passe enregistrés dans votre navigateur : changez-les dès aujourd'hui, s'il vous plaît.
choice-other-device = Je les change tout de suite sur mon téléphone.
choice-same-pc = Je les changerai sur l'ordinateur quand il sera de nouveau en ligne.
fb-other-device = Exact : sur un appareil sain, rien de ce qu'il a pu cacher dans l'ordinateur ne peut voir vos nouveaux mots de passe.
fb-same-pc = L'ordinateur n'a pas encore été vérifié : ce qu'il y a caché pourrait enregistrer vos nouveaux mots de passe.

report-body = Mots de passe changés, carte en opposition, { $tool } désinstallé ; l'ordinateur reste hors ligne jusqu'à ce qu'une personne de confiance l'ait vérifié. Sur votre téléphone, le formulaire de signalement en ligne est rempli : son nom, son numéro de téléphone, le numéro de dossier.
choice-report-it = Envoyer
fb-report = Bien : les signalements aident la police à remonter la piste de ces réseaux et à prévenir d'autres personnes.

contained-body = Une semaine plus tard, l'ordinateur revient d'une vérification complète, et la banque traite la contestation. Quand « { $tech } » rappelle, vous raccrochez.
end-contained = Vous avez limité les dégâts dans le bon ordre : d'abord couper la connexion, puis désinstaller l'outil, appeler la banque, changer les mots de passe depuis un autre appareil, faire vérifier l'ordinateur et signaler l'arnaque.
unreported-body = Tout est sécurisé. Vous décidez de ne raconter à personne ce qui s'est passé.
end-unreported = Vous avez limité les dégâts dans le bon ordre. Signalez-le aussi : son nom, son numéro et le numéro de dossier aident à arrêter le réseau et à protéger les autres.
cut-late-body = Le Wi-Fi se coupe. Il a de nouveau contrôlé votre ordinateur pendant plusieurs minutes.
end-cut-late = Il est revenu avant que vous ne le coupiez. Désinstallez { $tool } hors ligne, appelez votre banque au numéro inscrit sur votre carte, changez vos mots de passe depuis un autre appareil, faites vérifier l'ordinateur et signalez l'arnaque.
reconnected-body = Quelques secondes après le retour du Wi-Fi, { $tool } s'affiche : « Session démarrée ». Il attendait.
end-reconnected = Il est revenu parce que l'outil était toujours installé. Coupez de nouveau la connexion, désinstallez { $tool } hors ligne, appelez votre banque au numéro inscrit sur votre carte, changez vos mots de passe depuis un autre appareil et signalez l'arnaque.
second-tool-body = Vous reconnectez l'ordinateur. Un second logiciel de prise en main à distance, que vous n'aviez jamais remarqué, ouvre une session tout seul : il en avait installé deux.
end-second-tool = Il est revenu par un second logiciel. Coupez la connexion, changez vos mots de passe depuis un autre appareil, faites vérifier l'ordinateur par une personne de confiance et signalez l'arnaque.
emptied-body = Il vous fait parler pendant que l'écran reste noir. Le lendemain matin, votre compte affiche deux virements que vous n'avez jamais faits.
end-emptied = Vous avez perdu de l'argent. Appelez tout de suite votre banque au numéro inscrit sur votre carte, changez vos mots de passe depuis un autre appareil, faites nettoyer l'ordinateur et signalez l'arnaque. Vous n'y êtes pour rien : ces réseaux sont des professionnels.
fee-paid-body = Le remboursement n'arrive jamais. Deux jours plus tard, de nouveaux débits apparaissent sur votre carte.
end-fee-paid = Vous avez perdu de l'argent : les « frais de remboursement » étaient une seconde arnaque par-dessus la première. Appelez votre banque au numéro inscrit sur votre carte, faites opposition et signalez l'arnaque.
late-charges-body = Trois semaines plus tard, votre relevé montre des achats dans des boutiques dont vous n'avez jamais entendu parler, faits avec les données de votre carte.
end-late-charges = Vous avez perdu de l'argent parce que la carte n'a jamais été mise en opposition. Appelez maintenant votre banque au numéro inscrit sur votre carte, changez vos mots de passe depuis un autre appareil et signalez l'arnaque.

lesson-disconnect-first = Si un inconnu a eu accès à distance à votre ordinateur, coupez d'abord Internet, puis désinstallez l'outil de prise en main hors ligne.
lesson-bank-card = Appelez votre banque au numéro inscrit sur votre carte, jamais à un numéro donné par votre interlocuteur.
lesson-other-device = Changez vos mots de passe depuis un autre appareil, et faites vérifier l'ordinateur avant de le reconnecter.
lesson-no-callbacks = Ne prenez pas les appels de l'escroc : pas de reconnexion « pour finir la réparation », pas de frais pour un « remboursement ». Signalez-le plutôt.
