title = El soporte técnico que vino a buscarte
summary = Lunes por la mañana en el trabajo: tu bandeja de entrada se llena de repente de cientos de correos, y "Informática" se apresura a ofrecerte ayuda.
agent-1 = Javier Martín
agent-2 = Sergio Ruiz
agent-3 = Pablo Gómez

flood-from = Boletín Casa y Jardín
flood-subject = Confirma tu suscripción
flood-body = Son las 9:12. En los últimos 40 minutos han llegado { $count } correos a tu buzón del trabajo: confirmaciones de boletines, cuentas nuevas en tiendas online y registros en foros, algunos en idiomas que no hablas. Siguen llegando cada pocos segundos y ya no encuentras tu correo de verdad.
flag-flood-label = Cientos de suscripciones que no has hecho
flag-flood-why = Alguien ha suscrito tu dirección a propósito a cientos de listas ("bombardeo de correo"). Los correos en sí son inofensivos; la avalancha es el preparativo para que un falso servicio técnico se ofrezca a arreglarlo.
choice-unsubscribe = Cancelar suscripción
choice-report-flood = Notificar
choice-carry-on = Cerrar

chat-from = IT Helpdesk (Externo) · { $tenant }
chat-body = Hola, soy { $agent }, del Servicio de Atención de Informática. Esta mañana estamos viendo un ataque de spam contra varios buzones, también el tuyo. Te arreglo el filtro de spam en 5 minutos. Te hago ahora una llamada rápida por Teams, no te muevas del puesto.
flag-external-label = La etiqueta "Externo" y el dominio desconocido junto al nombre
flag-external-why = La cuenta pertenece a otra organización. Cualquiera puede crear una cuenta de empresa en Microsoft 365 y llamarla "IT Helpdesk". Tu equipo de Informática escribe desde las cuentas de la empresa, nunca desde un dominio externo.
flag-knew-label = Sabían de tu problema antes de que se lo contaras a nadie
flag-knew-why = Quien provocó la avalancha es el primero en saberlo. La ayuda que llega sin pedirla, justo después de un problema repentino, es una trampa clásica.
choice-reply-yes = Sí, por favor, llámame.
choice-ignore-chat = Cerrar

ring-caller-id = IT Helpdesk (Externo) · llamada de Teams
choice-answer = Contestar
choice-decline-report = Rechazar

call-caller = IT Helpdesk · { $agent } (Externo)
speaker-agent = { $agent }
call-hello = Hola, gracias por cogerlo. Soy { $agent }, de Informática. Te he abierto la incidencia { $ticket } por lo de tu buzón. Este spam está afectando a una docena de personas esta mañana.
call-urgency = El tema es que algunos de estos mensajes llevan malware. Si el buzón se sigue llenando se va a bloquear, y podría extenderse a todo el departamento. Tengo que arreglarte el filtro de spam ahora mismo.
call-quick-assist = Es muy fácil: pulsa a la vez Ctrl, la tecla de Windows y la Q. Se abre Asistencia rápida (Quick Assist), la herramienta de la propia Microsoft, ya la tienes instalada. Te voy a dictar un código de seguridad.
call-stay = No cuelgues, quédate conmigo al teléfono, son solo cinco minutos.
flag-says-it-label = El nombre dice "IT Helpdesk" y te da un número de incidencia
flag-says-it-why = Inventarse un nombre visible y un número de incidencia no cuesta nada. Que ponga "Informática" no es ninguna verificación: comprueba la incidencia en tu propio portal o llama al servicio técnico al número que ya conoces.
flag-urgency-label = Las prisas: "ahora mismo, antes de que se extienda"
flag-urgency-why = La avalancha se creó para estresarte, y la presión de la llamada sirve para que no compruebes nada. El equipo de Informática de verdad puede esperar cinco minutos mientras le devuelves la llamada.
choice-open-qa = Vale, un momento, ya lo abro.
choice-call-back = Mejor llamo yo al servicio técnico al número de siempre, ¿vale?
choice-hang-up = Colgar

qa-prompt = { $tool } · Obtener ayuda. Código del asistente: { $code }. Al enviarlo, quien te ayuda verá tu pantalla y podrá pedir el control total.
qa-ask = ¿Ya la tienes abierta? Escribe este código: { $code }. Dale a Enviar y, cuando te pregunte, elige Permitir. Necesito control total para cambiarte la configuración del filtro.
qa-warning = Te saldrá un aviso de que solo compartas con gente de confianza. Es lo normal, tú dale a aceptar, que soy de Informática.
flag-qa-label = Un código y "Permitir control total" para alguien que te contactó a ti
flag-qa-why = Asistencia rápida es una herramienta auténtica de Microsoft, y precisamente por eso la usan los atacantes. Quien tiene el control total puede instalar lo que quiera en tu equipo y llegar a la red de la empresa. Úsala solo cuando tú hayas pedido ayuda a tu propio equipo de Informática y hayas comprobado quién está al otro lado.
flag-click-through-label = "Tú dale a aceptar al aviso"
flag-click-through-why = Asistencia rápida muestra ese aviso justamente por este tipo de ataque. Quien te pide que ignores un aviso de seguridad está trabajando en tu contra.
choice-refuse = Antes de escribir nada, prefiero comprobarlo con el servicio técnico.

control-body = El puntero se mueve solo. Una ventana de comandos se abre y se cierra en un instante. El navegador descarga un archivo llamado spamfilter_update.zip y empieza a instalarse un programa que no conoces.
control-claim = Eso es el nuevo filtro de spam instalándose. No toques el ratón ni bloquees la pantalla.
control-password = Una última cosa: escribe tu contraseña en esta ventana para que el filtro se aplique a tu cuenta.
flag-update-label = Una "actualización del filtro de spam" descargada por quien te ayuda
flag-update-why = El filtro de spam funciona en los servidores de correo de la empresa; nadie necesita instalar archivos en tu ordenador para eso. La descarga es la herramienta del atacante, y le permite seguir dentro aunque cierres Asistencia rápida.
choice-let-finish = Vale, ya la estoy escribiendo.
choice-pull-plug = Desactivar el wifi

after-hang-up-body = Hola de nuevo, no he podido localizarte. Es urgente: si no lo arreglamos ya, se te bloqueará el buzón. Te vuelvo a llamar en un minuto.
flag-again-label = Vuelven a intentarlo enseguida
flag-again-why = Un servicio técnico de verdad acepta que le devuelvas tú la llamada. Los atacantes insisten porque cada minuto que dedicas a comprobar les arruina el plan.
choice-leave-it = Ignorarlo y volver al trabajo

verified-body = El Servicio Técnico de Informática te contesta: nadie de Informática se ha puesto en contacto contigo. Seguridad bloquea la cuenta externa y avisa a toda la plantilla de la avalancha de correos.
end-verified = Lo comprobaste por un canal que ya conocías, y tu aviso ayudó a proteger a tus compañeros.
declined-body = Llamas al Servicio Técnico de Informática y denuncias el chat y la llamada. Seguridad confirma que no era Informática y bloquea el dominio externo.
end-declined = No dejaste que un desconocido te convenciera de nada, y tu aviso alertó a la empresa a tiempo.
callback-body = Llamas al servicio técnico al número de la intranet. No existe ninguna incidencia { $ticket } y nadie te ha llamado. El equipo de seguridad te da las gracias y empieza a avisar al resto de la plantilla.
end-callback = Colgaste y lo comprobaste con un número que ya conocías. Así es exactamente como se verifica a "Informática".
reported-body = Seguridad te da las gracias: otros tres compañeros recibieron el mismo chat esta mañana. La cuenta externa está bloqueada.
end-reported = Colgaste y lo denunciaste. Tu aviso ayudó a frenar el ataque contra el resto de la empresa.
left-it-body = Al rato dejan de llegar mensajes. Por la tarde te enteras de que un compañero de otro departamento dejó entrar a "Informática".
end-left-it = Estás a salvo, pero avisa siempre: los atacantes simplemente pasan a tus compañeros.
refused-body = Llamas al Servicio Técnico de Informática al número de la intranet. No existe ninguna incidencia { $ticket } y nadie de Informática te ha llamado. Seguridad bloquea la cuenta externa.
end-refused = No le diste el control. Bien hecho. La próxima vez, compruébalo con el servicio técnico de verdad antes incluso de abrir Asistencia rápida.
cut-off-body = Con el wifi apagado, llamas al Servicio Técnico de Informática al número de la intranet. Seguridad aísla tu portátil y encuentra un programa de control remoto que se instaló en los pocos minutos que tuvo.
end-cut-off = El atacante entró, pero lo cortaste rápido y avisaste al momento, y eso da a seguridad la mejor oportunidad de frenar la propagación. La próxima vez, compruébalo antes de abrir Asistencia rápida.
ransomware-body = Dos días después, los archivos de las unidades compartidas tienen extensiones raras y aparece una nota de rescate en todas las pantallas. La investigación lleva hasta tu sesión de Asistencia rápida.
end-ransomware = Los atacantes usaron tu sesión para instalar sus herramientas, robar contraseñas y extender un ransomware por la red. Si te pasa: desconecta el equipo, llama a seguridad de inmediato y cuéntalo todo. La rapidez limita el daño, y reconocer el error cuanto antes es lo que más ayuda.

fb-unsubscribe = Pinchar enlaces en cientos de correos desconocidos no detiene una avalancha provocada y puede llevarte a sitios peligrosos. Avisa y deja que Informática lo filtre.
fb-report-flood = Bien: el equipo de Informática de verdad ya lo sabe. Cualquiera que te contacte por este tema sigue teniendo que ser comprobado.
fb-reply-yes = Al responder les abriste la puerta. Nada en el chat demostraba quiénes eran en realidad.
fb-check-portal = Exacto: lo comprobaste por un canal que ya conocías, y el equipo de Informática de verdad pudo bloquear la cuenta.
fb-ignore-chat = No contestar es mejor que decir que sí, pero avisa también: seguramente tus compañeros están recibiendo el mismo mensaje.
fb-decline-report = Correcto: no hace falta contestar a una cuenta externa que llama haciéndose pasar por Informática.
fb-open-qa = Abrir una herramienta de asistencia remota para alguien que te ha contactado sin venir a cuento es el paso del que depende todo el ataque.
fb-call-back = Correcto: cortaste la llamada para comprobarlo en un número que ya conocías.
fb-hang-up = Colgar siempre está permitido, también a "Informática".
fb-enter-allow = Al escribir su código conectaste tu ordenador a su sesión; solo un clic más lo separaba del control total.
fb-refuse = Correcto: ni código ni control para quien te contactó primero.
fb-let-finish = Cada minuto de acceso, y tu contraseña, les dieron más terreno dentro de la red.
fb-pull-plug = Cortar la conexión al momento es la mejor forma de limitar el daño.
fb-report-now = Correcto: avisa aunque no hayas caído. Seguramente la misma banda lo está intentando con tus compañeros.
fb-leave-it = Estás a salvo, pero sin un aviso los atacantes simplemente pasan a la siguiente persona.

lesson-flood = Una avalancha repentina de correos de suscripción puede ser el preparativo de una falsa llamada de "Informática". Avisa por el canal que ya conoces.
lesson-external = Una etiqueta "Externo" o un dominio desconocido significan que no es tu equipo de Informática, diga lo que diga el nombre.
lesson-callback = Que ponga "Informática" no es verificación. Cuelga y contacta con el servicio técnico por la intranet o al número que ya conoces.
lesson-quick-assist = Nunca escribas un código de Asistencia rápida ni permitas el control a quien te contactó primero. Si ya lo hiciste: desconecta el equipo y llama a seguridad de inmediato.

choice-ring-helpdesk = Llamar al Servicio Técnico de Informática
caller-helpdesk = Servicio Técnico de Informática
desk-page = Outlook y Teams están abiertos. En el navegador, la intranet de la empresa.
qa-typed-code = { $code }
qa-allow-prompt = { $agent } quiere tomar el control total de tu dispositivo. Permítelo solo si confías en esta persona. Los estafadores pueden hacerse pasar por Microsoft o por tu departamento de informática.
choice-allow = Permitir
choice-decline = Rechazar
qa-snap = Muy bien. Pero cuando se te bloquee el buzón, será cosa tuya.
offline-page = Sin conexión a internet. Teams: «La llamada ha finalizado». Asistencia rápida: «La sesión ha finalizado».
fb-allow = Al permitir el control total, le diste al atacante tu ordenador y una puerta de entrada a la red de la empresa.
fb-decline = Correcto: al rechazar el control lo dejaste fuera, aunque ya se hubiera escrito el código.
fb-ring-helpdesk = Correcto: llamaste al servicio técnico a un número que ya conocías.
fb-report-cut = Correcto: seguridad tiene que saberlo al momento para encontrar lo que instaló antes de que se propague.
unreported-body = Dejas el portátil sin conexión y sigues con otras tareas. A la mañana siguiente vuelves a conectarte: el programa instalado durante la sesión contacta con los atacantes, y a mediodía seguridad los está persiguiendo por la red.
end-unreported = Apagar el wifi fue lo correcto, pero seguridad tenía que saberlo al momento: lo que instaló se queda en el equipo cuando termina la sesión. Si te pasa: desconéctate, llama enseguida a seguridad y cuéntaselo todo.
