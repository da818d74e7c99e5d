title = La fenêtre qui ne se ferme pas
summary = Vous lisez un site de recettes quand un avertissement envahit votre écran.
tech-1 = Thomas Martin
tech-2 = Nicolas Bernard
tech-3 = Julien Moreau

browsing-page = Dîners faciles en semaine : 25 recettes en 30 minutes. À côté de la recette, une publicité indique : « Votre PC est peut-être lent. Cliquez pour vérifier. »
choice-open-link = Cliquez pour vérifier

locker-title = Centre de sécurité Windows Defender — L’accès à ce PC a été bloqué
locker-body = Logiciel espion de type cheval de Troie détecté (code d’erreur 0x80073b01). Vos mots de passe, vos coordonnées bancaires et vos photos sont en train d’être volés. N’éteignez pas et ne redémarrez pas votre ordinateur : vous risqueriez de perdre des données. Appelez immédiatement le support Microsoft : { $phone } (appel gratuit).
locker-voice = Alerte critique. Votre ordinateur est infecté. Ne fermez pas cette fenêtre. Appelez le support Microsoft maintenant.
flag-phone-label = Le numéro de téléphone dans l’avertissement
flag-phone-why = Les vrais avertissements de sécurité de Microsoft ou de votre antivirus ne vous demandent jamais d’appeler qui que ce soit. Un numéro dans une fenêtre pop-up mène tout droit aux escrocs.
flag-countdown-label = Le compte à rebours et le « n’éteignez pas »
flag-countdown-why = Vous presser d’agir en quelques minutes sert à vous empêcher de réfléchir. Redémarrer ou fermer le navigateur, c’est exactement ce qu’il faut faire.
flag-locked-label = Une page de navigateur qui occupe tout l’écran et refuse de se fermer
flag-locked-why = C’est une page web qui se fait passer pour Windows. Elle n’a rien analysé ; elle a seulement l’air bloquée. Le Gestionnaire des tâches la ferme.
choice-call = Appeler le { $phone }
choice-scan = Analyser maintenant
choice-task-manager = Fin de tâche

scan-title = Analyse rapide — Microsoft Security Essentials
scan-body = Analyse de C:\Windows\System32… 1 482 menaces détectées : Trojan.Zeus, Spyware.Banker, Adware.Hijack. Votre ordinateur présente un RISQUE ÉLEVÉ. Appelez le { $phone } maintenant pour supprimer les menaces.
flag-scan-label = Une « analyse » qui tourne dans une page web
flag-scan-why = Un site web ne peut pas analyser votre ordinateur. Les chiffres sont inventés et identiques pour tous ceux qui arrivent sur la page.

caller-name = « Support Windows »
speaker-tech = Technicien
call-greeting = Merci d’avoir appelé le service technique de Microsoft Windows, je m’appelle { $tech }, mon matricule est le { $badge }. Je vois que votre ordinateur nous a envoyé une alerte critique.
call-pitch = J’ai ouvert pour vous le dossier numéro { $case }. Votre adresse IP est attaquée en ce moment même, alors restez en ligne, s’il vous plaît, et faites exactement ce que je vous dis. Ouvrez votre navigateur et tapez l’adresse du site que je vais vous épeler.
flag-badge-label = Le matricule et le numéro de dossier
flag-badge-why = Des matricules et des numéros de dossier inventés donnent à l’appel un air officiel. Microsoft ne surveille pas votre PC et ne vous appelle pas à son sujet.
choice-follow = D’accord, j’ai ouvert le navigateur. Allez-y, épelez-moi l’adresse.
choice-call-back = Je préfère appeler Microsoft moi-même. Au revoir.
choice-hang-up = Raccrocher

remote-prompt = { $tool } — Votre adresse : { $code }. { $tech } demande le contrôle total de cet appareil. Autoriser ?
remote-ask = Lisez-moi les neuf chiffres affichés à l’écran, puis cliquez sur « Autoriser ». Ne vous inquiétez pas, c’est sans aucun risque, je suis ingénieur certifié Microsoft.
flag-remote-label = Un inconnu qui demande un accès à distance
flag-remote-why = Quiconque contrôle votre ordinateur peut lire vos e-mails, se connecter à votre banque et vous bloquer l’accès. N’accordez l’accès qu’à une personne que vous connaissez, ou au support informatique de votre organisation quand c’est vous qui l’avez contacté et que vous avez vérifié.
choice-allow = Autoriser
choice-refuse = Attendez. Je ne laisse personne entrer dans mon ordinateur.

control-body = Le pointeur bouge tout seul. Une fenêtre noire s’ouvre et des lignes de texte défilent : TCP 192.168.1.7:49712 ESTABLISHED…
control-claim = Vous voyez ? Toutes ces adresses étrangères, ce sont des pirates connectés à votre PC en ce moment. Vos comptes bancaires sont en danger, madame, monsieur. Il faut agir vite.
flag-netstat-label = Les « pirates » dans la fenêtre noire
flag-netstat-why = C’est netstat, une commande Windows ordinaire qui liste les connexions courantes. Les escrocs la présentent comme une preuve de piratage parce que la plupart des gens ne l’ont jamais vue.
choice-keep-watching = Mon Dieu… Et maintenant, qu’est-ce qu’on fait ?
choice-disconnect = Désactiver le Wi-Fi

payment-body = Plan de protection de sécurité à vie — { $amount }. Paiement aujourd’hui uniquement en cartes cadeaux Google Play : achetez-les dans un magasin proche et lisez les codes à votre technicien.
payment-pressure = Le système de la banque est bloqué à cause des pirates, donc les cartes cadeaux sont le seul moyen sûr. Si vous raccrochez maintenant, votre ordinateur sera bloqué pour toujours et je ne pourrai plus vous aider.
flag-gift-label = Payer en cartes cadeaux
flag-gift-why = Aucune vraie entreprise ni aucune administration ne se fait payer en cartes cadeaux. Une fois les codes communiqués, l’argent est perdu et introuvable.
choice-pay = Bon, d’accord, je vais acheter les cartes au magasin.

closed-body = Vous fermez le navigateur dans le Gestionnaire des tâches. En le rouvrant, vous choisissez de ne pas restaurer les derniers onglets. L’avertissement a disparu.
end-closed = Vous avez fermé un faux avertissement sans danger, sans appeler personne. Votre ordinateur n’a jamais eu le moindre problème.
hung-up-body = Vous raccrochez. Une minute plus tard, le téléphone sonne de nouveau, depuis un autre numéro ; vous laissez sonner.
end-hung-up = Vous avez raccroché avant de donner quoi que ce soit. La prochaine fois, fermez le navigateur avec le Gestionnaire des tâches au lieu d’appeler qui que ce soit.
verified-body = Vous ouvrez le vrai site d’assistance de Microsoft depuis vos favoris et appelez le numéro qui y figure. Le conseiller vous explique que Microsoft ne met jamais de numéro de téléphone dans ses messages d’erreur et n’appelle jamais personne au sujet de son PC. Vous fermez le navigateur dans le Gestionnaire des tâches ; l’avertissement a disparu.
end-verified = Vous avez vérifié par un canal officiel et découvert la vérité : l’avertissement était une arnaque.
refused-body = L’appel est terminé. Le « technicien » rappelle deux fois depuis d’autres numéros ; vous ne répondez pas.
end-refused = Vous avez refusé l’accès à distance. L’étape risquée, c’était d’appeler le numéro : la prochaine fois, fermez plutôt le navigateur.
cut-off-body = Le Wi-Fi est coupé et le pointeur s’immobilise. Vous raccrochez et fermez le logiciel. Il a eu le contrôle de votre ordinateur pendant plusieurs minutes.
end-cut-off = Ils ont eu accès à votre ordinateur. Maintenant : désinstallez { $tool }, lancez une analyse complète, changez vos mots de passe depuis un autre appareil, appelez votre banque et signalez les faits.
not-paid-body = Vous raccrochez. Il rappelle aussitôt en hurlant que vos fichiers vont être supprimés ; vous raccrochez de nouveau.
end-not-paid = Vous avez gardé votre argent, mais un inconnu a contrôlé votre ordinateur. Désinstallez { $tool }, lancez une analyse, changez vos mots de passe depuis un autre appareil, prévenez votre banque et signalez les faits.
paid-body = Vous achetez { $amount } de cartes cadeaux et lisez les codes. Le lendemain, il rappelle : « le premier paiement n’est pas passé ».
end-paid = L’argent est perdu. Appelez votre banque tout de suite, changez vos mots de passe depuis un autre appareil, faites vérifier l’ordinateur et signalez les faits. Ce n’est pas votre faute : ces réseaux sont des professionnels.

fb-call = Appeler ce numéro, c’était tomber droit dans le piège des escrocs. Les vrais avertissements n’affichent jamais de numéro de téléphone.
fb-scan = Cliquer sur quoi que ce soit dans la page vous y retient. Fermez plutôt le navigateur avec le Gestionnaire des tâches.
fb-task-manager = Exactement : fermez le navigateur avec le Gestionnaire des tâches et ne restaurez pas la page.
fb-follow = Télécharger le logiciel qu’il vous a indiqué : c’est ainsi que commencent les arnaques à l’accès à distance.
fb-call-back = Bon réflexe : vous avez mis fin à l’appel et vérifié par un canal que vous avez trouvé vous-même.
fb-hang-up = Raccrocher est toujours permis et toujours sans danger.
fb-allow = En lisant le code et en cliquant sur « Autoriser », vous avez livré votre ordinateur à un inconnu.
fb-refuse = Bien vu : aucun accès à distance pour quelqu’un qui vous appelle, ou que vous appelez à cause d’une fenêtre pop-up.
fb-disconnect = Couper la connexion met fin à leur contrôle ; il faut maintenant nettoyer l’ordinateur et signaler les faits.
fb-pay = Les cartes cadeaux sont le moyen de paiement préféré des escrocs, car elles sont intraçables et non remboursables.
fb-refuse-pay = Refuser de payer était la bonne décision, mais ils étaient déjà entrés dans votre ordinateur.

lesson-no-numbers = Les vrais avertissements de sécurité n’affichent jamais de numéro de téléphone. N’appelez pas.
lesson-task-manager = Fermez un navigateur bloqué avec Ctrl+Maj+Échap → Gestionnaire des tâches → Fin de tâche. Si cela ne suffit pas, redémarrez.
lesson-remote = N’accordez un accès à distance qu’à une personne que vous connaissez, ou au support de votre organisation quand c’est vous qui l’avez contacté et que vous avez vérifié.
lesson-gift-cards = Aucune vraie entreprise ni aucune administration ne demande de cartes cadeaux, de cryptomonnaies ou de virement vers un « compte sécurisé ».

# Le compte à rebours arrive à zéro (le délai de l’étape).
expired-body = TEMPS ÉCOULÉ. Vos fichiers risquent désormais d’être supprimés. Appelez immédiatement le support Microsoft : { $phone } (appel gratuit).
flag-expired-label = Le compte à rebours est arrivé à zéro et rien ne s’est passé
flag-expired-why = Le délai était inventé : rien n’a été supprimé quand il a expiré. La page veut seulement que vous appeliez. Fermez le navigateur dans le Gestionnaire des tâches.

choice-ring-microsoft = Appeler le support Microsoft
caller-microsoft = Support Microsoft
closed-after-call-body = Vous fermez le navigateur dans le Gestionnaire des tâches sans restaurer les derniers onglets. Le téléphone sonne de nouveau depuis un autre numéro ; vous ne répondez pas.
end-closed-after-call = Vous avez raccroché et fermé le faux avertissement sans rien donner. Le geste risqué, c’était d’appeler le numéro : la prochaine fois, fermez d’abord le navigateur dans le Gestionnaire des tâches.
