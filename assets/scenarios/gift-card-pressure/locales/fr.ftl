title = Juste quelques cartes cadeaux
summary = La semaine dernière, un « technicien » s’est connecté à votre ordinateur et vous a vendu un abonnement de protection. Ce matin, le téléphone sonne de nouveau.
agent-1 = Laurent Dubois
agent-2 = Patrick Roux
agent-3 = Éric Fontaine

ring-caller-id = Support technique
choice-answer = Répondre
choice-decline = Refuser

call-caller = Support technique
speaker-agent = { $agent }
speaker-cashier = Caissière
call-hello = Bonjour, { $agent }, du service Support technique. Je suis intervenu sur votre ordinateur la semaine dernière, vous vous souvenez ? Votre numéro de dossier est le { $case }.
call-problem = Je vous appelle parce que votre banque a rejeté le paiement de votre abonnement de protection. Et c’est plus grave que ça : les pirates que nous avons supprimés ont récupéré les données de votre carte. Je les vois en train d’essayer de l’utiliser en ce moment même.
call-gift-cards = Pour vous protéger, nous devons régler { $amount } aujourd’hui. Pas par carte ni par virement, les pirates voient tout. Le seul moyen sûr, ce sont les cartes cadeaux { $brand }.
call-secret = Et surtout, n’appelez pas votre banque : nous pensons que quelqu’un à l’intérieur de la banque travaille avec les pirates. Restez en ligne avec moi et allez tout de suite au magasin.
flag-demand-label = On exige un paiement en cartes cadeaux
flag-demand-why = Aucune vraie entreprise, aucune banque ni aucune administration ne se fait payer en cartes cadeaux. Dès que vous lisez les codes, l’argent est perdu et intraçable.
flag-bank-label = « N’appelez pas votre banque »
flag-bank-why = Les escrocs vous coupent de ceux qui pourraient les arrêter. C’est justement votre banque qu’il faut appeler, au numéro inscrit au dos de votre carte.
choice-go-shop = Bon, je prends mes clés de voiture. Je vais dans quel magasin ?
choice-call-bank = Appeler la banque
choice-hang-up = Raccrocher
choice-check-bank = Je vais d’abord appeler ma banque pour vérifier.
caller-bank = Votre banque
after-call-page = Nouvel onglet. Effectuez une recherche ou saisissez une adresse web.

shop-rack = Vous êtes au magasin ? Très bien. Allez au présentoir des cartes cadeaux. Prenez { $cards } cartes { $brand } et chargez-les pour un total de { $amount }.
shop-cover = Si la caissière vous pose la question, dites que ce sont des cadeaux pour vos petits-enfants. Ne parlez ni de moi ni de l’ordinateur. Les caissières ont pour consigne de bloquer ces paiements, et là, votre argent n’est plus protégé.
shop-stay = Gardez le téléphone dans votre poche, en ligne. Je reste avec vous tout le temps.
flag-cover-label = On vous dicte ce qu’il faut dire à la caissière
flag-cover-why = Si quelqu’un vous demande de mentir sur la raison de l’achat de cartes cadeaux, c’est une escroquerie. Ils savent que le personnel du magasin connaît ce piège et vous arrêterait.
flag-stay-label = « Restez en ligne tout le temps »
flag-stay-why = Rester en ligne vous garde sous leur emprise : pas le temps de réfléchir, de vérifier ni de demander conseil. Raccrochez : une vraie entreprise sera toujours là après.
choice-to-till = Voilà, j’ai les cartes. Je vais à la caisse.
choice-ask-staff = Raccrocher

till-body = À la caisse, la caissière regarde les { $cards } cartes { $brand }, puis le téléphone collé à votre oreille.
till-cashier = Ça fait beaucoup de cartes cadeaux. Je peux vous demander pour qui c’est ? Est-ce que quelqu’un au téléphone vous demande de les acheter ?
till-cashier-2 = On voit cette arnaque toutes les semaines. Personne d’honnête ne demande à être payé en cartes cadeaux.
till-caller = (à votre oreille) Ne l’écoutez pas. Dites que ce sont des cadeaux pour vos petits-enfants. Vite, avant que les pirates vident votre compte !
flag-ignore-cashier-label = Votre interlocuteur vous dit d’ignorer la caissière
flag-ignore-cashier-why = La caissière est la seule personne ici qui n’a rien à y gagner. Quand quelqu’un au téléphone essaie de vous empêcher d’écouter une mise en garde, fiez-vous à la mise en garde.
choice-say-presents = Ce sont des cadeaux pour mes petits-enfants.
choice-tell-cashier = Oui… un monsieur au téléphone m’a dit de les acheter.

cashier-helps-body = La caissière met les cartes de côté et reste avec vous le temps que vous repreniez votre souffle.
cashier-offer = Vous avez bien fait. Vous voulez appeler votre banque d’ici ? Le numéro est au dos de votre carte.
choice-call-bank-shop = Oui, s’il vous plaît. Je vais appeler le numéro qui est sur ma carte.
choice-go-home = Merci, mais je préfère rentrer chez moi.

scratch-body = Devant le magasin, vous tenez { $cards } cartes { $brand } d’une valeur totale de { $amount }. Votre interlocuteur veut que vous grattiez la bande au dos et que vous lui lisiez chaque code, ou que vous lui envoyiez des photos des cartes.
scratch-ask = Grattez doucement pour que les chiffres soient bien lisibles. Maintenant, lisez-moi le premier code, lentement.
scratch-hurry = Vite, il nous reste dix minutes avant que le système ne ferme votre dossier.
flag-codes-label = Lire les codes
flag-codes-why = Le code d’une carte cadeau, c’est l’argent lui-même. Celui qui a le code peut le dépenser en quelques secondes, n’importe où dans le monde, et personne ne pourra le récupérer pour vous ensuite.
choice-read-codes = Bon, j’ai gratté la première. Le code, c’est…
choice-keep-codes = Raccrocher

more-failed = Hmm, la deuxième carte n’a pas fonctionné, le système l’a refusée. Il va falloir racheter le même montant, et ensuite le dossier est clos et on vous rembourse tout.
more-threat = Si vous arrêtez maintenant, tout ce que vous avez payé est perdu et les pirates gardent votre carte. C’est ça que vous voulez ?
flag-failed-label = « Le code n’a pas marché, rachetez-en »
flag-failed-why = Les codes ont marché : ils ont été dépensés dès que vous les avez lus. « Ça n’a pas marché, rachetez-en » permet aux escrocs de recommencer le vol jusqu’à ce que vous disiez stop.
choice-buy-more = D’accord, je retourne au magasin et j’en rachète autant.
choice-stop = Raccrocher

declined-body = Vous ne répondez pas à un numéro inconnu. Le téléphone sonne encore deux fois, puis s’arrête.
end-declined = Vous n’avez pas décroché. Comme un « technicien » a eu accès à votre ordinateur la semaine dernière, appelez votre banque au numéro de votre carte et faites vérifier l’ordinateur.
bank-body = Le service des fraudes de votre banque vous indique qu’il n’y a rien d’anormal sur votre carte et qu’aucune vraie entreprise ne demande de cartes cadeaux. Par précaution, il fait opposition sur la carte utilisée la semaine dernière.
end-bank = Vous avez raccroché et appelé votre banque à un numéro de confiance. C’est exactement ce qui met fin à cette escroquerie.
hung-up-body = Vous raccrochez. Le téléphone sonne encore deux fois ; vous le laissez sonner.
end-hung-up = Vous avez raccroché avant de payer quoi que ce soit. Appelez maintenant votre banque au numéro de votre carte, puisque vous avez payé le « technicien » la semaine dernière, et faites vérifier l’ordinateur.
staff-help-body = Vous raccrochez et demandez de l’aide à une vendeuse. Elle vous dit qu’elle voit ça toutes les semaines et vous aide à appeler votre banque au numéro de votre carte.
end-staff-help = Vous avez raccroché et demandé de l’aide au magasin, et vous avez gardé votre argent. Le personnel des magasins connaît bien cette escroquerie.
safe-bank-body = Votre banque fait opposition sur la carte utilisée la semaine dernière et vous en envoie une nouvelle. Elle note que quelqu’un a tenté de vous faire payer en cartes cadeaux.
end-safe-bank = Vous avez écouté la caissière, raccroché et appelé votre banque. Vous avez gardé votre argent et fermé la porte aux escrocs.
safe-home-body = À la maison, le téléphone sonne encore et encore, depuis des numéros différents. Vous ne répondez pas.
end-safe-home = Vous avez gardé votre argent. Appelez quand même votre banque au numéro de votre carte : les escrocs ont vos coordonnées depuis la semaine dernière.
kept-cards-body = Vous raccrochez, les cartes à la main et leurs codes toujours cachés sous la bande. Le magasin reprendra peut-être les cartes non utilisées, peut-être pas, mais l’argent chargé dessus vous appartient toujours.
end-kept-cards = Les codes sont restés avec vous, les escrocs n’ont donc rien obtenu. La prochaine fois, raccrochez avant d’acheter : personne d’honnête ne demande de cartes cadeaux.
lost-once-body = Votre banque et l’émetteur des cartes cadeaux enregistrent votre signalement. Les codes que vous avez lus ont été dépensés en quelques minutes.
end-lost-once = Vous avez perdu { $amount }, mais vous les avez empêchés de prendre davantage. Signalez l’escroquerie et prévenez tout de suite l’émetteur des cartes : un solde non dépensé peut parfois être bloqué. Ce n’est pas votre faute.
lost-more-body = Vous achetez un deuxième lot et lisez les codes. Le lendemain matin, il rappelle avec une nouvelle raison de payer.
end-lost-more = L’argent est perdu, et ils vont continuer d’appeler. Appelez dès maintenant votre banque et l’émetteur des cartes cadeaux, signalez l’escroquerie et demandez à un proche de vous aider à bloquer ces appels. Ce n’est pas votre faute : ces bandes sont des professionnels.

fb-decline = Ne pas répondre à un numéro inconnu, c’est toujours permis.
fb-go-shop = Partir acheter des cartes cadeaux sur les instructions d’un correspondant, c’est l’étape dont dépend toute l’escroquerie.
fb-call-bank = Exactement : vous avez raccroché et appelé votre banque à un numéro de confiance.
fb-hang-up = On a toujours le droit de raccrocher, et c’est toujours sans risque.
fb-to-till = Un texte tout prêt pour la caissière est la preuve d’une escroquerie. C’était l’occasion de s’arrêter.
fb-ask-staff = Exact : le personnel du magasin voit souvent cette escroquerie et peut vous aider.
fb-say-presents = En mentant à la caissière, vous avez écarté la dernière personne qui pouvait arrêter l’escroquerie.
fb-tell-cashier = Exact : la caissière était de votre côté. Dire la vérité a arrêté l’escroquerie.
fb-call-bank-shop = Exact : le numéro inscrit sur votre carte est toujours le moyen sûr de joindre votre banque.
fb-go-home = Vous avez gardé votre argent, mais appelez aussi votre banque : les escrocs ont vos coordonnées.
fb-read-codes = En lisant les codes, vous avez remis l’argent. Il est intraçable et non remboursable.
fb-keep-codes = Exact : sans les codes, les escrocs n’obtiennent rien.
fb-buy-more = « La carte n’a pas marché » est un mensonge pour obtenir davantage. Chaque nouveau code, c’est encore de l’argent perdu.
fb-stop = Exact : arrêter et appeler votre banque a limité la perte.

lesson-gift-cards = Toute personne qui vous demande de payer en cartes cadeaux est un escroc. Aucune vraie entreprise, aucune banque ni aucune administration ne le fait.
lesson-hang-up = Si l’on vous demande de rester en ligne ou de garder le secret, raccrochez. Appelez votre banque au numéro inscrit sur votre carte.
lesson-cashier = Écoutez la caissière. Si quelqu’un vous a dicté ce qu’il faut dire à la caisse, dites plutôt la vérité à la caissière.
lesson-codes = Ne lisez jamais et n’envoyez jamais en photo des codes de cartes cadeaux. Si c’est déjà fait, appelez immédiatement l’émetteur de la carte et votre banque, et signalez l’escroquerie.
