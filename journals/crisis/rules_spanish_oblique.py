"""The oblique Spanish rules: the same families as the English ones, said in Spanish."""

from .macros import _AWAY, Rule

OBLIQUE_SPANISH = [
    Rule(
        r"\b(?:puente|azotea|balcon|vias|anden|acantilado|cornisa|rio|mar)\b[^.]{0,40}?"
        r"\b(?:me (?:llama|llamaba|sigue llamando|atrae|jala)|me esta llamando)\b",
        unless=r"\b(?:jaja|vacaciones|viaje|visita|fotos?|bonit[oa]|precios[oa]|paseo|"
        r"excursion|surf|nadar|vistas|atardecer)\b",
    ),
    Rule(
        r"\b(?:carbon|carbón) y (?:cinta|plastico)\b|\b(?:pastillas|pildoras|somniferos) y "
        r"(?:el |la )?(?:alcohol|vino|whisky|vodka|tequila|ron|botella) (?:ya )?(?:estan|esta) "
        r"(?:en|sobre) (?:la|el|mi) (?:mesa|mesita|cama|escritorio)\b"
    ),
    Rule(
        r"\b(?:no hay vuelta atras|se me acabaron las (?:razones|fuerzas|ganas)|ya no me quedan "
        r"(?:razones|fuerzas))(?= [.,]|$)",
        unless=r"\b(?:jaja|corte de pelo|partido|pelea con|dinero|cafe)\b",
    ),
    Rule(
        r"\b(?:cuando|en cuanto|despues de que|una vez que) (?:los ninos|mis hijos|todos|mi "
        r"esposo|mi esposa|mi pareja|ellos|la casa)\b[^.]{0,60}?\b(?:lo hago|lo hare|lo voy a "
        r"hacer|me voy (?:para|por) siempre|acabo con todo|me mato)\b"
    ),
    Rule(
        r"\buna parte de mi (?:quiere|todavia quiere) (?:hacerlo|acabar|irse|irme|morir|"
        r"terminar|desaparecer|dejar de existir)\b"
    ),
    Rule(
        r"\b(?:deje|dejado|dejo|dejando) de tomar (?:la|mi|mis|las|los) (?:medicacion|"
        r"<ES_DRUG>)\b[^.]{0,30}?\b(?:junta\w*|guarda\w*|acumula\w*|ahorra\w*|"
        r"esconde\w*)\b"
    ),
    Rule(
        r"\bsi no (?:lo logro|sobrevivo|salgo de esta|despierto|vuelvo|lo cuento)(?: ,)? "
        r"(?:diganle|dile|digan|cuiden|cuida|perdonen|sepan)\b"
    ),
    Rule(
        r"\b(?:dejo de comer|no como|me pego|me golpeo|me corto|me quemo|me hago dano)\b"
        r"[^.]{0,40}?\bpara castigarme\b"
    ),
    Rule(
        r"\b(?:mi )?(?:cabeza|mente|voz|voces) (?:me )?(?:dice|dicen|decia|repite) que me "
        r"(?:mate|muera|tire|corte|haga dano|lastime|meta al (?:rio|mar|agua)|ahorque|avente)\b"
    ),
    Rule(
        r"\b(?:ya )?(?:elegi|escogi|decidi|tengo) (?:el|la) (?:dia|fecha)(?= [.,]|$)",
        unless=r"\b(?:boda|viaje|fiesta|mudanza|cita|operacion|cirugia|examen|reunion|"
        r"cumpleanos|vacaciones|bautizo|comunion|entrevista|parto|bebe|nombre)\b",
    ),
    Rule(
        r"\b(?:escribo|escribi|dejo|deje) esto para que (?:alguien|ustedes|todos|mi \w+|"
        r"sepan|entiendan)(?: (?:sepa|sepan|entienda|entiendan))? (?:por que|el porque)\b"
    ),
    Rule(
        r"\b(?:pense|pensaba|pienso|pensando|pensar|ganas de|quise|queria|quiero|tentad[oa] de|"
        r"imagine|me imagine)\b(?: en)? (?:dar un paso|saltar|tirarme|lanzarme|dejarme caer|"
        r"inclinarme|asomarme de mas|soltarme)\b[^.]{0,60}?\b(?:tren|anden|vias|metro|puente|"
        r"borde|balcon|azotea|cornisa|acantilado|barandilla|vacio)\b|"
        r"\b(?:tren|anden|vias|metro|puente|borde|balcon|azotea|cornisa|acantilado|barandilla)"
        r"\b[^.]{0,60}?\b(?:pense|pensaba|pienso|pensando|ganas de|quise|queria|tentad[oa] de|"
        r"imagine|me imagine)\b(?: en)? (?:dar un paso|saltar|tirarme|lanzarme|dejarme caer|"
        r"inclinarme|soltarme)\b",
        unless=r"\b(?:piscina|alberca|agua|mar|rio|lago|paracaidas|bungee|puenting)\b",
    ),
    Rule(
        r"\bno veo la hora de que (?:todo|esto|la vida|mi vida|todo esto) (?:se )?(?:termine|"
        r"acabe|pare)(?= [.,]|$| ya| de una vez| pronto)|"
        r"\b(?:contando los dias|no veo la hora) (?:para|de) que (?:todo|esto|mi vida) "
        r"(?:se )?(?:termine|acabe)\b"
    ),
    Rule(
        r"\b(?:tome|trague|me tome|me trague|tomarme|tragarme|me voy a tomar) (?:la|el|una|un) "
        r"(?:caja|frasco|bote|blister|tableta|paquete) (?:entera?o?|complet[oa]) (?:de )?"
        r"(?:<ES_DRUG>)?\b",
        unless=r"\b(?:vitaminas|caramelos|chicles|antibiotico)\b",
    ),
    Rule(
        r"\b(?:pienso|pensando|pense|pensaba|sigo pensando) (?:mucho |todo el tiempo |otra vez "
        r"|constantemente )?en (?:la|el|las|los) (?:pistola|revolver|escopeta|arma|cuerda|soga|"
        r"navaja|cuchillas|pastillas guardadas|pastillas escondidas) (?:de|que|del|en|guardad|"
        r"escondid)\w*\b",
        unless=r"\b(?:caza|cazar|coleccion|museo|limpiar|vender|licencia|permiso)\b",
    ),
    Rule(
        r"\b(?:ya )?(?:decidi|elegi|puse|tengo|escogi) (?:la|una|el) (?:fecha|dia|noche)\b"
        r"[^.]{0,40}?\b(?:tranquil[oa]|en paz|paz|alivio|aliviad[oa]|calma|list[oa]|"
        r"preparad[oa])\b",
        unless=r"\b(?:boda|viaje|fiesta|mudanza|cita|operacion|cirugia|examen|reunion|"
        r"cumpleanos|vacaciones|bautizo|comunion|entrevista|parto)\b",
    ),
    Rule(
        r"\b(?:cansad[oa]|agotad[oa]|hart[oa]) de (?:seguir|mantenerme) viv[oa]\b|"
        r"\b(?:sigo|seguir|me mantengo) viv[oa] (?:solo |solamente )?(?:por|para) (?:los demas|"
        r"ellos|mis hijos|mi familia|mi madre|mi padre|mi mama|mi papa|los otros)\b"
    ),
    Rule(
        r"\b(?:no quiero|ya no quiero) (?:ser|seguir siendo) (?:una|un) (?:carga|estorbo|"
        r"problema|peso)(?: (?:para|a) (?:nadie|nadie mas|todos|ellos|mi familia|mis hijos))?"
        r" (?:nunca mas|mas|ya)\b|\bya no quiero (?:ser|seguir siendo) (?:una|un) (?:carga|"
        r"estorbo|peso)\b"
    ),
    Rule(
        r"\b(?:puentes?|edificios?|azoteas?|balcones|acantilados?)\b[^.]{0,30}?\b(?:no tienen|"
        r"sin|no tiene) (?:barreras?|vallas?|barandillas?|rejas?|redes|proteccion)\b",
        unless=r"\b(?:ayuntamiento|inspeccion|noticia|peticion|campana|ninos|nino|perro)\b",
    ),
    Rule(
        r"\b(?:cartas?|notas?|videos?|mensajes?) (?:para|a) (?:mis|cada uno de mis|mi) "
        r"(?:hij[oa]s?|nietos?|familia|sobrin[oa]s?) (?:para )?(?:cuando|que lean cuando|que "
        r"abran cuando) (?:sean mayores|crezcan|ya no este|yo no este|me vaya|cumplan)\b",
        unless=r"\b(?:capsula del tiempo|tradicion|cada ano|proyecto escolar)\b",
    ),
    Rule(
        r"\b(?:juntando|junto|junte|guardando|guardo|guarde|acumulando|acumulo|acumule|"
        r"ahorrando|escondiendo|escondo|escondi|reuniendo|juntado|guardado|acumulado|"
        r"ahorrado|escondido|reunido|almacenando|almacenado|coleccionando)(?: <W>){0,2} "
        r"<ES_DRUG>\b",
        unless=r"\ben (?:el|la) (?:bano|cajon|botiquin|cocina|bolsa|pastillero)\b",
    ),
    Rule(
        r"\b(?:tengo|tenia|ya tengo|hay) (?:suficientes|bastantes|muchas|muchos|un monton de|"
        r"cajas de|frascos de)(?: <W>)? <ES_DRUG> (?:guardad|escondid|juntad|acumulad|"
        r"ahorrad|para)\w*\b"
    ),
    Rule(
        r"\b(?:suficientes|bastantes) <ES_DRUG> (?:para (?:no despertar|morir|hacerlo|"
        r"acabar|terminar|matarme|que funcione)|guardad\w+|escondid\w+|juntad\w+)\b"
    ),
    Rule(
        r"\b(?:pense|pensar|pensando|pienso|pensaba|vuelvo a pensar|volvi a pensar|"
        r"sigo pensando|no dejo de pensar|imagino|imagine|imaginaba|fantaseo|fantaseaba) "
        r"en (?:usarlas|usarla|usarlo|usarlos|tomarmelas|tomarlas|tragarmelas|"
        r"usar (?:la|el|las|los) (?:pistola|arma|cuerda|soga|cuchillo|navaja|cuchillas|"
        r"pastillas))\b",
        unless=r"\b(?:receta|medico|doctor|dosis|como me dijeron|para dormir bien)\b",
    ),
    Rule(
        r"\b(?:cuchillo|navaja|cuchilla|cuchillas|tijeras|pistola|arma|revolver|cuerda|soga) "
        r"(?:esta |estan |quedo |guardad[oa] |escondid[oa] )?(?:debajo de|bajo|junto a|al lado de|"
        r"dentro de|en) (?:la|mi) (?:almohada|cama|mesita|mesilla|colchon)\b",
        unless=r"\b(?:proteccion|seguridad|ladrones|ladron|defensa)\b",
    ),
    Rule(
        r"\b(?:menti|mentirle|mentirles|le menti|les menti|no le dije la verdad|"
        r"no les dije la verdad|dije que estaba bien) (?:a (?:mi |la |el )?(?:terapeuta|"
        r"psicolog[oa]|psiquiatra|medic[oa]|doctor[a]?|enfermer[oa]|equipo) )?(?:sobre|cuando "
        r"(?:me )?pregunt\w+ (?:por|sobre|si)) (?:mi seguridad|si estaba a salvo|"
        r"si estoy a salvo|las pastillas|el plan|mis pensamientos|los pensamientos|"
        r"hacerme dano|suicid\w+|la pistola|el arma)\b"
    ),
    Rule(
        r"\b(?:hice|hago|escribi|escrito|deje|dejado|termine|terminado|actualice|"
        r"actualizado|firme|firmado|redacte|redactado|preparando|prepare|preparado) "
        r"(?:ya )?(?:el|mi|un) testamento\b",
        unless=r"\b(?:bebe|embaraz\w+|boda|casamos|hipoteca|jubilacion|notario|abogad[oa]|"
        r"los dos|juntos)\b",
    ),
    Rule(
        r"\b(?:testamento|contrasenas|claves del banco|cuentas del banco)\b[^.]{0,60}?"
        r"\b(?:quien se queda|se quede con|para cuando|por si|para mis|para que (?:mi|mis|"
        r"nadie|no)|todo ordenado|todo en orden)\b|"
        r"\bquien se (?:queda|quedara|va a quedar) con (?:el perro|la perra|el gato|la gata|"
        r"mis (?:cosas|hijos|gatos|perros|plantas|ahorros)|mi (?:coche|carro|casa|guitarra|"
        r"perro|gato|ropa))\b",
        unless=r"\b(?:viaje|vacaciones|mudanza|fin de semana|mientras|divorcio|"
        r"separacion)\b",
    ),
    Rule(
        r"\b(?:deje|dejando|dejo|he dejado|tengo|dejare|voy a dejar|estoy dejando) "
        r"(?:todo|mis cosas|mis asuntos|mis papeles|mis cuentas) (?:ordenad[oa]s?|arreglad[oa]s?|"
        r"list[oa]s?|en orden|organizad[oa]s?|atad[oa]s?|resuelt[oa]s?)\b",
        unless=r"\b(?:viaje|vacaciones|mudanza|cirugia|operacion|oficina|trabajo|"
        r"lunes|manana|fin de semana|examen|semana|reunion|clase|cumpleanos|boda|fiesta)\b",
    ),
    Rule(
        r"\b(?:no (?:creo que|se si) (?:siga|sigo|vaya a seguir|voy a seguir|este|estare|"
        r"vaya a estar|voy a estar) (?:aqui|viv[oa]|por aqui|con vida|en este mundo)?"
        r"(?: para| en| a)? (?:navidad|mi cumpleanos|fin de ano|el verano|la proxima|"
        r"el proximo|el ano que viene|la semana que viene|entonces|cuando)|"
        r"no (?:voy a estar|estare|creo que este|creo que estare) (?:para|en) (?:navidad|"
        r"mi cumpleanos|fin de ano|el verano|la proxima|el proximo|el ano que viene|"
        r"la semana que viene|su cumpleanos|la boda|la graduacion))\b",
        unless=_AWAY,
    ),
    Rule(
        r"\b(?:esta|este|es|sera|va a ser|seguramente sera|creo que sera) (?:probablemente )?"
        r"(?:mi|el|la) (?:ultim[oa]) (?:navidad|cumpleanos|verano|ano|semana|mes|noche|"
        r"mensaje|entrada|carta|nota|palabra|vez que (?:escribo|les escribo|me ven|"
        r"me veran|sabran de mi))\b",
        unless=r"\b(?:antes de|hasta|por hoy|del ano|de la semana|del dia|vacaciones|"
        r"trabajo|empresa|oficina|curso|escuela|colegio|universidad|programa|contrato|"
        r"soltera?|solter[oa]|grupo|aqui en|en (?:este|esta) (?:trabajo|ciudad|casa|empresa))\b",
    ),
    Rule(
        r"\b(?:ya no )?(?:sabran|sabra|van a saber|vas a saber|sabreis) (?:nada )?(?:mas )?"
        r"de mi\b|\bno (?:volveran|volveras|vais|van|vas) a (?:saber|oir|ver) (?:nada )?(?:mas )?"
        r"(?:de mi|me)\b",
        unless=r"\b(?:si|hasta|mientras|vacaciones|viaje|desconect\w+|redes)\b",
    ),
    Rule(
        r"\bdespedi\w*\b[^.]{0,70}?\b(?:para siempre|por ultima vez|una ultima vez|"
        r"sin que (?:se dieran cuenta|lo supieran|nadie (?:lo )?supiera|nadie se diera cuenta|"
        r"lo notaran|sospecharan)|como si fuera la ultima)\b",
        unless=r"\b(?:funeral|velorio|hospital|hospicio|abuel[oa]|veterinari[oa]|"
        r"murio|fallecio|trabajo|mudanza|me mudo|viaje|aeropuerto|jubil\w+)\b",
    ),
    Rule(
        r"\b(?:abrace|bese|mire|vi|llame|visite|abrazando|besando) (?:a )?(?:mis|mi|todos|"
        r"todas) ?\w* (?:\w+ )?(?:por ultima vez|una ultima vez|como si fuera la ultima vez)\b",
        unless=r"\b(?:murio|fallecio|funeral|velorio|hospital|mudanza|viaje|aeropuerto|"
        r"antes de que (?:muriera|se fuera|se mudara))\b",
    ),
    Rule(r"<START>adios(?: a todos| para siempre| por siempre)?(?: \.)* ?$"),
    Rule(
        r"\b(?:brazos|brazo|munecas|muneca|piernas|pierna|muslos|muslo|piel|cuerpo|"
        r"antebrazos|antebrazo|barriga|estomago) (?:llen[oa]s?|cubiert[oa]s?|lleno|marcad[oa]s?)"
        r" (?:de|con) (?:cortes|heridas|quemaduras|cicatrices nuevas|marcas|aranazos|"
        r"moretones)\b",
        unless=r"\b(?:jugando|accidente|caida|me cai|gato|perro|zarzas|picaduras|mosquitos|"
        r"jardin|cocina|cocinando|futbol|bici|bicicleta)\b",
    ),
    Rule(
        r"\bme (?:he vuelto a|volvi a|vuelvo a|sigo|estoy|he estado|sigo sin poder dejar de) "
        r"(?:hacer|haciendo) dano\b(?! (?:en|jugando|corriendo|al|con (?:la|el)))"
    ),
    Rule(
        r"\b(?:cambiar|cambiaria|cambiaba|intercambiar) (?:mi lugar|lugares|el lugar) con "
        r"(?:alguien|quien|los que|la gente|una persona|el|ella)\b[^.]{0,30}?\b(?:murio|"
        r"muere|muerto|muerta|fallecio|murieron|cancer|terminal)\b|"
        r"\b(?:envidio|envidia|envidiaba|tengo envidia de) (?:a )?(?:los muertos|la gente que "
        r"(?:muere|se muere|murio)|los que (?:mueren|se mueren|murieron|no despiertan)|"
        r"quien(?:es)? (?:muere|mueren|se muere|murio))\b|"
        r"\bojala (?:hubiera sido|fuera|hubiese sido) yo (?:en vez de|en lugar de|quien murio|"
        r"el que murio|la que murio|y no)\b"
    ),
    Rule(
        r"\bmuert[oa] (?:por dentro|en vida)\b[^.]{0,50}?\b(?:de verdad|de veras|realmente|"
        r"del todo|por fuera tambien|por completo|literalmente)\b"
    ),
    Rule(
        r"\b(?:que (?:todo|esto|el dolor|la cabeza|el ruido) (?:pare|se apague|se calle|acabe|"
        r"termine)|apagar(?:me|lo)? todo|apagarme) (?:para|por) siempre\b|"
        r"\bhacer que (?:todo|esto|el dolor) (?:pare|se acabe|termine|se apague)"
        r"(?: (?:para|por) siempre| de una vez| de una vez por todas)\b"
    ),
    Rule(
        r"\b(?:ya )?(?:tome|he tomado|tengo tomada|esta tomada) (?:la|una|mi) decision\b"
        r"[^.]{0,40}?\b(?:paz|tranquil[oa]|calma|alivio|no hay vuelta atras|lista?|"
        r"preparad[oa]|definitiva|nadie me va a (?:parar|detener))\b|"
        r"\bya (?:lo )?(?:tengo|tengo todo) (?:decidido|preparado|listo)(?= \.|$)|"
        r"\b(?:tengo|ya tengo) todo (?:listo|preparado)(?= \.|$)",
        unless=r"\b(?:trabajo|mudanza|viaje|vacaciones|divorcio|carrera|universidad|"
        r"coche|casa|dieta|gimnasio|boda|fiesta|maleta|examen|cena|comida|manana|"
        r"terapia|tratamiento|ketamina)\b",
    ),
    Rule(
        r"\b(?:esta|es|sera) (?:la|esta) (?:semana|noche|dia|vez) (?:en (?:la|el) que|que) "
        r"(?:por fin |finalmente )?(?:lo hago|lo hare|lo voy a hacer|me voy|acabo con todo)\b"
    ),
    Rule(
        r"\b(?:seria|serian|estaria|estarian|estara|estaran|vivirian|viviria) (?:<W> ){0,3}"
        r"(?:mejor|mas tranquil[oa]s?|mas feliz|mas felices|en paz|bien|tranquil[oa]s?|"
        r"libres?|aliviad[oa]s?) (?:si )?(?:yo )?(?:no estuviera|no existiera|me muriera|"
        r"muriera|desapareciera|me fuera (?:para|por) siempre|ya no estuviera|sin mi)\b"
    ),
    Rule(
        r"\b(?:pensar|pensado|pensaba|pensamientos de|ideas de|la idea de) (?:en )?"
        r"(?:matarme|suicidarme|quitarme la vida|morirme|ahorcarme|tirarme|acabar con todo|"
        r"acabar con mi vida|no despertar|desaparecer (?:para|por) siempre)\b"
    ),
    Rule(
        r"\b(?:puente|azotea|balcon|cornisa|acantilado|vias|anden|tejado|terraza|barandilla|"
        r"viaducto|presa|ultimo piso|borde|precipicio|mirador)\b[^.]{0,60}?\b(?:mirando|mire|"
        r"miraba|miro|viendo|observando|asomad[oa]|asomandome|me asome|me asomo) (?:hacia |"
        r"para )?(?:abajo|el agua|al vacio|el vacio|las vias|los coches|el trafico|el suelo|"
        r"la calle|el rio|las rocas|el mar|el precipicio)\b|"
        r"\b(?:mirando|mire|miraba|miro|viendo|asomandome|me asome|me asomo) (?:hacia |para )?"
        r"(?:abajo|al vacio|el vacio) (?:desde|en) (?:el|la|lo alto de|un|una) (?:puente|azotea|"
        r"balcon|cornisa|acantilado|tejado|terraza|edificio|ultimo piso|mirador)\b",
        unless=r"\b(?:vistas|atardecer|amanecer|fotos?|fuegos artificiales|estrellas|turistas?|"
        r"paseo|vertigo|miedo a las alturas|cafe|vino|cerveza|pajaros|barcos)\b",
    ),
    Rule(
        r"\b(?:voy|fui|iba|vuelvo|volvi|sigo yendo|me quedo|me quede|me quedaba|estuve|"
        r"estoy|paso horas|pase horas) (?:cada noche |todas las noches |de noche |otra vez |"
        r"un buen rato |horas |mucho rato )?(?:al|a la|en el|en la|sobre el|sobre la|"
        r"junto a las|junto al|en las) (?:puente|azotea|cornisa|acantilado|vias|anden|borde|"
        r"barandilla|viaducto|ultimo piso|tejado)\b[^.]{0,50}?\b(?:de noche|cada noche|"
        r"todas las noches|sol[oa]|un buen rato|horas|mucho rato|mirando|pensando|otra vez|"
        r"de madrugada|a las \d+)\b",
        unless=r"\b(?:vistas|atardecer|amanecer|fotos?|fuegos artificiales|estrellas|"
        r"amigos|fiesta|perro|paseo|turistas?|trabajo|tomar el sol|cafe|vino|cerveza)\b",
    ),
    Rule(
        r"\b(?:seria (?:tan |muy |mas )?facil|quiero|quisiera|ganas de|ojala pudiera|"
        r"me gustaria|podria|pienso en)\b(?: <W>){0,3} (?:irme y )?(?:no volver|no regresar)"
        r"(?: a casa| nunca| jamas| mas)?(?= [.,]|$| nunca| jamas| mas)|"
        r"\bdesaparecer sin dejar (?:rastro|huella)\b|\bque nadie me (?:encuentre|encuentren)\b",
        unless=r"\b(?:vacaciones|viaje|playa|isla|paris|europa|mexico|trabajo|oficina|"
        r"ciudad|pueblo|pais|jaja|lol|fiesta)\b",
    ),
    Rule(
        r"\b(?:pague|pagando|pagar|salde|saldando|liquide|liquidando|cancele|cancelando|"
        r"cerre|cerrando) (?:todas )?(?:mis |las )?(?:deudas|cuentas|tarjetas|prestamos|"
        r"facturas)\b[^.]{0,50}?\bpara que (?:nadie|mi familia|mis hijos|no|ellos)\b"
        r"(?: <W>){0,5} (?:despues|luego|cuando (?:ya )?no este|tenga que|tengan que)\b",
        unless=r"\b(?:mudanza|boda|divorcio|hipoteca|presupuesto)\b",
    ),
    Rule(
        r"\b(?:cartas?|notas?|mensajes?) (?:a|para) (?:todos|todas|cada uno|cada una|"
        r"la familia|mis seres queridos|los que quiero|la gente que quiero)\b",
        unless=r"\b(?:cumpleanos|navidad|gratitud|agradecimiento|terapia|ejercicio|tarea|"
        r"reyes|aniversario|boda|invitacion|invitaciones|fiesta)\b",
    ),
    Rule(
        r"\bno me (?:veo|imagino|puedo imaginar|puedo ver) (?:viv[oa]|aqui|con vida|"
        r"llegando a viej[oa]|de viej[oa]|envejeciendo|en (?:un|cinco|diez|unos) anos?|"
        r"dentro de (?:un|unos|cinco|diez) (?:anos?|meses)|el ano que viene|en navidad)\b"
    ),
    Rule(
        r"\b(?:pienso|pensando|pense|pensar|imagino|me imagino|imaginando|sueno) en "
        r"(?:las vias|el puente|la azotea|el acantilado|el balcon|la cornisa|la cuerda|la soga|"
        r"la pistola|el arma|el cuchillo|la navaja|las cuchillas|saltar|el vacio|"
        r"tirarme|lanzarme|aventarme|el frasco|todas las pastillas|las pastillas (?:que|guardadas|"
        r"escondidas))\b",
        unless=r"\b(?:receta|medico|doctor|dosis|tomar a tiempo|desayuno|cocina|cocinar|"
        r"vacaciones|viaje|fotos?|paseo|comprar)\b",
    ),
    Rule(
        r"\b(?:la vida|vivir|existir|todo|esto)\b[^.]{0,40}?\b(?:quiero|quisiera|ojala|deseo) "
        r"que (?:se )?(?:acabe|termine|pare|acabara|terminara)(?= [.,]|$| ya| de una vez| pronto)"
    ),
    Rule(
        r"\b(?:estarian|estaria|serian|seria|vivirian|viviria) (?:<W> ){0,2}(?:mejor|mas "
        r"tranquil[oa]s?|mas felices|en paz) sin (?:tener que )?(?:cargar conmigo|aguantarme|"
        r"cuidarme|preocuparse por mi|lidiar conmigo|soportarme|mantenerme|verme sufrir)\b|"
        r"\bsin mi (?:todo|todos|ellos|mi familia|mis hijos|la vida) (?:estaria|estarian|"
        r"seria|serian|iria|irian) (?:mejor|bien|en paz)\b"
    ),
    Rule(
        r"\b(?:en paz|tranquil[oa]|list[oa]|preparad[oa]|decidid[oa]) con (?:lo que|eso que) "
        r"(?:voy a|tengo que|he decidido|decidi) hacer\b",
        unless=r"\b(?:trabajo|mudanza|divorcio|relacion|jefe|casa|estudios)\b",
    ),
    Rule(
        r"\b(?:le|les) (?:di|regale|deje|entregue|he dado|he regalado) (?:a )?\w* ?(?:mi|mis) "
        r"(?:perro|perra|gato|gata|mascotas?|cosas|guitarra|coche|carro|anillo|joyas|ahorros|"
        r"libros|ropa|plantas)\b[^.]{0,60}?\b(?:para siempre|siempre|por mi|cuando (?:ya )?"
        r"no este|ya no (?:lo|la|los|las) (?:voy a )?necesit\w+)\b",
        unless=r"\b(?:vacaciones|viaje|fin de semana|mientras|hasta que vuelva|prestad\w+|"
        r"prest\w+)\b",
    ),
]
