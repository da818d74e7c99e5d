# Textos que el motor usa en todos los informes finales. Se trata al usuario de tú.

verdict-refused-correctly = Has conservado el control de tu ordenador: has rechazado el acceso remoto.
verdict-granted = Grave: un desconocido ha tomado el control de tu ordenador.
verdict-allowed-verified = Bien hecho: has comprobado quién te lo pedía y después has aceptado la ayuda que necesitabas.
verdict-allowed-unverified = Arriesgado: has dejado entrar a alguien sin comprobar quién era, aunque al final la ayuda fuera legítima.
verdict-false-alarm = Falsa alarma: era una ayuda real que habías pedido tú, y la has rechazado.

debrief-score = Puntuación: { $points } de 100
debrief-unfinished = Has salido del escenario antes de que terminara.

report-default = Si hay dinero o datos de tarjeta de por medio, llama a tu banco al número que aparece en tu tarjeta, y denuncia la estafa ante la policía.{ $emergency ->
        [none] {""}
       *[other] {" "}En caso de emergencia, llama al { $emergency }.
    }
report-us = En Estados Unidos, denúncialo a la FTC en ReportFraud.ftc.gov y al FBI en ic3.gov. Si tienes 60 años o más, la National Elder Fraud Hotline puede ayudarte los días laborables: 1-833-FRAUD-11 ({ $report-line }).
report-gb = En el Reino Unido, denúncialo a Report Fraud en reportfraud.police.uk o en el { $report-line }. Reenvía los SMS fraudulentos al 7726 y los correos fraudulentos a report@phishing.gov.uk. Para contactar con tu banco de forma segura, llama al { $bank-safety }.
report-gb-sct = En Escocia, denúncialo a Police Scotland en el 101. Reenvía los SMS fraudulentos al 7726 y los correos fraudulentos a report@phishing.gov.uk. Para contactar con tu banco de forma segura, llama al { $bank-safety }.
report-il = En Israel, llama a la línea { $report-line } de la Dirección Nacional de Ciberseguridad (atiende 24 horas, todos los días), avisa a tu banco y denúncialo ante la Policía de Israel.
report-es = Presenta una denuncia ante la Policía Nacional o la Guardia Civil y avisa a tu banco si hay dinero o datos de tarjeta de por medio. Para pedir consejo, llama al { $report-line }, la línea gratuita y confidencial de ayuda en ciberseguridad de INCIBE.
report-fr = En Francia, entra en 17cyber.gouv.fr para pedir ayuda y contactar con la policía o la gendarmería, o presenta una denuncia en línea en THESEE. Info Escroqueries atiende en el { $report-line }, y cybermalveillance.gouv.fr ofrece consejos.


# Titulares de la versión 2 de la puntuación (lo que pasó de verdad).
verdict-unfinished = Sin terminar: has salido del escenario antes del final, así que no se puede aprobar.
verdict-granted-money-lost = Grave: un desconocido ha tomado el control de tu ordenador y además has perdido dinero.
verdict-money-lost = Grave: has conservado el control de tu ordenador, pero el dinero ha acabado en manos de los estafadores.
verdict-not-offered-money-lost = Grave: el dinero ha acabado en manos de los estafadores. En esta estafa nadie pedía acceso remoto: iban a por tu dinero.
verdict-not-offered-secrets = Tu dinero sigue en su sitio, pero has dado códigos o datos de la tarjeta. En esta estafa nadie pedía acceso remoto.
verdict-not-offered-safe = Has protegido tu dinero y tus datos. En esta estafa nadie pedía acceso remoto.
verdict-not-offered-harmed = Grave: los estafadores han conseguido dinero o datos tuyos. En esta estafa nadie pedía acceso remoto.
