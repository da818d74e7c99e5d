title = «Tu iCloud está bloqueado»
summary = Estás leyendo las noticias en tu Mac cuando un aviso de Apple se apodera de la pantalla.
agent-1 = Alberto Navarro
agent-2 = David Herrera
agent-3 = Raúl Castillo

browsing-page = Noticias de famosos: «Diez estrellas a las que hoy no reconocerías». En el artículo hay un vídeo que dice «Haz clic para reproducir».
choice-play-video = Haz clic para reproducir

locker-title = iCloud bloqueado · Alerta de seguridad del ID de Apple
locker-body = Tu ID de Apple se ha utilizado para acceder a contenido sospechoso e ilegal. Por tu seguridad, tu cuenta de iCloud, tus fotos y Apple Pay se han bloqueado. No cierres esta página ni reinicies el Mac. Llama ahora al Soporte técnico de Apple: { $phone } (gratuito).
locker-voice = Atención. Tu ID de Apple ha sido bloqueado. No cierres esta ventana. Llama inmediatamente al soporte técnico de Apple.
flag-phone-label = Un número de teléfono en el aviso
flag-phone-why = Apple no pone números de soporte en avisos que aparecen en páginas web. Ese número te lleva directamente a los estafadores.
flag-accusation-label = «Se ha utilizado para acceder a contenido sospechoso»
flag-accusation-why = Una acusación vaga sirve para asustarte y avergonzarte, para que actúes deprisa y no se lo cuentes a nadie. Apple no te acusa de nada a través de una página web.
flag-web-page-label = Un logotipo de Apple en una página web que no se cierra
flag-web-page-why = Es una web abierta en Safari, no tu Mac ni tu iCloud. Una página web no puede bloquear tu cuenta; al salir de Safari desaparece.
choice-call = Llamar al { $phone }
choice-unlock = Desbloquear iCloud
choice-quit-safari = Forzar salida

fake-login-page = Aparece un recuadro con el logotipo de Apple: «Desbloquea tu ID de Apple. Introduce tu ID de Apple y tu contraseña para confirmar que eres el titular.» La barra de direcciones muestra una dirección larga que empieza por icloud-unlock-…
flag-sign-in-label = Un recuadro de inicio de sesión en una página que no es apple.com
flag-sign-in-why = Inicia sesión en tu cuenta de Apple solo desde Ajustes en tu dispositivo o en una web que hayas escrito tú. Un recuadro de acceso que salta desde un aviso está ahí para robarte la contraseña.
choice-type-password = Iniciar sesión

failed-title = Error de desbloqueo · El ID de Apple sigue bloqueado
failed-body = La verificación ha fallado. Tu cuenta sigue bloqueada por motivos de seguridad. Llama a un asesor del Soporte técnico de Apple para desbloquearla: { $phone } (gratuito).

closed-body = Noticias de famosos: «Diez estrellas a las que hoy no reconocerías» — 1 de 10. Barra de favoritos: Apple · iCloud · Mapas · Noticias.
choice-check-settings = account.apple.com
choice-carry-on = Página siguiente

call-caller = «Soporte técnico de Apple»
speaker-agent = { $agent }
call-hello = Gracias por llamar al Soporte técnico de Apple. Me llamo { $agent }, asesor sénior certificado de Apple, número de empleado { $badge }. Te he abierto el caso número { $case }.
call-scare = Veo que se ha iniciado sesión en tu ID de Apple desde otro país y que se ha usado para ver contenido ilegal. Si no lo protegemos en los próximos 30 minutos, se denunciará a las autoridades y todas tus fotos se borrarán para siempre.
call-ask-password = Para confirmar que eres el titular, dime por favor el correo electrónico y la contraseña de tu ID de Apple. No te preocupes, esta línea es totalmente segura.
flag-password-label = Que te pidan la contraseña de tu ID de Apple
flag-password-why = Apple nunca te pide la contraseña ni códigos de verificación por teléfono. Quien tenga ambas cosas puede hacerse con tu cuenta, tus fotos y tus pagos.
flag-threats-label = Amenazas: «se denunciará a las autoridades», «se borrarán tus fotos»
flag-threats-why = Las amenazas y los plazos son tácticas de presión. El soporte de Apple no amenaza a sus clientes.
choice-give-password = Vale. Es mi correo de siempre, y la contraseña es…
choice-verify = Ya miraré yo mi cuenta. Adiós.
choice-hang-up = Colgar

code-from = Cuenta de Apple
code-body = Solicitud de inicio de sesión en la cuenta de Apple. Tu cuenta de Apple se está usando para iniciar sesión en un dispositivo nuevo. Código de verificación: { $code }. No compartas este código con nadie.
code-ask = Ahora te va a salir un código en la pantalla. Léeme los seis números para que pueda desbloquear tu cuenta. Rápido, por favor, que caduca.
flag-code-label = El código llega con un «No lo compartas»
flag-code-why = El código demuestra que eres tú quien inicia sesión. Si se lo lees, quien llama puede entrar en tu cuenta desde su propio dispositivo.
choice-read-code = Vale, es el { $code }.
choice-refuse-code = No voy a leer ningún código. Adiós.

remote-prompt = { $tool } · Tu dirección: { $session }. Una conexión entrante solicita controlar este Mac. ¿Permitir?
remote-ask = Tu cuenta ya está desbloqueada, pero los hackers te han dejado un virus en el Mac. Entra en la web que te deletreo, descarga { $tool } y léeme los nueve números. Luego haz clic en Permitir y autoriza la grabación de pantalla en Ajustes del Sistema.
remote-reassure = Es la herramienta de seguridad oficial de Apple. Lo limpio todo mientras tú miras, no tienes que hacer nada.
flag-remote-label = El «Soporte técnico de Apple» quiere controlar tu Mac
flag-remote-why = Apple no te llama para tomar el control de tu Mac. Quien lo controla puede leer tu correo, ver tus contraseñas y entrar en tu banca online.
choice-allow = Permitir
choice-refuse-remote = No voy a instalar nada. Adiós.

payment-body = iCloud Security Premium: eliminación de virus y protección durante 5 años, { $amount }. Como tu Apple Pay está bloqueado, solo se acepta el pago con tarjetas regalo de Apple, leyendo los códigos a tu asesor.
payment-pressure = Tu tarjeta está congelada por tu seguridad, así que las tarjetas regalo de Apple son la única forma. Ve ahora a una tienda cercana y no cuelgues.
payment-threat = Si cuelgas, tu ID de Apple y todas tus fotos se borrarán hoy mismo y ya no podré ayudarte.
flag-gift-label = Pagar a «Apple» con tarjetas regalo de Apple
flag-gift-why = Las tarjetas regalo de Apple solo sirven para comprar en Apple. Apple nunca pide que pagues soporte ni tasas con tarjetas regalo; quien lo pide es un estafador.
choice-pay = Está bien, voy ahora mismo a la tienda.
choice-refuse-pay = Desactivar el wifi

closed-end-body = Sigues con tu día. La página no vuelve a aparecer.
end-closed = Saliste de la página falsa sin llamar ni escribir nada. Una página web no puede bloquear tu iCloud.
checked-body = Escribes tú mismo account.apple.com e inicias sesión. Tu cuenta solo muestra tus dispositivos y ningún aviso. Nunca hubo nada bloqueado.
end-checked = Saliste de la página y después comprobaste la cuenta directamente en tu Mac. Así es exactamente como hay que hacerlo.
verified-body = Abres apple.com desde tus favoritos, buscas el número del soporte de Apple y llamas. Te explican que Apple no bloquea cuentas mediante ventanas emergentes con números de teléfono, y tu cuenta está normal. Fuerzas la salida de Safari.
end-verified = Colgaste y lo comprobaste por canales oficiales que encontraste tú. La próxima vez, sal de Safari antes de llamar a nadie.
hung-up-body = Cuelgas. El teléfono vuelve a sonar desde el mismo número; no lo coges y fuerzas la salida de Safari.
end-hung-up = Colgaste antes de dar nada. La próxima vez, sal de Safari enseguida en lugar de llamar.
password-leaked-body = Cambias la contraseña de tu cuenta de Apple. Apple te envía un correo confirmando el cambio de contraseña.
end-password-leaked = Los estafadores tuvieron tu contraseña unos minutos. Cambiarla deprisa fue lo correcto: revisa también qué dispositivos tienen sesión iniciada en tu cuenta y cambia la contraseña en cualquier otro sitio donde la uses.
password-only-body = Te niegas, cuelgas y cambias la contraseña al momento. Al minuto llega otro código que no has pedido; lo ignoras.
end-password-only = Tenían tu contraseña, pero no el código, y la cambiaste rápido. Revisa los dispositivos de tu cuenta y no compartas nunca un código de verificación, te lo pida quien te lo pida.
account-taken-body = Se acaba la llamada. Por la noche no puedes entrar en iCloud: han cambiado la contraseña y han añadido a tu cuenta un iPhone que no conoces.
end-account-taken = Con tu contraseña y tu código se hicieron con tu cuenta de Apple. Usa la recuperación de cuenta en iforgot.apple.com desde otro dispositivo o contacta con Apple a través de apple.com/support, y avisa a tu banco si tienes tarjetas vinculadas a la cuenta.
not-paid-body = El wifi está desactivado y la sesión remota se corta. El que llama grita que esta noche tus fotos habrán desaparecido, y cuelgas.
end-not-paid = No perdiste dinero, pero estuvieron dentro de tu cuenta de Apple y de tu Mac. Desinstala { $tool }, cambia tus contraseñas desde otro dispositivo, revisa tu cuenta de Apple y tus dispositivos, avisa a tu banco y denúncialo.
paid-body = Compras tarjetas regalo de Apple por valor de { $amount } y lees los códigos. Al día siguiente «Apple» vuelve a llamar: el pago «no se ha completado».
end-paid = El dinero se ha perdido. Llama a tu banco, contacta con Apple por las tarjetas regalo cuanto antes, cambia tus contraseñas desde otro dispositivo, haz revisar el Mac y denúncialo. No es culpa tuya: estas bandas son profesionales.

fb-call = Al llamar al número te pusiste en manos de los estafadores. Los avisos reales de Apple nunca dan un número de teléfono.
fb-unlock = Hacer clic en cualquier cosa de la página te retiene en ella. Sal de Safari.
fb-quit-safari = Exacto: sal de Safari sin tocar la página y no dejes que vuelva a abrir las pestañas anteriores.
fb-type-password = El recuadro era falso: la contraseña de tu ID de Apple fue directa a los estafadores.
fb-quit-change = Correcto: salir de la página y cambiar la contraseña al momento limita el daño.
fb-check-settings = Buena costumbre: revisa tu cuenta desde Ajustes en tu propio dispositivo, nunca desde un enlace o un número que te hayan dado.
fb-give-password = Apple nunca pide la contraseña por teléfono. Al dársela, le entregaste media cuenta a quien llamaba.
fb-verify = Correcto: colgaste y lo comprobaste por un canal que encontraste tú.
fb-hang-up = Colgar siempre está permitido y siempre es seguro.
fb-read-code = El código era el último candado de tu cuenta. Al leerlo, pudieron entrar haciéndose pasar por ti.
fb-refuse-code = Correcto: ningún código de verificación para nadie. Cambiar la contraseña enseguida fue el reflejo adecuado.
fb-allow = Dar a un desconocido el control remoto de tu Mac le entregó tus archivos, tu correo y tus contraseñas guardadas.
fb-refuse-remote = Negarte al acceso remoto fue correcto, pero ya tenían tu contraseña y tu código.
fb-pay = Los códigos de las tarjetas regalo son dinero en efectivo para los estafadores: no se pueden rastrear ni reembolsar.
fb-refuse-pay = Negarte a pagar fue correcto, pero ya habían estado dentro de tu Mac y de tu cuenta.

lesson-no-lock = Una página web no puede bloquear tu iCloud, y Apple no pone números de soporte en ventanas emergentes. Sal de Safari (Opción+Comando+Esc).
lesson-codes = No des nunca a nadie la contraseña de tu ID de Apple ni un código de verificación, aunque diga que es de Apple. Apple nunca los pide.
lesson-check = Comprueba tu cuenta directamente: en Ajustes y tu nombre en tu dispositivo, o en apple.com/support escrito por ti.
lesson-gift-cards = Apple nunca cobra soporte ni tasas con tarjetas regalo. Quien te lo pida es un estafador.

after-quit-page = Ajustes del Sistema › Cuenta de Apple › Inicio de sesión y seguridad. Correo: tu cuenta de Apple. Contraseña: último cambio hace 2 años.
choice-change-password = Cambiar contraseña…
password-unchanged-body = Lo dejas para más tarde. Dos días después, Apple te escribe: alguien ha iniciado sesión con tu cuenta de Apple en un dispositivo que no conoces.
end-password-unchanged = El recuadro de inicio de sesión envió tu contraseña a los estafadores, y seguía siendo válida. Cámbiala enseguida en Ajustes, revisa qué dispositivos tienen abierta tu cuenta y cámbiala en cualquier otro sitio donde la uses.
choice-ring-apple = Llamar al soporte de Apple
caller-apple = Soporte de Apple
