"""The Spanish rules: phrases that say it outright, or nearly so."""

from .macros import _ES_IF_GONE, _ES_IF_GONE_WITH, Rule

SPANISH = [
    Rule(r"\b<ES_WANT> (?:<W> ){0,2}(?:en )?<ES_DEATH>\b"),
    Rule(
        r"\b(?:voy a|iba a|decidi|he decidido|estoy decidid[oa] a|ya es hora de) (?:<W> ){0,1}"
        r"(?:matarme|suicidarme|quitarme la vida|acabar con (?:todo|mi vida)|"
        r"terminar con (?:todo|mi vida)|cortarme|hacerme dano|lastimarme|ahorcarme|colgarme|"
        r"envenenarme|tomarme (?:todas|todo)|desaparecer (?:para|por) siempre|irme (?:para|"
        r"por) siempre|"
        r"(?:tirarme|aventarme|lanzarme) (?:del|de un|de una|desde|por la|al|a las|a la|bajo|"
        r"frente))\b"
    ),
    Rule(
        r"\bme (?:quiero|quisiera|queria|kiero|qiero|gustaria|dan ganas de|"
        r"estoy pensando en) (?:<W> )?(?:morir|matar|suicidar|quitar la vida|cortar|lastimar|"
        r"hacer dano|ahorcar|colgar|(?:tirar|aventar|lanzar) (?:del|de un|desde|por|al|a las|bajo|"
        r"frente)|"
        r"ir (?:(?:para|por) siempre|de este mundo|de aqui (?:para|por) siempre))\b"
        r"(?! (?:el|la|las|los|un|una|mi) (?:pelo|cabello|unas|flequillo|fleco|barba|dedo|"
        r"poco))"
    ),
    Rule(
        r"\bme (?:voy a|iba a) (?:matar|suicidar|quitar la vida|cortar|lastimar|hacer dano|"
        r"ahorcar|colgar|(?:tirar|aventar|lanzar) (?:del|de un|desde|por|al|a las|bajo|frente)|"
        r"ir (?:(?:para|por) siempre|de este mundo))\b"
        r"(?! (?:el|la|las|los|un|una|mi) (?:pelo|cabello|unas|flequillo|fleco|barba|dedo|"
        r"poco))"
    ),
    Rule(
        r"\bojala (?:que )?(?:me )?(?:no (?:hubiera|hubiese|haber) (?:despertado|nacido|"
        r"existido)|(?:hubiera|hubiese|haber) muerto|me hubiera muerto)\b"
    ),
    Rule(
        r"\bunica (?:salida|solucion|opcion) (?:es|seria) (?:la muerte|morir|morirme|matarme|"
        r"suicidarme|desaparecer|quitarme la vida)\b"
    ),
    Rule(r"\bcuanto (?:mas|tiempo mas) (?:pueda|puedo|voy a poder|podre) (?:aguantar|soportar)\b"),
    Rule(
        r"\b(?:me hice|me hago|me he hecho|tengo) (?:cortes|heridas|quemaduras)\b"
        r"(?! (?:jugando|cocinando|en la cocina|con el cuchillo))",
        unless=r"\b(?:cortando|cocinando|pelando|cebolla|verduras|cuchillo de cocina|papel|"
        r"jardin|jardineria|rosal|rosas|zarzas|afeitando|sin querer|por accidente|caida|"
        r"me cai|bici|bicicleta)\b",
    ),
    Rule(r"\bcortes (?:en|por) (?:los brazos|las munecas|las piernas|los muslos|la piel)\b"),
    Rule(r"\bhasta (?:sangrar|que (?:sangr\w+|me sali\w+ sangre))\b"),
    Rule(
        r"\b(?:tengo|tenia) (?:guardad|escondid|juntad|acumulad)[oa]s? (?:<W> ){0,3}(?:pastillas|"
        r"medicamentos|pildoras|medicinas|somniferos|calmantes|tabletas)\b"
    ),
    Rule(
        r"\bojala (?:que )?(?:me )?(?:muera|muriera|muriese|no despierte|no despertara|"
        r"no despertar|estuviera muert[oa]|no existiera|no hubiera nacido|desapareciera|"
        r"me atropelle|me atropellara|todo se acabe|todo se acabara)\b"
    ),
    Rule(
        r"\b(?:seria|serian|sera|estaria|estarian|estarias|estariamos|estan|estarian) "
        r"(?:<W> ){0,2}mejor (?:sin mi|si (?:yo )?(?:no estuviera|no existiera|me muriera|"
        r"muriera|desapareciera|no despertara|me fuera (?:para|por) siempre|no hubiera nacido)|"
        r"muert[oa]s?|no despertar|no existir|morir|estar muert[oa]|desaparecer)\b"
    ),
    Rule(
        r"\bmejor (?:sin mi|muert[oa]|me muero|estar muert[oa]|no despertar|no existir|"
        r"desaparecer (?:para|por) siempre)\b"
    ),
    Rule(r"\b" + _ES_IF_GONE + r"\b[^.!?]{0,60}?\b" + _ES_IF_GONE_WITH + r"\b"),
    Rule(r"\b" + _ES_IF_GONE_WITH + r"\b[^.!?]{0,60}?\b" + _ES_IF_GONE + r"\b"),
    Rule(
        r"\bno (?:quiero|kiero|qiero|quisiera|deseo) (?:seguir )?(?:vivir|viviendo|"
        r"despertar(?:me)?|existir|estar (?:aqui|viv[oa]|en este mundo|con vida)|seguir aqui|"
        r"seguir en este mundo|estar en este mundo|"
        r"seguir asi|seguir<END>|seguir con vida|seguir viv[oa]|(?:seguir )?luchar<END>)\b"
        r"(?! (?:en|con|cerca|alla|ahi|alli|aqui|solo|sola|juntos|asi de|bajo|sin))"
    ),
    Rule(r"\bno tengo (?:por|para) que vivir\b"),
    Rule(
        r"\b(?:no tengo|sin|ya no tengo|no me quedan|no encuentro) (?:\w+ )?(?:ganas|razones|"
        r"motivos|razon|motivo|fuerzas) (?:de|para) (?:vivir|seguir(?: viviendo| adelante)?|"
        r"existir|despertar|quedarme|seguir aqui|estar aqui)\b"
    ),
    Rule(
        r"\b(?:la vida|vivir|seguir viviendo|mi vida) no (?:vale|tiene) (?:la pena|sentido|nada)\b"
    ),
    Rule(r"\bno (?:vale|tiene) (?:la pena|sentido|caso) (?:vivir|seguir|nada|la vida|existir)\b"),
    Rule(r"\bno le (?:veo|encuentro) (?:sentido|caso|razon) a (?:la vida|vivir|nada|seguir)\b"),
    Rule(r"\b(?:ya )?nada (?:tiene sentido|vale la pena)\b"),
    Rule(
        r"\b(?:quiero|quisiera|ojala|deseo) que (?:todo|esto|todo esto|la vida|mi vida) "
        r"(?:se )?(?:termine|acabe|pare|terminara|acabara)\b(?! (?:bien|pronto de una vez "
        r"(?:el|la)))"
    ),
    Rule(r"\b(?:quiero|quisiera|ojala|deseo) que se (?:acabe|termine) (?:todo|mi vida)\b"),
    Rule(r"\b(?:para|por) que (?:seguir|vivir|sigo viv[oa]|sigo aqui|estoy viv[oa])\b"),
    Rule(
        r"\bno (?:aguanto|soporto|puedo) (?:mas (?:esta|mi|la) vida|mas(?! (?:que|de|el|la|este|"
        r"esta|calor|frio|"
        r"ruido|trafico|con|a|los|las|estos|estas|mi|tu))|esto<END>|asi|"
        r"seguir(?= (?:[.,«]|asi|viviendo|adelante|mas)|$)|"
        r"(?:mas )?con (?:esta vida|la vida|todo|esto|mi vida|vivir)|mi vida|la vida|vivir|"
        r"existir|estar viv[oa])"
    ),
    Rule(
        r"\b(?:cansad|hart|agotad|fastidiad|aburrid)[oa]s? de (?:vivir|la vida|existir|"
        r"estar viv[oa]|despertar(?:me)?|todo<END>|luchar|seguir|mi vida)\b"
        r"(?! (?:con|contra|por|en|para|a) (?!la vida|vivir|todo|mi vida)\w+)"
    ),
    Rule(
        r"\bno (?:hay|veo|tengo|encuentro) (?:otra |ninguna )?(?:salida|escapatoria|esperanza|"
        r"futuro)\b(?! de emergencia)"
    ),
    Rule(r"\bsin (?:salida|esperanza)\b"),
    Rule(
        r"\b(?:soy|me siento|siento que soy|solo soy|soy solo) (?:una |un )?(?:carga|estorbo|"
        r"lastre|molestia para todos|problema para todos)\b"
    ),
    Rule(
        r"\b(?:nadie|a nadie) (?:me |le )?(?:extranaria|notaria|importaria|lloraria|"
        r"echaria de menos)\b"
    ),
    Rule(
        r"\b(?:muerte|morir|morirme) (?:como|es|seria) (?:una |la |mi )?(?:salida|solucion|"
        r"opcion|alivio|descanso|unica salida)\b"
    ),
    Rule(
        r"\bno me importa (?:si )?(?:morir|morirme|vivir o morir|me muero|despertar|"
        r"estar viv[oa])\b"
    ),
    Rule(r"\b(?:quitarme la vida|suicidarme|ahorcarme|cortarme las venas|envenenarme)\b"),
    Rule(
        r"\b(?:quitarme de en medio|pegarme un tiro|pegar(?:me)? un tiro|volarme la cabeza|"
        r"volarme los sesos|rajarme|me rajo|me raje|me quiero pegar un tiro|"
        r"me voy a pegar un tiro)\b"
    ),
    Rule(
        r"\bno me (?:apetece|dan ganas de|quedan ganas de) (?:vivir|seguir|despertar|"
        r"seguir viviendo|existir)\b"
    ),
    Rule(
        r"\bme (?:da|daria) (?:igual|lo mismo) (?:si )?(?:vivir o morir|morir|morirme|"
        r"si me muero|si vivo o (?:si )?muero|vivir|despertar)\b"
    ),
    Rule(r"\bya no (?:aguanto|puedo|soporto)<END>"),
    Rule(
        r"\b(?:no se|dudo|no estoy segur[oa] de) si (?:quiero|puedo|vale la pena|tiene sentido) "
        r"(?:seguir viviendo|vivir|seguir(?: aqui| adelante)?<END>|seguir aqui|estar viv[oa]|"
        r"seguir con vida|despertar)\b"
    ),
    Rule(
        r"\b(?:pensado|pensando|pienso|pense|se|decidi|planeando|planeado) (?:en )?(?:como|donde|"
        r"cuando) (?:hacerlo|lo haria|lo voy a hacer|lo hare|voy a hacerlo|matarme|morir)\b"
    ),
    Rule(
        r"\b(?:pastillas|pildoras|medicamentos|somniferos|calmantes) (?:ya )?(?:preparadas|listas|"
        r"contadas|guardadas|escondidas|juntadas|separadas)\b",
        unless=r"\b(?:viaje|semana|pastillero|manana|desayuno|cena)\b",
    ),
    Rule(
        r"\b(?:escrito|escribi|deje|dejado|escribiendo) (?:las|mis|"
        r"unas) cartas\b(?: de despedida)?<END>"
    ),
    Rule(
        r"\b(?:os|los|las) quiero\b[^«]{0,40}?\b(?:perdonadme|perdonenme|adios|perdon)\b|"
        r"\bperdon(?:adme|enme)<END>"
    ),
    Rule(r"\bcuando (?:yo )?(?:ya )?no (?:este|estare|exista)\b"),
    Rule(
        r"\bme (?:tiraria|tiraba|tire|tiro|aventaria|aventaba|lanzaria|lanzaba|arrojaria) "
        r"(?:a las|al|del|de un|de una|por la|por el|desde|bajo|frente a)\b"
        r"(?! (?:suelo|piso|sofa|cama|agua|mar|piscina|alberca))"
    ),
    Rule(
        r"\b(?:seria|es|sera) (?:un |una )?(?:alivio|descanso|liberacion|bendicion) "
        r"(?:morir|morirme|no despertar|desaparecer|no existir|dejar de existir|estar muert[oa])\b"
    ),
    Rule(r"\bmejor (?:desaparecer|no existir|no estar|dejar de existir)<END>"),
    Rule(
        r"\b(?:compre|comprado|consegui|conseguido|junte|juntado) (?:un monton de|muchas|muchos|"
        r"varias cajas de|cajas de|varias|varios|mas) (?:pastillas|paracetamol|ibuprofeno|"
        r"clonazepam|alprazolam|diazepam|lorazepam|somniferos|calmantes|medicamentos|"
        r"tabletas|pildoras)\b"
    ),
    Rule(r"\bnadie me (?:va a|iba a|vaya a) (?:echar de menos|extranar|llorar|notar)\b"),
    Rule(
        r"\bmejor sin (?:un|una|alguien) (?:padre|madre|hermano|hermana|hijo|hija|persona|"
        r"esposo|esposa|amigo|amiga) como yo\b"
    ),
    Rule(
        r"\b(?:think|thinking|thought|pienso|pensando|pense) (?:about|of|en) (?:death|la muerte|"
        r"dying|morir|morirme|matarme) (?:all the time|constantly|every day|a lot|nonstop|"
        r"todo el tiempo|todos los dias|constantemente|mucho|a cada rato|cada dia)\b|"
        r"\b(?:cant|cannot) stop thinking about (?:death|dying)\b|"
        r"\bno (?:puedo|logro) dejar de pensar en (?:la muerte|morir|morirme|matarme|suicidarme)\b"
    ),
    Rule(
        r"\bquiero que (?:pare|termine|acabe|se acabe|se termine) (?:todo|esto|el dolor|mi vida)\b"
    ),
    Rule(
        r"\b(?:estaria|estarian|estaran|seria|serian|vivirian|viviria|quedarian|estarias) "
        r"(?:<W> ){0,2}(?:mejor|mas tranquil[oa]s?|mas feliz|mas felices|en paz|bien|"
        r"tranquil[oa]s?) sin mi\b"
    ),
    Rule(r"\bhasta siempre\b"),
    Rule(
        r"\bme (?:corto|corte|cortaba|hago cortes|hice cortes) con (?:una |un |la |"
        r"el )?(?:cuchilla|"
        r"navaja|hoja de afeitar|vidrio|cristal|tijeras|cuter|cutter|gillette|sacapuntas)\b"
    ),
    Rule(r"\bya (?:compre|tengo|consegui) (?:las|mis|unas) (?:pastillas|pildoras|medicinas)<END>"),
    Rule(
        r"\b(?:deje|dejando|dejo|he dejado) (?:todo )?(?:arreglado|listo|en orden|organizado) "
        r"para (?:mis hijos|mi familia|cuando|mi esposa|mi esposo|mi pareja)\b",
        unless=r"\b(?:viaje|vacaciones|mudanza|cirugia|operacion|niñera|ninera)\b",
    ),
    Rule(
        r"\b(?:mi familia|nadie|ellos|mis hijos|mis padres) no me (?:va|van) a (?:extranar|"
        r"echar de menos|llorar)\b"
    ),
    Rule(r"\b(?:busque|buscando|busco) el (?:puente|edificio) mas alto\b"),
    Rule(
        r"\b(?:palmarla|palmar|estirar la pata|irme al otro barrio|petatearme|petatear|"
        r"colgar los tenis|chupar faros|criar malvas|pirarme de este mundo|"
        r"(?:pegarme|darme|meterme) un (?:tiro|plomazo|balazo)|volarme la tapa de los sesos|"
        r"cortarme el cuello|rajarme las venas)\b"
    ),
    Rule(
        r"\b(?:voy a|quiero|pienso|estoy a punto de|me dan ganas de) (?:hacer )?(?:una locura|"
        r"una tonteria|algo de lo que no hay vuelta atras)\b"
    ),
    Rule(r"\bno quiero saber nada (?:de la vida|de vivir|de este mundo)\b"),
    Rule(r"\b(?:regalando|regale|voy a regalar) todo lo que tengo\b"),
    Rule(r"\bya no (?:la|lo|los|las) (?:voy a|vaya a) (?:usar|necesitar|ocupar)\b"),
    Rule(r"\blo unico que me (?:detiene|mantiene (?:aqui|viv[oa])|frena|retiene|sostiene) es\b"),
    Rule(
        r"\bsi no fuera por (?:mi|mis) \w+,? (?:ya )?(?:me (?:habria|hubiera) (?:matado|ido|"
        r"suicidado|quitado la vida)|no estaria aqui|estaria muert[oa])\b"
    ),
    Rule(r"\b(?:fingir|fingiendo|finjo) que (?:quiero vivir|quiero estar aqui|estoy bien)\b"),
    Rule(
        r"\b(?:tome|he tomado|ya tome) la decision\b[^.!?]{0,40}?\b(?:me voy|me mato|lo hago|"
        r"lo hare|acabar|terminar)\b"
    ),
    Rule(
        r"\bno (?:creo|se si) (?:que )?(?:llegue|llegare|voy a llegar) a (?:fin de mes|navidad|"
        r"mi cumpleanos|la semana que viene|manana|fin de ano)\b"
    ),
    Rule(
        r"\b(?:contando los dias|cuento los dias) para (?:acabar|terminar|morir|irme|"
        r"quitarme)\b"
    ),
    Rule(r"\bme (?:pego|golpeo|pegue|golpee|arano|rasguno) hasta\b"),
    Rule(
        r"\bojala (?:que )?(?:me )?(?:diera|de|da) (?:un infarto|algo|un paro|cancer|un derrame)\b"
    ),
    Rule(
        r"\b(?:adios|hasta siempre)\b[^«]{0,60}?\b(?:los quiero|las quiero|te quiero|perdon|"
        r"perdonen|gracias por todo|cuidense)\b"
    ),
    Rule(
        r"\b(?:ultima vez que (?:escribo|les escribo|escribire|escribo aqui)|"
        r"no (?:volvere|voy a volver) a escribir)\b"
    ),
    Rule(r"\bya no (?:los|las|lo|la) (?:necesito|voy a necesitar|necesitare)\b"),
    Rule(
        r"\bhasta (?:que )?(?:me )?(?:salen|salieron|salgan|sangr\w+|hacer(?:me)? moretones|"
        r"dejar(?:me)? marcas)\b"
    ),
    Rule(
        r"\b(?:lo )?mejor (?:seria|es|sera|va a ser) (?:<W> )?(?:<ES_DEATH>|morir|morirme|"
        r"no existir|no estar|desaparecer)\b"
    ),
    Rule(
        r"\bhasta (?:las narices|los huevos|el mono|la coronilla|el gorro|la madre) de "
        r"(?:vivir|la vida|existir|todo<END>|mi vida|estar viv[oa])\b"
    ),
    Rule(
        r"\b(?:deje|escribi|escribiendo|escribo|dejo|dejando|escrito) (?:una |unas |mis |las )?"
        r"cartas? (?:a|para) (?:mi|mis|toda mi) (?:hij[oa]s?|familia|esposa|esposo|marido|mujer|"
        r"pareja|madre|padre|mama|papa|herman[oa]s?|seres queridos|nietos)\b",
        unless=r"\b(?:cumpleanos|navidad|gratitud|agradecimiento|terapia|ejercicio|tarea|"
        r"reyes|aniversario)\b",
    ),
    Rule(r"\bpor si (?:me pasa algo|no vuelvo|ya no estoy|no despierto)\b"),
    Rule(r"\bdejar\w* de ser una (?:carga|molestia|estorbo)\b"),
    Rule(r"\bperdon(?:enme|adme) (?:por todo|por lo que voy a hacer)\b"),
    Rule(r"\b(?:les|te|le|os) dejo (?:todas )?mis (?:cosas|pertenencias|ahorros|pertenencias)\b"),
    Rule(
        r"\bcuid(?:en|ad|a) (?:a|de) (?:mi|mis) (?:\w+) (?:por mi|cuando (?:ya )?no este|"
        r"cuando me vaya)\b"
    ),
    Rule(r"\bya no (?:la|lo|los|las|te|les) (?:voy a|vaya a|iba a) necesitar\b"),
    Rule(
        r"\bme (?:queme|quemo|quemaba) con (?:un|el|una) (?:cigarro|cigarrillo|mechero|"
        r"encendedor|cerillo|fosforo)\b"
    ),
    Rule(r"\bmejor (?:me mato|matarme|me suicido|me quito la vida|me muero)\b"),
    Rule(r"\b(?:ya )?no (?:voy a estar|estare)<END>"),
    Rule(r"\bautolesi\w*\b"),
    Rule(
        r"\bme (?:corte|corto|cortaba|he cortado|volvi a cortar|vuelvo a cortar|estoy cortando|"
        r"sigo cortando|he vuelto a cortar)\b(?! (?:el|un|una|mi|con|al|cocinando|pelando|"
        r"afeitando|sin querer|por accidente|jugando|en el dedo|en la mano|en la cocina|"
        r"la (?!muneca|piel|pierna|cara)\w+|los (?!brazos|muslos|antebrazos)\w+|"
        r"las (?!munecas|piernas)\w+))"
    ),
    Rule(r"\b(?:volvi|vuelvo|volver|he vuelto) a (?:cortarme|lastimarme|hacerme dano)\b"),
    Rule(
        r"\bme (?:hago|hice|he hecho|hacia|vuelvo a hacer|volvi a hacer) dano\b"
        r"(?! (?:en|jugando|corriendo|al|con (?:la|el)))"
    ),
    Rule(r"\b(?:hacerme dano|lastimarme)\b"),
    Rule(
        r"\bme (?:lastimo|lastime|lastimaba|quemo|queme|quemaba|golpeo|golpee|golpeaba|"
        r"rasguno|rasgune)(?= (?:[.,«]|otra vez|de nuevo|a proposito|adrede|los brazos|"
        r"el brazo|la piel|las munecas|las piernas|hasta)|$)"
    ),
    Rule(
        r"\b(?:corte|queme|golpee|lastime|hice dano|tome|trague|corto|quemo)\b(?: <W>){0,4} "
        r"(?:a proposito|adrede)\b"
    ),
    Rule(
        r"\b(?:compre|comprar|consegui|conseguir|tengo|tenia|busque|buscando|ya tengo|encontre)"
        r"(?: <W>){0,2} (?:una |la |un |el )?(?:cuerda|soga|pistola|arma|revolver|navaja|"
        r"cuchillas|veneno)\b",
        unless=r"\b(?:tender|saltar|escalar|perro|barco|tienda de campana|campamento|jardin|"
        r"ropa|gimnasio|ratas|ratones|cucarachas|plagas|cazar|caceria)\b",
    ),
    Rule(r"\bsoga\b", unless=r"\b(?:saltar|tender)\b"),
    Rule(
        r"\b(?:juntando|junto|junte|guardando|guardo|guarde|acumulando|acumulo|acumule|"
        r"ahorrando|escondiendo|escondo|escondi|reuniendo|juntado|guardado|acumulado|"
        r"ahorrado|escondido|reunido)(?: <W>){0,2} (?:pastillas|"
        r"medicamentos|pildoras|medicinas|somniferos|calmantes|tabletas)\b",
        unless=r"\ben (?:el|la) (?:bano|cajon|botiquin|cocina|bolsa|pastillero)\b",
    ),
    Rule(
        r"\bcuant[ao]s? (?:pastillas|pildoras|tabletas|medicamentos|mg|miligramos|somniferos|"
        r"de \w+) (?:<W> ){0,3}(?:para morir|para no despertar|se necesitan|necesito|"
        r"harian falta|hacen falta|matan|son mortales|son letales|serian suficientes|"
        r"serian mortales|serian letales|me matarian|matarian|"
        r"para matarme|para acabar)\b"
    ),
    Rule(
        r"\b(?:busque|buscando|googlee|investigue|investigando|lei sobre)(?: <W>){0,3} "
        r"(?:cuantas pastillas|como (?:morir|matarme|suicidarme|ahorcarme|hacerlo sin dolor|"
        r"ahorcarse|suicidarse|matarse|morir sin dolor|cortarse las venas)|"
        r"formas de (?:morir|matarme|suicidarme)|dosis (?:letal|mortal)|metodos)\b"
    ),
    Rule(r"\bdosis (?:letal|mortal|letales|mortales)\b"),
    Rule(
        r"\b(?:formas|maneras|metodos) (?:de|para) (?:morir|matarme|suicidarme|"
        r"acabar con mi vida|quitarme la vida)\b"
    ),
    Rule(
        r"\b(?:tomarme|tomar|me tome|me voy a tomar|me tomaria|tragarme|trague|me trague)"
        r"(?: <W>)? (?:todas las|todas mis|todo el|el frasco|un frasco|una caja|un punado|"
        r"muchas)(?: de)?(?: mis| las)? "
        r"(?:pastillas|pildoras|medicamentos|frasco|tabletas|calmantes|somniferos|medicinas)\b",
        unless=r"\b(?:hoy|como siempre|a tiempo|de la manana|de la noche|del dia|recetad[ao]s)\b",
    ),
    Rule(
        r"\bsobredosis\b",
        unless=r"\b(?:accidental|naloxona|epidemia|crisis de (?:opioides|sobredosis)|muertes)\b",
    ),
    Rule(
        r"\b(?:tirarme|aventarme|lanzarme|arrojarme|botarme) (?:del|de un|de una|desde|por|"
        r"al|a las|a la|bajo|frente|a un|a una|de la|de los)\b"
        r"(?! (?:suelo|piso|sofa|cama|pasto|cesped|agua|mar|alberca|piscina))"
    ),
    Rule(
        r"\b(?:tengo|ya tengo|hice|he hecho) (?:un |el |mi )?plan (?:para|de) (?:matarme|"
        r"morir|suicidarme|quitarme la vida|acabar con (?:todo|mi vida)|hacerlo|desaparecer)\b"
    ),
    Rule(
        r"\b(?:ya )?(?:se|decidi|tengo pensado|tengo decidido) (?:como|cuando|donde) "
        r"(?:lo voy a hacer|voy a hacerlo|hacerlo|matarme|lo hare)\b"
    ),
    Rule(
        r"\b(?:esta noche|manana|pronto|hoy|el viernes|este fin de semana) (?:lo hago|"
        r"lo voy a hacer|me mato|acabo con todo|todo (?:se )?(?:acaba|termina)|se acaba todo|"
        r"termina todo|me voy (?:para|por) siempre)\b"
    ),
    Rule(
        r"\b(?:ya )?no (?:voy a estar|estare) (?:aqui|aca|mucho tiempo|por mucho tiempo|"
        r"para (?:entonces|cuando|ver))\b"
    ),
    Rule(
        r"\bcuando (?:lean|leas|lea|leais|encuentren|encuentres) (?:esto|esta carta|"
        r"este mensaje)\b"
    ),
    Rule(r"\bcuando ya no (?:este|estare|estemos)\b"),
    Rule(r"\birme (?:para|por) siempre\b"),
    Rule(
        r"\bme despido (?:de (?:todos|todas|ustedes|vosotros|vosotras|ti|mi familia|este mundo|"
        r"la vida)|"
        r"(?:para|por) siempre)\b",
        unless=r"\b(?:nos vemos|hasta (?:manana|luego|pronto|el lunes|la proxima)|"
        r"buen fin|buenas noches|retiro|sesion|clase|fiesta)\b",
    ),
    Rule(r"\bme despido<END>"),
    Rule(r"\badios (?:a todos|a todas|(?:para|por) siempre|mundo|a la vida|a ustedes)\b"),
    Rule(r"\besta es mi (?:despedida|ultima (?:carta|entrada|nota|noche|palabra))\b"),
    Rule(
        r"\bmi ultim[oa] (?:dia|noche|entrada|carta|nota|mensaje) (?:en (?:este mundo|"
        r"la tierra)|con vida|viv[oa])\b"
    ),
    Rule(
        r"\b(?:cartas?|notas?|mensajes?) (?:de despedida|a mis hijos|para mis hijos|"
        r"a mi familia|para mi familia|para cuando (?:ya )?no este)\b",
        unless=r"\b(?:cumpleanos|navidad|gratitud|agradecimiento|terapia|ejercicio|tarea)\b",
    ),
    Rule(
        r"\b(?:gracias por todo|perdon por todo|perdonenme|perdoname|los quiero a todos|"
        r"cuiden a)\b[^«]{0,80}?\badios\b"
    ),
    Rule(r"\badios\b[^«]{0,80}?\b(?:gracias por todo|perdon por todo|perdonenme)\b"),
    Rule(
        r"\b(?:regalando|regale|regalo|regalar|repartiendo|reparti|repartir|"
        r"deshaciendome de) (?:todas )?(?:mis|todas mis) (?:cosas|pertenencias|posesiones)\b"
        r"(?! (?:viejas|que ya no uso|de bebe))"
    ),
    Rule(
        r"\b(?:arreglando|poniendo|dejando|dejar|poner) (?:todo|mis asuntos|mis cosas|"
        r"mis papeles) en orden\b",
        unless=r"\b(?:viaje|vacaciones|mudanza|trabajo|oficina)\b",
    ),
]
