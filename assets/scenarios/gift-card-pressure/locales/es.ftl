title = Solo unas tarjetas regalo
summary = La semana pasada un «técnico» se conectó a tu ordenador y te vendió un plan de protección. Esta mañana vuelve a sonar el teléfono.
agent-1 = Miguel Torres
agent-2 = Carlos Ortega
agent-3 = Jorge Molina

ring-caller-id = Soporte Técnico
choice-answer = Contestar
choice-decline = Rechazar

call-caller = Soporte Técnico
speaker-agent = { $agent }
speaker-cashier = Cajera
call-hello = Buenos días, soy { $agent }, del Departamento de Soporte Técnico. Le arreglé el ordenador la semana pasada, ¿se acuerda? Su número de expediente es el { $case }.
call-problem = Le llamo porque su banco ha rechazado el pago de su plan de protección. Y lo peor es que los hackers que eliminamos se han hecho con los datos de su tarjeta. Estoy viendo cómo intentan usarla ahora mismo.
call-gift-cards = Para protegerle tenemos que liquidar hoy { $amount }. Con tarjeta o transferencia no, los hackers lo ven todo. La única forma segura son las tarjetas regalo de { $brand }.
call-secret = Y, por favor, no llame a su banco: creemos que alguien de dentro del banco está colaborando con los hackers. Usted no cuelgue y váyase ahora mismo a la tienda.
flag-demand-label = Te exigen pagar con tarjetas regalo
flag-demand-why = Ninguna empresa de verdad, ningún banco ni ningún organismo público cobra con tarjetas regalo. En cuanto lees los códigos, el dinero desaparece y no se puede rastrear.
flag-bank-label = «No llames a tu banco»
flag-bank-why = Los estafadores te aíslan de quienes podrían pararles los pies. Precisamente a tu banco es a quien tienes que llamar, al número que figura en el reverso de tu tarjeta.
choice-go-shop = Vale, cojo las llaves del coche. ¿A qué tienda voy?
choice-call-bank = Llamar al banco
choice-hang-up = Colgar
choice-check-bank = Antes voy a llamar a mi banco para comprobarlo.
caller-bank = Tu banco
after-call-page = Nueva pestaña. Busca o escribe una dirección web.

shop-rack = ¿Ya está en la tienda? Bien. Vaya al expositor de tarjetas regalo. Coja { $cards } tarjetas de { $brand } y cárguelas hasta sumar { $amount } en total.
shop-cover = Si la cajera le pregunta, dígale que son regalos para sus nietos. No me mencione a mí ni lo del ordenador. A las cajeras les dicen que bloqueen estos pagos, y entonces su dinero deja de estar protegido.
shop-stay = Guárdese el móvil en el bolsillo sin colgar. Yo sigo con usted todo el rato.
flag-cover-label = Te dicen lo que tienes que contar en caja
flag-cover-why = Si alguien te pide que mientas sobre por qué compras tarjetas regalo, es una estafa. Saben que el personal de la tienda ya ha visto esto y te pararía.
flag-stay-label = «No cuelgues en ningún momento»
flag-stay-why = Seguir al teléfono te mantiene bajo su control, sin tiempo para pensar, comprobar ni preguntar a nadie. Cuelga: una empresa de verdad seguirá ahí después.
choice-to-till = Vale, ya tengo las tarjetas. Voy a la caja.
choice-ask-staff = Colgar

till-body = En la caja, la cajera mira las { $cards } tarjetas de { $brand } y luego el móvil que llevas pegado a la oreja.
till-cashier = Son muchas tarjetas regalo. ¿Puedo preguntarle para quién son? ¿Le está diciendo alguien por teléfono que las compre?
till-cashier-2 = Vemos esta estafa todas las semanas. Nadie de fiar pide que le paguen con tarjetas regalo.
till-caller = (al oído) No le haga caso. Dígale que son regalos para sus nietos. ¡Rápido, antes de que los hackers le vacíen la cuenta!
flag-ignore-cashier-label = El que llama te dice que no hagas caso a la cajera
flag-ignore-cashier-why = La cajera es la única persona aquí que no gana nada. Cuando alguien al teléfono intenta que no escuches una advertencia, fíate de la advertencia.
choice-say-presents = Son regalos para mis nietos.
choice-tell-cashier = Sí… un hombre me ha dicho por teléfono que las compre.

cashier-helps-body = La cajera aparta las tarjetas y se queda contigo mientras recuperas el aliento.
cashier-offer = Ha hecho lo correcto. ¿Quiere llamar a su banco desde aquí? El número viene en el reverso de su tarjeta.
choice-call-bank-shop = Sí, por favor. Llamaré al número de mi tarjeta.
choice-go-home = Gracias, pero prefiero irme a casa.

scratch-body = A la salida de la tienda tienes en la mano { $cards } tarjetas de { $brand } por un total de { $amount }. El que llama quiere que rasques la banda del reverso y le leas cada código, o que le mandes fotos de las tarjetas.
scratch-ask = Rasque con cuidado para que se vean bien los números. Ahora léame el primer código, despacio.
scratch-hurry = Rápido, que tenemos diez minutos antes de que el sistema cierre su expediente.
flag-codes-label = Leerle los códigos
flag-codes-why = El código de una tarjeta regalo es el dinero en sí. Quien tiene el código puede gastarlo en segundos, en cualquier parte del mundo, y después nadie puede recuperarlo.
choice-read-codes = Vale, ya he rascado la primera. El código es…
choice-keep-codes = Colgar

more-failed = Vaya, la segunda tarjeta no ha funcionado, el sistema la ha rechazado. Va a tener que comprar lo mismo otra vez, y entonces se cierra el expediente y se lo devolvemos todo.
more-threat = Si lo deja ahora, pierde todo lo que ha pagado y los hackers se quedan con su tarjeta. ¿Es eso lo que quiere?
flag-failed-label = «El código no ha funcionado, compra más»
flag-failed-why = Los códigos sí funcionaron: se gastaron en cuanto los leíste. «Ha fallado, compra más» es como los estafadores repiten el robo hasta que dices basta.
choice-buy-more = Está bien, vuelvo a entrar y compro lo mismo otra vez.
choice-stop = Colgar

declined-body = No contestas a un número que no conoces. El teléfono suena dos veces más y deja de sonar.
end-declined = No lo cogiste. Como la semana pasada un «técnico» estuvo dentro de tu ordenador, llama a tu banco al número de tu tarjeta y haz que revisen el ordenador.
bank-body = El departamento de fraude de tu banco te dice que no hay nada raro en tu tarjeta y que ninguna empresa de verdad pide tarjetas regalo. Por si acaso, anulan la tarjeta que usaste la semana pasada.
end-bank = Colgaste y llamaste a tu banco a un número de confianza. Eso es exactamente lo que frena esta estafa.
hung-up-body = Cuelgas. Vuelve a sonar dos veces; lo dejas sonar.
end-hung-up = Colgaste antes de pagar nada. Ahora llama a tu banco al número de tu tarjeta, porque la semana pasada le pagaste al «técnico», y haz que revisen el ordenador.
staff-help-body = Cuelgas y le pides ayuda a una dependienta. Te dice que ve esto todas las semanas y te ayuda a llamar a tu banco al número de tu tarjeta.
end-staff-help = Colgaste y pediste ayuda en la tienda, y no perdiste tu dinero. El personal de las tiendas conoce muy bien esta estafa.
safe-bank-body = Tu banco bloquea la tarjeta que usaste la semana pasada y te envía una nueva. Dejan anotado que alguien intentó que pagaras con tarjetas regalo.
end-safe-bank = Hiciste caso a la cajera, colgaste y llamaste a tu banco. No perdiste tu dinero y les cerraste la puerta a los estafadores.
safe-home-body = En casa, el teléfono suena una y otra vez desde números distintos. No lo coges.
end-safe-home = No perdiste tu dinero. Aun así, llama a tu banco al número de tu tarjeta: los estafadores tienen tus datos desde la semana pasada.
kept-cards-body = Cuelgas con las tarjetas en la mano y los códigos aún tapados bajo la banda. Puede que la tienda acepte devolver las tarjetas sin usar o puede que no, pero el saldo sigue siendo tuyo.
end-kept-cards = Los códigos se quedaron contigo, así que los estafadores no se llevaron nada. La próxima vez, cuelga antes de comprar: nadie de fiar pide tarjetas regalo.
lost-once-body = Tu banco y la empresa de las tarjetas regalo toman nota de la denuncia. Los códigos que leíste se gastaron en cuestión de minutos.
end-lost-once = Perdiste { $amount }, pero impediste que se llevaran más. Denúncialo y avisa enseguida a la empresa de las tarjetas regalo: a veces se puede congelar el saldo que aún no se ha gastado. No es culpa tuya.
lost-more-body = Compras otra tanda y lees los códigos. A la mañana siguiente vuelve a llamar con un nuevo motivo para pagar.
end-lost-more = El dinero se ha perdido, y seguirán llamando. Llama ya a tu banco y a la empresa de las tarjetas regalo, denúncialo y pide a alguien de tu familia que te ayude a bloquear esas llamadas. No es culpa tuya: estas bandas son profesionales.

fb-decline = No contestar a un número desconocido siempre está bien.
fb-go-shop = Ir a comprar tarjetas regalo siguiendo las instrucciones de alguien al teléfono es el paso del que depende toda la estafa.
fb-call-bank = Exacto: colgaste y llamaste a tu banco a un número de confianza.
fb-hang-up = Colgar siempre está permitido y siempre es seguro.
fb-to-till = Que te den un guion para la cajera demuestra que es una estafa. Era el momento de parar.
fb-ask-staff = Correcto: el personal de la tienda ve esta estafa a menudo y puede ayudarte.
fb-say-presents = Al mentir a la cajera, apartaste a la última persona que podía frenar la estafa.
fb-tell-cashier = Correcto: la cajera estaba de tu parte. Decir la verdad frenó la estafa.
fb-call-bank-shop = Correcto: el número de tu tarjeta es siempre la forma segura de contactar con tu banco.
fb-go-home = No perdiste tu dinero, pero llama también a tu banco: los estafadores tienen tus datos.
fb-read-codes = Al leer los códigos entregaste el dinero. No se puede rastrear ni recuperar.
fb-keep-codes = Correcto: sin los códigos, los estafadores no se llevan nada.
fb-buy-more = «La tarjeta no ha funcionado» es una mentira para sacarte más. Cada código nuevo es más dinero perdido.
fb-stop = Correcto: parar y llamar a tu banco limitó la pérdida.

lesson-gift-cards = Quien te pide que pagues con tarjetas regalo es un estafador. Ninguna empresa de verdad, ningún banco ni ninguna administración lo hace.
lesson-hang-up = Si te dicen que no cuelgues o que lo guardes en secreto, cuelga. Llama a tu banco al número de tu tarjeta.
lesson-cashier = Escucha a la cajera. Si alguien te ha dicho lo que tienes que decir en caja, cuéntale la verdad a la cajera.
lesson-codes = Nunca leas ni mandes fotos de los códigos de tarjetas regalo a nadie. Si ya lo has hecho, llama enseguida a la empresa de la tarjeta y a tu banco, y denúncialo.
