title = «Microsoft» al teléfono
summary = Suena el teléfono de casa: un número desconocido. Al otro lado, alguien que dice llamar del Soporte de Microsoft.
tech-1 = Alejandro Ruiz
tech-2 = Sergio Navarro
tech-3 = Pablo Moreno
speaker-tech = { $tech }

caller-id = Soporte de Microsoft
flag-caller-id-label = { $caller-id ->
    [name] «Soporte de Microsoft» en la pantalla del teléfono
   *[number] Una llamada inesperada de un número desconocido
}
flag-caller-id-why = { $caller-id ->
    [name] El nombre y el número que aparecen en la pantalla se pueden falsificar en segundos. Microsoft no llama a nadie por iniciativa propia para hablar de su ordenador.
   *[number] El número que aparece en la pantalla se puede falsificar en segundos, y quien llama puede decir que es quien quiera. Microsoft no llama a nadie por iniciativa propia para hablar de su ordenador.
}
choice-answer = Contestar
choice-decline = Rechazar
declined-body = Dejas que suene hasta que se corta. No dejan ningún mensaje. Dos días después vuelve a sonar el teléfono, desde otro número desconocido; no contestas.
end-declined = Ni siquiera has hablado con los estafadores. Microsoft no hace llamadas no solicitadas, así que no te has perdido nada.

caller-name = «Soporte de Microsoft»
call-greeting = Buenas tardes, le llama { $tech }, del Departamento Técnico de Microsoft Windows. Mi identificador de empleado es MS-{ $badge }. ¿Hablo con el usuario principal del ordenador?
call-claim = Desde hace varios días nuestros servidores reciben informes de errores de su ordenador. Está infectado y puede que unos hackers lo estén usando ahora mismo. Le he abierto el caso número { $case }.
call-press = Es muy urgente. Por favor, vaya a su ordenador y enciéndalo. Yo sigo al teléfono y le enseño el problema personalmente.
flag-unsolicited-label = Una llamada por sorpresa sobre tu ordenador
flag-unsolicited-why = Microsoft nunca llama por iniciativa propia para arreglar tu ordenador. Tu PC no envía informes que hagan que alguien te llame.
flag-badge-label = El identificador de empleado y el número de caso
flag-badge-why = Los identificadores y números de caso inventados hacen que la llamada suene oficial. Al estafador no le cuestan nada y no demuestran nada.
choice-follow = Vaya por Dios. Vale, ya lo estoy encendiendo.
choice-call-back = Ya llamaré yo a Microsoft, gracias.
choice-hang-up = Colgar

ev-title = Visor de eventos — Vistas personalizadas › Eventos administrativos
ev-body = 2.417 eventos. Error · Application Error · Id. del evento 1000. Advertencia · DistributedCOM · Id. del evento 10016. Error · Service Control Manager · Id. del evento 7000. Advertencia · Kernel-PnP · Id. del evento 219…
ev-instruct = Pulse a la vez la tecla de Windows y la R. Escriba e-v-e-n-t-v-w-r y pulse Intro. Ahora haga clic en Vistas personalizadas y luego en Eventos administrativos.
ev-claim = ¿Ve todos esos errores en rojo y esas advertencias en amarillo? Cada uno es un virus o un ataque de hackers. En un ordenador sano ahí no aparece nada.
flag-event-log-label = Los errores en rojo y las advertencias en amarillo del Visor de eventos
flag-event-log-why = El Visor de eventos es el diario interno de Windows. Cualquier PC sano registra miles de errores y advertencias inofensivos; no son virus. Los estafadores lo enseñan porque da miedo.
choice-continue = Sí, los veo. ¡Cuántos hay! ¿Qué hago?

cmd-title = Símbolo del sistema
# The dictated command, typed by the trainee (the same in every language).
cmd-command = assoc
cmd-body = .xml=xmlfile · .ZFSendToTarget=CLSID\{"{"}888DCA60-FC0A-11CF-8F0F-00C04FD7D062{"}"} · .zip=CompressedFolder
cmd-instruct = Ahora pulse otra vez la tecla de Windows y la R, escriba c-m-d y pulse Intro. En la ventana negra escriba a-s-s-o-c y pulse Intro. Busque la línea que dice ZFSendToTarget.
cmd-claim = Le voy a leer desde mi pantalla su identificador de licencia único: ocho, ocho, ocho, D, C, A, seis, cero… Coincide, ¿verdad? Este número solo lo conoce Microsoft. Ya ve que soy de verdad.
flag-licence-label = El «identificador de licencia único» que te lee
flag-licence-why = Ese código es el mismo en todos los ordenadores con Windows del mundo, y cualquiera puede consultarlo. No es ningún identificador de licencia y no demuestra nada sobre quien llama.
choice-believe = assoc

remote-prompt = { $tool } — Tu dirección: { $code }. { $tech } solicita el control total de este dispositivo. ¿Aceptar?
remote-ask = Para eliminar los virus, nuestro ingeniero certificado tiene que conectarse. Entre en la web que le voy a deletrear, descargue { $tool }, léame la dirección de nueve cifras y pulse «Aceptar». No se preocupe, es gratis: lo cubre su licencia de Windows.
flag-remote-label = Que te pidan instalar { $tool } y leerle el código
flag-remote-why = Los programas de asistencia remota son reales y legales, y por eso los usan los estafadores. Quien entre puede ver y hacer de todo en tu ordenador, incluida tu banca online.
choice-allow = Aceptar
choice-refuse = No, no voy a dejar que nadie entre en mi ordenador.
choice-give-in = Vale, vale. Ya está instalado. La dirección es { $code }.

anger-remote-1 = Escúcheme bien. Si no me deja arreglarlo ahora, su ordenador dejará de funcionar esta noche y le cancelarán la licencia de Windows.
anger-remote-2 = Los hackers ya tienen sus datos bancarios. Lo que le pase a su dinero será culpa suya. ¡Ni se le ocurra colgarme!
flag-threats-label = Enfado y amenazas cuando dices que no
flag-threats-why = Una empresa de soporte de verdad acepta un no. El enfado y las amenazas son el último recurso del estafador para que te entre el pánico y cedas.

diag-body = El puntero se mueve solo. En una ventana negra pasan a toda velocidad nombres de carpetas; luego él escribe en ella: 5 VIRUS FOUND – FIREWALL EXPIRED – SECURITY LICENSE EXPIRED.
diag-claim = ¿Lo ve? El análisis ha encontrado cinco infecciones, y la licencia de su cortafuegos caducó hace años. Por eso han entrado los hackers.
diag-pitch = Puedo eliminarlo todo hoy mismo y protegerle de por vida. Solo tenemos que activar su plan de protección.
flag-scan-label = El «análisis» de la ventana negra
flag-scan-why = Era el comando tree: solo muestra la lista de tus carpetas. El texto «virus found» lo escribió el propio estafador delante de ti.
choice-keep-going = Vale. ¿Y cuánto cuesta ese plan de protección?
choice-disconnect = Desactivar el wifi

pay-card-body = Microsoft Lifetime Protection — { $amount }, pago único. Pago con tarjeta de crédito o débito: número de la tarjeta, fecha de caducidad y los tres dígitos del reverso.
pay-card-pressure = Es un precio especial, solo hoy, para clientes cuyo ordenador ya está infectado. Léame los datos de su tarjeta y yo le relleno el formulario mientras sigo conectado.
flag-payment-label = Pagar por un arreglo que no has pedido
flag-payment-why = Microsoft no vende soporte en una llamada inesperada. Los datos de una tarjeta leídos a un desconocido se pueden usar una y otra vez.
choice-pay-card = Vale, espere, que voy a por la tarjeta.
choice-no-card = Prefiero no dar el número de mi tarjeta por teléfono.
choice-refuse-pay = No, no pienso pagar por esto.

pay-transfer-body = Transferencia bancaria — { $amount } a la cuenta de «Microsoft Partner Services». Entra ahora en tu banca online; el técnico te dictará el IBAN. Concepto: caso { $case }.
pay-transfer-pressure = No pasa nada, puede hacer una transferencia. Hágala ahora que sigo conectado, así veo que el pago llega y le activo la protección.
flag-account-label = Una transferencia a una cuenta «asociada», con él mirando
flag-account-why = La cuenta es de los delincuentes, no de Microsoft. Una transferencia que haces tú es muy difícil de recuperar, y mientras está conectado puede ver tu banca online.
choice-do-transfer = Está bien, ya estoy entrando en mi banco.

anger-pay-1 = ¿Me está tomando el pelo? ¡Llevo una hora con su ordenador! Si no paga, se lo bloqueo ahora mismo y no vuelve a ver sus fotos.
anger-pay-2 = Sigo teniendo acceso a todo, ¿me entiende? A todo.
flag-lock-label = La amenaza de bloquear tu ordenador
flag-lock-why = Mientras están conectados, los estafadores pueden poner una contraseña al sistema o borrar archivos. Corta la conexión enseguida: la amenaza solo funciona mientras siguen dentro.
choice-give-in-pay = ¡Vale, ya basta! Le leo el número de mi tarjeta.

hung-up-body = Cuelgas el teléfono. Un minuto después vuelve a sonar; lo dejas sonar.
end-hung-up = Has colgado antes de hacer nada de lo que te pedía. Nadie ha tocado tu ordenador.
verified-body = Buscas el número de soporte en la web oficial de Microsoft y llamas. Te explican que Microsoft nunca llama a nadie para hablar de su ordenador y que la llamada que has recibido era una estafa.
end-verified = Lo has comprobado por un canal que has encontrado tú y has descubierto la verdad: la llamada era una estafa.
hung-up-proof-body = Cuelgas y cierras las ventanas que te hizo abrir. Mirarlas no ha cambiado nada en tu ordenador.
end-hung-up-proof = Has colgado antes de dar acceso remoto o dinero. La próxima vez, cuelga aún antes: nada de lo que te enseñó demostraba nada.
refused-body = Terminas la llamada. Esa misma tarde el teléfono suena dos veces más desde números distintos; lo dejas sonar.
end-refused = Has rechazado el acceso remoto y has terminado la llamada. Seguirle en su visita guiada por tu ordenador era arriesgado: cuelga en cuanto «Microsoft» te llame.
cut-off-body = Cortas la conexión. Ha tenido el control de tu ordenador durante varios minutos.
end-cut-off = Han tenido acceso a tu ordenador. Ahora: desinstala { $tool }, haz un análisis completo, cambia tus contraseñas desde otro dispositivo, llama a tu banco y denúncialo.
not-paid-body = Cuelgas. Unos minutos después, el ordenador se reinicia solo y te pide una contraseña que tú nunca pusiste.
end-not-paid = Has conservado tu dinero, pero un desconocido ha controlado tu ordenador y te ha dejado fuera. En cuanto termine una llamada así, desactiva el wifi. Ahora haz que revisen el PC, desinstala { $tool }, cambia tus contraseñas desde otro dispositivo, avisa a tu banco y denúncialo.
paid-body = Le lees los datos de tu tarjeta. Te cargan { $amount } y, una semana después, aparecen más cargos que no has hecho tú.
end-paid = Llama ya a tu banco al número que aparece en tu tarjeta para bloquearla y reclamar los cargos. Después desinstala { $tool }, cambia tus contraseñas desde otro dispositivo y denúncialo. No es culpa tuya: estas bandas son profesionales.
paid-transfer-body = Transfieres { $amount }. Al día siguiente vuelve a llamar: la transferencia «ha fallado» y hay que repetirla.
end-paid-transfer = El dinero ha ido a parar a los delincuentes. Llama ya a tu banco al número que aparece en tu tarjeta: cuanto antes lo hagas, más posibilidades tienes de recuperarlo. Después desinstala { $tool }, cambia tus contraseñas desde otro dispositivo y denúncialo.

fb-decline = No contestar a una llamada inesperada de «Microsoft» es totalmente seguro. Microsoft no te llama.
fb-follow = Encender el ordenador para alguien que te llama por sorpresa le permite guiarte paso a paso. Ninguna empresa de verdad te llama por tu PC.
fb-call-back = Bien: has terminado la llamada cuando has querido tú. Si quieres asegurarte, busca tú mismo el número de Microsoft.
fb-hang-up = Colgar siempre está permitido y siempre es seguro.
fb-hang-up-proof = Bien: nada de lo que te enseñó era una prueba real, y has parado antes de darle acceso remoto.
fb-believe = Escribir un comando que te dicta un desconocido le permite montar la «prueba». El «identificador de licencia» que te leyó después es el mismo en todos los PC con Windows y no demuestra nada.
fb-allow = Al instalar el programa, leerle el código y pulsar «Aceptar», has entregado tu ordenador a un desconocido.
fb-refuse = Bien hecho al negarte, pero no hace falta discutir ni dar explicaciones: puedes colgar sin más.
fb-hang-up-remote = Bien: nada de acceso remoto para alguien que te llama por sorpresa.
fb-give-in = Las amenazas son una técnica de presión. Al ceder, has entregado tu ordenador a un desconocido.
fb-hang-up-anger = Bien: ante las amenazas, se cuelga. Una empresa de soporte de verdad nunca habla así.
fb-disconnect = Cortar la conexión acaba con su control; ahora toca limpiar el equipo y denunciarlo.
fb-pay-card = Los datos de una tarjeta leídos a un estafador se pueden usar una y otra vez.
fb-no-card = Hiciste bien en no dar el número de tu tarjeta, pero el estafador simplemente pasó a pedirte una transferencia. Mejor cuelga.
fb-do-transfer = Entrar en tu banco mientras un estafador ve tu pantalla pone en sus manos tu dinero y tu cuenta.
fb-refuse-pay = Has hecho bien en no pagar, pero ya habían estado dentro de tu ordenador.
fb-hang-up-pay = Bien hecho al colgar ante las amenazas, pero mientras { $tool } seguía conectado, él aún podía entrar en tu ordenador.
fb-give-in-pay = Ceder ante las amenazas no hace que desaparezcan; solo les demuestra que vas a pagar.

lesson-no-calls = Microsoft nunca te llama por sorpresa para hablar de tu ordenador. El nombre y el número que ves en la pantalla se pueden falsificar.
lesson-proof = Los errores del Visor de eventos y el «identificador de licencia» de assoc son normales en cualquier PC. No demuestran nada.
lesson-remote = Da acceso remoto solo a alguien que conozcas, o al soporte de tu organización cuando hayas iniciado tú el contacto y lo hayas comprobado.
lesson-hang-up = Si quien te llama se enfada o te amenaza, cuelga. Si necesitas ayuda, contacta tú con la empresa a través de su web oficial.

## Códigos prepago (la marca depende de la región).
choice-no-bank = Yo no uso la banca online.
fb-no-bank = Hiciste bien en no entrar en tu banco, pero él ya tenía preparada una tercera manera de quedarse con el dinero. Mejor cuelga.
voucher-brand = Paysafecard
pay-voucher-body = Pago con códigos prepago: tarjetas { voucher-brand } por { $amount }, compradas en un estanco o una gasolinera. Lee al técnico los códigos del tique.
pay-voucher-pressure = ¿No tiene banca online? No pasa nada. Vaya al estanco más cercano y compre tarjetas { voucher-brand } por { $amount }. Léame los códigos; yo sigo al teléfono con usted.
flag-voucher-label = Un pago con códigos prepago
flag-voucher-why = Los códigos prepago (Paysafecard, Neosurf, tarjetas regalo) son como dinero en efectivo: en cuanto se lee el código, el dinero se pierde. Ninguna empresa seria ni ningún organismo cobra con códigos por teléfono.
choice-read-codes = Está bien, voy a comprar las tarjetas.
fb-read-codes = En cuanto leíste los códigos, el dinero se gastó en minutos y ya no se pudo recuperar.
paid-voucher-body = Le lees los códigos por { $amount }. Minutos después ya se han gastado. Al día siguiente vuelve a llamar: un código «no funcionó» y tienes que comprar más.
end-paid-voucher = El dinero se ha perdido. Llama enseguida al servicio de atención al cliente del emisor (el número está en el tique): a veces se pueden bloquear los códigos que aún no se han usado. Después desinstala { $tool }, cambia tus contraseñas desde otro dispositivo y denúncialo.

## Immersive play: the desk after the call, new acts.
home-page = Nueva pestaña · Buscar en la web · Favoritos: Correo, Noticias, El tiempo, Microsoft
caller-microsoft = Soporte de Microsoft
choice-ring-microsoft = Llamar a Soporte de Microsoft
fb-ring-microsoft = Perfecto: lo has comprobado con un número que has encontrado tú, en la web oficial de Microsoft.
flag-dictated-label = Un desconocido que te dicta lo que tienes que escribir
flag-dictated-why = Alguien a quien no conoces te dicta comandos para que los escribas. Un comando puede mostrar o cambiar cualquier cosa en tu PC; este solo muestra tipos de archivo, que luego él hace pasar por una prueba.
choice-power-off = Apagar
after-threat-body = { $tool } — Sesión activa. El puntero se mueve solo; una ventana se abre y se vuelve a cerrar.

fb-hang-up-connected = Colgar era lo correcto, pero mientras { $tool } seguía conectado, él aún podía entrar en tu ordenador.
