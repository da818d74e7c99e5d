title = Ya le diste acceso: ¿y ahora qué?
summary = Esta mañana dejaste que un «técnico de Microsoft» entrara en tu ordenador y le pagaste con tarjeta un «plan de protección». Ahora sabes que era una estafa, y te vuelve a llamar.
tech-1 = Carlos Martín
tech-2 = Javier López
tech-3 = David Romero

start-body = Un aviso en la web de tu banco describe tu mañana palabra por palabra. En una esquina de la pantalla, { $tool } sigue mostrando «Sesión activa», y el puntero se mueve solo.
flag-session-label = La sesión de { $tool } que sigue activa
flag-session-why = Mientras la herramienta de acceso remoto esté conectada, él ve tu pantalla y puede hacer lo mismo que tú. Cortar internet (apagar el wifi, desenchufar el cable) acaba con su control al instante; todo lo demás viene después.
choice-go-offline = Desactivar el wifi
choice-uninstall-online = Desinstalar
choice-answer-online = Responder
choice-decline-online = Rechazar
fb-go-offline = Exacto: cortar la conexión lo primero le quita el control antes de que pueda reaccionar. Después toca limpiar.
fb-uninstall-online = Quitar la herramienta está bien, pero no lo primero: mientras siga conectado, ve lo que haces y puede impedirlo.
fb-answer-online = Contestar mientras sigue conectado le da tiempo, y el control sigue siendo suyo. Primero, desconecta.

fight-body = Abres Configuración y luego Aplicaciones, pero el puntero se te escapa y la ventana se cierra. La pantalla se pone negra: «Trabajando en las actualizaciones 27 %. No apagues el equipo».
fight-chat = (en el chat de { $tool }) ACTUALIZACIÓN IMPORTANTE DE WINDOWS EN CURSO. NO TOQUE EL RATÓN NI EL TECLADO Y NO APAGUE EL ORDENADOR O SE PERDERÁN TODOS LOS ARCHIVOS
flag-fake-update-label = La pantalla negra de «actualizaciones»
flag-fake-update-why = Los estafadores ponen una pantalla negra o una «actualización» falsa para que no veas lo que hacen: poner una contraseña, rebuscar en tus archivos, entrar en tu banco. Una actualización de verdad no empieza justo cuando intentas quitar un programa.
choice-offline-late = Desactivar el wifi
choice-wait-update = Vale, no toco nada.
fb-offline-late = Es lo correcto, pero tarde: ya había visto que intentabas echarlo y tuvo tiempo de vengarse.
fb-wait-update = Dejarlo conectado detrás de una pantalla negra le da vía libre en tu ordenador.

locked-out-body = Se apaga el wifi. Al reiniciar, Windows te pide una contraseña que nunca pusiste. Mientras peleabas por el puntero, te ha dejado fuera.
end-locked-out = Te bloqueó el ordenador antes de que lo desconectaras. Desde el móvil, llama a tu banco al número de tu tarjeta, cambia tus contraseñas y denúncialo. Lleva el ordenador a un servicio técnico de confianza para que lo desbloqueen y lo limpien. La próxima vez, desconecta antes que nada.

ringing-caller-id = Llamada entrante
flag-callback-label = Una llamada justo cuando te desconectas
flag-callback-why = Ha visto que se cortaba la sesión y ha llamado enseguida. Los estafadores vuelven a llamar para entrar otra vez antes de que puedas limpiar. Ninguna empresa de verdad necesita que vuelvas a conectarte.
choice-decline = Rechazar
choice-answer = Responder
fb-decline = Bien: no le debes ninguna conversación. Cada minuto al teléfono es un minuto que usa para convencerte.
fb-answer = No tenías por qué contestar. Puedes colgar en cualquier momento.

caller-tech = { $tech }, Soporte de Microsoft
speaker-tech = { $tech }
call-greeting = Buenos días, soy { $tech } otra vez, del Soporte Técnico de Microsoft, expediente número { $case }. En nuestro sistema vemos que la conexión se cortó en mitad de la reparación.
call-danger = Esto es muy peligroso. Los archivos de los hackers solo se han eliminado a medias, y ahora pueden llegar a su cuenta bancaria. Necesito solo diez minutos más.
call-instructions = Por favor, vuelva a conectar internet y abra otra vez { $tool }. Y no llame a nadie ni apague el ordenador, o su licencia de Windows quedará bloqueada.
flag-unfinished-label = La «reparación» que hay que terminar ya
flag-unfinished-why = Nunca hubo nada que reparar. «Déjeme terminar el trabajo» es simplemente el camino más corto para volver a entrar en tu ordenador, y en tu banco.
flag-dont-tell-label = «No llame a nadie, no apague el ordenador»
flag-dont-tell-why = Los estafadores te aíslan para que nadie pueda decirte que es una estafa. A una empresa de verdad no le importa que lo consultes con tu banco o con tu familia.
choice-let-back-in = Vale, vuelvo a conectar internet. Y luego abro { $tool }, ¿no?
choice-refuse = No. Nadie vuelve a entrar en mi ordenador.
choice-hang-up = Colgar
fb-let-back-in = Volver a conectarte es justo lo que quería: deshace lo más importante que habías hecho.
fb-refuse = Negarte está bien, pero seguir al teléfono le deja probar otra táctica. Colgar es más rápido.
fb-hang-up = Colgar siempre está permitido, y siempre es seguro.

reconnect-prompt = { $tool }: tu dirección es { $code }. «{ $tech }» solicita control total de este dispositivo. ¿Aceptar?
reconnect-ask = Perfecto, ya veo que hay conexión. Léame los nueve números de la pantalla y pulse Aceptar. Rápido, por favor, cada minuto cuenta.
flag-new-code-label = Otra vez un código nuevo que leer en voz alta
flag-new-code-why = El código es la llave de tu ordenador. Leérselo a quien acabas de echar es darle esa llave por segunda vez.
choice-allow = Aceptar
choice-refuse-reconnect = Desactivar el wifi
fb-allow = Has dejado volver a entrar al estafador, con el mismo control que acababas de quitarle.
fb-refuse-reconnect = Por los pelos, pero la decisión correcta: otra vez sin conexión y sin haber dado nada.

refund-body = Cancelación y reembolso: { $amount } de vuelta a tu tarjeta. Comisión bancaria de tramitación, a pagar ahora: { $fee }. Número de tarjeta, fecha de caducidad, código de seguridad.
refund-offer = Muy bien, no hay problema. Si el servicio no le convence, cancelamos su plan y le devolvemos hoy mismo { $amount }.
refund-fee = Solo hay una pequeña comisión de tramitación de { $fee } para el banco, y se la devolvemos junto con el reembolso. Solo tiene que leerme otra vez el número de su tarjeta.
refund-rude = Escúcheme bien. Si no paga la comisión, se cancela el reembolso y su dinero se pierde. ¿Me ha entendido?
flag-refund-label = Pagar una comisión para recibir un reembolso
flag-refund-why = Un reembolso de verdad nunca cuesta una comisión. Los «reembolsos» son una segunda estafa clásica contra quien ya ha caído una vez, y la comisión va a parar a los mismos delincuentes.
choice-pay-fee = Muy bien, tengo la tarjeta aquí. El número es…
choice-hang-up-fee = Colgar
fb-pay-fee = La comisión es una segunda estafa, y ahora vuelve a tener los datos de tu tarjeta.
fb-hang-up-fee = Correcto: un reembolso que cuesta una comisión no es un reembolso.

online-hello = Hola, soy { $tech }. No se preocupe, sigo conectado y estoy terminando la limpieza. Por favor, no toque el ratón.
online-stay = No cuelgue. Antes de terminar, tengo que comprobar que los hackers no han tocado su cuenta bancaria.
online-bank = A su dinero no le pasará nada si hace exactamente lo que le digo. Es por su protección.
flag-stay-label = «No toque el ratón, no cuelgue»
flag-stay-why = Te mantiene al teléfono y lejos del ratón para trabajar tranquilo. Puedes colgar y desconectar en cualquier momento.
choice-let-finish = De acuerdo, no toco nada. Siga usted.
choice-hang-up-offline = Colgar
fb-let-finish = Si le dejas seguir, el que manda en tu ordenador es él, con tu banco al alcance de la mano.
fb-hang-up-offline = Bien: al colgar ya no puede seguir convenciéndote. Pero su sesión seguía abierta: lo siguiente, antes que nada, es cortar internet.

back-in-body = El puntero abre el navegador y va a la página de acceso de tu banco. Aparece un aviso: «Comprobación de seguridad en curso. Inicie sesión para verificar su cuenta».
back-in-ask = Ahora entre en su banco, por favor. Tengo que ver si los hackers se han llevado dinero. No miraré su contraseña, se lo prometo.
flag-bank-label = Entrar en tu banco mientras él controla el ordenador
flag-bank-why = Mientras él tiene el control, ve todo lo que escribes y puede mover dinero ocultando la pantalla. Nadie de fiar necesita ver cómo entras en tu banco.
choice-log-in = Iniciar sesión
choice-pull-plug = Desactivar el wifi
fb-log-in = Al entrar con él al mando, le has entregado tu cuenta bancaria.
fb-pull-plug = Cortarle ahora limita el daño, pero ha vuelto a tener el control. Hay que limpiarlo todo.

cleanup-page = El navegador muestra: «Sin conexión a internet». En la lista de aplicaciones instaladas, { $tool } sigue ahí.
choice-remove-tool = Desinstalar
choice-back-online = Conectar
fb-remove-tool = Correcto: sin conexión, no puede impedir que lo quites.
fb-back-online = Con { $tool } todavía instalado, volver a conectarte le abre la puerta otra vez.

bank-body = Configuración › Aplicaciones: { $tool } se ha desinstalado. Sin conexión a internet.
choice-call-bank = Llamar al banco
caller-bank = Tu banco
fb-call-bank = Exacto: el banco puede bloquear la tarjeta, reclamar el cargo de esta mañana y vigilar tu cuenta.

passwords-body = Contesta el departamento de fraude de tu banco.
bank-advice = Hemos bloqueado su tarjeta y abierto una reclamación por el cargo de { $amount } de esta mañana. Puede que también viera su correo y las contraseñas guardadas en el navegador, así que cámbielas hoy mismo, por favor.
choice-other-device = Las cambio ahora mismo desde el móvil.
choice-same-pc = Las cambiaré en el ordenador cuando vuelva a tener conexión.
fb-other-device = Correcto: en un dispositivo limpio, nada de lo que haya escondido en el ordenador puede ver tus contraseñas nuevas.
fb-same-pc = El ordenador aún no se ha revisado: cualquier cosa que haya escondido en él podría registrar tus contraseñas nuevas.

report-body = Contraseñas cambiadas, tarjeta bloqueada, { $tool } desinstalado; el ordenador se queda sin conexión hasta que lo revise alguien de confianza. En el móvil tienes rellenado el formulario de denuncia de fraudes por internet: su nombre, su número de teléfono, el número de expediente.
choice-report-it = Enviar
fb-report = Bien: las denuncias ayudan a la policía a seguir la pista a estas bandas y a avisar a otras personas.

contained-body = Una semana después el ordenador vuelve de una revisión completa, y el banco está tramitando la reclamación. Cuando «{ $tech }» vuelve a llamar, cuelgas.
end-contained = Has contenido el daño en el orden correcto: primero desconectar, luego desinstalar la herramienta, llamar al banco, cambiar las contraseñas desde otro dispositivo, revisar el ordenador y denunciar la estafa.
unreported-body = Todo está asegurado. Decides no contarle a nadie lo que ha pasado.
end-unreported = Has contenido el daño en el orden correcto. Denúncialo también: su nombre, su número y el número de expediente ayudan a atrapar a la banda y a proteger a otros.
cut-late-body = Se apaga el wifi. Ha vuelto a tener el control de tu ordenador durante varios minutos.
end-cut-late = Volvió a entrar antes de que lo desconectaras. Desinstala { $tool } sin conexión, llama a tu banco al número de tu tarjeta, cambia las contraseñas desde otro dispositivo, haz revisar el ordenador y denúncialo.
reconnected-body = Segundos después de volver el wifi, aparece { $tool }: «Sesión iniciada». Estaba esperando.
end-reconnected = Volvió a entrar porque la herramienta seguía instalada. Vuelve a desconectar, desinstala { $tool } sin conexión, llama a tu banco al número de tu tarjeta, cambia las contraseñas desde otro dispositivo y denúncialo.
second-tool-body = Vuelves a conectar. Un segundo programa de acceso remoto en el que nunca te habías fijado abre una sesión por su cuenta: había instalado dos.
end-second-tool = Volvió a entrar a través de un segundo programa. Desconecta el ordenador, cambia las contraseñas desde otro dispositivo, haz que lo revise alguien de confianza y denúncialo.
emptied-body = Te entretiene hablando mientras la pantalla sigue negra. A la mañana siguiente, tu cuenta muestra dos transferencias que nunca hiciste.
end-emptied = Has perdido dinero. Llama ya a tu banco al número de tu tarjeta, cambia las contraseñas desde otro dispositivo, haz limpiar el ordenador y denúncialo. No es culpa tuya: estas bandas son profesionales.
fee-paid-body = El reembolso nunca llega. Dos días después aparecen cargos nuevos en tu tarjeta.
end-fee-paid = Has perdido dinero: la «comisión de reembolso» era una segunda estafa encima de la primera. Llama a tu banco al número de tu tarjeta, bloquéala y denúncialo.
late-charges-body = Tres semanas después, tu extracto muestra cargos de tiendas de las que nunca has oído hablar, hechos con los datos de tu tarjeta.
end-late-charges = Has perdido dinero porque la tarjeta nunca se bloqueó. Llama ya a tu banco al número de tu tarjeta, cambia las contraseñas desde otro dispositivo y denúncialo.

lesson-disconnect-first = Si un desconocido ha tenido acceso remoto, corta primero internet y después desinstala la herramienta de acceso remoto sin conexión.
lesson-bank-card = Llama a tu banco al número de tu tarjeta, nunca a un número que te dé quien llama.
lesson-other-device = Cambia las contraseñas desde otro dispositivo y haz revisar el ordenador antes de volver a conectarlo.
lesson-no-callbacks = No atiendas las llamadas del estafador: nada de volver a conectarte «para terminar la reparación» ni de pagar una comisión por un «reembolso». Denúncialo.
