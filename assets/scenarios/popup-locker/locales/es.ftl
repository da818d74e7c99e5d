title = La ventana que no se cierra
summary = Estás leyendo una web de recetas cuando un aviso se apodera de tu pantalla.
tech-1 = Javier Martín
tech-2 = Carlos Romero
tech-3 = David López

browsing-page = Cenas fáciles entre semana: 25 recetas en 30 minutos. Junto a la receta, un anuncio dice: «Tu PC podría ir lento. Haz clic para comprobarlo».
choice-open-link = Haz clic para comprobarlo

locker-title = Centro de seguridad de Windows Defender — Se ha bloqueado el acceso a este PC
locker-body = Se ha detectado un troyano espía (código de error 0x80073b01). Están robando tus contraseñas, tus datos bancarios y tus fotos. No apagues ni reinicies el ordenador: podrías perder datos. Llama de inmediato al soporte de Microsoft: { $phone } (llamada gratuita).
locker-voice = Alerta crítica. Tu ordenador está infectado. No cierres esta ventana. Llama ya al soporte de Microsoft.
flag-phone-label = El número de teléfono del aviso
flag-phone-why = Los avisos de seguridad reales de Microsoft o de tu antivirus nunca te piden que llames a nadie. Un número en una ventana emergente te lleva directo a los estafadores.
flag-countdown-label = La cuenta atrás y el «no apagues el ordenador»
flag-countdown-why = Las prisas por actuar en pocos minutos están ahí para que no pienses. Reiniciar o cerrar el navegador es justo lo que debes hacer.
flag-locked-label = Una página del navegador que ocupa toda la pantalla y no se cierra
flag-locked-why = Es una página web que se hace pasar por Windows. No ha analizado nada; solo parece bloqueada. El Administrador de tareas la cierra.
choice-call = Llamar al { $phone }
choice-scan = Analizar ahora
choice-task-manager = Finalizar tarea

scan-title = Análisis rápido — Microsoft Security Essentials
scan-body = Analizando C:\Windows\System32… Se han encontrado 1.482 amenazas: Trojan.Zeus, Spyware.Banker, Adware.Hijack. Tu ordenador corre un RIESGO ALTO. Llama ya al { $phone } para eliminar las amenazas.
flag-scan-label = Un «análisis» que se ejecuta dentro de una página web
flag-scan-why = Una web no puede analizar tu ordenador. Las cifras son inventadas y son las mismas para cualquiera que llegue a la página.

caller-name = «Soporte de Windows»
speaker-tech = Técnico
call-greeting = Gracias por llamar al Departamento Técnico de Microsoft Windows, le atiende { $tech }, mi número de empleado es el { $badge }. Veo que su ordenador nos ha enviado una alerta crítica.
call-pitch = Le he abierto el caso número { $case }. Su dirección IP está sufriendo un ataque ahora mismo, así que, por favor, no cuelgue y haga exactamente lo que le digo. Abra el navegador y escriba la web que le voy a deletrear.
flag-badge-label = El número de empleado y el número de caso
flag-badge-why = Los números de empleado y de caso inventados hacen que la llamada suene oficial. Microsoft no vigila tu PC ni te llama por eso.
choice-follow = Vale, ya tengo el navegador abierto. Dígame, ¿cómo se escribe?
choice-call-back = Prefiero llamar yo a Microsoft. Adiós.
choice-hang-up = Colgar

remote-prompt = { $tool } — Tu dirección: { $code }. { $tech } solicita el control total de este dispositivo. ¿Aceptar?
remote-ask = Por favor, léame los nueve números que aparecen en su pantalla y después pulse «Aceptar». No se preocupe, es totalmente seguro: soy ingeniero certificado de Microsoft.
flag-remote-label = Un desconocido que pide acceso remoto
flag-remote-why = Quien controla tu ordenador puede leer tu correo, entrar en tu banco y dejarte fuera. Da acceso solo a alguien que conozcas, o al servicio de soporte de tu organización cuando hayas iniciado tú el contacto y lo hayas comprobado.
choice-allow = Aceptar
choice-refuse = Un momento. No voy a dejar que nadie entre en mi ordenador.

control-body = El puntero se mueve solo. Se abre una ventana negra y van pasando líneas de texto: TCP 192.168.1.7:49712 ESTABLISHED…
control-claim = ¿Lo ve? Todas estas direcciones extranjeras son hackers conectados a su PC en este momento. Sus cuentas bancarias están en peligro, señora, caballero. Tenemos que actuar rápido.
flag-netstat-label = Los «hackers» de la ventana negra
flag-netstat-why = Es netstat, un comando normal de Windows que muestra las conexiones habituales. Los estafadores lo presentan como prueba de un ataque porque casi nadie lo ha visto nunca.
choice-keep-watching = Madre mía. ¿Y ahora qué hacemos?
choice-disconnect = Desactivar el wifi

payment-body = Plan de Protección de Seguridad Vitalicio — { $amount }. Pago solo hoy y con tarjetas regalo de Google Play: cómpralas en una tienda cercana y lee los códigos a tu técnico.
payment-pressure = El sistema del banco está bloqueado por los hackers, así que las tarjetas regalo son la única forma segura. Si cuelga ahora, su ordenador quedará bloqueado para siempre y no podré ayudarle.
flag-gift-label = Pagar con tarjetas regalo
flag-gift-why = Ninguna empresa ni organismo de verdad cobra con tarjetas regalo. En cuanto lees los códigos, el dinero desaparece y no se puede rastrear.
choice-pay = Está bien, voy a la tienda a comprar las tarjetas.

closed-body = Cierras el navegador desde el Administrador de tareas. Al volver a abrirlo, eliges no restaurar las últimas pestañas. El aviso ha desaparecido.
end-closed = Has cerrado un aviso falso sin riesgos y sin llamar a nadie. A tu ordenador nunca le pasó nada.
hung-up-body = Cuelgas el teléfono. Un minuto después vuelve a sonar desde otro número; lo dejas sonar.
end-hung-up = Has colgado antes de dar nada. La próxima vez, cierra el navegador con el Administrador de tareas en lugar de llamar a nadie.
verified-body = Abres desde tus marcadores la web oficial de soporte de Microsoft y llamas al número que aparece allí. Te explican que Microsoft nunca pone números de teléfono en sus mensajes de error ni llama a nadie por su ordenador. Cierras el navegador desde el Administrador de tareas y el aviso desaparece.
end-verified = Lo has comprobado por un canal oficial y has descubierto la verdad: el aviso era una estafa.
refused-body = Se acaba la llamada. El «técnico» vuelve a llamar dos veces desde otros números; no contestas.
end-refused = Has rechazado el acceso remoto. El paso arriesgado fue llamar al número: la próxima vez, cierra el navegador.
cut-off-body = El wifi está desactivado y el puntero deja de moverse. Cuelgas y cierras el programa. Ha tenido el control de tu ordenador durante varios minutos.
end-cut-off = Han tenido acceso a tu ordenador. Ahora: desinstala { $tool }, haz un análisis completo, cambia tus contraseñas desde otro dispositivo, llama a tu banco y denúncialo.
not-paid-body = Cuelgas. Vuelve a llamar enseguida gritando que borrará todos tus archivos, y vuelves a colgar.
end-not-paid = Has conservado tu dinero, pero un desconocido ha controlado tu ordenador. Desinstala { $tool }, haz un análisis, cambia tus contraseñas desde otro dispositivo, avisa a tu banco y denúncialo.
paid-body = Compras { $amount } en tarjetas regalo y le lees los códigos. Al día siguiente vuelve a llamar: «el primer pago ha fallado».
end-paid = Has perdido el dinero. Llama ya a tu banco, cambia tus contraseñas desde otro dispositivo, haz que revisen el ordenador y denúncialo. No es culpa tuya: estas bandas son profesionales.

fb-call = Llamar al número te puso en manos de los estafadores. Los avisos reales nunca dan un número de teléfono.
fb-scan = Hacer clic en cualquier cosa de la página te retiene en ella. Mejor cierra el navegador con el Administrador de tareas.
fb-task-manager = Perfecto: cierra el navegador con el Administrador de tareas y no restaures la página.
fb-follow = Descargar el programa que te indicó es justo como empiezan las estafas de acceso remoto.
fb-call-back = Buen instinto: has cortado la llamada y lo has comprobado por un canal que has encontrado tú.
fb-hang-up = Colgar siempre está permitido y siempre es seguro.
fb-allow = Al leer el código y pulsar «Aceptar», has entregado tu ordenador a un desconocido.
fb-refuse = Bien: nada de acceso remoto para quien te llama, ni para alguien a quien llamas por una ventana emergente.
fb-disconnect = Cortar la conexión acaba con su control; ahora toca limpiar el equipo y denunciarlo.
fb-pay = Las tarjetas regalo son el pago favorito de los estafadores porque no se pueden rastrear ni reembolsar.
fb-refuse-pay = Has hecho bien en no pagar, pero ya habían estado dentro de tu ordenador.

lesson-no-numbers = Los avisos de seguridad reales nunca muestran un número de teléfono. No llames.
lesson-task-manager = Cierra un navegador bloqueado con Ctrl+Mayús+Esc → Administrador de tareas → Finalizar tarea. Si no funciona, reinicia.
lesson-remote = Da acceso remoto solo a alguien que conozcas, o al soporte de tu organización cuando hayas iniciado tú el contacto y lo hayas comprobado.
lesson-gift-cards = Ninguna empresa ni organismo de verdad te pedirá tarjetas regalo, criptomonedas ni transferencias a una «cuenta segura».

# La cuenta atrás llega a cero (el tiempo límite del paso).
expired-body = TIEMPO AGOTADO. Tus archivos corren peligro de ser eliminados. Llama de inmediato al soporte de Microsoft: { $phone } (llamada gratuita).
flag-expired-label = La cuenta atrás llegó a cero y no pasó nada
flag-expired-why = El plazo era inventado: no se borró nada cuando terminó. La página solo quiere que llames. Cierra el navegador desde el Administrador de tareas.

choice-ring-microsoft = Llamar al soporte de Microsoft
caller-microsoft = Soporte de Microsoft
closed-after-call-body = Cierras el navegador desde el Administrador de tareas y no restauras las últimas pestañas. El teléfono vuelve a sonar desde otro número; no contestas.
end-closed-after-call = Has colgado y has cerrado el aviso falso sin dar nada. Lo arriesgado fue llamar al número: la próxima vez, cierra antes el navegador desde el Administrador de tareas.
