title = El CAU te devuelve la llamada
summary = En el trabajo, Outlook se cierra una y otra vez, así que ayer abriste una incidencia con el CAU. Hoy suena tu teléfono.
agent-1 = Lucía Fernández
agent-2 = Daniel Ortega
agent-3 = Marta Sánchez
speaker-agent = { $agent }

mail-from = CAU — Soporte informático de { $company }
mail-subject = INC{ $ticket } — Outlook se cierra continuamente: solicitud recibida
mail-body = Ayer nos comunicaste: «Outlook se cierra solo varias veces al día». Tu incidencia INC{ $ticket } se ha registrado y asignado al CAU, y nos pondremos en contacto contigo. Puedes seguirla en cualquier momento en el portal de informática, en Mis solicitudes.
choice-carry-on = Seguir trabajando

caller-id = CAU { $company }
choice-answer = Contestar
choice-decline = Rechazar la llamada
declined-body = Dejas que suene. Por la tarde aparece una nota en tu incidencia: el CAU no ha podido localizarte. Outlook sigue cerrándose.
end-declined = Era la ayuda que habías pedido. Si una llamada no te da confianza, llama tú al CAU al número que aparece en la intranet e indica tu número de incidencia.

caller-name = { $agent } — CAU
cb-greeting = Hola, soy { $agent }, del CAU de { $company }. Te llamo por tu incidencia INC{ $ticket }, la de Outlook que se cierra solo. ¿Te pillo en buen momento?
cb-ask = Me gustaría echarle un vistazo contigo. ¿Puedes abrir { $tool } desde el menú Inicio? Es la herramienta de asistencia remota de la empresa. Te daré un código para que lo escribas, verás mi nombre antes de que pase nada y puedes cortar la sesión cuando quieras.
choice-check-portal = Decirle que primero vas a comprobar la incidencia en el portal de informática
choice-call-back = Decirle que llamarás tú al CAU, colgar y marcar el número que aparece en la intranet
choice-allow-now = Abrir { $tool } enseguida
choice-refuse = Decir que nunca dejas entrar a nadie en tu ordenador por teléfono, y colgar

portal-page = Portal de informática › Mis solicitudes — INC{ $ticket } · Outlook se cierra inesperadamente · Estado: En curso · Asignada a: { $agent }, CAU · Última nota (hoy): «Llamar al usuario para revisar la incidencia con { $tool }».
portal-wait = Claro, tómate tu tiempo. Sigo al teléfono.
choice-open-tool = Todo coincide: abrir { $tool } desde el menú Inicio
choice-refuse-anyway = Decidir que aun así prefieres no hacerlo y terminar la llamada

caller-desk = CAU { $company }
cb2-answer = CAU de { $company }, soy { $agent }. ¡Ah, hola otra vez! Sí, te acabo de llamar por la INC{ $ticket }. Gracias por comprobarlo: es justo lo que pedimos a todo el mundo.
cb2-ask = ¿Seguimos? Abre { $tool } desde el menú Inicio y te doy el código.

remote-prompt = { $tool } — Código de sesión { $code }. { $agent }, CAU, { $company } (identidad verificada por tu organización) quiere ver y controlar tu pantalla. ¿Permitir?
remote-ask = El código es { $code }. Cuando lo escribas, verás mi nombre y el de la empresa. Pulsa «Permitir» cuando quieras.
choice-allow = Comprobar el nombre en la ventana y pulsar «Permitir»
choice-decline-tool = Pulsar «Rechazar»
choice-check-first = Parar y comprobar antes la incidencia en el portal de informática

fix-body = El puntero se mueve mientras miras. Outlook se reinicia en modo seguro, se desactiva un complemento antiguo y Office hace una reparación rápida. No se abre nada más.
fix-done = Era el complemento. Outlook ya debería ir estable. Cierro la sesión y resuelvo la INC{ $ticket }; te llegará un correo. Si vuelve a pasar, reabre la incidencia y listo.
choice-finish = Darle las gracias y terminar la llamada

refused-body = La llamada termina. Outlook se cuelga dos veces más esa tarde y tu incidencia sigue abierta.
end-refused = Era la ayuda que habías pedido: tu propia incidencia y la herramienta de tu empresa. La próxima vez, comprueba la incidencia en el portal de informática o llama tú al CAU en lugar de negarte.
helped-body = Outlook funciona toda la tarde sin cerrarse. Un correo confirma que la INC{ $ticket } está resuelta.
end-helped = Muy bien: has comprobado que la llamada coincidía con tu propia incidencia y después has dejado entrar al CAU con la herramienta de la empresa.
helped-unverified-body = Outlook vuelve a funcionar y un correo confirma que la INC{ $ticket } está resuelta.
end-helped-unverified = Ha salido bien porque de verdad era tu CAU. Pero has dejado entrar a alguien solo por una llamada, y los atacantes también se hacen pasar por informática. Comprueba antes la incidencia en el portal.

fb-decline = No contestar es seguro, pero era la ayuda que habías pedido. Llama tú al CAU al número que aparece en la intranet.
fb-check-portal = Perfecto: la incidencia es tuya, el nombre que figura coincide con el de la llamada y la última nota también.
fb-call-back = Buena costumbre: devolver la llamada a un número que has encontrado tú en la intranet demuestra con quién hablas.
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
