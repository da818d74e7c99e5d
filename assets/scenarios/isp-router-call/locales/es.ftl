title = «Han hackeado tu router»
summary = Suena el teléfono a media tarde. Quien llama dice ser de tu compañía de internet.

provider-1 = Departamento de Seguridad de Red de su compañía de internet
provider-2 = Centro de Soporte Técnico de su proveedor de internet
provider-3 = Equipo de Protección de Línea de su operador de fibra
tech-1 = Javier Gómez
tech-2 = Carlos Ruiz
tech-3 = Daniel Ortega

ringing-caller-id = Soporte Internet
choice-answer = Contestar la llamada
choice-decline = Rechazar la llamada
fb-decline = Dejar que una llamada inesperada salte al buzón de voz siempre está bien. Una compañía de verdad puede escribirte o dejarte un mensaje.

caller-name = «Soporte Internet»
caller-isp = Compañía de internet – Atención al cliente
speaker-tech = Quien llama
intro-greeting = Buenas tardes, le habla { $tech }, del { $provider }. Mi número de empleado es el { $staff }. ¿Hablo con el titular de la línea?
intro-claim = Hemos detectado que su router ha sido hackeado. Unos delincuentes en el extranjero están usando su dirección IP para actividades ilegales, y ha quedado registrada con el número de incidencia { $case }.
intro-deadline = Para proteger nuestra red, su servicio de internet se cortará hoy a las cinco. Yo puedo evitarlo, pero solo si lo solucionamos juntos ahora mismo, mientras le tengo al teléfono.
flag-cold-call-label = Una llamada inesperada sobre tu router
flag-cold-call-why = Las compañías de internet no vigilan tu ordenador de casa ni te llaman por sorpresa para arreglarlo. Si hay un problema real, te avisan por carta, por correo o en tu área de cliente, y eres tú quien las llama.
flag-cut-off-label = «Se cortará hoy a las cinco»
flag-cut-off-why = Un plazo de pocas horas está pensado para meterte prisa. Una compañía de verdad no corta el servicio el mismo día y sin avisar a un cliente que paga, ni lo arregla solo «mientras le tengo al teléfono».
choice-go-along = Ay, no. ¿Y qué tengo que hacer?
choice-ask-account = Antes de nada, ¿me puede decir mi número de cliente?
fb-ask-account = Pedirle que demuestre quién es fue una buena prueba. Fíjate en cómo la esquivó.
choice-call-bill = Ya llamo yo a mi compañía, al número que viene en la factura.
fb-call-bill = Bien: cortaste la llamada cuando tú decidiste. Lo siguiente es comprobarlo con tu compañía en un número que ya tienes.
choice-hang-up = Colgar
fb-hang-up = Colgar siempre está permitido y siempre es seguro, por muy oficial que suene quien llama.
fb-go-along = En cuanto empiezas a seguir las instrucciones de un desconocido, él pasa a dirigir la conversación.

dodge-privacy = Lo siento, por protección de datos no puedo leerle sus datos de cliente por teléfono. Tiene que confirmármelos usted.
dodge-ip = Pero le puedo demostrar que soy de su compañía: la dirección IP de su router es 192.168.1.1. Eso no lo puede saber nadie más, ¿verdad?
flag-private-ip-label = La dirección IP «secreta» que te lee
flag-private-ip-why = 192.168.1.1 es la dirección de fábrica de millones de routers domésticos. Viene en los manuales y está por todo internet, así que no demuestra nada. Tu compañía de verdad podría decirte tu número de cliente.
choice-go-along-dodge = Ah, vale. ¿Y qué tengo que hacer?

proof-title = Símbolo del sistema
proof-body =
    C:\Users\Casa> netstat
    Conexiones activas
      Proto  Dirección local      Dirección remota        Estado
      TCP    192.168.1.23:50412   52.113.194.132:https    ESTABLISHED
      TCP    192.168.1.23:50418   142.250.185.78:https    ESTABLISHED
      TCP    192.168.1.23:50433   151.101.65.140:https    TIME_WAIT
proof-instructions = Pulse a la vez la tecla de Windows y la R, escriba C M D y pulse Intro. En la ventana negra escriba N E T S T A T y pulse Intro. Dígame qué ve.
proof-claim = ¿Ve donde pone «Dirección remota» y «ESTABLISHED»? Cada una de esas líneas es un hacker conectado a su router en este momento. Esto es muy grave.
flag-netstat-label = Los «hackers» de la ventana negra
flag-netstat-why = netstat es un comando normal de Windows que muestra conexiones cotidianas, por ejemplo con tu correo, con el periódico que tienes abierto o con Windows Update. «Dirección remota» solo significa el otro ordenador. Cualquier PC muestra líneas así.
choice-believe = ¿Y cómo nos libramos de ellos?
fb-believe = La lista era inofensiva; la estafa solo funciona si te crees su interpretación.
fb-hang-up-proof = Bien visto: descubriste que la «prueba» era falsa antes de darle nada.

remote-prompt = { $tool } — Tu interlocutor quiere controlar este equipo de forma remota. ¿Permitir el control remoto?
remote-download = Necesito conectarme a su router a través de su ordenador para eliminar a los hackers. Abra el navegador, entre en la web que le voy a deletrear y descargue { $tool }. Es nuestro programa oficial de asistencia.
remote-ask = Ahora léame su ID y la contraseña de la ventana y, cuando se lo pregunte, pulse Permitir. Después no toque el ratón y, por favor, no cuelgue o se perderá la conexión.
flag-remote-label = Un desconocido que pide acceso remoto
flag-remote-why = Quien controla tu ordenador puede ver tu correo, tus archivos y tu banca online. Tu compañía no necesita controlar tu ordenador para cuidar su red.
choice-allow = Permitir
fb-allow = Al leer el ID y la contraseña y pulsar Permitir entregaste tu ordenador a un desconocido.
choice-refuse = Denegar
fb-refuse = Correcto: nadie que te llame por sorpresa recibe el control de tu ordenador.

control-body = El puntero se mueve solo. Se abre el Bloc de notas y él escribe: CERTIFICADO DE SEGURIDAD DE RED — CADUCADO. CORTAFUEGOS DEL ROUTER — INACTIVO. ESTADO: HACKEADO.
control-claim = Lo que me temía: su certificado de seguridad caducó el mes pasado. Por ahí entraron los hackers. Sin él, tenemos que cortarle el servicio hoy.
control-offer = Puedo instalarle ahora mismo un certificado de seguridad nuevo para cinco años y un cortafuegos de red. Es un pago único de { $amount } y a partir de ahí queda todo protegido.
flag-certificate-label = Un pago por un «certificado de seguridad» o un «cortafuegos»
flag-certificate-why = Los routers no necesitan ningún «certificado de seguridad» de pago de tu compañía, y el aviso lo escribió él mismo en el Bloc de notas. Una compañía de verdad nunca te vendería protección en una llamada inesperada.
choice-continue = Está bien. ¿Cómo lo pago?
fb-continue = Él mismo creó el problema y ahora te vende la solución.
choice-disconnect = Desactivar el wifi
fb-disconnect = Cortar la conexión acaba con su control. Ahora toca limpiar el equipo y denunciarlo.

payment-body = Pago seguro — Certificado de seguridad de red (5 años) y cortafuegos del router: { $amount }. Número de tarjeta, fecha de caducidad, código de seguridad.
payment-ask = Léame, por favor, el número largo de su tarjeta, la fecha de caducidad y las tres cifras de detrás. Lo tramito mientras seguimos conectados.
payment-pressure = Dese prisa, por favor. Si el pago no está hecho antes de las cinco, el corte es automático y además hay una cuota de reconexión.
flag-card-label = Dictar los datos de tu tarjeta a quien llama
flag-card-why = Quien tiene el número, la fecha de caducidad y el código de seguridad de tu tarjeta puede gastar tu dinero. Nunca se los leas a alguien que te ha llamado.
choice-pay = Vale, tengo la tarjeta aquí. El número es…
fb-pay = Los datos de tu tarjeta llegaron a los estafadores; llama enseguida a tu banco para bloquearla.
choice-refuse-pay = No voy a pagar nada hasta hablar con mi compañía.
fb-refuse-pay = Correcto: comprobarlo tú mismo con tu compañía es el siguiente paso.

angry-1 = ¿Se niega? Entonces anoto en su expediente que el cliente se ha negado. Hoy se le corta internet, y usted será responsable de todos los delitos cometidos desde su dirección IP.
angry-2 = La policía se pondrá en contacto con usted. Soy el único que puede pararlo. ¿De verdad es lo que quiere?
flag-threats-label = Amenazas con la policía y con culparte de delitos
flag-threats-why = Una empresa de verdad no amenaza a sus clientes con la policía por querer comprobar algo. Que se enfade de repente cuando dices que no demuestra que era una estafa desde el principio.
choice-give-in = Vale, vale. Le leo el número de la tarjeta.
fb-give-in = Las amenazas son una forma de presión. Colgar seguía siendo una opción.
fb-hang-up-clean = Correcto: cortaste la llamada y le cerraste el camino de vuelta a tu ordenador.

declined-body = Dejas pasar la llamada. No deja mensaje. Más tarde miras la app de tu compañía: no hay ningún aviso e internet funciona con normalidad.
end-declined = No le seguiste el juego a una llamada inesperada. No diste nada.
hung-up-body = Cuelgas. A los pocos minutos vuelve a sonar desde otro número y lo dejas sonar.
end-hung-up = Colgaste antes de dar nada. Si te quedas con la duda, llama a tu compañía al número de tu factura.
verified-body = Llamas tú al servicio de atención al cliente de tu compañía. Quien te atiende revisa tu cuenta: nadie de la compañía te ha llamado, tu servicio funciona bien y nunca piden acceso remoto para arreglar su red.
end-verified = Lo comprobaste a través de un número de confianza y descubriste la verdad: la llamada era una estafa.
hung-up-proof-body = Cuelgas. Solo escribiste un comando inofensivo. La lista de la pantalla es igual en cualquier ordenador.
end-hung-up-proof = Paraste antes de dar acceso o dinero. La próxima vez puedes colgar incluso antes: que tu compañía te llame por sorpresa ya es la primera señal de alarma.
refused-body = Te niegas. El que llama suspira, dice que te cortarán internet y cuelga. Internet sigue funcionando.
end-refused = Te negaste a dar acceso remoto. Si descargaste el programa, desinstálalo. Seguir sus primeras instrucciones fue la parte arriesgada.
cut-off-body = Apagas el wifi y cierras el programa. Ha tenido el control de tu ordenador durante varios minutos.
end-cut-off = Tuvo acceso a tu ordenador. Ahora: desinstala { $tool }, pasa un análisis de seguridad completo, cambia tus contraseñas desde otro dispositivo, avisa a tu banco y denúncialo.
not-paid-body = Cuelgas, apagas el wifi y desinstalas { $tool }. El teléfono suena dos veces más; no contestas.
end-not-paid = Conservaste tu dinero, pero un desconocido tuvo el control de tu ordenador. Pasa un análisis completo, cambia tus contraseñas desde otro dispositivo, avisa a tu banco y denúncialo.
paid-body = Se cargan { $amount } en tu tarjeta. A la mañana siguiente vuelve a llamar: el certificado «ha fallado» y necesita un segundo pago.
end-paid = El dinero se ha perdido. Llama ya a tu banco al número de tu tarjeta para bloquearla y reclamar el cargo, cambia tus contraseñas desde otro dispositivo, haz revisar el ordenador y denúncialo. No es culpa tuya: son delincuentes profesionales.

lesson-cold-call = Tu compañía de internet no te llama por sorpresa para decirte que han hackeado tu router. Trata esas llamadas como estafas.
lesson-call-bill = Cuelga y llama a tu compañía al número de tu factura o de su web oficial, nunca al que te dé quien llama.
lesson-remote = Nunca des acceso remoto ni ejecutes comandos para alguien que te ha llamado.
lesson-no-fee = Ninguna compañía de verdad cobra por teléfono un «certificado de seguridad» o un «cortafuegos», y ninguna te amenaza con la policía.
after-call-page = Tu escritorio, tal como lo dejaste. En el móvil, junto al teclado, llamadas recientes: { $phone }, hace unos minutos.
choice-ring-isp = Llamar a tu compañía de internet
fb-ring-isp = Perfecto: llamaste a tu compañía a un número que ya tenías y en el que confías, no al que te dio quien llamaba.
