title = El CAU te devuelve la llamada
summary = En el trabajo, Outlook se cierra una y otra vez, así que ayer abriste una incidencia con el CAU. Hoy suena tu teléfono.
agent-1 = Lucía Fernández
agent-2 = Daniel Ortega
agent-3 = Marta Sánchez
speaker-agent = { $agent }

mail-from = CAU — Soporte informático de { $company }
mail-subject = INC{ $ticket } — Outlook se cierra continuamente: solicitud recibida
mail-body = Ayer nos comunicaste: «Outlook se cierra solo varias veces al día». Tu incidencia INC{ $ticket } se ha registrado y asignado al CAU, y nos pondremos en contacto contigo. Puedes seguirla en cualquier momento en el portal de informática, en Mis solicitudes.
choice-carry-on = Cerrar

caller-id = CAU { $company }
choice-answer = Contestar
choice-decline = Rechazar
declined-body = Dejas que suene. Por la tarde aparece una nota en tu incidencia: el CAU no ha podido localizarte. Outlook sigue cerrándose.
end-declined = Era la ayuda que habías pedido. Si una llamada no te da confianza, llama tú al CAU al número que aparece en la intranet e indica tu número de incidencia.

caller-name = { $agent } — CAU
cb-greeting = Hola, soy { $agent }, del CAU de { $company }. Te llamo por tu incidencia INC{ $ticket }, la de Outlook que se cierra solo. ¿Te pillo en buen momento?
cb-ask = Me gustaría echarle un vistazo contigo. ¿Puedes abrir { $tool } desde el menú Inicio? Es la herramienta de asistencia remota de la empresa. Te daré un código para que lo escribas, verás mi nombre antes de que pase nada y puedes cortar la sesión cuando quieras.
choice-check-portal = Espera un momento, que miro la incidencia en el portal de informática.
choice-call-back = Si no te importa, ya os llamo yo al CAU.
choice-allow-now = Vale, ya estoy abriendo { $tool }.
choice-refuse = Lo siento, nunca dejo entrar a nadie en mi ordenador por teléfono.

portal-page = Portal de informática › Mis solicitudes — INC{ $ticket } · Outlook se cierra inesperadamente · Estado: En curso · Asignada a: { $agent }, CAU · Última nota (hoy): «Llamar al usuario para revisar la incidencia con { $tool }».
portal-wait = Claro, tómate tu tiempo. Sigo al teléfono.
choice-open-tool = Perfecto, es mi incidencia. Ya estoy abriendo { $tool }.
choice-refuse-anyway = Mira, prefiero dejarlo por ahora. Gracias de todos modos.

caller-desk = CAU { $company }
cb2-answer = CAU de { $company }, soy { $agent }. ¡Ah, hola otra vez! Sí, te acabo de llamar por la INC{ $ticket }. Gracias por comprobarlo: es justo lo que pedimos a todo el mundo.
cb2-ask = ¿Seguimos? Abre { $tool } desde el menú Inicio y te doy el código.

remote-prompt = { $tool } — Código de sesión { $code }. { $agent }, CAU, { $company } (identidad verificada por tu organización) quiere ver y controlar tu pantalla. ¿Permitir?
remote-ask = El código es { $code }. Cuando lo escribas, verás mi nombre y el de la empresa. Pulsa «Permitir» cuando quieras.
choice-allow = Permitir
choice-decline-tool = Rechazar
choice-check-first = Espera, antes quiero mirar la incidencia en el portal de informática.

fix-body = El puntero se mueve mientras miras. Outlook se reinicia en modo seguro, se desactiva un complemento antiguo y Office hace una reparación rápida. No se abre nada más.
fix-done = Era el complemento. Outlook ya debería ir estable. Cierro la sesión y resuelvo la INC{ $ticket }; te llegará un correo. Si vuelve a pasar, reabre la incidencia y listo.
choice-finish = ¡Genial, muchas gracias! Hasta luego.

refused-body = La llamada termina. Outlook se cuelga dos veces más esa tarde y tu incidencia sigue abierta.
end-refused = Era la ayuda que habías pedido: tu propia incidencia y la herramienta de tu empresa. La próxima vez, comprueba la incidencia en el portal de informática o llama tú al CAU en lugar de negarte.
helped-body = Outlook funciona toda la tarde sin cerrarse. Un correo confirma que la INC{ $ticket } está resuelta.
end-helped = Muy bien: has comprobado que la llamada coincidía con tu propia incidencia y después has dejado entrar al CAU con la herramienta de la empresa.
helped-unverified-body = Outlook vuelve a funcionar y un correo confirma que la INC{ $ticket } está resuelta.
end-helped-unverified = Ha salido bien porque de verdad era tu CAU. Pero has dejado entrar a alguien solo por una llamada, y los atacantes también se hacen pasar por informática. Comprueba antes la incidencia en el portal.

fb-decline = No contestar es seguro, pero era la ayuda que habías pedido. Llama tú al CAU al número que aparece en la intranet.
fb-check-portal = Perfecto: la incidencia es tuya, el nombre que figura coincide con el de la llamada y la última nota también.
fb-call-back = Bien: has terminado la llamada cuando has querido tú. Devolver la llamada al número del directorio de la intranet es la forma de asegurarte.
fb-allow-now = Has iniciado el acceso remoto basándote solo en una llamada. Comprueba antes la incidencia en el portal.
fb-refuse = La prudencia está bien, pero era tu propia incidencia y la herramienta de tu empresa. Compruébalo en lugar de negarte.
fb-refuse-verified = Lo habías comprobado y todo coincidía. Rechazar la ayuda deja Outlook sin arreglar.
fb-open-tool = Bien: la herramienta de tu empresa, para una incidencia que abriste y comprobaste tú.
fb-allow-verified = Primero has comprobado y después has permitido el acceso: así se usa con seguridad la ayuda real del CAU.
fb-allow-unverified = Esta vez era real, pero no habías comprobado nada. Los atacantes también se hacen pasar por el servicio de soporte.
fb-check-first = Bien visto: mejor comprobar tarde que no comprobar.
fb-decline-tool = Has rechazado una ayuda que habías pedido tú.

lesson-ticket = Una llamada de seguimiento real menciona una incidencia que abriste tú. Compruébala en el portal de informática antes de permitir nada.
lesson-own-tool = Tu servicio de soporte usa la herramienta de asistencia remota de tu organización, ya instalada en tu PC, no un programa que descargas de una web que te deletrea quien llama.
lesson-call-back = Si tienes dudas, cuelga, llama al CAU al número que aparece en la intranet e indica tu número de incidencia.
lesson-it-says-it = «Dice que es de informática» no es ninguna prueba: los atacantes inundan el buzón de spam y luego llaman o escriben por chat haciéndose pasar por soporte para pedirte que abras Quick Assist. Compruébalo primero.

## Immersive play: the desk after the call, new acts.
choice-hang-up = Colgar
intranet-page = Intranet de { $company } · Noticias · Directorio de personas · Portal de informática · Menú del comedor
choice-ring-desk = Llamar al CAU
fb-ring-desk = Buena costumbre: devolver la llamada al número del directorio de la intranet demuestra con quién hablas.
fb-hang-up = Colgar siempre está permitido. Después, llama al CAU al número del directorio de la intranet para comprobar que eran ellos.
