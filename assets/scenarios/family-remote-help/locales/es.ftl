title = Una ayudita de la familia
summary = La impresora ha dejado de imprimir, así que le pides ayuda a tu nieto. Se le dan bien los ordenadores.
rel-1 = Pablo
rel-2 = Álvaro
rel-3 = Hugo
rel-4 = Mario

printer-page = Cola de impresión: «Carta a la aseguradora», Error: imprimiendo. Has apagado y encendido la impresora dos veces y sigue sin imprimir.
choice-ring = Llamar a { $relative }

no-answer-body = Suena y suena, y salta el buzón de voz. Le dejas un mensaje: «La impresora vuelve a dar guerra, ¿me echas una mano?». Diez minutos después te suena el móvil: un número que no conoces.
choice-look = Mirar el móvil

unknown-caller-id = Número desconocido
choice-answer = Contestar
choice-ring-back-first = Rechazar
fb-ring-back-first = Buena costumbre: llamar al número que ya tienes es la forma más segura de saber con quién hablas.

speaker-relative = { $relative }
speaker-you = Tú
office-hello = ¡Hola, soy yo, { $relative }! He oído tu mensaje. Te llamo desde el fijo de la oficina, que tengo el móvil en la mochila.
office-plan = ¿Otra vez la impresora? Eso es fácil. Abre { $tool }, como la otra vez, y léeme el número de nueve cifras. Te lo arreglo en cinco minutos.
office-hurry = Ahora estoy en el descanso, así que es buen momento.
choice-go-ahead = Vale, espera, que abro { $tool }.
fb-go-ahead = Esta vez era { $relative }, pero no había forma de saberlo con certeza: «Soy yo, desde otro número» es justo como empiezan las estafas en las que alguien se hace pasar por un familiar. Llamar a su número guardado lleva un minuto.
choice-ring-back = Te llamo yo al móvil, ¿vale?
fb-ring-back = Bien: colgar para llamarlo al número que ya tienes es la forma de comprobar quién es de verdad.
choice-hang-up-office = Lo siento, cariño, prefiero que nadie entre en mi ordenador.
fb-hang-up-office = La prudencia está bien, pero esta ayuda la pediste tú. En lugar de rendirte, llama al número guardado.

saved-caller = { $relative } (móvil)
saved-hello = ¡Sí, era yo desde el fijo de la oficina! Muy bien pensado, lo de llamarme a mi número.
saved-plan = A ver: abre { $tool }, el que te instalé en el ordenador la otra vez, y léeme las nueve cifras. Luego pulsa Aceptar. Verás todo lo que hago, y puedes cerrarlo cuando quieras.
saved-doubt = Espera… Siempre dicen que no hay que dejar entrar a nadie en el ordenador.
saved-reassure = Y tienen razón, cuando te llama alguien de la nada. Pero esta vez me has llamado tú a mí, a mi número. Soy yo.
choice-trust = Vale, me fío. Abro { $tool }.
fb-trust = Bien hecho. El contacto lo iniciaste tú, a un número que conoces, con una herramienta que conocéis los dos: así es exactamente como la ayuda remota es segura.
choice-hang-up-saved = Colgar
fb-hang-up-saved = Ya habías comprobado que era { $relative } de verdad. Decir que no aquí solo deja la impresora sin arreglar.

tool-prompt = { $tool }: tu dirección es { $code }. Solicitud de conexión desde el portátil de { $relative }. ¿Aceptar?
tool-ask = Léeme las nueve cifras… Ya está, gracias. Ahora te saldrá una solicitud de mi portátil. Dale a Aceptar y mira lo que hago.
choice-accept = Aceptar
fb-accept = Dejaste entrar a { $relative } con una herramienta que conocéis los dos, y podías ver todo lo que hacía.
choice-close-tool = Cerrar
fb-close-tool = Aquí no había nada raro: era { $relative }, con una herramienta que conocéis los dos. Rechazarlo solo deja la impresora sin arreglar.

fixing-body = El puntero se mueve con calma. { $relative } abre la cola de impresión, borra el documento atascado y reinicia la impresora, explicándote cada paso.
fixing-explain = ¿Ves? La carta se había quedado atascada en la cola y todo lo demás estaba esperando. Ya la he quitado.
fixing-close = Prueba a imprimir ahora. Cierro { $tool }, verás que desaparece la ventana. Si vuelve a pasar, me llamas.
choice-test-page = Imprimir

helped-body = La impresora se pone en marcha y sale tu carta. La ventana de { $tool } se ha cerrado.
end-helped = La impresora vuelve a funcionar. La ayuda remota de un familiar es segura cuando inicias tú el contacto a un número que conoces, usáis una herramienta que conocéis los dos y puedes ver lo que hace.
refused-body = La carta sigue atascada en la cola y { $relative } no podrá ayudarte hasta que venga a verte.
end-refused = La impresora sigue sin funcionar. La prudencia está bien, pero esta era la ayuda que pediste: si localizas a alguien que conoces en su número guardado, puedes dejarle entrar.

lesson-you-start = La ayuda remota es segura cuando el contacto lo has iniciado tú, a un número que ya conoces.
lesson-new-number = Si alguien que dice «soy yo» llama desde un número nuevo, cuelga y llama al número que tienes guardado.
lesson-known-tool = Deja entrar solo a alguien que conoces y de quien te fías, con una herramienta que conocéis los dos, y mira lo que hace.
lesson-stay-in-charge = Tú tienes el control: puedes cerrar la herramienta remota en cualquier momento, y ningún familiar necesita tus contraseñas ni tus claves del banco.
choice-hang-up = Colgar
office-still-there = ¿Hola? ¿Sigues ahí?
choice-call-saved = Llamar a { $relative }
fb-call-saved = Muy bien: lo comprobaste llamando al número que ya tenías, y solo te llevó un minuto.
choice-no-thanks = Gracias, cariño, pero prefiero esperar a que vengas.
choice-dismiss = Descartar
