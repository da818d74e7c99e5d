# Textos que el motor usa en todos los informes finales. Se trata al usuario de tú.

verdict-refused-correctly = Has conservado el control de tu ordenador: has rechazado el acceso remoto.
verdict-granted = Grave: un desconocido ha tomado el control de tu ordenador.
verdict-allowed-verified = Bien hecho: has comprobado quién te lo pedía y después has aceptado la ayuda que necesitabas.
verdict-allowed-unverified = Arriesgado: has dejado entrar a alguien sin comprobar quién era, aunque al final la ayuda fuera legítima.
verdict-false-alarm = Falsa alarma: era una ayuda real que habías pedido tú, y la has rechazado.

debrief-score = Puntuación: { $points } de 100
debrief-unfinished = Has salido del escenario antes de que terminara.

report-default = Denuncia las estafas ante el servicio nacional de denuncia de fraudes y, si hay dinero o datos de tarjeta de por medio, llama a tu banco al número que aparece en tu tarjeta.
report-us = En Estados Unidos, denúncialo a la FTC en ReportFraud.ftc.gov y al FBI en ic3.gov. Si tienes 60 años o más, la línea Elder Justice puede ayudarte: 1-833-372-8311.
report-gb = En el Reino Unido, denúncialo a Report Fraud en reportfraud.police.uk o en el 0300 123 2040. Para contactar con tu banco de forma segura, llama al 159.
report-gb-sct = En Escocia, denúncialo a Police Scotland en el 101. Para contactar con tu banco de forma segura, llama al 159.
report-il = En Israel, llama a la línea 119 de la Dirección Nacional de Ciberseguridad (atiende 24 horas, todos los días), avisa a tu banco y denúncialo ante la Policía de Israel.
report-es = Llama al 017, la línea gratuita y confidencial de ayuda en ciberseguridad de INCIBE, y avisa a tu banco si hay dinero o datos de tarjeta de por medio.
report-fr = En Francia, entra en 17cyber.gouv.fr para pedir ayuda y contactar con la policía o la gendarmería, y encontrarás consejos en cybermalveillance.gouv.fr.

# Titulares de la versión 2 de la puntuación (lo que pasó de verdad).
verdict-unfinished = Sin terminar: has salido del escenario antes del final, así que no se puede aprobar.
verdict-granted-money-lost = Grave: un desconocido ha tomado el control de tu ordenador y además has perdido dinero.
verdict-money-lost = Grave: has conservado el control de tu ordenador, pero el dinero ha acabado en manos de los estafadores.
verdict-not-offered-money-lost = Grave: el dinero ha acabado en manos de los estafadores. En esta estafa nadie pedía acceso remoto: iban a por tu dinero.
verdict-not-offered-secrets = Tu dinero sigue en su sitio, pero has dado códigos o datos de la tarjeta. En esta estafa nadie pedía acceso remoto.
verdict-not-offered-safe = Has protegido tu dinero y tus datos. En esta estafa nadie pedía acceso remoto.
verdict-not-offered-harmed = Grave: los estafadores han conseguido dinero o datos tuyos. En esta estafa nadie pedía acceso remoto.
