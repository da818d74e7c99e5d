title = Le support informatique vous rappelle
summary = Au travail, Outlook n’arrête pas de se fermer : hier, vous avez ouvert un ticket auprès du support informatique. Aujourd’hui, votre téléphone sonne.
agent-1 = Camille Lefèvre
agent-2 = Mathieu Roux
agent-3 = Élodie Fournier
speaker-agent = { $agent }

mail-from = Support informatique { $company }
mail-subject = INC{ $ticket } — Outlook se ferme sans arrêt : demande reçue
mail-body = Hier, vous nous avez signalé : « Outlook se ferme tout seul plusieurs fois par jour. » Votre demande INC{ $ticket } a été enregistrée et affectée au support informatique, qui vous recontactera. Vous pouvez la suivre à tout moment sur le portail informatique, dans Mes demandes.
choice-carry-on = Fermer

caller-id = Support informatique { $company }
choice-answer = Répondre
choice-decline = Refuser
declined-body = Vous laissez sonner. Dans l’après-midi, une note apparaît sur votre ticket : le support n’a pas réussi à vous joindre. Outlook continue de se fermer.
end-declined = C’était l’aide que vous aviez demandée. Si un appel vous inspire un doute, rappelez le support au numéro indiqué sur l’intranet et donnez votre numéro de ticket.

caller-name = { $agent } — Support informatique
cb-greeting = Bonjour, ici { $agent }, du support informatique de { $company }. Je vous appelle au sujet de votre ticket INC{ $ticket }, Outlook qui se ferme tout seul. C’est un bon moment ?
cb-ask = J’aimerais regarder ça avec vous. Pouvez-vous ouvrir { $tool } depuis le menu Démarrer ? C’est l’outil d’assistance à distance de l’entreprise. Je vais vous donner un code à saisir, vous verrez mon nom avant que quoi que ce soit se passe, et vous pourrez mettre fin à la session à tout moment.
choice-check-portal = Un instant, je regarde d’abord le ticket sur le portail informatique.
choice-call-back = Je vais rappeler le support moi-même, si ça ne vous dérange pas.
choice-allow-now = D’accord, j’ouvre { $tool } tout de suite.
choice-refuse = Désolé, je ne laisse jamais personne accéder à mon ordinateur par téléphone.

portal-page = Portail informatique › Mes demandes — INC{ $ticket } · Outlook se ferme de manière inattendue · État : En cours · Affecté à : { $agent }, support informatique · Dernière note (aujourd’hui) : « Rappeler l’utilisateur pour un dépannage avec { $tool }. »
portal-wait = Bien sûr, prenez votre temps. Je reste en ligne.
choice-open-tool = Parfait, c’est bien mon ticket. J’ouvre { $tool }.
choice-refuse-anyway = Finalement, je préfère en rester là pour l’instant. Merci quand même.

caller-desk = Support informatique { $company }
cb2-answer = Support informatique de { $company }, { $agent } à l’appareil. Ah, re-bonjour ! Oui, c’est bien moi qui viens de vous appeler pour l’INC{ $ticket }. Merci d’avoir vérifié, c’est exactement ce que nous demandons à tout le monde.
cb2-ask = On continue ? Ouvrez { $tool } depuis le menu Démarrer et je vous donne le code.

remote-prompt = { $tool } — Code de session { $code }. { $agent }, support informatique, { $company } (identité vérifiée par votre organisation) souhaite voir et contrôler votre écran. Autoriser ?
remote-ask = Le code est { $code }. Une fois que vous l’aurez saisi, vous verrez mon nom et celui de l’entreprise. Cliquez sur « Autoriser » quand vous voulez.
choice-allow = Autoriser
choice-decline-tool = Refuser
choice-check-first = Attendez, je vérifie d’abord le ticket sur le portail informatique.

fix-body = Le pointeur bouge sous vos yeux. Outlook redémarre en mode sans échec, un ancien complément est désactivé et Office lance une réparation rapide. Rien d’autre n’est ouvert.
fix-done = C’était le complément. Outlook devrait être stable maintenant. Je ferme la session et je résous l’INC{ $ticket } ; vous allez recevoir un e-mail. Si ça recommence, rouvrez simplement le ticket.
choice-finish = Super, merci beaucoup. Bonne journée !

refused-body = L’appel se termine. Outlook plante encore deux fois dans l’après-midi, et votre ticket reste ouvert.
end-refused = C’était l’aide que vous aviez demandée : votre propre ticket, l’outil de votre entreprise. La prochaine fois, vérifiez le ticket sur le portail informatique ou rappelez le support au lieu de refuser.
helped-body = Outlook fonctionne tout l’après-midi sans se fermer. Un e-mail confirme que l’INC{ $ticket } est résolue.
end-helped = Bravo : vous avez vérifié que l’appel correspondait à votre propre ticket, puis laissé le support informatique intervenir avec l’outil de l’entreprise.
helped-unverified-body = Outlook fonctionne de nouveau, et un e-mail confirme que l’INC{ $ticket } est résolue.
end-helped-unverified = Tout s’est bien passé, parce que c’était vraiment votre support informatique. Mais vous avez laissé quelqu’un entrer sur la seule foi d’un appel, et les attaquants se font passer pour l’informatique, eux aussi. Vérifiez d’abord le ticket sur le portail.

fb-decline = Ne pas répondre est sans danger, mais c’était l’aide que vous aviez demandée. Rappelez le support au numéro indiqué sur l’intranet.
fb-check-portal = Exactement : le ticket est bien le vôtre, le nom qui y figure correspond à celui de l’appel, et la dernière note aussi.
fb-call-back = Bien : vous avez mis fin à l’appel quand vous l’avez décidé. Rappeler le numéro de l’annuaire de l’intranet, c’est le moyen d’en être sûr.
fb-allow-now = Vous avez lancé l’accès à distance sur la seule foi d’un appel. Vérifiez d’abord le ticket sur le portail.
fb-refuse = La prudence, c’est bien, mais c’était votre propre ticket et l’outil de votre entreprise. Vérifiez plutôt que de refuser.
fb-refuse-verified = Vous aviez vérifié et tout concordait. Refuser l’aide laisse Outlook en panne.
fb-open-tool = Bien vu : l’outil de votre entreprise, pour un ticket que vous avez ouvert et vérifié.
fb-allow-verified = Vous avez d’abord vérifié, puis autorisé l’accès : c’est ainsi qu’on utilise sans risque une vraie aide informatique.
fb-allow-unverified = C’était authentique cette fois-ci, mais vous n’aviez rien vérifié. Les attaquants se font aussi passer pour le support.
fb-check-first = Bon réflexe : mieux vaut vérifier tard que jamais.
fb-decline-tool = Vous avez refusé une aide que vous aviez demandée.

lesson-ticket = Un vrai rappel mentionne un ticket que vous avez ouvert vous-même. Vérifiez-le sur le portail informatique avant d’autoriser quoi que ce soit.
lesson-own-tool = Votre support utilise l’outil d’assistance à distance de votre organisation, déjà installé sur votre PC, et non un logiciel à télécharger sur un site que l’appelant vous épelle.
lesson-call-back = En cas de doute, raccrochez, appelez le support au numéro indiqué sur l’intranet et donnez votre numéro de ticket.
lesson-it-says-it = « C’est l’informatique » n’est pas une preuve : les attaquants inondent les boîtes mail de spam, puis appellent ou écrivent en se faisant passer pour le support et demandent d’ouvrir Quick Assist. Vérifiez d’abord.

## Immersive play: the desk after the call, new acts.
choice-hang-up = Raccrocher
intranet-page = Intranet { $company } · Actualités · Annuaire · Portail informatique · Menu de la cantine
choice-ring-desk = Appeler le support informatique
fb-ring-desk = Bon réflexe : rappeler le numéro de l’annuaire de l’intranet prouve à qui vous parlez.
fb-hang-up = Raccrocher est toujours permis. Rappelez ensuite le support au numéro de l’annuaire de l’intranet pour vérifier que c’était bien lui.
