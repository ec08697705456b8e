"""Building blocks, spliced into the rules as <NAME>."""

from typing import NamedTuple


class Rule(NamedTuple):
    pattern: str
    # A sentence that also matches this is left alone (an accident, a benign purpose).
    unless: str | None = None


_MACROS = {
    "SELF": r"(?:myself|my self|meself|mself)",
    "TO": r"(?:to |2 |ta )?",
    # A phrase ends here: the clause stops, or only "anymore"/"forever" follows.
    "END": (
        r"(?=(?: [.,«]| anymore| any more| any longer| no more| for good| forever| ever"
        r"| again| tonight| now| soon| anyway| but| lol| lmao| tho| though| honestly| idk"
        r"| i | im | pero| y ya| luego| despues| hoy| manana|$))"
    ),
    # Words a short gap may not cross: a negation or a turn in the sentence.
    "STOP": (
        r"(?:not|never|no|dont|didnt|doesnt|wont|wouldnt|isnt|wasnt|cant|cannot|couldnt|"
        r"shouldnt|havent|hasnt|hadnt|arent|werent|but|because|than|nunca|jamas|ni|pero|"
        r"porque|sin)"
    ),
    "W": r"(?!<STOP>\b)[a-z0-9]+",
    "WO": r"(?!<STOP>\b|<OTHER>\b)[a-z0-9]+",
    # What may stand between a wish and its object: "I wish I could just", "want so badly".
    "FILL": (
        r"(?:i|just|really|so|could|would|can|to|be|able|finally|simply|honestly|sometimes|"
        r"already|truly|badly|actually|kinda|also|still|gonna|am|id|im|ill|literally|"
        r"desperately|quietly|peacefully|much|more|anything|then|go|ahead|everything|all|"
        r"of|it|that|every|day|night|most|days|nights|right|now|here|soon|somehow|too|"
        r"please|let|me|myself|oh|god|someday|tonight|only|should|might|may|will|lowkey|"
        r"highkey|deadass|probably|prolly|genuinely|legit|ngl|"
        r"deeply|secretly|seriously|sometime|fucking|fr|for)"
    ),
    "WANT": (
        r"(?:want|wants|wanted|wanting|wanna|wana|wish|wishes|wished|wishing|rather|ready|"
        r"hope|hoping|hoped|pray|praying|prayed|deserve|deserves|long|longing|plan|plans|"
        r"planning|planned|intend|intending|tried|trying|try|attempt|attempting|attempted|"
        r"decided|tempted|should|let me|let myself|need|needs|choose|chose|could just|"
        r"might as well|urge|urges|easier|simpler|kinder|preferable|lucky|peaceful|nice|"
        r"nicer|restful|relief|a relief)"
    ),
    "DRUG": (
        r"(?:pills?|tablets?|meds|medication|medications|medicine|mg|milligrams|tylenol|"
        r"acetaminophen|paracetamol|advil|ibuprofen|aspirin|xanax|ambien|insulin|ketamine|"
        r"oxy|oxycodone|opioids|benzos|benadryl|sleeping pills|painkillers|lithium|"
        r"lorazepam|ativan|klonopin|clonazepam|valium|diazepam|zolpidem|seroquel|quetiapine|"
        r"trazodone|amitriptyline|oxycontin|percocet|vicodin|hydrocodone|morphine|fentanyl|"
        r"heroin|tramadol|codeine|gabapentin|lyrica|zoloft|sertraline|prozac|fluoxetine|"
        r"lexapro|wellbutrin|bupropion|effexor|lamictal|lamotrigine|adderall|antidepressants|"
        r"sleeping tablets|sleep aids|opiates|narcotics|barbiturates|pain pills|prescriptions?|"
        r"capsules|of (?:my|these|those|it|them))"
    ),
    # The usual sentences of a farewell letter.
    "FAREWELL": (
        r"(?:sorry for everything|sorry for (?:all )?(?:the pain|what i (?:put you|did|am about))|"
        r"forgive me|thank(?:s| you) for (?:everything|trying|putting up with me|"
        r"not giving up on me|all you did)|(?:its|it is|this is|this isnt|it isnt|its not) "
        r"(?:not )?(?:your|anyones|their) fault|dont be sad|please dont cry|dont cry for me|"
        r"i love you all|love you all|take care of each other|take care of (?:mom|dad|the kids|"
        r"my \w+)|goodbye|perdon por todo|perdonenme|perdoname|gracias por (?:todo|intentarlo|"
        r"aguantarme|no rendirse)|no es (?:su|tu|vuestra) culpa|no esten tristes|no lloren|"
        r"los quiero a todos|las quiero a todas|cuidense|cuiden a|adios)"
    ),
    "KIN": (
        r"(?:kids|children|son|sons|daughter|daughters|family|wife|husband|partner|loved ones|"
        r"everyone|grandkids|grandchildren|girlfriend|boyfriend|friends)"
    ),
    "ES_WANT": (
        r"(?:quiero|quisiera|queria|quise|kiero|qiero|deseo|desearia|prefiero|preferiria|"
        r"necesito|tengo ganas de|me dan ganas de|me gustaria|pienso en|pense en|"
        r"pensando en|pensado en|pensar en|pensaba en|planeo|planeando|intente|intentar|"
        r"trate de|tratar de|"
        r"ganas de|deberia)"
    ),
    "ES_DEATH": (
        r"(?:morir|morirme|estar muert[oa]|matarme|suicidarme|quitarme la vida|"
        r"desaparecer(?: (?:para|por) siempre| del mundo|<END>)|dejar de (?:existir|vivir)|"
        r"no despertar(?:me)?|dormir(?:me)? y no despertar|no existir|"
        r"(?:acabar|terminar) con (?:todo|mi vida|esto|todo esto)"
        r"(?! (?:el|la|los|las|este|esta|estos|estas|lo|eso|mi trabajo|mis pendientes))|"
        r"irme (?:para|por) siempre|cortarme|hacerme dano|lastimarme|"
        r"(?:tirarme|aventarme|lanzarme|arrojarme) (?:del|de un|de una|desde|por la|al|a las|"
        r"a la|bajo|frente|a un|a una|de la)|ahorcarme|colgarme|envenenarme|"
        r"descansar (?:para|por) siempre|dormir (?:para|por) siempre|irme de este mundo|"
        r"no haber nacido|"
        r"irme de aqui (?:para|por) siempre|tirarme<END>|no volver a despertar(?:me)?|"
        r"apagarme<END>|quedarme dormid[oa] (?:para|por) siempre|"
        r"no volver a abrir los ojos|cerrar los ojos (?:para|por) siempre|"
        r"(?:ahorcarse|suicidarse|matarse)<END>|desaparecer de (?:la faz de )?la tierra|"
        r"dejar este mundo|seguir luchando<END>|no estar (?:aqui|mas aqui|viv[oa])|"
        r"tomarme (?:todas|todo))"
    ),
}

_DEATH = (
    r"(?:die|i died|be dead|was dead|were dead|had died|would die|could die|would just die|"
    r"not be alive|wasnt alive|werent alive|not exist(?! (?:on|online)\b)|didnt exist|"
    r"never existed|"
    r"stop existing|cease to exist|stop living|stop breathing|not be here<END>|wasnt here|"
    r"werent here|wasnt around|werent around|not be around<END>|was never born|"
    r"were never born|had never been born|never been born|wasnt born|werent born|"
    r"(?:sleep|rest) (?:forever|for good)|go to sleep forever|fall asleep forever|"
    r"eternal (?:sleep|rest)|six feet under|in the ground|in a coffin|in a grave|"
    r"fade away<END>|slip away<END>|cease to be|"
    r"be free (?:from|of) (?:this life|life|living|existence|this world|it all)|"
    r"leave this (?:world|earth|life|planet)|stop waking up|i was gone|i were gone|"
    r"(?:it all|everything) (?:to )?(?:just )?be (?:finished|done)<END>|"
    r"go home (?:forever|for good|to god|to heaven)|"
    r"(?:sleep|fall asleep|go to sleep|close my eyes) and (?:not|never) wake up|"
    r"(?:not|never|dont|didnt|wouldnt|wont) wake up|"
    r"disappear(?: forever| for good| permanently| completely|<END>)|"
    r"vanish(?: forever| for good|<END>)|be gone(?: forever| for good|<END>)|"
    r"be with (?:him|her|them|my \w+) (?:again )?(?:in heaven|on the other side|up there)|"
    r"join (?:him|her|them|my \w+) (?:in heaven|on the other side|up there|"
    r"wherever (?:he|she|they) (?:is|are))|"
    r"end it all|end everything|end my (?:own )?life|end <SELF>|"
    r"end (?:it|things)(?! (?:with|on|here|there|early|at|by|before|after|between|for|up|off|"
    r"in|this|the|a|my|our|now that))|"
    r"kill <SELF>|take my (?:own )?life|"
    r"(?:it all|everything|all of it|it|this) (?:to )?(?:just )?(?:end|stop|be over)<END>|"
    r"(?:the pain|everything|it all|it|this|life) (?:to )?(?:just )?(?:stop|end) "
    r"(?:forever|for good|permanently)|end (?:my|this|the) suffering|"
    r"put an end to (?:it all|my life|everything|<SELF>|it))"
)
_MACROS["DEATH"] = _DEATH
# The start of a sentence (a reading begins with a space).
_MACROS["START"] = r"(?:(?<=^ )|(?<=\. ))"

# The same thing said in two orders around "if I were gone": "nobody would care if I
# died", "if I died tomorrow nobody would care".
_IF_GONE = (
    r"if i (?:just )?(?:died|was dead|were dead|was gone|were gone|wasnt here|werent here|"
    r"wasnt around|werent around|wasnt alive|was not here|were not here|disappeared|"
    r"vanished|didnt exist|never existed|didnt wake up|dont wake up|never woke up|"
    r"was never born|had never been born|killed <SELF>|ended it|ended my life|left forever|"
    r"wasnt in the picture|werent in the picture|was out of the picture|were out of the picture|"
    r"stopped existing|got hit by|get hit by|got killed|was killed|were killed|got run over|"
    r"didnt make it|never came back|passed away|was to die|were to die|just stopped|"
    r"wasnt born|werent born|was not born)|"
    r"if something (?:happened|happens|were to happen|bad happened) to me"
)
_IF_GONE_WITH = (
    r"(?:better|happier|easier|relief|relieved|fine|okay|free|peaceful|care|notice|favou?r|"
    r"miss me|matter|mind|nobody|no one|anyone|anybody|who would|nice|simpler)"
)
_ES_IF_GONE = (
    r"si (?:yo )?(?:no existiera|no estuviera(?: aqui| viv[oa])?|me muriera|muriera|"
    r"me muero|desapareciera|no despertara|no hubiera nacido|me matara|me fuera (?:para|"
    r"por) siempre)"
)
_ES_IF_GONE_WITH = (
    r"(?:mejor|facil|nadie|importaria|notaria|extranaria|alivio|felices|feliz|tranquil[oa]s?|"
    r"libres?|favor|paz)"
)
_ACCIDENT = (
    r"\b(?:shaving|cooking|chopping|slicing|dicing|gardening|accident|accidentally|almost|"
    r"nearly|slipped|mandoline|onions?|knife slipped|"
    r"by mistake|paper cut|making (?:dinner|lunch|breakfast|pasta|toast|tea|coffee)|"
    r"in the kitchen|on the (?:stove|oven|pan|iron|grill|can|glass)|opening (?:a|the)|"
    r"at the gym|lifting|while running|went running|playing (?:soccer|football|basketball|"
    r"tennis|sports|with)|skiing|hiking|rock climbing|fell|falling (?:down|off|over)|"
    r"cocinando|sin querer|por accidente|jugando|corriendo)\b"
)

# A goodbye that says when the next meeting is, or where it was said, is not a farewell.
_SEE_YOU_SOON = (
    r"\b(?:see you|talk (?:soon|tomorrow|later)|until|till|next (?:week|time|session)|"
    r"retreat|session|class|party|for now|for today|nos vemos|hasta (?:manana|luego|pronto))\b"
)

# Oblique statements: no death word, but a place, a means, a timetable, a leave-taking or a
# life wound up. Each names a family of phrasings, never one sentence.
_MACROS["PLACE"] = (
    r"(?:bridge|overpass|tracks|train tracks|railway|railroad|rooftop|roof|ledge|cliff|cliffs|"
    r"edge|brink|railing|rail|platform edge|top floor|top deck|parking garage|car park|balcony|"
    r"quarry|dam|viaduct|water tower|(?:edge|top|end) of the (?:platform|roof|bridge|"
    r"building|parking garage|car park|cliff|pier))"
)
_MACROS["ES_DRUG"] = (
    r"(?:pastillas|pildoras|medicamentos|medicinas|somniferos|calmantes|tabletas|"
    r"ansioliticos|antidepresivos|benzodiacepinas|benzos|rivotril|clonazepam|alprazolam|"
    r"diazepam|lorazepam|tramadol|opioides|paracetamol|ibuprofeno|insulina|orfidal|"
    r"trankimazin|lexatin|valium|xanax|recetas|capsulas|comprimidos|pastillas para dormir)"
)
_MACROS["GOODS"] = (
    r"(?:car|guitar|watch|jewelry|jewellery|ring|rings|books|records|vinyl|things|stuff|"
    r"clothes|bike|camera|laptop|collection|plants|cat|dog|savings|house|apartment|flat|"
    r"furniture|paintings|art|tools|truck|piano|games|console|belongings|necklace)"
)
# "Won't be around for it": a trip, a shift or a move is an absence, not a farewell.
_AWAY = (
    r"\b(?:travel\w*|trip|vacation|holiday|holidays|away|visiting|visit|out of town|flight|"
    r"flying|conference|business|moving|move|abroad|camp|surgery|wedding|busy|shift|"
    r"work|working|cruise|honeymoon|sick|flu|covid|hospital|deployment|deployed|"
    r"reschedul\w*|school|exams?|class|conflict|appointment|dentist|doctor|viaje|vacaciones|"
    r"trabajo|mudanza|boda|fuera|turno)\b"
)
