title = Un coup de main en famille
summary = Votre imprimante n’imprime plus, alors vous demandez de l’aide à votre petit-fils. Il s’y connaît en informatique.
rel-1 = Lucas
rel-2 = Hugo
rel-3 = Théo
rel-4 = Nathan

printer-page = File d’attente d’impression : « Lettre à l’assurance », Erreur - Impression. Vous avez éteint et rallumé l’imprimante deux fois, et elle n’imprime toujours pas.
choice-ring = Appeler { $relative }

no-answer-body = Ça sonne, ça sonne, puis c’est la messagerie. Vous laissez un message : « L’imprimante refait des siennes, tu peux m’aider ? » Dix minutes plus tard, votre téléphone sonne : un numéro que vous ne connaissez pas.
choice-look = Regarder le téléphone

unknown-caller-id = Numéro inconnu
choice-answer = Répondre
choice-ring-back-first = Refuser
fb-ring-back-first = Bon réflexe : rappeler le numéro que vous avez déjà est le moyen le plus sûr de savoir à qui vous parlez.

speaker-relative = { $relative }
speaker-you = Vous
office-hello = Coucou, c’est moi, { $relative } ! J’ai eu ton message. Je t’appelle du fixe du bureau, mon portable est dans mon sac.
office-plan = Encore l’imprimante ? C’est facile. Ouvre { $tool }, comme la dernière fois, et lis-moi le numéro à neuf chiffres. Je te règle ça en cinq minutes.
office-hurry = Je suis en pause, là, c’est le bon moment.
choice-go-ahead = D’accord, attends, j’ouvre { $tool }.
fb-go-ahead = C’était bien { $relative } cette fois, mais impossible d’en avoir la certitude : « C’est moi, depuis un autre numéro » est exactement la façon dont commencent les arnaques où quelqu’un se fait passer pour un proche. Rappeler son numéro enregistré prend une minute.
choice-ring-back = Je te rappelle sur ton portable, d’accord ?
fb-ring-back = Bien : raccrocher pour rappeler le numéro que vous avez déjà, c’est ainsi qu’on vérifie qui appelle vraiment.
choice-hang-up-office = Pardon, mon grand, je préfère que personne n’entre dans mon ordinateur.
fb-hang-up-office = La prudence, c’est bien, mais c’est vous qui avez demandé cette aide. Plutôt que d’abandonner, rappelez le numéro enregistré.

saved-caller = { $relative } (portable)
saved-hello = Oui, c’était bien moi sur le fixe du bureau ! Bien joué de me rappeler sur mon numéro.
saved-plan = Alors : ouvre { $tool }, celui que je t’ai installé sur l’ordinateur la dernière fois, et lis-moi les neuf chiffres. Ensuite, clique sur Accepter. Tu verras tout ce que je fais, et tu peux fermer quand tu veux.
saved-doubt = Attends… On dit toujours qu’il ne faut laisser personne entrer dans son ordinateur.
saved-reassure = Et c’est vrai, quand quelqu’un t’appelle sans prévenir. Mais là, c’est toi qui m’as appelé, sur mon numéro. C’est juste moi.
choice-trust = Bon, je te crois. J’ouvre { $tool }.
fb-trust = Bonne décision. C’est vous qui avez pris contact, sur un numéro que vous connaissez, avec un outil que vous connaissez tous les deux : c’est exactement dans ce cas que l’aide à distance est sûre.
choice-hang-up-saved = Raccrocher
fb-hang-up-saved = Vous aviez déjà vérifié que c’était bien { $relative }. Refuser ici laisse seulement l’imprimante en panne.

tool-prompt = { $tool } : votre adresse est { $code }. Demande de connexion depuis l’ordinateur portable de { $relative }. Accepter ?
tool-ask = Lis-moi les neuf chiffres… C’est bon, merci. Tu dois voir une demande de mon portable, là. Clique sur Accepter et regarde ce que je fais.
choice-accept = Accepter
fb-accept = Vous avez laissé entrer { $relative } avec un outil que vous connaissez tous les deux, et vous pouviez voir tout ce qu’il faisait.
choice-close-tool = Fermer
fb-close-tool = Rien n’était suspect ici : c’était { $relative }, avec un outil que vous connaissez tous les deux. Le refuser laisse seulement l’imprimante en panne.

fixing-body = Le pointeur se déplace calmement. { $relative } ouvre la file d’attente, supprime le document bloqué et redémarre l’imprimante, en vous expliquant chaque étape.
fixing-explain = Tu vois ? La lettre était coincée dans la file, alors tout le reste attendait derrière. Je l’ai supprimée.
fixing-close = Essaie d’imprimer maintenant. Je ferme { $tool }, tu vas voir la fenêtre disparaître. Si ça recommence, tu m’appelles.
choice-test-page = Imprimer

helped-body = L’imprimante se met en route et votre lettre sort. La fenêtre de { $tool } s’est fermée.
end-helped = L’imprimante fonctionne de nouveau. L’aide à distance d’un proche est sûre quand vous prenez contact vous-même sur un numéro que vous connaissez, avec un outil que vous connaissez tous les deux, et que vous voyez ce qu’il fait.
refused-body = La lettre est toujours bloquée dans la file, et { $relative } ne pourra pas vous aider avant sa prochaine visite.
end-refused = L’imprimante est toujours en panne. La prudence, c’est bien, mais c’était l’aide que vous aviez demandée : quand vous joignez un proche sur son numéro enregistré, vous pouvez le laisser entrer.

lesson-you-start = L’aide à distance est sûre quand c’est vous qui avez pris contact, sur un numéro que vous connaissez déjà.
lesson-new-number = Si un « c’est moi » appelle d’un nouveau numéro, raccrochez et rappelez le numéro enregistré dans votre téléphone.
lesson-known-tool = Ne laissez entrer qu’une personne que vous connaissez et en qui vous avez confiance, avec un outil que vous connaissez tous les deux, et regardez ce qu’elle fait.
lesson-stay-in-charge = Vous gardez la main : vous pouvez fermer l’outil à distance à tout moment, et aucun proche n’a besoin de vos mots de passe ni de vos codes bancaires.
choice-hang-up = Raccrocher
office-still-there = Allô ? Tu es toujours là ?
choice-call-saved = Appeler { $relative }
fb-call-saved = Bravo : vous avez vérifié en appelant le numéro que vous aviez déjà, et cela n’a pris qu’une minute.
choice-no-thanks = Merci, mon grand, mais je préfère attendre que tu passes.
choice-dismiss = Ignorer
