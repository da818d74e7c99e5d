# Textos de las pantallas de la aplicación. Se trata al usuario de tú.

app-title = ScamDrill
app-tagline = Practica cómo decir que no a las estafas de falso soporte técnico, sin riesgos.
keys-hint = Tab o flechas: moverse · Intro: elegir · Esc: volver · Ctrl+Mayús+Esc: Administrador de tareas

start-language = Elige tu idioma
start-address = ¿Cómo quieres que nos dirijamos a ti?
start-address-m = En masculino
start-address-f = En femenino
start-address-p = En plural
start-mode = ¿Cómo vas a usar ScamDrill hoy?
start-mode-training = Formación en el trabajo
start-mode-public = Sesión abierta (sin identificarse)
start-begin = Empezar

signin-heading = Identificarse
signin-prompt = Escribe tu número de empleado y pulsa Intro.
signin-id = Número de empleado: { $id }
signin-continue = Continuar con este número
signin-anonymous = Continuar sin identificarme
signin-privacy = Tus resultados se guardan en los registros de formación de tu empresa solo con este número.

overview-heading = Tus escenarios
overview-progress = { $done } de { $total } completados
overview-play = Empezar
overview-done = Completado · { $points } puntos
overview-results = Ver mis resultados
overview-back = Volver al inicio

settings-text-bigger = Texto más grande
settings-text-smaller = Texto más pequeño
settings-motion-on = Movimiento reducido: activado
settings-motion-off = Movimiento reducido: desactivado
settings-language = Idioma: { $name }

play-flags-heading = Señales de alarma
play-flags-hint = ¿Has notado algo sospechoso? Selecciónalo para marcarlo.
play-flag-marked = Marcada: { $label }
play-flag-unmarked = Marcar: { $label }
play-incoming = Llamada entrante
play-on-call = En llamada
play-answer = Responder
play-decline = Rechazar
play-hang-up = Colgar
play-caller-says = { $speaker } dice:
play-countdown = Tiempo restante: { $time }
play-scanning = Analizando…
play-browser = Navegador
play-mail = Correo
play-chat = Chat
play-bank = Banca en línea
play-taskmgr = Administrador de tareas
play-taskmgr-process = Navegador web (1 ventana)
play-taskmgr-end = Finalizar tarea
play-taskmgr-close = Cerrar el Administrador de tareas
play-taskmgr-nothing = El navegador no está abierto.
play-remote-address = Tu dirección
play-remote-request = Solicitud de asistencia remota
play-remote-control = está controlando este ordenador
play-payment = Pago
play-amount = Importe a pagar: { $amount }
play-continue = Continuar
play-choices = ¿Qué haces?

debrief-heading = Análisis final
debrief-happened = Qué ha pasado
debrief-decisions = Tus decisiones
debrief-flags = Señales de alarma
debrief-spotted = Detectada
debrief-missed = Se te pasó
debrief-instead = Qué hacer en su lugar
debrief-report-heading = Dónde denunciar
debrief-next = Siguiente escenario
debrief-overview = Volver a la lista

results-heading = Tus resultados
results-mean = Puntuación media: { $points } de 100
results-passed = Superado
results-failed = Aún no lo has superado: vuelve a intentar los escenarios.
results-critical = Veces que un desconocido entró en el ordenador: { $count }
results-dprime = Distinguir estafas de ayuda real (d′): { $value }
results-bias = Cautela (c): { $value }
results-bias-note = Por debajo de cero: rechazas incluso la ayuda real. Por encima de cero: confías con demasiada facilidad.
results-again = Empezar de nuevo

kiosk-invite = ¿Sabrías detectar una estafa antes de que te cueste caro?
kiosk-promise = Cinco minutos, tres situaciones y sin identificarte. No se guarda nada sobre ti.
kiosk-touch = Toca aquí para empezar
staff-open = Personal
staff-pin = PIN del dinamizador
staff-pin-wrong = El PIN no es correcto. Inténtalo de nuevo.
staff-pin-erase = Borrar un dígito
staff-pin-ok = Aceptar
staff-cancel = Cancelar
staff-heading = Panel del dinamizador
staff-back = Volver al modo quiosco
staff-summary = Cifras de hoy
staff-exit = Salir del modo quiosco

summary-heading = Sesiones abiertas de hoy
summary-note = Cifras anónimas. Las cifras basadas en menos de cinco sesiones se ocultan para proteger a los visitantes.
summary-none = Todavía no hay cifras.
summary-suppressed = oculta (menos de 5)
summary-sessions = Sesiones
summary-runs = Escenarios realizados
summary-refused = Acceso remoto rechazado en las estafas
summary-genuine = Ayuda real aceptada tras comprobarla
summary-passed = Escenarios superados
summary-missed = Señales de alarma menos detectadas

facilitator-discuss = Comentadlo en grupo: ¿qué haríais ahora?
facilitator-reveal = Lo que ha elegido el grupo
kiosk-finish = Terminar

# After the last decision, before the debrief (one question, no right answer shown).
judgement-question = Mirando atrás: ¿era una estafa o ayuda de verdad?
judgement-note = Di lo que piensas ahora, antes de saber cómo terminó.
judgement-1 = Seguro que era una estafa
judgement-2 = Probablemente una estafa
judgement-3 = Quizá una estafa
judgement-4 = Quizá ayuda de verdad
judgement-5 = Probablemente ayuda de verdad
judgement-6 = Seguro que era ayuda de verdad
summary-compare = Lo que hizo la gente y lo que pensó después
summary-did = Lo que hicieron
summary-judged = Lo que pensaron
summary-scams-as-scams = Estafas tratadas como estafas
summary-help-as-scam = Ayuda real tratada como estafa
summary-compare-note = «Lo que pensaron» es la respuesta de cada visitante, tras la última decisión, a «Mirando atrás: ¿era una estafa o ayuda de verdad?»
summary-missed-times = pasada por alto { $missed } de { $present } veces
