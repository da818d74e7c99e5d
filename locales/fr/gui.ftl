# Textes des écrans de l’application. On vouvoie l’utilisateur.

app-title = ScamDrill
app-tagline = Entraînez-vous à dire non aux arnaques au faux support technique, sans risque.
keys-hint = Tab ou flèches : se déplacer · Entrée : choisir · Échap : retour · Ctrl+Maj+Échap : Gestionnaire des tâches

start-language = Choisissez votre langue
start-address = Quelle forme d’adresse préférez-vous ?
start-address-m = Au masculin
start-address-f = Au féminin
start-address-p = Au pluriel
start-mode = Comment utilisez-vous ScamDrill aujourd’hui ?
start-mode-training = Formation au travail
start-mode-public = Séance libre (sans connexion)
start-begin = Commencer

signin-heading = Connexion
signin-prompt = Saisissez votre matricule, puis appuyez sur Entrée.
signin-id = Matricule : { $id }
signin-continue = Continuer avec ce matricule
signin-anonymous = Continuer sans se connecter
signin-privacy = Vos résultats sont transmis aux dossiers de formation de votre employeur, sous ce matricule uniquement.

overview-heading = Vos scénarios
overview-progress = { $done } sur { $total } terminés
overview-play = Lancer
overview-done = Terminé · { $points } points
overview-results = Voir mes résultats
overview-back = Retour à l’accueil

settings-text-bigger = Texte plus grand
settings-text-smaller = Texte plus petit
settings-motion-on = Animations réduites : activées
settings-motion-off = Animations réduites : désactivées
settings-language = Langue : { $name }

play-flags-heading = Signaux d’alerte
play-flags-hint = Vous avez remarqué quelque chose de suspect ? Sélectionnez-le pour le signaler.
play-flag-marked = Signalé : { $label }
play-flag-unmarked = Signaler : { $label }
play-incoming = Appel entrant
play-on-call = Appel en cours
play-answer = Répondre
play-decline = Refuser
play-hang-up = Raccrocher
play-caller-says = { $speaker } dit :
play-countdown = Temps restant : { $time }
play-scanning = Analyse en cours…
play-browser = Navigateur
play-mail = Messagerie
play-chat = Discussion
play-bank = Banque en ligne
play-taskmgr = Gestionnaire des tâches
play-taskmgr-process = Navigateur web (1 fenêtre)
play-taskmgr-end = Fin de tâche
play-taskmgr-close = Fermer le Gestionnaire des tâches
play-taskmgr-nothing = Le navigateur n’est pas ouvert.
play-remote-address = Votre adresse
play-remote-request = Demande d’assistance à distance
play-remote-control = contrôle cet ordinateur
play-payment = Paiement
play-amount = Montant dû : { $amount }
play-continue = Continuer
play-choices = Que faites-vous ?

debrief-heading = Bilan
debrief-happened = Ce qui s’est passé
debrief-decisions = Vos décisions
debrief-flags = Signaux d’alerte
debrief-spotted = Repéré
debrief-missed = Non repéré
debrief-instead = Que faire à la place
debrief-report-heading = Où signaler
debrief-next = Scénario suivant
debrief-overview = Retour à la liste

results-heading = Vos résultats
results-mean = Score moyen : { $points } sur 100
results-passed = Réussi
results-failed = Pas encore réussi : refaites les scénarios.
results-critical = Nombre de fois où un inconnu est entré dans l’ordinateur : { $count }
results-dprime = Distinguer les arnaques de l’aide réelle (d′) : { $value }
results-bias = Prudence (c) : { $value }
results-bias-note = En dessous de zéro : vous refusez même l’aide réelle. Au-dessus de zéro : vous faites confiance trop facilement.
results-again = Recommencer

kiosk-invite = Sauriez-vous repérer une arnaque avant qu’elle ne vous coûte cher ?
kiosk-promise = Cinq minutes, trois situations, sans connexion. Aucune donnée vous concernant n’est conservée.
kiosk-touch = Touchez ici pour commencer
staff-open = Personnel
staff-pin = Code PIN de l’animateur
staff-pin-wrong = Code PIN incorrect. Réessayez.
staff-pin-erase = Effacer un chiffre
staff-pin-ok = OK
staff-cancel = Annuler
staff-heading = Espace animateur
staff-back = Retour à la borne
staff-summary = Chiffres du jour
staff-exit = Quitter le mode kiosque

summary-heading = Séances libres du jour
summary-note = Chiffres anonymes. Tout chiffre portant sur moins de cinq séances est masqué pour protéger les visiteurs.
summary-none = Aucun chiffre pour l’instant.
summary-suppressed = masqué (moins de 5)
summary-sessions = Séances
summary-runs = Scénarios joués
summary-refused = Accès à distance refusé face à une arnaque
summary-genuine = Aide réelle acceptée après vérification
summary-passed = Scénarios réussis
summary-missed = Signaux d’alerte les plus souvent manqués

facilitator-discuss = Discutez-en ensemble : que feriez-vous maintenant ?
facilitator-reveal = Le choix du groupe
kiosk-finish = Terminer

# After the last decision, before the debrief (one question, no right answer shown).
judgement-question = Avec le recul : était-ce une arnaque, ou une vraie aide ?
judgement-note = Dites ce que vous en pensez maintenant, avant de savoir comment cela s’est terminé.
judgement-1 = Certainement une arnaque
judgement-2 = Sans doute une arnaque
judgement-3 = Peut-être une arnaque
judgement-4 = Peut-être une vraie aide
judgement-5 = Sans doute une vraie aide
judgement-6 = Certainement une vraie aide
summary-compare = Ce que les gens ont fait, et ce qu’ils en ont pensé ensuite
summary-did = Ce qu’ils ont fait
summary-judged = Ce qu’ils en ont pensé
summary-scams-as-scams = Arnaques traitées comme des arnaques
summary-help-as-scam = Vraie aide traitée comme une arnaque
summary-compare-note = « Ce qu’ils en ont pensé » est la réponse de chaque visiteur, après la dernière décision, à « Avec le recul : était-ce une arnaque, ou une vraie aide ? »
summary-missed-times = manqué { $missed } fois sur { $present }
