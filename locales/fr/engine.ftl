# Textes utilisés par le moteur dans chaque bilan. On vouvoie l’utilisateur.

verdict-refused-correctly = Vous avez gardé le contrôle de votre ordinateur : l’accès à distance a été refusé.
verdict-granted = Critique : un inconnu a pris le contrôle de votre ordinateur.
verdict-allowed-verified = Bonne décision : vous avez vérifié qui vous contactait, puis accepté l’aide dont vous aviez besoin.
verdict-allowed-unverified = Risqué : vous avez laissé quelqu’un entrer sans vérifier son identité, même si la demande s’est révélée authentique.
verdict-false-alarm = Fausse alerte : c’était une aide réelle que vous aviez demandée, et elle a été refusée.

debrief-score = Score : { $points } sur 100
debrief-unfinished = Vous avez quitté le scénario avant la fin.

report-default = Si de l’argent ou des données de carte sont en jeu, appelez votre banque au numéro inscrit sur votre carte, et portez plainte auprès de la police.{ $emergency ->
        [none] {""}
       *[other] {" "}En cas d’urgence, composez le { $emergency }.
    }
report-us = Aux États-Unis, signalez-le à la FTC sur ReportFraud.ftc.gov et au FBI sur ic3.gov. Si vous avez 60 ans ou plus, la National Elder Fraud Hotline peut vous aider en semaine : 1-833-FRAUD-11 ({ $report-line }).
report-gb = Au Royaume-Uni, signalez-le à Report Fraud sur reportfraud.police.uk ou au { $report-line }. Transférez les SMS frauduleux au 7726 et les e-mails frauduleux à report@phishing.gov.uk. Pour joindre votre banque en toute sécurité, composez le { $bank-safety }.
report-gb-sct = En Écosse, signalez-le à Police Scotland au 101. Transférez les SMS frauduleux au 7726 et les e-mails frauduleux à report@phishing.gov.uk. Pour joindre votre banque en toute sécurité, composez le { $bank-safety }.
report-il = En Israël, appelez la ligne { $report-line } de la Direction nationale de la cybersécurité (24 h/24, 7 j/7), prévenez votre banque et portez plainte auprès de la police israélienne.
report-es = En Espagne, portez plainte (denuncia) auprès de la Policía Nacional ou de la Guardia Civil et prévenez votre banque si de l’argent ou des données de carte sont en jeu. Pour un conseil, appelez le { $report-line }, la ligne d’assistance en cybersécurité de l’INCIBE, gratuite et confidentielle.
report-fr = Rendez-vous sur 17cyber.gouv.fr pour obtenir de l’aide et contacter la police ou la gendarmerie, ou portez plainte en ligne avec THESEE. Info Escroqueries répond au { $report-line }, et cybermalveillance.gouv.fr donne des conseils.


# Titres de la version 2 du score (ce qui s’est vraiment passé).
verdict-unfinished = Inachevé : vous avez quitté le scénario avant la fin, il ne peut donc pas être réussi.
verdict-granted-money-lost = Critique : un inconnu a pris le contrôle de votre ordinateur, et de l’argent a été perdu.
verdict-money-lost = Critique : vous avez gardé le contrôle de votre ordinateur, mais de l’argent est parti chez les escrocs.
verdict-not-offered-money-lost = Critique : de l’argent est parti chez les escrocs. Personne n’a demandé d’accès à distance dans cette arnaque : c’est votre argent qui était visé.
verdict-not-offered-secrets = Votre argent n’a pas bougé, mais des codes ou des données de carte ont été donnés. Personne n’a demandé d’accès à distance dans cette arnaque.
verdict-not-offered-safe = Vous avez protégé votre argent et vos données. Personne n’a demandé d’accès à distance dans cette arnaque.
verdict-not-offered-harmed = Critique : les escrocs ont obtenu de l’argent ou des données de votre part. Personne n’a demandé d’accès à distance dans cette arnaque.
