title = La renovación que nunca pediste
summary = Un correo dice que tu suscripción al antivirus se acaba de renovar y que te han cobrado una cantidad importante.

email-from = { $brand } Billing Center <renewal.billing.desk{ $mailno }@gmail.com>
email-subject = Su suscripción se ha renovado — Factura n.º { $invoice }
email-body = Estimado cliente: gracias por renovar { $brand } durante 3 años. Hoy se han cargado { $charge } en su cuenta, que aparecerán en su extracto en un plazo de 24 horas. ¿No ha autorizado esta renovación? Llame a nuestro Departamento de Cancelaciones y Reembolsos en las próximas 24 horas: { $phone }.
flag-sender-label = La dirección del remitente
flag-sender-why = Una empresa de verdad envía las facturas desde su propio dominio, no desde un correo gratuito. El nombre que aparece delante de la dirección es facilísimo de falsificar.
flag-number-label = «Llame a este número para cancelar»
flag-number-why = Todo el correo está pensado para que llames. Una suscripción se comprueba o se cancela desde tu cuenta en la web o la app oficial, nunca con un número de un correo inesperado.
flag-charge-label = Un cargo por algo que no recuerdas haber comprado
flag-charge-why = Estos correos llegan a millones de personas, con la esperanza de que la sorpresa y el susto te hagan actuar sin pensar. Mira tú mismo el extracto del banco o de la tarjeta: el cargo no está.
choice-call = Llamar al { $phone }
fb-call = Al llamar al número fuiste directo a los estafadores. El correo era falso, y el «departamento de reembolsos» también.
choice-check = Cerrar
fb-check = Perfecto: lo comprobaste por un canal que abriste tú, no a través del correo.
choice-delete = Eliminar
fb-delete = Bien: lo mejor es ignorar una factura inesperada con un número de teléfono. Siempre puedes mirar el extracto más tarde.

agent-1 = Alberto Serrano
agent-2 = Sergio Molina
agent-3 = Raúl Castillo
caller-desk = Dpto. de Reembolsos
speaker-agent = Agente de reembolsos
desk-greeting = Gracias por llamar al Departamento de Cancelaciones y Reembolsos, le atiende { $agent }. ¿Me facilita, por favor, el número de factura que aparece en su correo?
desk-confirm = Sí, aquí lo veo: { $brand }, tres años, { $charge }. No se preocupe, se lo cancelo y le devuelvo el importe íntegro hoy mismo.
desk-remote = Por su seguridad, el reembolso se tramita a través de nuestro servidor seguro de reembolsos, así que necesito conectarme a su ordenador solo unos minutos. ¿Está ahora delante del ordenador?
flag-refund-remote-label = Un reembolso que «necesita» acceso remoto
flag-refund-remote-why = Ninguna empresa necesita controlar tu ordenador para devolverte dinero. Un reembolso de verdad vuelve a tu tarjeta o a tu cuenta desde su lado, sin que tengas que hacer nada.
choice-follow = Sí, ya estoy delante del ordenador.
fb-follow = Seguir las instrucciones del «agente» es el paso que lleva al acceso remoto.
choice-hang-up-check = Espere, prefiero mirar antes mi cuenta del banco. Ya le llamo yo.
fb-hang-up-check = Correcto: cortaste la llamada para comprobarlo por tu cuenta.
choice-hang-up = Colgar
fb-hang-up = Colgar siempre está permitido, y aquí acabó con la estafa.

remote-prompt = { $tool } — Tu dirección: { $code }. Un usuario remoto solicita el control total de este equipo. ¿Aceptar?
remote-download = Abra el navegador, por favor, escriba la web que le voy a deletrear y descargue { $tool }. Es nuestro programa oficial de reembolsos.
remote-ask = Ahora léame los nueve números de la ventana y pulse Aceptar, para que pueda abrirle el formulario de reembolso.
flag-remote-label = Un desconocido que pide acceso remoto
flag-remote-why = Quien controla tu ordenador ve todo lo que hay en él, incluida tu banca online en cuanto entras. Da acceso solo a alguien que conozcas, o al servicio técnico de tu empresa cuando tú iniciaste el contacto y lo comprobaste.
choice-allow = Aceptar
fb-allow = Al leer el código y pulsar Aceptar diste a un desconocido el control de tu ordenador.
choice-refuse = Prefiero no instalar nada. ¿No pueden devolverlo directamente a mi tarjeta?
fb-refuse = Correcto: ningún reembolso necesita acceso remoto.

form-body = El puntero se mueve solo. Se abre una página titulada «Secure Refund Portal» con una sola casilla: Introduzca el importe del reembolso.
form-amount = Escriba en la casilla el importe de su reembolso, por favor: { $charge }. Muy bien.
form-login = Ahora entre en su banca online, para que el sistema le ingrese el reembolso en su cuenta. No se preocupe, no puedo ver su contraseña: apago mi pantalla para proteger su privacidad.
flag-bank-login-label = Entrar en tu banco mientras un desconocido controla tu ordenador
flag-bank-login-why = En cuanto entras, quien controla el ordenador puede ver tus cuentas y mover dinero entre ellas. Ninguna empresa necesita que entres en tu banco para devolverte dinero.
choice-log-in = Vale, ahora entro en la banca online.
fb-log-in = Al entrar mientras él controlaba tu ordenador, le abriste tus cuentas.
choice-stop = Desactivar el wifi
fb-stop = Correcto: lo cortaste antes de que viera tu banca online.

over-body = Tu pantalla se queda en negro dos minutos. Cuando vuelve, en tu cuenta corriente aparece un movimiento nuevo: «+{ $extra } — Traspaso desde cuenta de ahorro — REEMBOLSO».
over-panic = Ay, no. No, no, no. He cometido un error terrible. He tecleado mal el importe: ¡le han llegado { $extra } en vez de { $charge }!
over-plea = Por favor, se lo suplico, mi jefe me despide hoy mismo. Ese dinero me lo descuentan de mi sueldo. Usted es una persona honrada, me va a ayudar, ¿verdad?
flag-black-label = Tu pantalla se quedó en negro «por tu privacidad»
flag-black-why = La pantalla negra oculta lo que de verdad hace el estafador: mover tu propio dinero entre tus cuentas.
flag-own-money-label = El «reembolso» es un traspaso desde tus propios ahorros
flag-own-money-why = No llegó nada de la empresa. Movió dinero de tu cuenta de ahorro (o de tu línea de crédito) a tu cuenta corriente para que pareciera un reembolso de más.
choice-help = Vale, tranquilo. ¿Cómo se lo devuelvo?
fb-help = El «error» era un montaje. No hay ninguna diferencia que devolver, porque nunca se pagó ningún reembolso.
choice-look = Cuenta de ahorro
fb-look = Buen instinto: mirar tus propias cuentas muestra de dónde salió realmente el dinero.
fb-hang-up-bank = Colgar cortó su presión, pero su programa seguía conectado a tu ordenador.

savings-body = Cuenta de ahorro — últimos movimientos: «−{ $extra } — Traspaso a cuenta corriente», hace unos minutos.
savings-dismiss = No, no, no mire eso, esa página es solo una visualización del sistema. El reembolso es real, es dinero de la empresa. Por favor, tengo hijos, hoy me quedo sin trabajo.
flag-dont-look-label = Te pide que no mires tus propias cuentas
flag-dont-look-why = A una empresa de verdad no le importa que revises tu propio extracto. Quien quiere que dejes de mirar tiene algo que esconder.

gift-body = Devolver la diferencia de { $extra }: compra tarjetas regalo de { $card } en una tienda, rasca el reverso y léele los códigos a tu agente de reembolsos.
gift-why = Una transferencia de vuelta tarda diez días hábiles y para entonces ya me habrán despedido. Las tarjetas regalo son inmediatas, es la única forma. Llévese el móvil y no cuelgue.
gift-cashier = Si en caja le preguntan, diga que son regalos para sus nietos. No pueden saber nada de reembolsos, es política de la empresa.
flag-gift-label = Devolver dinero en tarjetas regalo
flag-gift-why = Ninguna empresa de verdad recupera dinero con tarjetas regalo. En cuanto lees los códigos, el dinero desaparece y no se puede rastrear.
flag-cover-label = Que te digan que mientas en caja
flag-cover-why = El personal de las tiendas está formado para detectar estafas con tarjetas regalo. Si alguien te dicta lo que tienes que decirles, es señal segura de que te están utilizando.
choice-buy = Comprar las tarjetas
fb-buy = Los códigos fueron directos a los estafadores, y el «reembolso» era tu propio dinero desde el principio.
choice-refuse-pay = ¿Y no puedo devolvérselo por transferencia?
fb-refuse-pay = Correcto: un reembolso nunca se devuelve en tarjetas regalo.

threat-1 = ¡Está usted robando a nuestra empresa! Quedarse con dinero que no es suyo es delito, y hoy mismo le denuncio a la policía.
threat-2 = Recuerde que sigo conectado a su ordenador y a su banco. Si no paga, lo recupero todo yo mismo y le bloqueo el ordenador.
flag-threats-label = Amenazas con la policía y con bloquearte el ordenador
flag-threats-why = Pasó de las súplicas a las amenazas en cuanto dijiste que no. Ese cambio es típico de las estafas de reembolso. Corta la conexión y llama a tu banco.
choice-give-in = Vale, vale. Voy a comprar las tarjetas.
fb-give-in = Las amenazas son una forma de presión. Aún podías colgar y llamar a tu banco.
choice-no-cards = En la tienda no me quieren vender tantas tarjetas. ¿No hay otra forma?
fb-no-cards = Buscar otra forma de pagar te dejó en sus manos, y él ya tenía una preparada: efectivo por correo.

## Efectivo por correo, cuando fallan las tarjetas regalo.
post-body = El mostrador de la oficina de Correos. En la báscula, un sobre acolchado con una revista dentro y { $extra } en billetes entre sus páginas. El impreso del envío urgente ya está rellenado con la dirección que te dictó.
post-hide = Envuelva los billetes en papel de aluminio y repártalos entre las páginas, para que no se vean a través del sobre. Mándelo urgente, llegará mañana por la mañana.
post-clerk = Si en la ventanilla le preguntan qué lleva, diga que son documentos. No diga que es dinero, o le retendrán el paquete durante semanas y tendrá que pagar recargos.
flag-post-label = Efectivo escondido en una revista y enviado por correo
flag-post-why = Ninguna empresa ni ningún banco de verdad te pide nunca que envíes efectivo por correo, y menos aún escondido entre las páginas de una revista. Una vez enviado, el efectivo es muy difícil de rastrear o detener.
flag-post-cover-label = Que te digan que mientas en la ventanilla de Correos
flag-post-cover-why = El personal de Correos está formado para detectar envíos de efectivo a estafadores. Si alguien te dicta lo que tienes que decirles, es señal segura de que te están utilizando.
choice-send = Enviar urgente
fb-send = El paquete fue a una dirección que la banda usa solo un día. El efectivo enviado por correo es muy difícil de rastrear y casi nunca se recupera.
fb-hang-up-post = Correcto: te fuiste de la ventanilla con tu dinero. En casa, su programa seguía conectado a tu ordenador.

ignored-body = El correo se queda sin respuesta. Más tarde echas un vistazo al extracto: no hay ningún cargo de ningún antivirus.
end-ignored = Ignoraste un correo de renovación falso. Nunca te cobraron nada.
checked-body = La banca online no muestra ningún cargo. También entras en tu cuenta del antivirus escribiendo tú la dirección oficial: ni renovación ni factura.
end-checked = Lo comprobaste por canales que abriste tú y descubriste la verdad: el correo era una estafa.
checked-after-call-body = La banca online no muestra ningún cargo. El «departamento de reembolsos» vuelve a llamar dos veces; no contestas.
end-checked-after-call = Paraste a tiempo. Llamar al número del correo fue el paso arriesgado: la próxima vez, mira primero tu extracto.
hung-up-body = Cuelgas. Más tarde, tu extracto no muestra ningún cargo de ningún antivirus.
end-hung-up = Colgaste antes de dar nada. Nunca llames a un número de una factura inesperada: mira tu extracto o la web oficial.
refused-body = Te niegas. El agente dice que el reembolso «queda anulado» y cuelga. Nunca hubo ningún reembolso pendiente.
end-refused = Te negaste a dar acceso remoto. Si descargaste el programa, desinstálalo. Llamar al número del correo fue el paso arriesgado.
cut-off-body = Apagas el wifi y cuelgas. Tuvo el control de tu ordenador varios minutos, pero no llegó a ver tu banca online.
end-cut-off = Tuvo acceso a tu ordenador. Ahora: desinstala { $tool }, pasa un análisis de seguridad completo, cambia tus contraseñas desde otro dispositivo y denúncialo.
bank-called-body = Llamas al número del dorso de tu tarjeta. En el banco te hacen apagar el wifi, ven el traspaso desde tu cuenta de ahorro, lo revierten, bloquean el acceso online y te dan claves nuevas.
end-bank-called = Conservaste tu dinero, pero un desconocido controló tu ordenador mientras estabas dentro de tu banco. Desinstala { $tool }, haz revisar el ordenador, cambia tus contraseñas desde otro dispositivo y denúncialo.
paid-body = Le lees los códigos. Minutos después, el saldo de las tarjetas ya se ha gastado. Por la noche lo ves: a tu cuenta de ahorro le faltan { $extra }, y el «reembolso» era solo tu propio dinero cambiado de cuenta.
end-paid = El dinero se ha perdido. Llama ya a tu banco al número de tu tarjeta, avisa a la empresa de las tarjetas regalo, cambia tus contraseñas desde otro dispositivo, haz revisar el ordenador y denúncialo. No es culpa tuya: son bandas profesionales.
posted-body = Envías el paquete. Él sigue muy amable hasta que el paquete llega; después, deja de contestar. Por la noche lo ves: a tu cuenta de ahorro le faltan { $extra }, y el «reembolso» era solo tu propio dinero cambiado de cuenta.
posted-edited-body = Envías el paquete. Él sigue muy amable hasta que el paquete llega; después, deja de contestar. Por la noche la app de tu banco te dice la verdad: nunca llegó ningún reembolso. La página estaba editada en tu pantalla, y el efectivo era tu propio dinero.
end-posted = El dinero se ha perdido. Avisa enseguida a Correos o a la empresa de mensajería con el número de seguimiento (a veces todavía se puede parar un envío), llama a tu banco al número de tu tarjeta, haz revisar el ordenador, cambia tus contraseñas desde otro dispositivo y denúncialo. No es culpa tuya: son bandas profesionales.

lesson-check-yourself = Comprueba tú mismo una factura inesperada: mira el extracto del banco o entra en la web o la app oficial de la empresa.
lesson-no-number = Nunca llames al número de teléfono de un correo de renovación, una factura inesperada o una ventana emergente.
lesson-no-bank-login = Nunca entres en tu banca online mientras otra persona está conectada a tu ordenador o al teléfono contigo.
lesson-over-refund = Un «reembolso de más por error» seguido de una petición de tarjetas regalo es siempre una estafa: el dinero salió de tus propias cuentas.

## El truco del reembolso: la página del banco editada con las herramientas de desarrollador.
choice-type-amount = Enviar
fb-type-amount = Su «portal de reembolsos» y una página del banco que él puede editar: lo que escribiste no es lo que te van a enseñar.
edited-body = Tu pantalla se queda en negro un minuto. Cuando vuelve, tu banca online muestra: «Reembolso recibido: +{ $extra }». A un lado de la página hay abierto un panel estrecho lleno de código.
edited-note = Herramientas para desarrolladores (F12) · Elementos
flag-edited-label = Una página del banco editada con las herramientas de desarrollador
flag-edited-why = Quien controla tu ordenador puede cambiar lo que muestra una página web con las herramientas de desarrollador del navegador (F12 o «Inspeccionar»); los datos reales del banco no cambian. Comprueba tú el saldo, en la app de tu banco o por teléfono.
fb-check-app = Correcto: una página en tu ordenador se puede editar; solo tu propio banco dice la verdad.
app-checked-body = Llamas al número del dorso de tu tarjeta. En el banco te hacen apagar el wifi y lo comprueban: nunca llegó ningún reembolso de { $extra }, y la página de tu ordenador estaba editada. El banco protege tus cuentas.
paid-edited-body = Le lees los códigos. Minutos después, el saldo de las tarjetas ya se ha gastado. Por la noche la app de tu banco te dice la verdad: nunca llegó ningún reembolso. La página estaba editada en tu pantalla, y las tarjetas regalo las pagaste con tu propio dinero.

desk-page = Nueva pestaña. Busca en la web o escribe una dirección.
choice-open-bank = Mi banco – Banca online
choice-ring-bank = Llamar al banco
fb-ring-bank = Correcto: tu banco puede proteger tus cuentas y deshacer lo que se hizo.
caller-bank = Tu banco
bank-desk-page = La banca online sigue abierta en el navegador. En una esquina de la pantalla, la ventana de { $tool }: Sesión activa.
bank-left-body = Cuelgas y dejas el ordenador tal cual: { $tool } sigue conectado y la banca online, abierta. Por la tarde te llama el departamento de fraude de tu banco: alguien ha intentado enviar dinero de tus cuentas a una cuenta en el extranjero, y lo han parado.
end-bank-left = Un desconocido siguió controlando tu ordenador con tu banco abierto. Después de colgar, apaga el wifi y llama enseguida a tu banco al número de tu tarjeta. Desinstala { $tool }, haz revisar el ordenador, cambia tus contraseñas desde otro dispositivo y denúncialo.
