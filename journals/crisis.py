"""The crisis screen: does what a patient wrote suggest thoughts of suicide or self-harm?

What it is: a net, not a diagnosis. A flag routes the entry to a human (the care team
gets a safety alert and the patient is shown crisis lines at once); it says nothing about
how much risk there is, and no clinical decision rests on it. Missing a plain statement
of intent costs far more than a check-in call, so wherever a phrasing is ambiguous about
the writer's own safety the screen flags it.

What it isn't: it does not read tone, sarcasm or context beyond the sentence, does not
score or rank risk, and stores nothing: what matched is never saved or sent, staff learn
only that a flag was raised. Nothing leaves the server: rules, and under them a small
model trained in this process on the labelled phrasings in the repo. Oblique statements
are its weakest ground: the rules reach the families named below, the model some more,
and a sentence worded unlike anything either has seen ("the river looked so calm from up
there") still passes. It is a net under the care team's own reading of shared entries,
never a replacement for it.

How it reads, in English and Spanish:
- Normalization: lowercase, accents folded ("más" = "mas"), curly or straight apostrophes
  dropped inside words ("don't" = "dont"), letters stretched for emphasis squeezed
  ("dieeee"), digits standing for letters read as letters ("k1ll"), common texting
  shorthand expanded ("kiero", "ngl", "idk"), contractions typed apart rejoined ("i m"),
  and slips in the risk words corrected ("wnat to dei", "myslef", "morime") while real
  words stay ("diet" is never "die"). A long entry typed without full stops is read
  with and without a sentence break before each capital ("end it Anyway I made soup").
- Rules: a word of wanting, hoping, planning or deserving near a death or self-harm
  object ("I really just want to die", "quisiera dormir y no despertar"); self-directed
  acts ("kill myself", "me quiero matar", "unalive", "kms"); means with acquisition or
  intent ("bought a rope", "saving up my pills", "looked up how many pills"); plans and
  timing; farewells ("goodbye everyone", "letters to my kids", "giving away my things");
  hopelessness and burden ("better off without me", "no hay salida"); self-harm ("cut
  again", "me corté otra vez"); slang ("kms", "sewerslide", "palmarla", "quitarme de en
  medio"). Under them a backstop: a word of wanting or hoping up to eight words before a
  death, whatever stands between, as long as no other person does ("I want my dad to die
  peacefully" is about him).
- Oblique statements, with no word of dying: a place to fall from returned to, looked
  down from or measured ("I keep ending up on the bridge at night", "looked up how tall
  the parking garage is", "la azotea mirando hacia abajo"); means kept at hand (pills
  refilled early or still kept "and I think about using them", a knife under the pillow,
  charcoal and tape); lying about safety; a life wound up (a will, passwords, who takes
  the cat, debts paid "so nobody has to"); not being around for what comes next ("don't
  think I'll still be around for the next session", "no voy a estar para Navidad");
  making it stop for good; a decision at peace, a date set, everything ready; last
  messages, goodbyes nobody noticed, a farewell said in pieces ("sorry for everything"
  and "it's not your fault" in one entry); others free of the writer; envying the dead;
  self-harm said sideways ("sh'd again", "brazos llenos de cortes"). A trip, a move, a
  party or a lawyer's office beside such words explains them, and they stay quiet.
- The model: where the rules find nothing, each sentence that names a theme of risk (a
  height, a means, a wound, a leave-taking, a burden) and is not set in an ordinary moment
  of a day (a recipe, the gym, a trip, pills taken every morning) is scored by a logistic
  regression over its words, word pairs and word pieces (journals/crisis_model.py),
  trained on first use in each process on journals/crisis_data/corpus.json and
  holdout.json, always to the same weights; at MODEL_THRESHOLD or more it flags. A
  sentence that reaches such a theme only through a common word ("nobody", "ready",
  "last") needs some length and near certainty. A sentence where a rule set a phrase
  aside (an idiom, a denial, someone else's story, a resolved past) is not scored: the
  rules' reading of it stands. The model reads no negation of its own, so a sentence it
  flags can be one a person would call a denial. In cross-validation it flags about 4 in
  100 quiet entries the rules let pass in the screen's own corpus (written to sit next to
  the risky ones) and 1 in 100 in the independent one, and on its own catches four to
  five in ten risky phrasings it has not seen.
- Negation: a "not", "never", "no", "nunca", "jamás", "sin"... a few words before a
  phrase, in the same clause and before any new "I", denies it ("I don't want to die",
  "nunca he pensado en suicidarme", "ya no pienso en matarme"). Where the negation is
  part of the risk it is written into the phrase itself: "I don't want to wake up",
  "ya no quiero vivir", "no aguanto más" flag. Doubt is not denial: "I don't know why I
  want to die", "I can't stop thinking about suicide", "I never told anyone I want to
  die", "no sé si quiero vivir" flag.
- Idioms stay quiet: "killing it at work", "this traffic is killing me", "I'd die for a
  coffee", "dead tired", "me muero de hambre", "me mata de risa", "I cut myself shaving".
  An exception counts only near its phrase (three words before, eight after), so a word
  far off in a long entry never silences a risk.

Decisions where a clinic could reasonably go either way (the corpus pins each one):
- Someone else's words or story: suicide, self-harm or wanting to die said of another
  person or of a film, book, song or article does not flag when the nearest subject is
  that other ("the movie was about a suicide", "my uncle died by suicide", "she said she
  wants to die"). Anything the writer says of themself flags, even joking or hyperbolic
  ("if I have to sit through that again I'll kill myself").
- Past and resolved: a phrase set in the long past ("used to", "years ago", "when I was
  a teen", "hace años", "antes") does not flag when the text also says it is over ("not
  anymore", "I've been clean for six years", "ahora estoy bien"). A recent past ("I
  tried to overdose last weekend") or a past with no denial ("I attempted suicide in
  March") flags.
- Mindfulness language: letting an old self, ego or habit die is not a death wish
  ("letting my old self die", "ego death"); "I feel like dying" is.
- Medical talk (doses, ketamine, taking pills as prescribed) is quiet; means become a flag
  with hoarding, acquisition, researching lethality or taking everything at once.
- Hyperbole about a chore ("I'd rather die than go back to that job") is an idiom and
  quiet; a wish to die rather than go on living is not.

journals/crisis_data/ holds the labelled phrasings the screen learns from and is measured on;
tests/journals/crisis_corpus/holdout2.json the independent set it never learns from.
"""

import functools
import json
import re
import unicodedata
from pathlib import Path
from typing import NamedTuple

from . import crisis_model


class Rule(NamedTuple):
    pattern: str
    # A sentence that also matches this is left alone (an accident, a benign purpose).
    unless: str | None = None


# --- Building blocks, spliced into the rules below as <NAME> -------------------------

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

ENGLISH = [
    # Self-directed acts, said outright or in shorthand.
    Rule(r"\b(?:kill|kil|killing|killed|kills) <SELF>\b"),
    Rule(r"\bkms\b"),
    Rule(r"\bunaliv\w*\b"),
    Rule(r"\b(?:off|offing|offed) <SELF>\b"),
    Rule(r"\bsewer ?slide\w*\b"),
    Rule(r"\byeet(?:ing)? <SELF>\b"),
    Rule(r"\btoaster bath\b"),
    Rule(
        r"\b(?:blow|blew|blowing) my (?:brains|head) (?:out|off)\b|\b(?:eat|eating) "
        r"(?:a|my) (?:bullet|gun)\b|\bput a bullet (?:in|through) my\b|"
        r"\b(?:slit|cut|slice) my (?:own )?throat\b|\bdirt nap\b|\bbecome a statistic\b|"
        r"\bkick the bucket\b"
    ),
    Rule(
        r"\b<WANT> (?:<FILL> ){0,4}<TO>(?:check out|log off|peace out|clock out)"
        r"(?: (?:for good|permanently|forever|early|of life|of this life)|<END>)|"
        r"\b(?:check|log|peace|clock) out (?:for good|permanently|forever|of (?:this )?life)\b"
    ),
    Rule(r"\b(?:its )?game over for me\b"),
    Rule(
        r"\b(?:wanna|want to|gonna|going to|about to|should|could|might|ready to) (?:just )?"
        r"rope(?: <SELF>)?<END>"
    ),
    Rule(
        r"\b(?:having|passive|active|my|some|had|the|more|constant|intrusive) si\b"
        r"(?! (?:quiero|no|me|te|se|lo|la|es|el|yo|tu))|\bsi (?:thoughts|urges|is back|again)\b"
    ),
    Rule(
        r"\bsh (?:urges|again|scars|wounds|cuts|relapse)\b|\b(?:relapsed|relapse|relapsing|"
        r"clean from|urges to|urge to|days? (?:without|since)) sh\b"
    ),
    Rule(r"\bself (?:delete|deleting|deleted|deletion)\b"),
    Rule(r"\b(?:hang|hanging|hanged) <SELF>\b"),
    Rule(r"\b(?:shoot|shooting|shot) <SELF>\b(?! (?:in the foot|a |an ))"),
    Rule(r"\bdrown(?:ing)? <SELF>\b(?! in )"),
    Rule(r"\b(?:take|taking|took|takes) my (?:own )?life\b"),
    Rule(r"\bend(?:ing|ed|s)? my (?:own )?life\b"),
    Rule(r"\bend(?:ing)? it all\b"),
    Rule(
        r"\b(?<!se )suicid\w*\b",
        unless=r"\bsuicid\w* (?:prevention|awareness|statistics|stats|rates?|research|"
        r"training|walk|squad|bombers?|bombing|among|in (?:the|our|this) (?:us|country|city))\b|"
        r"\b(?:rate|rates|tasa|tasas|casos|prevencion|estadisticas|indice|numero) "
        r"(?:of|de) suicid\w*",
    ),
    # Wanting, hoping, planning, deserving: near a death.
    Rule(r"\b<WANT> (?:<FILL> ){0,4}<TO><DEATH>\b"),
    Rule(r"\bi (?:just )?(?:want|wanna|wish) (?:it all|everything) (?:to )?(?:end|stop|be over)\b"),
    Rule(r"\b(?:feel|feeling|felt|feels) like (?:just )?dying\b"),
    Rule(
        r"\b(?:think|thinking|thought|thoughts|fantasi\w+|dream\w*|daydream\w*|obsess\w*|"
        r"preoccupied|consider|considering|considered|contemplat\w+|imagining|imagine|"
        r"imagined) (?:a lot |constantly |all the time |so much |again |seriously |often )?"
        r"(?:about |of |with )?(?:dying|being dead|my (?:own )?death|not existing|"
        r"not being (?:here|alive|around)|no longer existing|ending it(?: all)?|"
        r"ending things|ending everything|ending my (?:own )?life|taking my (?:own )?life|"
        r"jumping<END>|jumping off|overdosing|how to die|ways to die|"
        r"(?:how|where|when) (?:i would|id|to|ill|i will) do it|crashing (?:my|the) car|"
        r"driving (?:off|into)|"
        r"walking into traffic|stepping in front|not waking up|never waking up|"
        r"disappearing forever|my (?:own )?funeral|how to kill <SELF>|"
        r"(?:the|my) (?:rope|noose|gun|pistol|razor|blade|blades|bridge) (?:in|on|at|under)|"
        r"walking into (?:the )?(?:ocean|sea|lake|river|water|traffic)|"
        r"taking (?:all|every one) (?:of )?my <DRUG>)\b"
    ),
    Rule(
        r"\b(?:picture|picturing|pictured|imagine|imagining|imagined|see|seeing|visuali[sz]\w*) "
        r"<SELF> (?:hanging|dead|dying|jumping|in a coffin|bleeding out|overdosing|falling|"
        r"drowning|with a gun|on the tracks|at the bottom)\b"
    ),
    Rule(
        r"\b(?:would|will|d|could|ll) (?:all |probably |just |easily )*(?:move on|be fine|"
        r"be okay|be ok|be better|be happier|be relieved|manage|carry on|get over it|forget me|"
        r"be free|thrive|do better|cope|be at peace) without me\b"
        r"(?! (?:for|at|on|this|tonight|today|tomorrow|while|during|until)\b)"
    ),
    Rule(
        r"\b(?:want|wanted|wanna|need) out(?: (?:of (?:this life|life|this world|everything|"
        r"existence|here)|permanently|forever|for good)| [.,] (?:permanently|forever|for good))\b"
    ),
    Rule(
        r"\b(?:when|after|once) i (?:die|am dead|m dead|am gone|m gone|pass)\b[^.!?]{0,20}?"
        r"\b(?:please|give|take care|look after|tell|make sure|donate|you can have|keep|feed)\b"
    ),
    Rule(
        r"\b(?:tonight|today|tomorrow|this weekend|friday|saturday|sunday|monday|tuesday|"
        r"wednesday|thursday) ?(?:is|s|will be) the (?:night|day)<END>"
    ),
    Rule(
        r"\b(?:welcome|welcoming|embrace|long for|longing for|crave|craving|yearn for|"
        r"yearning for|pray for|praying for|hope for|hoping for|wish for|wishing for) "
        r"(?:death|my death|the sweet release|the end<END>)\b"
    ),
    Rule(
        r"\b(?:my|both my) (?:arm|arms|wrist|wrists|thigh|thighs|legs|leg|skin|stomach|body) "
        r"(?:are|is|were|was) (?:covered in|full of|bleeding from|all) (?:fresh |new |deep )?"
        r"(?:cuts|scratches|burns|wounds|gashes|slashes)\b"
    ),
    Rule(
        r"\b(?:fresh |new |deep )?(?:cuts|burns|gashes|slashes) (?:on|all over|across|"
        r"up and down) (?:my|both my) (?:arm|arms|wrists?|thighs?|legs?|skin|stomach|body)\b",
        unless=_ACCIDENT,
    ),
    Rule(
        r"\b(?:going to|gonna|want to|wanna|about to|could just|will|ill|should just|urge to|"
        r"tempted to|thinking about|thought about) jump(?:ing)?<END>"
    ),
    Rule(r"\bforgive me for what (?:im|i am|i have|ive got) (?:about |going |gonna )?(?:to )?do\b"),
    Rule(
        r"\b(?:lucky|hope|hoping|wish|pray|praying|want|wanna|nice|better|easier|okay|ok|fine|"
        r"relief|peaceful|rather|if only|maybe|happy|glad|grateful)\b(?: <W>){0,6}? (?:not|never|"
        r"dont|didnt|wont|"
        r"wouldnt) wake up\b(?! (?:until|till|in time|on time|early|for|when|at))"
    ),
    Rule(
        r"\b(?:scared|afraid|worried|terrified) (?:that )?i (?:will|ll|might|may|could) "
        r"do something (?:stupid|drastic|permanent|i cant take back)\b|"
        r"\b(?:going|gonna|about|want|tempted) to do something (?:stupid|drastic|permanent)\b"
    ),
    Rule(r"\bdo something (?:drastic|permanent)\b"),
    Rule(
        r"\bwhy (?:bother )?(?:living|going on|keep living|keep going|stay alive|be alive|"
        r"wake up)<END>"
    ),
    Rule(
        r"\b(?:cant|cannot|dont|do not) (?:find|see|think of|have) (?:a|any|one|a single) "
        r"(?:reason|purpose) to (?:live|stay|go on|keep going|be alive|stay alive)\b"
    ),
    Rule(
        r"\b(?:nobody|no one|noone|none of them) (?:would|will|is going to)? ?(?:even |really )?"
        r"(?:miss|notice|care about|mourn|cry for) me\b(?! (?:at|when|while|for|during|on))"
    ),
    Rule(
        r"\b(?:wont|wouldnt|would not|will not) (?:even |really )?(?:miss|notice|mourn) me\b"
        r"(?! (?:at|when|while|for|during|on))"
    ),
    Rule(
        r"\b(?:cant|cannot|cant even) (?:imagine|picture|see) a version of me (?:that|who) "
        r"(?:survives|makes it|lives|gets through|is still here|is still alive)\b"
    ),
    Rule(
        r"\b(?:cant|cannot|cant even) (?:imagine|picture|see) (?:<SELF> )?(?:living|being alive|"
        r"still being here|surviving|getting old|making it)\b"
    ),
    Rule(
        r"\b(?:dont|do not|cant) see <SELF> (?:alive|being alive|living|still here|around|"
        r"making it) (?:in|by|at|next|much longer|for long|a year from now)\b"
    ),
    Rule(
        r"\b(?:wont|will not|im not going to|im not gonna|dont think ill) make it (?:to|through|"
        r"past) (?:my birthday|christmas|the (?:weekend|week|month|year|holidays|summer)|"
        r"next (?:week|month|year))\b"
    ),
    Rule(
        r"\b(?:im|i am) ending (?:it|things|everything|my life)<END>|\bending (?:it|things|"
        r"everything)(?= (?:tonight|today|now|soon|for good|this week|this weekend|tomorrow))"
    ),
    Rule(r"\bplanning my (?:exit<END>|death|suicide|own death)"),
    Rule(
        r"\b(?:dont|do not|no longer|dont really|dont even|never|didnt|did not) "
        r"(?:want|wanna|wish) (?:to )?(?:be alive|exist|keep living|stay alive|keep existing|"
        r"go on existing|continue existing|"
        r"live(?! (?:in|near|at|on|with|there|"
        r"abroad|together|alone|somewhere|anywhere|downtown|here|without))|"
        r"be here(?! (?:at|in|for|with|on|when|today|right now))|"
        r"wake up(?: ever| again| anymore| tomorrow|<END>)|"
        r"(?:go on|keep going|carry on|continue|do this|do life|keep doing this|fight)<END>|"
        r"be around<END>)"
    ),
    Rule(
        r"\b(?:care|cares|cared|caring) (?:if|whether) i (?:live or die|lived or died|die|died|"
        r"wake up|make it|live<END>)"
    ),
    Rule(r"\b(?:hate|hating) (?:being alive|living|existing|my life|my existence)\b"),
    Rule(r"\b(?:hate|hating) waking up<END>"),
    Rule(r"\b(?:lost|losing|lose|no|without|lack|lacking) (?:all |any )?(?:the )?will to live\b"),
    Rule(r"\bdark thoughts\b"),
    Rule(
        r"\b(?:dont know|not sure|unsure|no idea) (?:if|whether) i (?:want to|wanna|can|will|"
        r"should) (?:live|keep living|go on|be alive|stay alive|keep going|survive|make it)\b"
    ),
    Rule(
        r"\b(?:dont|do not|cant|cannot) trust (?:<SELF>|me) (?:to (?:be|stay|keep <SELF>) safe|"
        r"alone|tonight|right now|around|with|not to)\b"
    ),
    Rule(
        r"\b(?:im not|i am not|i dont feel|i do not feel|not feeling|i might not be|i wont be|"
        r"dont feel) safe (?:right now|tonight|anymore|with <SELF>|around <SELF>|from <SELF>|"
        r"alone|being alone|by <SELF>)\b"
    ),
    Rule(
        r"\b(?:scared|afraid|frightened|worried|terrified) (?:of|about) what i (?:might|could|"
        r"will|may|would) do\b"
    ),
    Rule(
        r"\b(?:cant|cannot) promise (?:ill|i will|i can|to|that ill) (?:be|stay|keep <SELF>) safe\b"
    ),
    Rule(r"\b(?:im|i am|i|ive) (?:just )?(?:giving up|give up|gave up|given up)<END>"),
    Rule(r"\bwouldnt (?:mind|care about) (?:dying|being dead|not waking up|if i died)\b"),
    Rule(
        r"\b(?:cant|cannot|can not|couldnt|can no longer|dont think i can|not sure i can|"
        r"dont know if i can|dont know how (?:much )?longer i can) (?:go on|keep going|"
        r"keep living|live like this|keep doing this|keep fighting|survive this|"
        r"carry on|do this|take (?:it|this)|handle (?:it|this|life)|bear (?:it|this)|"
        r"cope|hold on|take much more|do life)"
        r"(?:<END>|(?= (?:like this|this way|living)\b))"
    ),
    # Better off, burden, no way out, no point.
    Rule(
        r"\b(?:better|happier|easier) (?:off )?(?:for everyone )?(?:without me|dead|gone|"
        r"not here|not existing|not alive|never born|with me gone|when im gone|once im gone|"
        r"if im gone)\b"
    ),
    Rule(r"\b" + _IF_GONE + r"\b[^.!?]{0,60}?\b" + _IF_GONE_WITH + r"\b"),
    Rule(r"\b" + _IF_GONE_WITH + r"\b[^.!?]{0,60}?\b" + _IF_GONE + r"\b"),
    Rule(
        r"\b(?:im|i am|i feel like|feel like|being|become|became|im just|im only|"
        r"im nothing but|ill always be|i will always be)(?: im)?"
        r"(?: (?!carrying|carry|carried|bearing|shouldering|holding|lifting|sharing|"
        r"dropping|dropped|putting|put|set|setting|releasing|released)<W>){0,2} "
        r"(?:a |such a |just a |only a |nothing but a )?(?:burden|waste of (?:space|air|"
        r"oxygen|skin|a life|life))\b"
    ),
    Rule(r"\bburden (?:to|on|for) (?:everyone|everybody|them|others|you all|my \w+)\b"),
    Rule(
        r"\bwont be (?:a burden|a problem|bothering anyone|in anyones way)? ?(?:to anyone )?"
        r"(?:for )?(?:much longer|for long|anymore|soon)\b"
    ),
    Rule(
        r"\b(?:feel like|want to|wanna|ready to|about to|going to|gonna) (?:just )?give up<END>|"
        r"\b(?:feel like|felt like) giving up<END>"
    ),
    Rule(
        r"\b(?:im|i am|i feel|i think im|im finally) (?:so |finally |just )?ready to go<END>",
        unless=r"\b(?:trip|airport|packed|bags|vacation|holiday|party|work|school|car|out|"
        r"gym|run|hike|flight|home|session|appointment|concert|game|dinner)\b",
    ),
    Rule(
        r"\b(?:no|see a|find a|see no|any) way out\b(?! (?:but|is|except) through)"
        r"(?! of (?:this|the|my|our) "
        r"(?:lease|contract|meeting|deal|traffic|job|mortgage|plan|subscription|parking))"
    ),
    Rule(
        r"\bno (?:point|reason|purpose|use) (?:in |of |to |for )?(?:living|life|going on|"
        r"keep(?:ing)? (?:going|living)|being alive|being here|existing|anything anymore|"
        r"me being here|live|continue|continuing|trying anymore|carrying on|it all|"
        r"staying alive|waking up)\b"
    ),
    Rule(
        r"\b(?:dont|do not|cant|cannot|no longer|never|dont really) (?:see|find|feel) "
        r"(?:the|any|a|much) (?:point|reason|purpose|use) (?:in |of |to |for )?(?:living|life|"
        r"going on|keep(?:ing)? (?:going|living)|being alive|being here|existing|anything|"
        r"staying alive|waking up|trying anymore|any of it|me being here|live)\b"
    ),
    Rule(r"\bsee no (?:point|reason|purpose|future|way forward|hope)\b"),
    Rule(
        r"\b(?:cant|cannot|dont|do not) see (?:a|any) (?:future|way forward|light at the end|"
        r"reason to (?:live|stay|go on|keep going))\b"
    ),
    Rule(
        r"\bwhats the (?:point|use)(?: (?:of|in))? (?:living|life|going on|being alive|"
        r"existing|anything|any of it|trying|anymore|me|waking up|staying alive)\b"
    ),
    Rule(r"\bwhats the point(?= [.«]|$)"),
    Rule(r"\bnothing (?:left )?to live for\b"),
    Rule(
        r"\b(?:life|living|my life) (?:is|isnt|aint|is not|feels|seems) (?:not worth living|"
        r"not worth it|pointless|meaningless|unbearable|hopeless)\b"
    ),
    Rule(r"\b(?:not|isnt|no longer|never|aint) worth living\b"),
    Rule(
        r"\b(?:no (?:hope|future) (?:left|anymore|for me|at all)|"
        r"(?:i have|ive got|theres|there is) no (?:hope|future)(?! (?:for|of|in) (?:the|my|our|"
        r"this) "
        r"(?:team|weather|project|relationship|car|plan|garden)))\b"
    ),
    Rule(
        r"\b(?:nothing|it|things) (?:will|is going to|is gonna) (?:ever|never) (?:get|be) better\b"
    ),
    Rule(
        r"\b(?:i feel|im|i am|feeling|feel|i felt) (?:so |completely |totally |utterly |just |"
        r"really |very )?hopeless\b(?! (?:at|about|with|when it comes))"
    ),
    Rule(r"\b(?:everything|it all|life) (?:is|feels|seems) hopeless\b"),
    Rule(
        r"\b(?:tired|sick|exhausted|done|finished) (?:of|with) (?:(?:living|life|being alive|"
        r"existing|existence|this life|trying to stay alive|fighting to stay alive|being me|"
        r"it all)\b(?! (?:at|in|about|on|as|here|there|with|without|at work)\b)|"
        r"(?:everything|waking up|being here|fighting|trying)<END>)"
    ),
    Rule(
        r"\b(?:give|giving|gave|given) up on (?:life|living|myself|everything|being alive|"
        r"getting better|me|it all|the world|ever feeling better)\b"
    ),
    Rule(
        r"\bwhy (?:am i|im|i am|do i|should i|would i) (?:even |still )+(?:alive|here|living|"
        r"breathing|bother living|keep living|keep going|stay alive|exist)\b"
        r"(?! (?:at|in|on|with|for|after|doing))"
    ),
    Rule(r"\bwhy (?:am i|im|i am) (?:alive|living|breathing)\b"),
    Rule(r"\bwhy (?:do i|should i|would i) (?:keep living|stay alive|exist|bother living)\b"),
    Rule(
        r"\b(?:should (?:have|of|ve) died|shouldnt (?:be alive|exist|be here|have been born|"
        r"have survived|still be alive)|(?:dont|do not|dont even) deserve to (?:live|be alive|"
        r"exist|be here|wake up))\b"
    ),
    Rule(
        r"\b(?:death|dying|being dead|not existing|not waking up|not being (?:here|around|alive)|"
        r"disappearing|"
        r"being gone|no longer existing) (?:would be|sounds|seems|"
        r"feels like|is) (?:like )?(?:a relief|peaceful|nice|better|easier|welcome|freedom|"
        r"the answer|the only (?:way|option|answer)|the way out|an escape|a way out)\b"
    ),
    Rule(
        r"\b(?:death|dying|suicide|killing <SELF>|ending it|ending my life|not existing) "
        r"(?:is|seems|feels like|would be|looks like)(?: <W>){0,2} (?:the )?(?:only |best |one )?"
        r"(?:way out|answer|option|solution|escape|choice|way to (?:make it stop|stop the pain))\b"
    ),
    Rule(
        r"\b(?:only|best|one|last) (?:way out|answer|option|solution|escape|choice) "
        r"(?:is|would be|left is|left) (?:to )?(?:death|dying|die|suicide|kill <SELF>|end it|"
        r"ending it|ending my life|not existing|not being here)\b"
    ),
    Rule(
        r"\b(?:thought of |idea of )?(?:death|dying|not existing|not waking up|not being (?:here|"
        r"around|alive)|disappearing|"
        r"being gone|no longer existing|being dead) "
        r"(?:is|feels|sounds|seems|would be|has become) (?:so |more and more |really |kind of )?"
        r"(?:comforting|appealing|tempting|attractive|peaceful|like a relief|welcome|"
        r"inviting|like freedom)\b"
    ),
    Rule(r"\bdeath wish\b"),
    Rule(
        r"\b(?:looking into|researching|research|looked into|figuring out|figure out|trying to) "
        r"(?:how to |where to )?(?:get|buy|getting|buying|obtain) (?:a |some )?(?:gun|firearm|"
        r"pistol|handgun|rope|noose|helium)\b",
        unless=r"\b(?:hunting|range|license|permit|climbing|camping|sailing)\b",
    ),
    Rule(
        r"\b(?:dont|do not) (?:plan|intend|expect) (?:on|to) (?:being|be) (?:here|around|alive)\b"
        r"|\bwont be (?:here|around|alive) for (?:christmas|my birthday|the holidays|"
        r"thanksgiving|new year|next year|her birthday|his birthday|summer)\b"
    ),
    Rule(r"\b(?:cant|cannot|dont) (?:imagine|see|picture) (?:a|any) future\b"),
    Rule(r"\b(?:feels|seems|looks) like the only (?:way out|option|answer|solution|escape)<END>"),
    Rule(
        r"\b(?:left|leaving|leave|got|getting|put|putting) everything (?:in order|sorted|arranged|"
        r"ready|organi[sz]ed) for (?:my (?:kids|children|family|wife|husband|partner)|them|"
        r"when|after)\b",
        unless=r"\b(?:trip|vacation|holiday|move|moving|surgery|babysitter|sitter)\b",
    ),
    Rule(
        r"\bmade <SELF> (?:bleed|bruise|suffer|hurt)\b|\btook (?:a|the|my) (?:blade|razor|knife) "
        r"to my\b"
    ),
    Rule(
        r"\bonly (?:thing|reason|one|ones) (?:stopping|keeping|holding) me "
        r"(?:here |alive |back |going )?(?:from (?:doing it|ending it|killing <SELF>|it) )?"
        r"(?:is|are)\b"
    ),
    Rule(
        r"\bif (?:it )?(?:werent|wasnt|were not|was not) for (?:my |the )?\w+,? "
        r"(?:i(?:d| would)) (?:be gone|be dead|not be here|have (?:done it|ended it|killed <SELF>|"
        r"given up|gone through with it))\b"
    ),
    Rule(
        r"\b(?:so|that) (?:nobody|no one|my family|they|my \w+) (?:has|have|wont have|doesnt have|"
        r"dont have) to (?:deal with|clean|do it|sort|worry)\b[^.!?]{0,30}?\b(?:after|afterwards|"
        r"when im gone|once im gone|later)\b"
    ),
    Rule(
        r"\b(?:pretending|pretend|fake|faking) (?:that )?(?:i want|to want) (?:to )?(?:be here|"
        r"live|be alive|stay|keep going)\b"
    ),
    Rule(r"\b(?:feel|feels|felt) like (?:im|i am|i was) already dead\b"),
    Rule(r"\buntil i (?:can )?(?:end (?:it|this|things|everything)|die|go through with it)\b"),
    Rule(
        r"\b(?:plan|planning|want|going|gonna|thinking|thought|tempted|urge)\b[^.!?]{0,40}?"
        r"\bwalk (?:into|in) the (?:ocean|sea|water|lake|river|waves)\b"
    ),
    Rule(
        r"\b(?:date|day) picked out\b",
        unless=r"\b(?:wedding|party|trip|move|appointment|surgery|vacation|meeting|dinner|"
        r"birthday|interview|launch|ceremony|session|retreat|class|reunion|visit)\b",
    ),
    Rule(
        r"\b(?:practicing|practiced|practice|learning|learned|learnt) (?:to tie|tying|how to tie) "
        r"(?:a |the )?(?:knots?|noose|slipknot|hangmans knot)\b",
        unless=r"\b(?:sailing|sail|boat|scouts?|climbing|fishing|macrame|camping|knot class)\b",
    ),
    Rule(
        r"\b(?:not|no longer|not even) (?:afraid|scared) (?:to die|of dying|"
        r"of death)\b[^.!?]{0,20}?"
        r"\b(?:i want it|i welcome it|im ready|bring it on|i look forward|i hope for it)\b"
    ),
    Rule(
        r"\b(?:slam|slammed|slamming|bang|banged|banging|hit|hitting) my head (?:against|into|on) "
        r"(?:the |a )?(?:wall|floor|door)\b[^.!?]{0,30}?\b(?:until|till|on purpose|again|"
        r"over and over|repeatedly)\b"
    ),
    Rule(r"\bim sorry\b[^«]{0,60}?\b(?:goodbye|good bye|farewell)\b"),
    Rule(
        r"\b(?:swallow|swallowing|swallowed|take|taking|took) (?:everything|all|whatever is) "
        r"in (?:the|my) (?:medicine cabinet|cabinet|bottle|drawer)\b"
    ),
    Rule(
        r"\b(?:hope|hoping|wish|wishing|pray|praying)\b(?: <WO>){0,4} (?:my )?heart "
        r"(?:gives out|would give out|will give out|stops|would stop|will stop|would just stop)\b"
    ),
    Rule(
        r"\b(?:not sure|dont know if|dont think|no idea if|doubt) i can (?:survive|make it through|"
        r"get through|last|take|do|handle) another (?:day|night|week|month|year)\b|"
        r"\b(?:cant|cannot) (?:survive|take|do|handle) another (?:day|night|week|month|year)\b"
    ),
    Rule(
        r"\b(?:better|happier|easier|lighter|nicer|more peaceful) (?:place|world|life|off|"
        r"for (?:everyone|everybody|them|all))? ?without me\b"
    ),
    Rule(r"\b(?:unless|until|so) i end (?:it|things|my life|everything|it all)\b"),
    Rule(
        r"\b(?:garage|car) (?:with|and) (?:the )?(?:car|engine|motor) (?:running|on)\b|"
        r"\b(?:car|engine) running in (?:the|a|my) (?:closed |shut )?garage\b"
    ),
    Rule(
        r"\b(?:bought|buy|buying|got|ordered|picked up|stocked up on|stocking up on|collected)"
        r" (?:a lot of|lots of|tons of|so much|extra|several bottles of|bottles of|boxes of|"
        r"a bunch of|a stockpile of|a huge bottle of|a big bottle of|enough) <DRUG>\b",
        unless=r"\b(?:for (?:the|my|our) (?:kids|trip|family|cold|flu|headache|cabinet|office)|"
        r"costco|sale|coupon|pharmacy job)\b",
    ),
    Rule(
        r"\b(?:go to sleep|sleep|fall asleep|close my eyes|leave|go away|walk away|drift off) "
        r"and never (?:come back|wake up|open them again|return)\b"
    ),
    Rule(r"\b(?:made|make|making) my peace\b[^.!?]{0,40}?\bready to go\b"),
    Rule(
        r"\b(?:getting rid of|got rid of|get rid of) (?:all (?:of )?my|everything i own|"
        r"all my) (?:stuff|things|belongings|possessions)\b",
        unless=r"\b(?:old|moving|move|declutter\w*|minimalis\w*|garage sale|yard sale)\b",
    ),
    Rule(
        r"\btime for me to go\b[^«]{0,40}?\b(?:sorry|goodbye|forgive|love you)\b|"
        r"\b(?:sorry|goodbye|love you all)\b[^«]{0,40}?\btime for me to go\b"
    ),
    Rule(r"\b(?:i|ill) (?:wont|will not) be (?:here|around)<END>"),
    Rule(
        r"\b(?:bleeding|bled|bleeds)\b[^.!?]{0,40}?\bon purpose\b|\bon purpose\b[^.!?]{0,40}?"
        r"\b(?:bleeding|bled)\b|\bmy (?:wrist|wrists) (?:is|are|was|were) bleeding\b"
    ),
    Rule(
        r"\b(?:with|using) (?:a|the|my) (?:blade|razor|razor blade|lighter|box cutter)\b",
        unless=r"\b(?:shav\w*|cook\w*|kitchen|candle|candles|grill|stove|box|boxes|package|"
        r"packages|craft|crafts|wood|cake|onion|vegetables|legs? hair)\b",
    ),
    Rule(
        r"\b(?:the|my) blades?\b",
        unless=r"\b(?:grass|skate|skates|shoulder|lawn|mower|fan|wiper|wipers|runner|saw|"
        r"blender|sharpen\w*|kitchen|hockey|ice|roller|propeller|windmill|razor for|"
        r"shaving|shave|replace|replaced|dull|knife set|food processor)\b",
    ),
    Rule(
        r"\b(?:keep|kept|carry|carrying|hid|hide|hidden|hiding|have|bought) (?:a |my |the )?"
        r"(?:knife|knives|scissors) (?:under my pillow|in my (?:bed|nightstand) for|hidden)\b"
    ),
    Rule(
        r"\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?something (?:bad )?(?:will |"
        r"would )?"
        r"(?:happens?|happened) to me\b"
    ),
    Rule(
        r"\b(?:wish|wished|hope|hoping|pray|praying) (?:<W> ){0,3}(?:would|will|could) "
        r"(?:just )?take me\b"
    ),
    Rule(
        r"\b(?:death|dying|being dead|not existing|not waking up)(?: <W>){1,4} (?:would be|sounds|"
        r"seems|feels) (?:so |really |kind of )?(?:nice|peaceful|like a relief|a relief|better|"
        r"easier|welcome|comforting|appealing|tempting)\b"
    ),
    Rule(
        r"\bmy (?:death|dying|suicide|absence|being gone) (?:would|will|could) (?:make|be|give|"
        r"free|help|fix|solve|end)\b"
    ),
    Rule(r"\b(?:i|we) welcome death\b"),
    Rule(r"\bexcept (?:dying|death|killing <SELF>|suicide)\b"),
    Rule(
        r"\b(?:i|ive|i have|i had) attempted(?= (?:[.,«]|last|in|again|before|twice|once|and|"
        r"years|months|when|a few|two|three|several|\d)|$)"
    ),
    Rule(
        r"\bmy (?:last |first |previous |second |third |recent )?attempt\b(?! (?:at|to|of|on|"
        r"in making))"
    ),
    # Means: acquisition, hoarding, researching, taking everything at once.
    Rule(
        r"\b(?:bought|buy|buying|got|get|getting|have|had|found|ordered|picked up|tied|tie|"
        r"tying|made|make|hung|hang|hanging|put up|set up|purchased|keep|kept)"
        r"(?: (?!for\b)<W>){0,2} (?:rope|noose)\b",
        unless=r"\b(?:jump|jumping|skipping|climbing|tow) ropes?\b|\brope (?:swing|course|toy|"
        r"ladder)\b|\b(?:for|to) (?:the |my |a |our )?(?:tent|boat|hammock|swing|clothesline|"
        r"laundry|dog|garden|camping|gym|yard|tarp|kayak|crossfit|workout|cardio|exercise|"
        r"climbing|sailing|hanging (?:the )?(?:laundry|clothes|plants))\b",
    ),
    Rule(r"\bnoose\b"),
    Rule(
        r"\b(?:looking at|staring at|stare at|look at|stared at|looked at|holding|hold|held|"
        r"touching|"
        r"checking on|thinking about|think about|keep eyeing|eyeing) (?:the|my|a|that) "
        r"(?:rope|noose|gun|pistol|razor|blade|blades|bottle of <DRUG>|stash|pills|meds)\b",
        unless=r"\b(?:jump rope|rope swing|climbing|nerf|water gun|glue gun)\b",
    ),
    Rule(
        r"\b(?:need|have|had|get|find|found|work up|build up|building up|lack|lacking|"
        r"dont have|gather|gathering|summon) (?:the |enough )?(?:courage|guts|nerve)"
        r"(?: to (?:do it|go through with it|end it|kill <SELF>|jump|pull the trigger|die))?<END>"
    ),
    Rule(
        r"\bhow (?:easy|simple|quick|peaceful|nice|painless|fast) it (?:would|could|d) be to "
        r"(?:just )?(?:die|end it|drive into|drive off|jump|crash|take (?:them|it|all)|swallow|"
        r"overdose|not wake up|disappear|stop|step in front|let go|pull the trigger|hang|cut)"
    ),
    Rule(r"\b(?:its|it is|its all|it is all) over for me<END>|\bim done for<END>"),
    Rule(
        r"\blooking forward to (?:dying|death|my death|the end<END>|not existing|"
        r"not waking up|being dead)\b|\b(?:dying|death)\b[^.!?]{0,40}?\blooking forward to it\b"
    ),
    Rule(
        r"\bwhat if i (?:just )?(?:didnt|never|dont|did not) wake up\b|"
        r"\bwhat if i (?:just )?(?:died|disappeared|ended it|wasnt here|killed <SELF>)<END>"
    ),
    Rule(
        r"\b(?:bought|buy|buying|got|get|getting|have|keep|kept|loaded|load|loading|"
        r"found|ordered|purchased|holding|held)(?: (?!(?:glue|nerf|water|squirt|toy|heat|"
        r"staple|nail|paint|spray|massage|hot glue)\b)\w+){0,2} (?:gun|pistol|revolver|"
        r"handgun|firearm|shotgun|rifle)\b(?! (?:range|safety|class|course|show|license))",
        unless=r"\b(?:hunting|range|deer|duck|lessons?)\b",
    ),
    Rule(
        r"\b(?:gun|pistol|barrel|knife|blade|razor|razors|blades|scissors) (?:to|against|in|"
        r"on|across) my (?:head|temple|mouth|wrist|wrists|throat|chest|neck|arm|arms|skin|"
        r"thigh|thighs|leg|legs|stomach)\b"
    ),
    Rule(
        r"\b(?:slit|slitting|slice|slicing|sliced|cut|cutting|open|opening|opened) "
        r"(?:my|both|both my) wrists?\b"
    ),
    Rule(
        r"\b(?:sav|stockpil|hoard|collect|stash|squirrel|hid|hiding|gather|count)\w* "
        r"(?:up |away )?(?:(?!(?:on|for|money|time|to|in|by|a)\b)\w+ ){0,3}<DRUG>\b",
        unless=r"\b(?:pill organi[sz]er|pillbox|pill box|for the (?:week|trip)|coupon|refill|"
        r"from (?:the|my|our) (?:dog|cat|kids|children|baby|toddler|puppy|grandkids)|"
        r"(?:pharmacist|pharmacy tech|nurse|doctor) (?:counted|counts|count))\b",
    ),
    Rule(
        r"\benough (?:<W> ){0,2}<DRUG> (?:to (?:do it|die|end it|kill|not wake|od|overdose|"
        r"make sure|be sure|finish)|saved|stashed|hidden|put away)\b"
    ),
    Rule(r"\bcount\w* (?:<W> ){0,2}<DRUG>\b[^.!?]{0,40}\benough\b"),
    Rule(
        r"\bhow (?:many|much) (?:<W> ){0,2}<DRUG>(?: <W>){0,3} (?:would it take|does it take|"
        r"it takes|it would take|would kill|to kill|would be (?:lethal|fatal|enough)|"
        r"is (?:lethal|fatal|a lethal)|to (?:die|od|overdose|not wake up|end it|be lethal|"
        r"be fatal))\b"
    ),
    Rule(
        r"\b(?:looked up|look up|looking up|googled|google|googling|searched|searching|search|"
        r"research|researched|researching|read up on|reading up on|reading about|"
        r"checked|checking|asked (?:ai|chatgpt|the internet)) (?:<W> ){0,3}"
        r"(?:how (?:many|much) <DRUG>|how many pills|lethal|fatal|overdos\w+|"
        r"how to (?:die|kill|hang|overdose|od|end it|tie a noose|do it)|ways to (?:die|kill|"
        r"end it)|painless|methods)\b"
    ),
    Rule(
        r"\b(?:lethal|fatal|deadly) (?:dose|doses|amount|overdose)\b",
        unless=r"\b(?:reassur\w*|safety|clinical|higher than|far (?:from|above)|nowhere near|"
        r"margin)\b",
    ),
    Rule(
        r"\b(?:painless|easiest|quickest|best|fastest|surest|least painful) (?:way|ways|method|"
        r"methods) to (?:die|go|end it|kill <SELF>|do it)\b"
    ),
    Rule(r"\bways to (?:die|kill <SELF>|end (?:it|my life))\b"),
    Rule(r"\bhow to (?:kill <SELF>|end it all|end my life|hang <SELF>|tie a noose|slit)\b"),
    Rule(
        r"\b(?:took|take|taking|swallowed|swallow|swallowing|downed|down|chugged)"
        r"(?: <W>){0,2} (?:the whole|a whole|an entire|the entire|a handful of|handfuls of|"
        r"way too many|too many|a bunch of|dozens of|every|all (?:of )?(?:my|the|these|those) "
        r"\w+ at once|all (?:of )?(?:my|the|these|those) <DRUG> at once)"
        r"(?: <W>){0,2} (?:<DRUG>|bottle|pill|bottles)\b",
        unless=r"\b(?:as prescribed|every (?:morning|day|night)|on time|with (?:food|breakfast|"
        r"water)|vitamins?|gummies)\b",
    ),
    Rule(r"\b(?:took|swallowed|downed) all (?:of )?(?:my|the) <DRUG> at once\b"),
    Rule(
        r"\b(?:want|wanted|wanna|going|gonna|plan|planning|tempted|urge|urges|thinking about|"
        r"thought about|think about|thinking of|could|might|should|considering|ready) (?:to )?"
        r"(?:just )?(?:take|taking|swallow|swallowing|down|downing) (?:all|every one|everything|"
        r"the rest|the whole|all of)(?: of)?(?: my| the| these| those)?(?: <W>)? (?:<DRUG>|bottle|"
        r"pills|pill|bottles|prescription)\b"
    ),
    Rule(
        r"\b<DRUG>(?: <W>){0,2} (?:lined up|laid out|counted out|spread out|in front of me|"
        r"on my (?:desk|nightstand|bed|table) ready|ready)\b",
        unless=r"\b(?:pharmacy|pickup|pick up|refill|trip|travel|morning|tomorrow morning)\b",
    ),
    Rule(
        r"\b(?:od|ods|odd|overdose|overdoses|overdosing|overdosed)\b(?! on (?:coffee|"
        r"caffeine|sugar|candy|chocolate|cake|netflix|tv|sun|carbs|cuteness|vitamins|work|"
        r"cookies|sweets))",
        unless=r"\b(?:accidental|accidentally|narcan|naloxone|(?:opioid|overdose|drug|fentanyl) "
        r"(?:crisis|epidemic)|epidemic|prevention|reversal|statistics|deaths|rates?|county|news)\b",
    ),
    Rule(
        r"\b(?:jump|jumping|jumped|leap|leaping|throw <SELF>|throwing <SELF>|threw <SELF>|"
        r"step|stepping|walk|walking|lie down|lying down|lay down) (?:off|from|in front of|"
        r"out of|out|into|under|onto|on) (?:a |the |my |this |that |our )?(?:\w+ )?"
        r"(?:bridge|building|roof|rooftop|balcony|cliff|ledge|window|overpass|tower|"
        r"parking garage|train|bus|truck|traffic|subway|tracks|train tracks|highway|freeway|"
        r"oncoming traffic|floor)\b"
    ),
    Rule(
        r"\b(?:stood|standing|stand|sat|sitting|climbed|climbing|leaned|leaning) (?:on|at|over|"
        r"up on|on top of) (?:the |a )?(?:edge|ledge|railing|rail)\b"
    ),
    Rule(
        r"\b(?:crash|crashing|crashed|drive|driving|drove|swerve|swerving|swerved|steer|"
        r"steering|steered)(?: <W>){0,3} (?:on purpose|into (?:oncoming traffic|(?:a|the) (?:wall|"
        r"tree|"
        r"pole|truck|bridge|river|lake|ocean))|off (?:a|the) (?:cliff|bridge|overpass))\b"
    ),
    Rule(r"\binto oncoming traffic\b"),
    Rule(
        r"\b(?:wish|wished|hope|hoping|pray|praying|want|wanting)(?: that)? (?:a|the|some) "
        r"(?:car|bus|truck|train|plane|meteor|asteroid|lightning|bullet) (?:would |will |could )?"
        r"(?:just )?(?:hit|hits|kill|kills|crush|run over|take) me\b"
    ),
    Rule(
        r"\b(?:hope|hoping|wish|pray|praying) (?:that )?i (?:get|got|would get|will get) "
        r"(?:hit|run over|killed|shot|cancer)\b"
    ),
    Rule(
        r"\b(?:wish|wished|hope|hoping|pray|praying|want|wanting) (?:<W> ){0,3}(?:would |will |"
        r"to |could )?(?:just )?(?:kill|kills|end|ends) me\b"
    ),
    # Plans and timing.
    Rule(
        r"\b(?:a|the|my) plan (?:to|for|on) (?:how to )?(?:die|dying|end|ending|kill|killing|"
        r"take my|taking my|suicide|do it|doing it|not be here|overdose|jump)\b"
    ),
    Rule(
        r"\b(?:know|decided|figured out|worked out|planned|planning|picked|chosen|chose) "
        r"(?:exactly )?(?:how|when|where) (?:i(?:ll| will| would|d|m going to|m gonna)|to) "
        r"(?:do it|end it|kill <SELF>|die)\b"
    ),
    Rule(
        r"\b(?:picked|chose|chosen|set|have|got|decided on) (?:a|the|my) (?:date|day|time|night|"
        r"place|spot)(?: <W>){0,3} (?:to do it|to end it|to die|to kill <SELF>|"
        r"to go through with it|(?:im|i am) (?:going to|gonna) do it|ill do it|i will do it)\b"
    ),
    Rule(r"\btonights the night\b(?! (?:of|for|we|to|my|our))"),
    Rule(
        r"\b(?:i have|ive got|i made|ive made|i came up with|i have made) a plan<END>|"
        r"\bknow (?:how and when|when and how|how and where|where and when)\b"
    ),
    Rule(
        r"\b(?:picked|chose|chosen|set) (?:a|the) (?:day|date)\b",
        unless=r"\b(?:wedding|party|trip|move|moving|appointment|surgery|vacation|meeting|"
        r"dinner|birthday|interview|launch|ceremony|session|retreat|class|date night|"
        r"reunion|visit|baby|due|closing)\b",
    ),
    Rule(r"\b(?:how|where|when) (?:i(?:d| would| will|ll|m going to|m gonna)) do it\b"),
    Rule(
        r"\b(?:wrote|written|writing|write|left|leave|finished) (?:a|my|the) (?:final |last |"
        r"goodbye |farewell )?note(?: (?:for|to) (?:my|everyone|whoever|the|them|you)|<END>)",
        unless=r"\b(?:thank|thanks|grocery|shopping|birthday|fridge|teacher|school|sticky|"
        r"reminder|doctor|lunch|class|meeting)\b",
    ),
    Rule(
        r"\bhow long (?:it|does it|would it|will it|it would|it will) (?:takes?|take) to "
        r"(?:die|bleed out|drown|suffocate|lose consciousness|pass out|hang)\b"
    ),
    Rule(r"\bbleed(?:ing)? out\b"),
    Rule(
        r"\bdo it\b[^.!?]{0,30}?\b(?:when|while|once) (?:everyone|everybody|nobody|no one|they|"
        r"my (?:wife|husband|family|parents|kids|partner|roommate)) (?:is|are|s|re|goes|go|leaves|"
        r"leave) (?:away|gone|asleep|out|at work|to sleep|to bed)\b"
    ),
    Rule(
        r"\bknow (?:which|what|the) (?:bridge|building|pills|train|overpass|cliff|rope|spot|"
        r"place) (?:i(?:ll| will| would|d|m going to)|to use)\b|"
        r"\bknow (?:which|what) (?:bridge|building|overpass|cliff)\b"
    ),
    Rule(r"\b(?:will|affairs) and (?:a|my|the) (?:note|notes|letter|letters)\b"),
    Rule(
        r"\b(?:buying|bought|buy|collecting) <DRUG>(?: <W>){0,3} (?:at|from) (?:different|"
        r"multiple|several|various) (?:stores|pharmacies|shops|places)\b"
    ),
    Rule(
        r"\b(?:looked up|research\w*|googl\w*|search\w*|found) (?:<W> ){0,2}(?:the )?(?:tallest|"
        r"highest) (?:building|bridge|buildings|bridges|point|cliff|parking garage)\b"
    ),
    Rule(
        r"\b(?:rope|noose|belt|cord)\b[^.!?]{0,30}?\b(?:beam|rafter|rafters|ceiling|hook|branch|"
        r"closet rod|door frame|doorframe)\b",
        unless=r"\b(?:swing|hammock|plant|plants|lights|decorations|laundry|clothes|boxing|"
        r"punching bag|bird feeder)\b",
    ),
    Rule(
        r"\b<DRUG>(?: <W>){0,6} just in case\b", unless=r"\b(?:headache|migraine|allerg\w*|trip)\b"
    ),
    Rule(r"\bto whoever (?:reads|finds|is reading) this\b"),
    Rule(
        r"\b(?:please )?dont blame (?:yourselves|yourself|anyone|anybody|each other)\b|"
        r"\b(?:its|it is|this is|this isnt|it isnt|its not) (?:not )?(?:anyones|anybodys) fault\b"
    ),
    Rule(r"\b(?:i )?love you all\b[^«]{0,40}?\b(?:im sorry|forgive me|goodbye)\b"),
    Rule(
        r"\bthis is the (?:last|final) time (?:ill|i will|im going to|i) (?:write|post|be "
        r"writing) (?:here|in this|this)\b"
    ),
    Rule(
        r"\b(?:understand|know|forgive me for|wonder) why i (?:did (?:it|this)|had to (?:do it|go|"
        r"leave)|couldnt (?:stay|go on))\b"
    ),
    Rule(
        r"\bwant (?:him|her|them|you|my \w+) to have (?:it|them|all my|my (?:things|stuff|"
        r"jewelry|guitar|watch|car|books|records|belongings|collection))\b"
    ),
    Rule(
        r"\b(?:giving|gave|give|given|signed over|transferred) (?:all )?my (?:savings|money|car|"
        r"house|jewelry|guitar|watch|things|stuff|belongings|possessions)(?: <W>){0,3} to "
        r"(?:my|her|him|them)\b",
        unless=r"\b(?:loan|borrow|lend|birthday|wedding|graduation|tuition|christmas|gift "
        r"for|while i|for the (?:weekend|week|trip))\b",
    ),
    Rule(
        r"\b(?:gave|giving|give|given) (?:away )?[^.!?]{0,40}?\b(?:wont|dont|will not|do not) "
        r"need (?:it|them|any of it|those|these)(?: anymore| any more| where im going)\b",
        unless=r"\b(?:old|outgrown|extra|spare|unused|charity|goodwill|donation|thrift|"
        r"decluttering|declutter|moving|minimalism)\b",
    ),
    Rule(r"\bi cut (?:deeper|too deep|so deep|deep)\b"),
    Rule(
        r"\bhow (?:high|tall|far)\b[^.!?]{0,40}?\b(?:to die|fatal|lethal|to kill|to survive|"
        r"survive|would kill)\b"
    ),
    Rule(r"\b(?:helium (?:tank|hood|bag)|exit bag)\b"),
    Rule(
        r"\b(?:soon )?(?:you|they|nobody|no one|everyone|my family) (?:wont|will not|dont|"
        r"wont ever) (?:have to|need to) (?:worry|deal) (?:about|with) me (?:anymore|any more|"
        r"much longer|soon|ever again)\b"
    ),
    Rule(r"\bsoon (?:i|ill) (?:wont|will not) be a (?:burden|problem)\b"),
    Rule(
        r"\b(?:everyone|everybody|they|my family|my kids|the world|people|my \w+) "
        r"(?:would|will|d|ll) (?:all |honestly |probably |just |really |so much |truly )*be "
        r"(?:better off|happier|relieved)<END>"
    ),
    Rule(
        r"\b(?:doesnt|wouldnt|does not|would not|dont think it|it doesnt) (?:really )?matter "
        r"(?:if|whether) i (?:live or die|die|died|lived or died|wake up)\b"
    ),
    Rule(
        r"\b(?:wont|will not|am not going to|im not going to|im not gonna) be (?:here|around|"
        r"alive) (?:much longer|for much longer|for long|anymore|any more|any longer|to see)\b"
    ),
    Rule(
        r"\bthis (?:is|will be) my (?:last|final) (?:entry|post|message|note|journal|day|"
        r"night|goodbye|words)\b(?! (?:before|of the|for (?:the|this|a while|now)))"
    ),
    Rule(r"\bmy last (?:day|night) (?:on earth|alive|here|on this earth)\b"),
    Rule(
        r"\b(?:by the time|when) (?:anyone|you|someone|somebody|they|you all|people) "
        r"(?:reads?|finds?|sees?) (?:this|these|it)\b"
    ),
    Rule(
        r"\b(?:when|after|once|by the time|for when) (?:im|i am|ive) (?:gone|dead|"
        r"no longer (?:here|around|alive))\b(?! (?:for|on|to) (?:the )?(?:weekend|week|"
        r"vacation|trip|holiday|work|tour))"
    ),
    Rule(
        r"\b(?:ill|i will|im going to|im gonna) be (?:dead|gone forever|gone for good|"
        r"at peace soon|free soon|gone soon)\b"
    ),
    Rule(
        r"\b(?:it|everything|this|all this|it all|the pain) (?:will|ll|is going to|is gonna) "
        r"(?:all )?be over (?:soon|tonight|tomorrow)\b"
    ),
    Rule(r"\bsoon (?:it|everything|this|the pain|it all) (?:will|ll) (?:all )?be over\b"),
    Rule(
        r"\b(?:decided|made up my mind|ready|going|gonna|planning|plan|about) to "
        r"(?:go through with it|end (?:it|things|everything|it all)(?! with)|kill <SELF>)\b"
    ),
    # Farewells.
    Rule(
        r"\b(?:goodbye|good bye|bye|farewell) (?:to )?(?:everyone|everybody|all|world|"
        r"cruel world|forever|for good|my friends|you all|yall|all of you)\b"
        r"(?! (?:at|in|from|after|before|and (?:drove|left|headed|went)))",
        unless=r"\b(?:see you|talk (?:soon|tomorrow|later)|until|till|have a|for now|"
        r"for today|for the (?:day|night|week|weekend)|next (?:week|time)|retreat|"
        r"session|class|party)\b",
    ),
    Rule(r"\bthis is (?:my )?(?:goodbye|farewell)\b"),
    Rule(r"\b(?:final|last) (?:goodbye|goodbyes|farewell)\b"),
    Rule(r"\bsaying (?:my )?goodbyes\b"),
    Rule(
        r"\b(?:thank(?:s| you) for everything|sorry for everything|forgive me|"
        r"(?:i )?love you all|take care of (?:each other|yourselves|my \w+))\b[^«]{0,80}?"
        r"\b(?:goodbye|good bye|bye|farewell)\b",
        unless=_SEE_YOU_SOON,
    ),
    Rule(
        r"\b(?:goodbye|good bye|bye|farewell)\b[^«]{0,80}?\b(?:thank(?:s| you) for everything|"
        r"sorry for everything|forgive me|(?:i )?love you all)\b",
        unless=_SEE_YOU_SOON,
    ),
    Rule(r"^ ?(?:goodbye|good bye|farewell)(?: [.,])* ?$"),
    Rule(
        r"\bthank(?:s| you) for everything\b[^«]{0,60}?\b(?:im sorry|sorry for everything|"
        r"forgive me|i love you all|love you all|take care of)\b",
        unless=_SEE_YOU_SOON,
    ),
    Rule(
        r"\b(?:im sorry|sorry for everything|forgive me|i love you all)\b[^«]{0,60}?"
        r"\bthank(?:s| you) for everything\b",
        unless=_SEE_YOU_SOON,
    ),
    Rule(
        r"\btell (?:my \w+|everyone|them|her|him) (?:that )?(?:i loved (?:her|him|them|you)|"
        r"it wasnt (?:their|your|her|his) fault|im sorry<END>|i love (?:her|him|them)<END>)"
    ),
    Rule(
        r"\bgiving away (?:all (?:of )?my \w+|everything i own|everything<END>|all my stuff|"
        r"most of my \w+|my (?:\w+ )?(?:things|stuff|belongings|possessions))\b",
        unless=r"\b(?:old|outgrown|extra|spare|unused|charity|goodwill|donation|thrift|"
        r"decluttering|declutter|moving|minimalism|baby clothes)\b",
    ),
    Rule(
        r"\b(?:rehome|rehoming|rehomed|found (?:a )?(?:new )?home for|finding (?:a )?(?:new )?"
        r"home for) (?:my|our) (?:cat|dog|pets|animals|bird|rabbit)\b",
        unless=r"\b(?:allerg\w*|moving|landlord|apartment|lease|baby|new job)\b",
    ),
    Rule(
        r"\b(?:wont|will not|wont be|wont ever) (?:be )?(?:needing|need) (?:it|them|these|this|"
        r"those|my \w+|any of it|anything)\b(?! (?:for|on|at|until|till|this|next|tomorrow|"
        r"today|while|during))"
    ),
    Rule(
        r"\b(?:wrote|written|writing|write|left|leaving|leave|finished|drafted)(?: <W>){0,2} "
        r"(?:letters?|notes?|cards?|videos?|messages?) (?:to|for) (?:my |each of my |all my "
        r"|both my )?<KIN>\b",
        unless=r"\b(?:gratitude|birthday|forgiveness|anniversary|valentines?|christmas|"
        r"holiday card|unsent|homework|assignment|prompt|inner child|younger self|camp|"
        r"graduation|(?:therapy|integration|journaling) (?:exercise|homework|assignment|prompt)|"
        r"as part of (?:my |the )?(?:therapy|integration|program))\b",
    ),
    Rule(r"\b(?:goodbye|farewell|suicide|final|last) (?:letter|letters|note|notes|video)\b"),
    Rule(
        r"\b(?:giving|gave|give|given) away (?:all |most )?(?:of )?(?:my |all my )(?:things|"
        r"stuff|belongings|possessions|prized|favorite|valuables|cat|dog|pets|guitar|jewelry|"
        r"records|collection|plants|books)\b",
        unless=r"\b(?:old|outgrown|extra|spare|unused|charity|goodwill|donation|thrift|"
        r"decluttering|declutter|moving|minimalism)\b",
    ),
    Rule(
        r"\b(?:giving|gave|give|given) (?:all )?my (?:cat|dog|pets|things|stuff|belongings|"
        r"possessions|plants|guitar) (?:away|to)\b",
        unless=r"\b(?:for the (?:weekend|week|trip|day)|while (?:i|im)|vacation|trip)\b",
    ),
    Rule(
        r"\bwont need (?:it|them|her|him|these|those|any of it|my \w+|anything) "
        r"(?:anymore|any more|where im going|much longer)\b"
    ),
    Rule(
        r"\baffairs (?:are |were |all )*(?:in order|sorted|settled|arranged|taken care of|"
        r"squared away|wrapped up)\b"
    ),
    Rule(
        r"\btying up (?:all )?(?:my )?loose ends\b",
        unless=r"\b(?:work|project|office|job|trip|vacation|move|holiday|leave|semester)\b",
    ),
    Rule(r"\bmy (?:own )?funeral\b", unless=r"\b(?:kidding|joke|lol)\b"),
    # Self-harm.
    Rule(r"\b(?:cut|cutting|cuts) <SELF>\b", unless=_ACCIDENT),
    Rule(
        r"\b(?:cut|cutting|cuts|burn|burned|burnt|burning|scratch|scratched|scratching|carve|"
        r"hurt|hurting|hurts|harm|harming|harmed|carved|carving|slash|slashed|slashing|slice|sliced|slicing|stab|stabbed|stabbing)"
        r"(?: <W>){0,2} (?:on |into )?(?:my|both my) (?:arm|arms|wrist|wrists|thigh|thighs|"
        r"leg|legs|skin|stomach|hip|hips|forearm|forearms|body|belly|ankle|ankles|chest)\b",
        unless=_ACCIDENT,
    ),
    Rule(r"\b(?:cut|cutting) (?:again|last night|tonight|yesterday|today)\b"),
    Rule(
        r"\b(?:started|start|starting|been|keep|kept|back to|urge to|urges to|want to|"
        r"wanted to|wanna|relapsed|relapse|relapsing|resist|resisting|stop|craving|tempted to|"
        r"thinking about|thought about|need to) (?:cutting|to cut|cut)\b(?! (?:back|down|ties|"
        r"carbs|sugar|caffeine|coffee|out|the|my hair|it|costs|corners|class|school|off|in|"
        r"through|my losses|loose|them|him|her|people|a|some|and|hair|gluten|dairy|alcohol|"
        r"meat))"
    ),
    Rule(r"\b(?:fresh|new) cuts\b"),
    Rule(
        r"\b(?:burn|burned|burnt|burning|scratch|scratched|scratching|hit|hitting|punch|"
        r"punched|punching|starve|starving|starved|bruise|bruised|bruising|choke|choking|"
        r"strangle|strangling|suffocate|suffocating|hurt|hurting|hurts|harm|harming|harmed|"
        r"injure|injured|injuring|mutilate|mutilating|mutilated) <SELF>\b(?! (?:out|up)\b)",
        unless=_ACCIDENT,
    ),
    Rule(
        r"\bself (?:harm|harming|harmed|harms|injury|injuries|injure|injuring|injured|"
        r"mutilation|mutilate|mutilating)\b"
    ),
    Rule(
        r"\b(?:until|till|til) (?:i|it|they|my \w+) (?:bled|bleed|bleeds|was bleeding|"
        r"started bleeding)\b"
    ),
    Rule(
        r"\b(?:keep|kept|carry|carrying|hid|hide|hidden|hiding|have|bought) (?:a |my )?"
        r"(?:razor|razor blade|razor blades|blade|blades) (?:in|under|inside|hidden)\b"
    ),
    Rule(
        r"\b(?:hurt|cut|burn|burned|burnt|crash|crashed|hit|scratched|starved|bled|overdosed|"
        r"swallowed|jumped|bleed)\b(?: <W>){0,4} on purpose\b"
    ),
]

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

# A net under the phrases: a word of wanting, hoping or hopelessness a few words before a
# death, whatever the words between ("I honestly just want everything to go dark and be
# dead", "ojalá un día simplemente no despertar"). The same negation, idiom and
# someone-else checks apply.
BACKSTOP = [
    Rule(
        r"\b(?:want|wanna|wanted|wanting|wants|wish|wished|wishing|hope|hoping|rather|"
        r"easier|ready|deserve|deserves|should|welcome|relief|tempted|urge|urges|long|longing|"
        r"pray|praying|peaceful|looking forward|okay with|fine with|quiero|quisiera|queria|"
        r"ojala|ganas|prefiero|preferiria|deseo|desearia|necesito|alivio|mejor)\b"
        r"(?: <WO>){0,8} (?:die|be dead|being dead|was gone|were gone|not be alive|"
        r"not being alive|not exist(?! (?:on|online)\b)|"
        r"not existing|stop existing|not be here|not being here|not be around|end it all|"
        r"end my life|kill <SELF>|suicide|morir|morirme|estar muert[oa]|matarme|no existir|"
        r"no despertar|no estar aqui|quitarme la vida|suicidarme)\b",
        unless=r"\b(?:afraid|scared|fear|terrified|worried|anxious|panic|panicked|miedo|"
        r"temor)\b",
    ),
    Rule(
        r"\b(?:i|im|ive|id|me|my|yo|mi)\b(?: <W>){0,6} (?:cut|cutting|burned|burning|burnt|"
        r"carved|carving|scratched|scratching|sliced|slicing|stabbed|hit|hitting|punched|"
        r"punching) (?:<W> ){0,3}(?:<SELF>|my (?:arm|arms|wrist|wrists|thigh|thighs|leg|legs|"
        r"skin|stomach|hip|hips|body))\b(?! (?:out|up)\b)",
        unless=_ACCIDENT,
    ),
]

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

OBLIQUE_ENGLISH = [
    # Where people go to die: found there again and again, drawn to it, measuring it.
    Rule(
        r"\b(?:end|ends|ended|ending|wind|winds|winding|wound) up (?:on|at|by|near|under|"
        r"over|on top of) (?:the|that|a|this|my) (?:\w+ )?<PLACE>\b",
        unless=r"\b(?:party|bar|drinks|picnic|photos?|pictures?|sunset|fireworks|concert|"
        r"date|tour|lost|wrong)\b",
    ),
    Rule(
        r"\b(?:find|finding|found|catch|caught|keep finding|kept finding) <SELF> "
        r"(?:standing |sitting |staring |looking |leaning |climbing )?(?:on|at|by|near|over|"
        r"down from|out over|on top of|at the edge of|up on|off|toward|towards) "
        r"(?:the|that|a|this|my) (?:\w+ )?<PLACE>\b"
    ),
    Rule(
        r"\b(?:keep|kept|keeps|been) (?:going|walking|driving|coming|heading|going back|"
        r"walking back|driving back|coming back) (?:back )?(?:to|by|past|up to|out to) "
        r"(?:the|that|a) (?:same )?(?:\w+ )?<PLACE>\b",
        unless=r"\b(?:work|commute|job|school|office|shop|store|errand|errands|photos?|"
        r"view|sunset|sunrise|run|running|jog|jogging|walk the dog|with (?:the dog|my dog)|"
        r"friends|picnic|party|stargaz\w*|telescope|swim\w*|fish\w*|climb\w*|hik\w*|"
        r"kids|family|date)\b",
    ),
    Rule(
        r"\b(?:stood|standing|stand|sat|sitting|sit|leaned|leaning|lean|climbed|climbing|"
        r"hung|hanging|perched|waited|waiting|lingered|lingering) (?:on|at|over|out on|"
        r"on top of|at the edge of|by|near|against|over the edge of|up on|onto) (?:the |a |"
        r"that |my )?(?:\w+ )?<PLACE>\b[^.]{0,60}?\b(?:for (?:an hour|hours|a long time|"
        r"a while|ages|so long|half an hour|twenty minutes|a bit)|looking down|staring down|"
        r"looked down|stared down|looking over|staring at the (?:water|drop|ground|road|tracks|"
        r"cars|traffic)|thinking|wondering|imagining|counting|the drop|the fall|jump|jumping|"
        r"step|stepping|let go|letting go|alone at night|in the middle of the night|"
        r"at \d+ ?am|at night|in the dark|couldnt (?:leave|move|go)|how (?:easy|far|high)|"
        r"again)\b",
        unless=r"\b(?:sunset|sunrise|view|photo|photos|pictures?|fireworks|stars|"
        r"coffee|tea|wine|beer|book|reading|breakfast|party|friends|date|concert|tour|"
        r"birds?|meditat\w+|breath\w*|yoga)\b",
    ),
    Rule(
        r"\b(?:looked up|look up|looking up|googled|google|googling|searched|search|"
        r"searching|checked|check|checking|researched|research|researching|wondered|"
        r"wondering|wonder|measured|counted|counting|asked|figured out|found out|read up on)"
        r"\b[^.]{0,30}?\bhow (?:tall|high|far (?:down|up)|far the drop|long the drop|"
        r"many (?:floors|stories|storeys|metres|meters|feet))\b",
        unless=r"\b(?:homework|school|project|trivia|kids?|sons?|daughters?|class|hike|hiking|"
        r"climb|climbing|elevation|altitude|tour|tourist|visit|ceiling|tree|christmas|"
        r"fence|shelf|height requirement|ride|rollercoaster|roller coaster|baby|grow|"
        r"growth|percentile|waves|snow)\b",
    ),
    Rule(
        r"\b(?:whether|if|when|how) (?:the |a |that )?(?:\w+ )?<PLACE>"
        r"(?: (?!(?:is|are|was|s)\b)\w+){0,3} (?:is|are|was|s|gets|stays) (?:open|unlocked|"
        r"accessible|locked|closed|unguarded|empty|watched|patrolled|fenced)\b"
    ),
    Rule(
        r"\b(?:roof|rooftop|top floor|top deck|top level|balcony|bridge|overpass|parking "
        r"garage|car park) (?:is|are|was|s|stays) (?:open|unlocked|accessible|unguarded|"
        r"empty|not fenced|not watched) (?:at night|after dark|after hours|overnight|late|"
        r"all night)\b"
    ),
    Rule(
        r"\b(?:thought|thinking|think|thoughts|urge|urges|tempted|wanted|want|wanting|wanna|"
        r"imagined|imagining|imagine|pictured|picturing|picture|easy|easier|almost|nearly|"
        r"wondered|wondering|fantasi\w+|could just|pull|pulled|drawn)\b"
        r"(?: (?!(?:not|never|dont|didnt)\b)\w+){0,5} (?:step|stepping|stepped|lean|leaning|"
        r"leaned|fall|falling|let <SELF> fall|letting <SELF> fall|let go|letting go|"
        r"jump|jumping|tip|tipping|slip|slipping) (?:forward|off|over|in front|down|out|"
        r"onto|into the path|in|across|through|of the)?\b"
        r"[^.]{0,40}?\b(?:train|trains|subway|metro|tube|platform|tracks|traffic|truck|bus|"
        r"lorry|edge|ledge|railing|balcony|window|roof|rooftop|cliff|bridge|overpass|drop|"
        r"car park|parking garage)\b",
        unless=r"\b(?:pool|trampoline|lake|puddle|conversation|opportunity|chance|"
        r"bandwagon|shower|bed|couch|sofa|gym|class|queue|line|photo|ride|band)\b",
    ),
    Rule(
        r"\b(?:train|trains|subway|metro|tube|platform|tracks|traffic|truck|bus|lorry)\b"
        r"[^.]{0,60}?\b(?:thought|thinking|think|urge|urges|tempted|wanted|want|wanna|"
        r"imagined|imagining|pictured|picturing|easy|easier|almost|nearly|wondered|"
        r"wondering|could just|pull|pulled|drawn)\b(?: (?!(?:not|never|dont|didnt)\b)\w+){0,5} "
        r"(?:step|stepping|stepped|lean|leaning|leaned|fall|falling|let <SELF> fall|"
        r"letting <SELF> fall|jump|jumping|tip|tipping|walk|walking|run|running)"
        r"(?: (?:forward|off|over|in front|down|out|onto|in|into|across)\b|<END>)"
    ),
    Rule(
        r"\b(?:went|go|going|goes|walked|walk|walking|drove|drive|driving|climbed|climb|"
        r"climbing|got|get|took the elevator|took the stairs) (?:up |back |out )?(?:to|onto|"
        r"on top of) (?:the |that |a )?(?:\w+ ){0,2}<PLACE>\b[^.]{0,40}?\b(?:stood|sat|stayed|"
        r"waited|lingered|stand|sit|stay|standing|sitting) (?:there|up there|on it|at the edge|"
        r"on the edge|by the edge|by the railing|at the railing)(?: (?:for (?:a long time|hours|"
        r"an hour|a while|ages|so long|half the night|the whole night)|until|till|looking|"
        r"staring|thinking|alone|in the dark|and (?:looked|stared|thought)))",
        unless=r"\b(?:sunset|sunrise|view|photo|photos|pictures?|fireworks|stars|party|"
        r"friends|date|concert|tour|dog|kids|family|festival|lights|coffee|wine|beer|"
        r"picnic|breakfast|lunch|dinner|book|reading|sun|sunbath\w*|tan|meditat\w+)\b",
    ),
    Rule(
        r"\b(?:drove|driving|drive|drives|walked|walking|walk|went|going|go) (?:to|out to|up to|"
        r"back to|across|onto|over) (?:the|that|a) (?:\w+ )?(?:bridge|overpass|cliff|cliffs|"
        r"rooftop|roof|ledge|top floor|tracks|train tracks|railway|quarry)\b[^.]{0,50}?"
        r"\b(?:at (?:\d+ ?am|night|midnight)|in the middle of the night|alone|to look down|"
        r"(?:sat|stood|stayed|waited) there (?:until|till|for)|after dark|"
        r"(?:sat|stood|waited) (?:at|on) the (?:rim|edge|brink)|"
        r"and looked down|and stared|for an hour|for hours|just to see|to see how|to think|"
        r"couldnt|almost|nearly|didnt tell|without telling)\b",
        unless=r"\b(?:sunset|sunrise|view|photo|photos|pictures?|fireworks|stars|party|"
        r"friends|date|concert|tour|dog|kids|family|festival|lights|stargaz\w*|telescope)\b",
    ),
    # Means kept at hand: pills saved or refilled early, a blade or gun by the bed, still
    # thought about.
    Rule(
        r"\b(?:<DRUG>|prescriptions?|refills?|script|scripts|bottles?|pharmacy|pharmacist)\b"
        r"[^.]{0,60}?\b(?:enough|plenty|so many|a stash|a stockpile|a supply)\b(?: <W>){0,2} "
        r"(?:saved|stashed|stockpiled|hidden|put away|set aside|collected|saved up|put by|"
        r"squirreled away|to (?:do it|do the job|be sure|make sure|not wake up|end it|"
        r"finish it|never wake up))\b"
    ),
    Rule(
        r"\b(?:enough|plenty|so many|a stash|a stockpile)\b(?: <W>){0,2} (?:saved|stashed|"
        r"stockpiled|hidden|put away|set aside|saved up)\b[^.]{0,40}?\b(?:<DRUG>|prescriptions?|"
        r"refills?|bottles?|pharmacy)\b"
    ),
    Rule(
        r"\b(?:filled|refilled|fill|refill|filling|refilling|picked up|pick up|picking up|"
        r"got|getting|requested|asked for|ordered) (?:the |my |a |another |an )?(?:extra |"
        r"early |second )?(?:<DRUG>|prescriptions?|refills?|script|scripts)"
        r"(?: <W>){0,3} (?:early|twice|again|from two|from another|at (?:two|another|a different))"
        r"\b[^.]{0,40}?\b(?:on purpose|so (?:i|id|that i) (?:have|had|would have|could have|"
        r"can have)|without (?:telling|anyone|them|him|her)|secretly|to (?:save|stash|keep|"
        r"hoard|build up)|saved|stash|stockpile|extra)\b"
    ),
    Rule(
        r"\b(?:still (?:have|got|keep)|kept|keeping|hid|hidden|hiding) (?:the|my|those|that|"
        r"a) (?:<DRUG>|gun|pistol|rope|blade|blades|razor|razors|knife|stash)\b[^.]{0,60}?"
        r"\b(?:think|thinking|thought|dream\w*|fantasi\w+|obsess\w*|wonder\w*|tempted|"
        r"urge|plan|planning)\b(?: <W>){0,2} (?:about |of )?(?:using|taking|swallowing|"
        r"grabbing|getting) (?:them|it|those|all of them|all of it)\b"
    ),
    Rule(
        r"\b(?:think|thinking|thought|dream\w*|fantasi\w+|obsess\w*|wonder\w*|tempted|urge)"
        r"(?: about| of)? (?:using|taking|swallowing) (?:the|my|those|that|all the|all my) "
        r"(?:gun|pistol|rope|blade|blades|razor|razors|knife|stash|stockpile|saved pills|"
        r"pills i saved|pills ive saved|pills ive been saving)\b",
        unless=r"\b(?:hunting|range|kitchen|cooking|shaving|shave|climbing|camping)\b",
    ),
    Rule(
        r"\b(?:knife|knives|scissors|razor|razors|blade|blades|razor blades?|gun|pistol|"
        r"revolver|rope|noose) (?:is |are |was |were |lies |sits |hidden |tucked )?"
        r"(?:under|beneath|inside|next to|by|beside|in) (?:my|the) (?:pillow|mattress|"
        r"bed|bedside table|nightstand|pillowcase)\b",
        unless=r"\b(?:protection|safety|intruder|intruders|burglar|burglars|break in|"
        r"break ins|self defense|self defence)\b",
    ),
    Rule(
        r"\b(?:put|putting|puts|placed|keep|keeping|kept|hid|hide|hiding|sleep with|slept with|"
        r"sleeping with|took|take|taking|brought|bring) (?:a |my |the |that |this )?(?:\w+ )?"
        r"(?:knife|knives|scissors|razor|razors|blade|blades|gun|pistol|revolver|rope|noose) "
        r"(?:to bed|under (?:my|the) pillow|into (?:my|the) bed|in(?:to)? (?:my|the) "
        r"(?:nightstand|pillowcase|bed))\b",
        unless=r"\b(?:protection|safety|intruder|intruders|burglar|burglars|break in|"
        r"break ins|self defense|self defence)\b",
    ),
    Rule(
        r"\b(?:lied|lie|lying|wasnt honest|was not honest|didnt tell the truth|"
        r"said i was (?:fine|okay|ok|safe)|told (?:her|him|them|my \w+) i was (?:fine|okay|ok|"
        r"safe)) (?:to (?:my |the |her |him |them )?(?:therapist|doctor|psychiatrist|"
        r"clinician|nurse|care team|team|coach|counselor|counsellor|everyone|her|him|them) )?"
        r"(?:about|when (?:she|he|they) asked about) (?:being safe|safety|my safety|feeling safe|"
        r"how (?:bad|dark) (?:it is|it was|things are|things were)|the pills|the gun|"
        r"suicid\w+|my thoughts|the thoughts|hurting <SELF>|self harm|cutting|the plan|"
        r"having a plan|whether i (?:was|am|feel) safe)\b"
    ),
    Rule(
        r"\b(?:asked|asks|asking|checked|check in|checked in) (?:me )?(?:about|if|whether)\b"
        r"[^.]{0,40}?\b(?:safe|safety|suicid\w+|hurting <SELF>|harming <SELF>|self harm|"
        r"thoughts of|plan)\b[^.]{0,25}?\b(?:i|and i) (?:lied|lie|wasnt honest|"
        r"didnt tell (?:her|him|them) the truth|said i was fine|told (?:her|him|them) i was fine)"
        r"\b|\b(?:safety|safe|suicid\w+)\b[^.]{0,30}?\b(?:and|but) i lied\b"
    ),
    # A life being wound up: a will, passwords, who takes the pets.
    Rule(
        r"\b(?:wrote|written|writing|write|made|making|make|updated|updating|update|"
        r"finished|finishing|drafted|drafting|signed|redid|redone|did|done|sorted|sorting) "
        r"(?:up |out )?(?:my|a) (?:own )?(?:will|last will|testament|living will)\b",
        unless=r"\b(?:baby|pregnan\w*|newborn|wedding|married|marriage|mortgage|retire\w*|"
        r"estate planning|our wills|both|together|anniversary|adulting|lawyer|attorney|"
        r"solicitor|notary|financial advis\w+)\b",
    ),
    Rule(
        r"\b(?:instructions|list|notes?|letter|wrote down|written down|decided|arranged|"
        r"sorted out|figured out|planned) (?:for |about |on |of )?(?:who|which of them) "
        r"(?:takes|gets|keeps|feeds|will take|should take|will get|should get|will keep|"
        r"looks after|will look after|should look after|inherits|will inherit|walks) "
        r"(?:the|my|care of (?:the|my)) (?:\w+ )?(?:cat|cats|dog|dogs|pets?|car|house|things|"
        r"stuff|guitar|kids|children|plants|fish|bird|birds|rabbit|horse|savings|money|"
        r"accounts|belongings|apartment|flat)\b",
        unless=r"\b(?:trip|vacation|holiday|weekend|while|away|travel\w*|this week|"
        r"next week|surgery|hospital stay)\b",
    ),
    Rule(
        r"\b(?:wrote|written|writing|write|left|leaving|leave|shared|sharing|gave|giving|"
        r"printed|listing|listed) (?:down |out )?(?:a list of |a note with |a file with |"
        r"a folder with )?(?:all )?(?:of )?(?:my )?(?:passwords|"
        r"account details|bank details|pin numbers|logins|log ins|pins)\b[^.]{0,40}?"
        r"\b(?:so (?:she|he|they|my \w+|someone|somebody|whoever)|for (?:my|whoever|when|"
        r"after|them|her|him)|in case|where (?:she|he|they|my \w+) (?:can|will|could) find|"
        r"on the (?:table|desk|fridge)|with (?:the|my) (?:will|letter|note))\b",
        unless=r"\b(?:trip|vacation|holiday|travel\w*|while (?:i|im)|hospital stay|surgery|"
        r"work|office|new phone|laptop|job|it support|manager)\b",
    ),
    Rule(
        r"\b(?:getting|got|get|put|putting|puts|sorting|sorted|setting|set|have|had) "
        r"(?:out )?(?:all )?(?:of )?(?:my )?(?:things|stuff|paperwork|papers|accounts|affairs|"
        r"finances|documents|belongings) (?:in order|sorted out|squared away|wrapped up|"
        r"tidied up)\b[^.]{0,40}?\b(?:so (?:nobody|no one|they|she|he|my \w+)|for (?:when|after|"
        r"my (?:kids|children|family|wife|husband|partner))|before (?:i go|the end|friday|"
        r"saturday|sunday|the weekend|its too late)|just in case|in case|for them|"
        r"wont have to)\b",
        unless=r"\b(?:move|moving|trip|vacation|holiday|tax|taxes|new job|baby|semester|"
        r"wedding|surgery|travel\w*|audit|accountant|divorce)\b",
    ),
    Rule(
        r"\blife insurance\b[^.]{0,50}?\b(?:if i (?:die|died|was gone|were gone|wasnt here)|"
        r"when i (?:die|am gone|m gone)|after i (?:die|am gone|m gone)|would pay|will pay|"
        r"pay out|pays out|paid up|still valid|covers? (?:it|this|suicide|self)|"
        r"goes to|go to|for them)\b",
        unless=r"\b(?:agent|quote|quotes|premium|premiums|baby|mortgage|wedding|"
        r"shopping for|compar\w+)\b",
    ),
    Rule(
        r"\b(?:planned|planning|plan|arranged|arranging|picked|picking|chose|chosen|choosing|"
        r"wrote|writing|paid for|pre paid|prepaid) (?:out )?(?:the )?(?:songs|music|readings|"
        r"flowers|details|arrangements|plot|casket|coffin|urn|outfit|eulogy|order of service)?"
        r"(?: (?:for|at|of))? (?:my|my own) (?:funeral|burial|memorial|cremation|service|"
        r"wake)\b"
    ),
    # Who gets what, said now, with no trip or loan that explains it.
    Rule(
        r"\b(?:told|telling|tell|promised|promising|said to) (?:my |her |him |them |you )?"
        r"(?:\w+ )?(?:that )?(?:she|he|they|you|my \w+) (?:can|could|should|gets to|get to|"
        r"will|may) (?:have|keep|take) (?:all )?(?:of )?my <GOODS>\b",
        unless=r"\b(?:while|borrow\w*|lend|for the (?:weekend|week|day|trip|summer|holidays)|"
        r"until|when i (?:get|come) back|this weekend|tonight|tomorrow|weekend|trip|old|"
        r"new one|since i got|upgrad\w*|bought a new|moving|sell|selling|outgrown|"
        r"vacation|holiday|away)\b",
    ),
    Rule(
        r"\b(?:she|he|they|you|my \w+) (?:can|could|gets to|get to|will get to|should) "
        r"(?:have|keep) (?:all )?(?:of )?my <GOODS> (?:when|after|once) (?:im|i am|ive) "
        r"(?:gone|dead|not here|no longer)\b"
    ),
    Rule(
        r"\b(?:if|in case|should) (?:anything|something) (?:bad )?(?:happens|happened|"
        r"were to happen|should happen|happen) to me\b[^.]{0,60}?\b(?:take care|look after|"
        r"care of|raise|please|make sure|promise|want you|know (?:that )?i|tell (?:them|"
        r"her|him|my)|kids|children|dog|cat|letter|note|will)\b|"
        r"\b(?:take care|look after|care of|raise|promise|make sure)\b[^.]{0,60}?"
        r"\b(?:if|in case|should) (?:anything|something) (?:bad )?(?:happens|happened|"
        r"were to happen|should happen|happen) to me\b"
    ),
    # Not being around for what comes next.
    Rule(
        r"\b(?:wont|will not|dont think ill|do not think ill|not sure ill|doubt ill|"
        r"dont expect to|dont plan (?:on|to)|probably wont|might not|may not|"
        r"im not going to|im not gonna|not going to|i dont see <SELF>|cant see <SELF>) "
        r"(?:(?:still (?:be |being )?(?:alive|here|around)|(?:be |being )?(?:still )?alive|"
        r"be still (?:here|around)) (?:for|by|"
        r"at|to see|until|till|when|in|next|this|on|after|past|much past|come)|"
        r"(?:even |ever )?(?:be |being )?(?:here|around) (?:for|by|at|to see|until|till|when|in|"
        r"on|after|past|much past|come)? ?(?:the |my |her |his |their |our )?(?:next|new year|"
        r"christmas|thanksgiving|easter|the holidays|holidays|summer|spring|winter|fall|autumn|"
        r"birthday|graduation|wedding|anniversary|much longer|long|the end of|another|"
        r"a year|a month|the kids|my kids))\b",
        unless=_AWAY,
    ),
    Rule(
        r"\b(?:this|it|that|today|tonight|tomorrow|christmas|thanksgiving|my birthday) "
        r"(?:is|will be|ll be|s|might be|may be|could be|is going to be|is probably) "
        r"(?:probably )?my (?:last|final) (?:christmas|birthday|summer|thanksgiving|"
        r"new year|new years|holiday|holidays|week|month|year|weekend|spring|winter|autumn|"
        r"fall|easter|mothers day|fathers day|night|day|morning)\b",
        unless=r"\b(?:at|here|in (?:my|this|the|our|that)|with (?:the|this|my) (?:company|"
        r"team|job)|as a|before|of (?:my|the) (?:twenties|thirties|forties|teens|job|"
        r"contract|program|lease|degree)|job|work|school|contract|lease|single|"
        r"unmarried|off|vacation|trip|holiday (?:season )?(?:at|in)|internship|semester)\b",
    ),
    Rule(
        r"\b(?:wont|will not|never going to|not going to|im not going to|dont think ill|"
        r"doubt ill|probably wont|dont expect to) (?:see|make it to|live to see|be there for|"
        r"get to see) (?:christmas|thanksgiving|my birthday|the new year|next year|spring|"
        r"summer|my next birthday|the next session|next session|the weekend|the end of "
        r"(?:the )?(?:month|year|week)|her birthday|his birthday|their birthday|"
        r"my (?:kids|sons|daughters) birthday)\b",
        unless=_AWAY,
    ),
    Rule(
        r"\b(?:not|stopped|stop|no point|no use|dont see the point (?:of|in)|why bother) "
        r"(?:making|make|planning|plan|buying|buy|booking|book|paying|renewing|scheduling) "
        r"(?:any )?(?:plans|anything|groceries|food|things|appointments|bills) "
        r"(?:past|beyond|after|"
        r"for after|further than) (?:this|next|tonight|tomorrow|friday|saturday|sunday|"
        r"monday|tuesday|wednesday|thursday|the weekend|the end of)\b|"
        r"\bno point (?:in )?(?:making plans|planning (?:ahead|anything|for the future)|"
        r"thinking about the future|saving for (?:the future|retirement|later)|"
        r"renewing (?:anything|my lease|my passport)|buying (?:a )?(?:winter )?"
        r"(?:coat|clothes|shoes))\b"
    ),
    # Making it stop, for good.
    Rule(
        r"\bmake (?:it|this|everything|it all|the pain|the noise|the thoughts|the voices|"
        r"all of it|all of this|my brain|my head|my mind) (?:all )?(?:stop|end|go away|"
        r"be over|quiet|go quiet|shut up|go silent) (?:for good|forever|permanently|"
        r"once and for all|for real|for ever)\b"
    ),
    Rule(
        r"\b<WANT> (?:<FILL> ){0,4}<TO>make (?:it|this|everything|it all|all of it|all of this)"
        r" (?:all )?(?:stop|end|be over|go away)<END>"
    ),
    Rule(
        r"\b<WANT> (?:<FILL> ){0,4}<TO>(?:switch|turn|shut|power) (?:it all|everything|<SELF>|"
        r"me|it|the lights) (?:off|out|down)(?: (?:for good|forever|permanently)|<END>)"
    ),
    Rule(
        r"\b(?:im|i am|be|being|ill be|i will be|im finally) (?:just |so |really )?done "
        r"(?:with (?:it all|everything|life|living|all of it|this life|existing|trying|"
        r"fighting|being alive) )?(?:for good|forever|permanently|for real this time|"
        r"once and for all)\b"
    ),
    Rule(
        r"<START>im (?:just |so |really |fucking )?done(?= \. (?!(?:finally|just|"
        r"finished|with|for|all|the|so|time|now|off|yay|woo|turned|submitted|handed)\b)"
        r"|(?: \.)* ?$)"
    ),
    Rule(
        r"\b(?:soon|after (?:tonight|tomorrow|friday|saturday|sunday|this week|this weekend)|"
        r"by (?:tomorrow|friday|saturday|sunday|next week|monday)) (?:it|none of (?:this|it)|"
        r"nothing|the pain|this|it all) (?:wont|will not|will no longer|wont ever|"
        r"will never) (?:hurt|matter|be (?:a problem|my problem))\b|"
        r"\b(?:none of (?:this|it)|nothing|it|this) (?:will|is going to|is gonna|will even) "
        r"matter (?:soon|much longer|after (?:tonight|tomorrow|friday|saturday|sunday|this week|"
        r"this weekend|next week))\b"
    ),
    # A decision made and kept close: a day set, everything ready, at peace with it.
    Rule(
        r"\b(?:i have|ive got|i got|i made|ive made|have|got|made|with) (?:a|the|my) "
        r"(?:plan|method|date|day|time) (?:and|,) (?:a |the |my )?(?:date|day|time|place|"
        r"method|means|everything|a way|plan)\b",
        unless=r"\b(?:wedding|party|trip|vacation|appointment|meeting|dinner|interview|"
        r"surgery|move|moving|class|launch|business|budget|diet|workout|training|marathon|"
        r"race|project|exam|study)\b",
    ),
    Rule(
        r"\b(?:this|today|tonight|tomorrow|next|that|it)\b(?: (?:is|s|will be|might be|may be|"
        r"could be))? (?:the|is the) (?:week|day|night|weekend|month|time|year) "
        r"(?:that )?(?:i|ill|i will|im going to|im gonna|im finally going to) (?:finally |"
        r"actually |really |just )?(?:do it|go through with it|end (?:it|things|everything)|"
        r"stop (?:it all|everything|for good)|leave for good|go for good)\b",
        unless=r"\b(?:quit|quitting|sign up|signing up|start|starting|ask|asking|propose|"
        r"proposing|marathon|gym|diet|apply|applying|tell (?:him|her|them)|confront|"
        r"talk to|book|booking|move|moving|clean|cleaning|tattoo|haircut)\b",
    ),
    Rule(
        r"\b(?:i have|ive got|i got|got|have|its|everything is|everythings|all is|all|"
        r"its all) (?:everything |all )?(?:ready|in place|prepared|set up|arranged|lined up|"
        r"sorted|taken care of)(?: now)?(?= \.|$)",
        unless=r"\b(?:trip|pack|packed|packing|party|move|moving|school|class|session|"
        r"appointment|dinner|lunch|breakfast|guests|presentation|meeting|flight|bags|"
        r"suitcase|picnic|birthday|wedding|holiday|vacation|interview|exam|test|launch|"
        r"kids|baby|morning|tomorrow|event|recital|race)\b",
    ),
    Rule(
        r"\b(?:made|make|making|reached|come to|came to|ive made|i made) (?:my|the|a|"
        r"this|that) (?:final )?(?:decision|choice)\b[^.]{0,40}?\b(?:peace|peaceful|calm|"
        r"relief|relieved|ready|lighter|at ease|no going back|no turning back|final|"
        r"for good|wont change|cant be undone|nobody can stop|no one can stop)\b|"
        r"\b(?:at peace|peaceful|calm|relieved|okay|ok) (?:with|about|now that ive made) "
        r"(?:my|the|this) (?:final )?(?:decision|choice)\b|"
        r"\b(?:my mind is made up|ive made up my mind|i made up my mind|mind is made up)"
        r"(?= \.|$| and (?:i feel|im) (?:calm|at peace|ready|relieved|lighter))|"
        r"\b(?:finally )?know what i (?:have|need|must|got) to do(?= \.|$| now)",
        unless=r"\b(?:job|offer|quit|quitting|move|moving|school|college|degree|divorce|"
        r"house|apartment|car|buy|buying|leave (?:him|her|them)|leaving (?:him|her|them)|"
        r"break up|breaking up|relationship|surgery|treatment|vegan|diet|gym|sober|"
        r"sobriety|drinking|therapy|program|ketamine|medication)\b",
    ),
    # Farewells without the word: last messages, leave-taking that nobody noticed.
    Rule(
        r"\b(?:this|it|that) (?:is|s|will be|ll be|is going to be|is probably) "
        r"(?:probably |likely )?(?:the )?(?:last|final) (?:thing|time|message|entry|words?|"
        r"post|letter|note) (?:i|ill|i will|id|im going to|youll|you will|anyone will|anyone|"
        r"you|they|that i|that ill) "
        r"(?:ever )?(?:write|writes|hear|get|read|see|send|post|type)\b",
        unless=r"\b(?:before|for (?:the|this) (?:week|weekend|month|year|day|night|now|"
        r"today|while)|until|till|tonight then|today|program|vacation|holiday|break|trip|"
        r"in this (?:journal|app|notebook) (?:before|since)|new journal|new notebook)\b",
    ),
    Rule(
        r"\b(?:wont|will not|never) (?:hear|see) (?:from )?me again\b|"
        r"\byou (?:wont|will not|will never) (?:have to )?(?:hear|see|read) (?:from )?"
        r"(?:me|my entries|anything from me) (?:again|anymore)\b",
        unless=r"\b(?:if you|unless|until|after what you|how dare|cheated|blocked|"
        r"block|ex)\b",
    ),
    Rule(
        r"\b(?:said|saying|say|says) (?:my )?(?:goodbye|goodbyes|bye|farewell)s?\b"
        r"[^.]{0,60}?\b(?:without (?:them|anyone|her|him|any of them|my \w+) (?:knowing|"
        r"realizing|realising|noticing|suspecting)|for the last time|one last time|for good|"
        r"forever|in my head|in my own way|quietly|they didnt know|nobody knew|no one knew|"
        r"(?:she|he|they) didnt (?:know|realize|understand)|it was (?:goodbye|the last time)|"
        r"for real)\b",
        unless=r"\b(?:funeral|hospital|hospice|grandma|grandmother|grandpa|grandfather|"
        r"wake|vet|passed|died|dying|before (?:she|he|they|it) (?:died|passed|was sold|"
        r"left|moved)|moving|moved|sold|graduat\w*|deploy\w*|leaving for|airport|"
        r"old (?:house|home|job|apartment|office)|last day|new job|retire\w*|"
        r"semester|school year|camp)\b",
    ),
    Rule(
        r"\b(?:hug|hugged|hugging|see|saw|seeing|call|called|calling|visit|visited|visiting|"
        r"kiss|kissed|kissing|tell|told|telling|hold|held|holding|look at|looked at|"
        r"tuck|tucked|pet|petted|walk|walked|thank|thanked) (?:my \w+|everyone|them|him|"
        r"her|all of them|each of them|the kids|the dog|the cat|my (?:kids|children|family|"
        r"wife|husband|partner|dog|cat|parents|mom|mum|dad|sister|brother|friends|"
        r"best friend)(?: in)?)(?: <W>){0,3} (?:one last time|for the last time|"
        r"one final time|a final time|like it was the last time|as if it was the last time)\b",
        unless=r"\b(?:before (?:she|he|they|it) (?:died|passed|was sold|left|moved|went)|"
        r"passed|hospice|hospital|funeral|wake|vet|put down|put to sleep|euthan\w*|moving|"
        r"moved|sold|graduat\w*|deploy\w*|leaving for|airport|dying|died|old (?:house|"
        r"home)|before (?:the|my) (?:move|trip|flight|surgery))\b",
    ),
    Rule(r"<START>(?:goodbye|good bye|farewell)(?: everyone| forever| all)?(?: \.)* ?$"),
    # A burden lifted from others, death unsaid.
    Rule(
        r"\b(?:would|will|d|ll|could|can|theyd|theyll|shed|hed|youd|youll|wed|everyoned|"
        r"everyonell) (?:finally |all |at last )?(?:be free|be rid) (?:of|from) "
        r"me\b|\b(?:free|spare|release|relieve|rid) (?:them|everyone|everybody|my family|my kids|"
        r"her|him|you|you all|my \w+) (?:of|from) (?:me|the burden of me|having to deal with me|"
        r"having me around|me for good)\b"
    ),
    Rule(
        r"\b(?:stop|quit|stopped) being (?:a|such a|everyones|their|his|her|your) "
        r"(?:burden|drain|problem|weight|nuisance)\b(?! (?:at|in|on) (?:work|the office|school|"
        r"meetings|class))",
        unless=r"\b(?:by (?:asking|getting|learning|doing|helping|working|paying|finding|"
        r"cooking|cleaning)|if i (?:get|find|learn|work|pay)|therapy|job|rent|help out|"
        r"chores)\b",
    ),
    # The dead envied: their place wished for.
    Rule(
        r"\b(?:trade|trading|swap|swapping|switch|switching|exchange|change) places with "
        r"(?:someone|somebody|anyone|anybody|people|them|him|her|the people|those|the ones|"
        r"one of the people|a person)\b[^.]{0,30}?\b(?:died|dying|dead|passed|has cancer|"
        r"is terminal|terminally ill|got killed|was killed|in the crash|in the accident|"
        r"in (?:the|a) coffin|funeral|obituar\w+)\b"
    ),
    Rule(
        r"\b(?:jealous|envious|envy|envied|envying) (?:of )?(?:people|those|anyone|anybody|"
        r"someone|somebody|him|her|them|the ones|the dead|dead people|everyone)\b[^.]{0,30}?"
        r"\b(?:died|dead|dying|get to die|got to die|passed|passes|pass away|terminal|"
        r"dont wake up|never wake up|didnt wake up|in (?:the|their) sleep|gone|obituar\w+)\b"
    ),
    Rule(
        r"\b(?:wish|wished|should have|shouldve|should of)(?: (?:it|that))? (?:had been|was|"
        r"were|been|would have been) me (?:instead|who died|that died|in that (?:car|crash|"
        r"accident|coffin|grave)|in the (?:crash|accident|coffin|grave|ground|car)|"
        r"not (?:him|her|them)|and not (?:him|her|them)|who (?:didnt|never) (?:make it|"
        r"come home|wake up))\b"
    ),
    Rule(
        r"\b(?:dead|numb|empty) (?:inside|on the inside)\b[^.]{0,50}?\b(?:for real|be real|"
        r"make it real|literally|really dead|actually dead|match the outside|finish the job|"
        r"outside to match|to match|match it|match the inside|"
        r"outside too|make it official|the rest of me|whole thing|all the way)\b"
    ),
    Rule(
        r"\b(?:who|whoever) (?:would|will|is going to|is gonna|gets to|has to) find "
        r"(?:me|my body)\b|\bhow long (?:it would take |it will take |until |before |till )"
        r"(?:for )?(?:anyone|someone|somebody|anybody|they|people|my \w+) (?:would |will |to )?"
        r"(?:find|notice|found|noticed|come looking for) (?:me|i was gone|im gone|my body)\b|"
        r"\b(?:find|found|finds|discover|discovers|discovered|identify) my body\b|"
        r"\bmy body (?:will|would|is going to|might|could|wont) (?:be )?(?:found|discovered|"
        r"identified|be found)\b",
        unless=r"\b(?:hide and seek|hiding|game|lost|phone|keys|car|party|the mall|"
        r"in the crowd|concert|airport)\b",
    ),
    # Self-harm said sideways.
    Rule(
        r"\b(?:my )?(?:old |fresh |new )?(?:scars|cuts|wounds) (?:opened|reopened|split open|"
        r"bled|are bleeding|were bleeding|started bleeding)\b(?: up| again| back up)?",
        unless=r"\b(?:surgery|surgical|stitches|c section|operation|emotional|"
        r"conversation|memories|heart)\b",
    ),
    Rule(
        r"\b(?:reopened|reopening|opened up|opening up|picked at|picking at|ripped open|"
        r"tore open|tear open|dug into) (?:my|the|an|some) (?:old |fresh |new )?"
        r"(?:scars|cuts|wounds|scabs)\b",
        unless=r"\b(?:surgery|surgical|stitches|emotional|conversation|memories|heart|"
        r"therapy|session|old wounds with)\b",
    ),
    Rule(
        r"\b(?:until|till|til) (?:i|it|they|there|my \w+) (?:bruised|bruise|bruises|"
        r"left (?:bruises|marks|welts)|leaves? (?:marks|bruises|welts)|was raw|were raw|"
        r"broke the skin|broke skin|went numb|couldnt feel)\b",
        unless=_ACCIDENT,
    ),
    Rule(
        r"\b(?:bite|biting|bit|pinch|pinching|pinched|scratch|scratching|scratched|claw|"
        r"clawing|clawed|pick|picking|picked|dig|digging|dug) (?:at |into )?(?:<SELF>|my "
        r"(?:arm|arms|wrist|wrists|thigh|thighs|leg|legs|skin|stomach|hands?|fingers?))\b"
        r"[^.]{0,40}?\b(?:until|till|til|blood|bleed|bled|bleeding|marks|bruise\w*|"
        r"on purpose|to feel|punish)\b",
        unless=_ACCIDENT,
    ),
    # Looking down from a height, gone back to again and again.
    Rule(
        r"\b<PLACE>\b[^.]{0,60}?\b(?:look|looks|looking|looked|stare|stares|staring|stared|"
        r"gaze|gazing|gazed|peer|peering|peered) (?:down|over the (?:edge|side|railing)|"
        r"at the (?:water|drop|cars|traffic|tracks|ground|street|road|pavement|rocks|waves|"
        r"river)|into the (?:water|dark|river|drop))\b|"
        r"\b(?:look|looks|looking|looked|stare|stares|staring|stared|gaze|gazing|gazed) "
        r"(?:down|over the (?:edge|side|railing)) (?:from|off|over) (?:the |a |that |my )?"
        r"(?:\w+ )?<PLACE>\b",
        unless=r"\b(?:view|views|sunset|sunrise|photo|photos|pictures?|fireworks|stars|"
        r"city lights|skyline|coffee|wine|beer|birds?|boats?|tour|tourists?|kids|dog|"
        r"afraid of heights|scared of heights|vertigo|fear of heights|breathtaking|"
        r"beautiful|gorgeous|amazing|stunning|visited|visiting|vacation|trip|golden gate)\b",
    ),
    Rule(
        r"\b(?:plan|planning|planned|going|gonna|want|wanna|need|decided|deciding|thinking "
        r"about|thought about|tempted) to (?:go|drive|walk|head|get|climb) (?:to|back to|up to|"
        r"out to|up) (?:the|that) (?:\w+ )?(?:bridge|overpass|cliff|cliffs|rooftop|roof|tracks|"
        r"train tracks|ledge|top floor|quarry|parking garage|railway)\b",
        unless=r"\b(?:vacation|trip|tour|photos?|pictures?|sunset|sunrise|visit|visiting|"
        r"friends|family|kids|picnic|dog|run|running|hike|hiking|bike|biking|festival|"
        r"fireworks|party|date|fix|repair|gutter|gutters|antenna|leak|shingles|view)\b",
    ),
    Rule(
        r"\b(?:<PLACE>|<DRUG>|gun|rope|knife|razor|blade|tracks|train|traffic)\b[^.]{0,60}?"
        r"\bhow (?:easy|simple|quick|peaceful) it (?:would|could|d|will) be\b|"
        r"\bhow (?:easy|simple|quick) it (?:would|could|d|will) be\b(?= \.|$)"
    ),
    Rule(
        r"\b(?:felt|feel|feels|feeling|keep feeling|am|im|was|get|got) (?:so |strangely |"
        r"weirdly )?(?:pulled|drawn|pulled in|sucked in) (?:toward|towards|to|by|into) "
        r"(?:the )?(?:edge|tracks|rails|drop|train|oncoming traffic|railing|ledge|"
        r"the water below|water below)\b|"
        r"\b(?:<PLACE>|tracks|train|traffic|drop|the water)\b[^.]{0,60}?\b(?:felt|feel|feeling|"
        r"keep feeling|was|got) (?:so |strangely |weirdly )?(?:pulled|drawn|pulled in|sucked in)"
        r" (?:toward|towards|to|by|into|in) (?:them|it|the edge|the drop|the water)\b"
    ),
    Rule(
        r"\b(?:bridges?|buildings?|roofs?|rooftops?|overpass\w*|parking garages?|balcon\w*|"
        r"cliffs?|towers?|car parks?|platforms?)\b(?: (?:that|which|where|in (?:the|this|my) "
        r"(?:city|town|area)))?(?: <W>){0,2} (?:dont have|do not have|without|with no|have no|"
        r"has no|lack|dont|doesnt have) (?:any )?(?:barriers?|fences?|fencing|railings?|nets?|"
        r"guard rails?|cameras|security)\b",
        unless=r"\b(?:safety inspection|inspector|council|petition|campaign|report|news|"
        r"article|kids|toddler|child|children|dog)\b",
    ),
    Rule(
        r"\b(?:think|thinking|thought|keep thinking|cant stop thinking|obsess\w*|dream\w*) "
        r"(?:a lot |constantly |all the time |again )?(?:about|of) (?:the |my |that |his |her |"
        r"our )?(?:\w+s )?(?:old |loaded )?(?:gun|revolver|pistol|rifle|shotgun|firearm|"
        r"handgun|noose|razor blades|stash|stockpile)\b",
        unless=r"\b(?:hunting|range|collection|collector|antique|museum|cleaning|selling|sell|"
        r"license|permit|safe storage|lock box|lockbox|police)\b",
    ),
    Rule(
        r"\b(?:punch\w*|hit|hitting|slam\w*|bang\w*|kick\w*|headbutt\w*) (?:the |a |my )?"
        r"(?:wall|door|mirror|floor|window)\b[^.]{0,30}?\b(?:until|till|til) (?:my )?(?:knuckles|"
        r"hands?|fists?|fingers?|head|i|it|they) (?:split|bled|bleed|broke|cracked|bruised|were "
        r"bleeding|was bleeding|swelled|couldnt|started bleeding|hurt)\b"
    ),
    Rule(
        r"\b(?:tired|exhausted|sick|done|worn out) (?:of|from|with) (?:staying|being|keeping "
        r"<SELF>|trying to stay|fighting to stay) alive\b|\b(?:staying|stay|keep <SELF>|"
        r"keeping <SELF>|stayed) alive (?:just |only )?(?:for|because of) (?:other people|"
        r"others|them|my kids|my children|everyone|my family|my (?:mom|mum|dad|wife|husband|"
        r"partner|dog|cat))\b"
    ),
    Rule(
        r"\b(?:full|whole|new|entire|fresh) (?:bottle|box|pack|supply|prescription|strip|"
        r"blister pack)\b[^«]{0,60}?\b(?:thinking about it|thinking about them|tempting|"
        r"tempted|considering it|its right there|theyre right there|it would be (?:so )?easy|"
        r"so easy|calling me|calling to me)\b",
        unless=r"\b(?:wine|beer|vodka|whiskey|tequila|chocolate|cookies|ice cream|chips|"
        r"candy|snacks?|shampoo|perfume|vitamins?)\b",
    ),
    Rule(
        r"\b(?:letters?|cards?|notes?|videos?|messages?|recordings?) (?:for|to) (?:each of )?"
        r"(?:my |both my |all my )?<KIN> (?:to (?:open|read|watch|listen to|keep) )?"
        r"(?:when|after|once|for when|for after) (?:theyre older|they are older|they grow up|"
        r"theyre grown|they turn \d+|im gone|i am gone|im not here|im not around|"
        r"im no longer|i die|im dead)\b",
        unless=r"\b(?:time capsule|tradition|every year|school project|memory book|"
        r"baby book)\b",
    ),
    Rule(
        r"\b(?:dont|do not|dont really|no longer|never) (?:want to|wanna|wish to) (?:be|keep "
        r"being|go on being) (?:a|such a) (?:burden|weight|drain|problem|nuisance)(?: (?:on|to|"
        r"for) (?:anyone|anybody|everyone|everybody|them|you|my \w+|people))? (?:anymore|"
        r"any more|any longer|ever again)\b"
    ),
    Rule(
        r"\b(?:decided on|settled on|picked|chose|chosen|set) (?:the|a) (?:date|day|night)\b"
        r"[^.]{0,40}?\b(?:calm|calming|peace|peaceful|relief|relieved|lighter|ready|strangely|"
        r"weirdly|at ease)\b",
        unless=r"\b(?:wedding|party|trip|move|moving|appointment|surgery|vacation|meeting|"
        r"dinner|birthday|interview|launch|ceremony|session|retreat|class|reunion|visit|baby|"
        r"due|closing|date night)\b",
    ),
    Rule(
        r"\b(?:cant wait|cannot wait|counting the days|counting down) (?:for|until|till|to) "
        r"(?:it all|everything|this life|my life|all of it|life) (?:to )?(?:be over|end|stop|"
        r"to end|to be over)\b"
    ),
    Rule(
        r"\bno (?:reason|reasons|purpose) (?:left )?(?:to|for me to) (?:stay|live|go on|keep "
        r"going|be here|stick around|keep living|wake up)\b"
    ),
    Rule(
        r"\b(?:took|swallowed|downed|take|swallow|taking|swallowing) (?:the|a|my) (?:whole|"
        r"entire|full) (?:box|pack|packet|bottle|strip|blister pack|sheet) (?:of )?"
        r"(?:<DRUG>)?\b",
        unless=r"\b(?:vitamins?|gummies|mints|tic tacs|cough drops|antibiotics? course|"
        r"as prescribed|course)\b",
    ),
    # A farewell said in pieces: two of its usual sentences in one entry.
    Rule(
        r"\b(<FAREWELL>)\b[^«]{0,160}?\b(?!\1\b)<FAREWELL>\b",
        unless=r"\b(?:see you|talk (?:soon|tomorrow|later)|until|till|next (?:week|time|"
        r"session)|nos vemos|hasta (?:manana|luego|pronto|el lunes)|birthday|cumpleanos|"
        r"party|fiesta|trip|viaje|vacation|vacaciones|flight|vuelo)\b",
    ),
    # Means made ready without a death word.
    Rule(
        r"\b(?:charcoal|carbon|a grill|the grill|a bbq|the bbq|a barbecue) (?:and|y|with|con) "
        r"(?:(?:duct |some |the |una |la )?(?:tape|cinta|plastic|plastico)|sealed|sellad\w*|"
        r"(?:in|into|en) (?:the|my|el|mi) (?:bedroom|car|room|cuarto|habitacion|coche|carro))\b"
    ),
    Rule(
        r"\b(?:<DRUG>|pastillas|pildoras|somniferos)\b(?: (?:and|y) (?:the |el |la |a |una )?"
        r"(?:vodka|alcohol|whiskey|whisky|wine|booze|gin|rum|tequila|vino|ron|botella))"
        r"(?: (?:are|is|ya estan|estan|esta))? (?:on|in|sobre|en) (?:the|my|la|el|mi) "
        r"(?:counter|table|nightstand|desk|bed|mesa|mesita|cama|escritorio)\b"
    ),
    Rule(
        r"\b(?:bathtub|bath|tub|banera|water|agua|sea|ocean|lake|river|mar|lago|rio)\b"
        r"[^.]{0,60}?\b(?:not (?:getting|coming) (?:out|back up)|never (?:getting|coming) "
        r"(?:out|back up)|stay(?:ing)? under|no salir|no volver a salir|quedarme (?:abajo|"
        r"debajo)|hundirme)\b"
    ),
    Rule(
        r"\b(?:be|get|got|being) erased\b(?! (?:from|off) (?:the|my|a) (?:list|drive|hard "
        r"drive|database|board|whiteboard|record))|\b(?:delete|erase|uninstall) (?:myself|"
        r"me from (?:existence|the world|this world|everyones life))\b(?! (?:from|off) (?:the|"
        r"this|that|my) (?:group|chat|app|list|thread|server))|\blike i never (?:happened|"
        r"existed|was born|was here)\b|\bborrarme\b(?! de (?:la|las|el|los|esa|ese) "
        r"(?:app|aplicacion|redes|grupo|lista|clase|curso|gimnasio|chat))"
    ),
    Rule(
        r"\b(?:no coming back from (?:this|it|here)|(?:run|ran|running) out of (?:reasons|"
        r"fight|reasons to (?:live|stay|keep going|go on))|(?:im|i am|feel|feeling) "
        r"(?:completely |totally |just )?out of (?:fight|reasons|strength|hope|road|options))"
        r"(?= [.,]|$)",
        unless=r"\b(?:lol|haha|haircut|argument|fight with|game|match|season|tournament|"
        r"coffee|milk|gas|money)\b",
    ),
    Rule(
        r"\b(?:soon|shortly|before long) (?:i|ill|i will) (?:wont|will not|will no longer|no "
        r"longer) be(?: (?:here|around|a problem|anyones problem|in the way|in anyones way))?"
        r"(?= [.,]|$)"
    ),
    Rule(
        r"\b(?:ghost|dead|gone|invisible|nothing) (?:already|inside)\b[^.]{0,40}?\b(?:make it "
        r"official|make it real|finish the job|finish it)\b"
    ),
    Rule(
        r"\bonly way out\b[^.]{0,40}?\b(?:window|bridge|pills|rope|edge|roof|balcony|ledge|"
        r"tracks|train|gun|river|water|sea)\b"
    ),
    Rule(
        r"\b(?:hope|hoping|wish|pray|praying)(?: that)? i (?:dont|do not|never|wont|will not) "
        r"(?:come back|return|make it back|get back|make it home) (?:from|home|alive)\b"
    ),
    Rule(
        r"\b(?:pretend|pretending|act|acting|fake|faking) (?:like |that |as if )?i (?:have|"
        r"had|still have) (?:a|any) future\b"
    ),
    Rule(
        r"\b(?:writing|write|wrote|leaving|leave|left) (?:this|these|it) (?:so|for when) "
        r"(?:someone|somebody|people|you|they|everyone|my \w+) (?:will |can |might )?"
        r"(?:knows?|understands?|get it) why\b"
    ),
    Rule(
        r"\bpart of me (?:wants|really wants|still wants) to (?:do it|go through with it|end it|"
        r"die|disappear|go|not be here|stop existing)\b"
    ),
    Rule(
        r"\b(?:asked|got|begged)(?: <W>){0,4} (?:for )?(?:more|extra|a bigger|another|a new)"
        r"(?: <W>)? (?:<DRUG>|prescription|script|refill)\b[^.]{0,40}?\b(?:lied|lie|lying) "
        r"(?:about|on) (?:why|the reason|what (?:it was|they were) for|it)\b"
    ),
    Rule(
        r"\b(?:starv\w*|not eating|stopped eating|hit\w*|hurt\w*|cut\w*|burn\w*|punch\w*|"
        r"scratch\w*)\b[^.]{0,40}?\b(?:to punish (?:myself|my body|me)|as punishment|because "
        r"i deserve (?:it|the pain|to hurt))\b"
    ),
    Rule(
        r"\b(?:voices?|brain|head|mind|thoughts?|something) (?:\w+ ){0,2}(?:tells?|telling|told|"
        r"keeps telling|keep telling|says|saying) (?:me )?to (?:kill|die|jump|hurt|cut|drive "
        r"into|drown|end it|end my|crash|swallow|step in front|walk into)\b"
    ),
    Rule(
        r"\b<PLACE>\b[^.]{0,40}?\b(?:keeps? calling (?:me|my name|to me)|(?:is|was) calling "
        r"(?:me|to me|my name)|calls (?:to )?me|keeps? pulling me|pulls me (?:in|toward|towards|"
        r"closer))\b",
        unless=r"\b(?:lol|haha|vacation|holiday|trip|visit|photos?|beautiful|gorgeous|hike|"
        r"hiking|camping|climb\w*|surf\w*|swim\w*|view|sunset)\b",
    ),
    Rule(
        r"\b(?:nobody|no one|you|they|everyone|everybody|my (?:family|kids|parents|wife|"
        r"husband|partner)) (?:will|wont|will not|is going to|are going to|wont ever) "
        r"(?:ever )?(?:need|have) to (?:worry|deal) (?:about|with) me (?:after|anymore|any more|"
        r"much longer|soon|ever again|once)\b",
        unless=r"\b(?:job|raise|promotion|move in|moving|graduat\w*|license|licence|"
        r"apartment|car|insurance|healthier|surgery|recover\w*)\b",
    ),
    Rule(
        r"\b(?:made sure|making sure|make sure|sorted it so|arranged (?:it )?so) (?:that )?"
        r"(?:my |the |our )?(?:cat|cats|dog|dogs|pets?|bird|rabbit|fish|horse) (?:has|have|gets|"
        r"get|will have|goes to) (?:a )?(?:new |good |forever )?(?:home|owner|family)\b",
        unless=r"\b(?:allerg\w*|moving|landlord|lease|baby|new job|vacation|trip|holiday|"
        r"while|weekend|sitter)\b",
    ),
    # Not coming back, not being found.
    Rule(
        r"\b(?:<WANT>|easy|easier|wish|tempted|thinking about|thought about|dream of|"
        r"fantasi\w+)\b(?: <W>){0,5} (?:and |to )?(?:just )?(?:never|not) (?:come|coming|go|"
        r"going) (?:back|home)(?: again| ever)?<END>|"
        r"\b(?:disappear|vanish|go away|walk away|leave|run away|drive off|walk off|"
        r"wander off)\b(?: <W>){0,3} (?:and )?(?:never|not) (?:be found|get found|be seen again|"
        r"be heard from again|turn up again)\b",
        unless=r"\b(?:vacation|holiday|trip|paris|beach|island|italy|mexico|spain|europe|"
        r"mountains|lol|haha|job|work|office|city|town|country|move|moving|party)\b",
    ),
    Rule(
        r"\b(?:never|not|without) having to (?:wake up|exist|be here|live|breathe|be alive|"
        r"face (?:another day|tomorrow|anything|anyone|the world)|feel anything)\b"
        r"(?! (?:early|at|for|on|before|to|with|alone|by))",
        unless=r"\b(?:early|alarm|commute|shift|weekend|saturday|sunday|holiday|vacation|"
        r"retire\w*)\b",
    ),
    Rule(
        r"\b(?:go to sleep|fall asleep|sleep|drift off) and (?:just )?(?:stay asleep|"
        r"stay that way|never get up|not get up|stay there|not come back)\b|"
        r"\bstay asleep (?:forever|for good|for ever|permanently)\b"
    ),
    Rule(
        r"\b<WANT>\b(?: <W>){0,4} (?:everything|it all|the world|the lights|my world|it|"
        r"all of it|life) (?:to )?(?:just )?(?:go|goes|fade|fades|turn|turns|went) "
        r"(?:black|dark|out)(?: forever| for good| permanently|<END>)|"
        r"\b<WANT>\b(?: <W>){0,4} (?:everything|it all|the world|my world|it|all of it|"
        r"my head|my brain|life) (?:to )?(?:just )?(?:go|goes|fade|fades|turn|turns|went) "
        r"(?:quiet|silent|away|to nothing|to black) (?:forever|for good|permanently)\b"
    ),
    # Others managing without the writer: said with any contraction.
    Rule(
        r"\b(?:would|will|could|theyd|theyll|shed|hed|youd|youll|wed|itd|everyoned|d|ll)\b"
        r"(?: (?!(?:not|never)\b)\w+){0,3} (?:manage|cope|move on|be fine|be okay|be ok|"
        r"be better|do fine|do better|get by|carry on|be happier|get over it|survive|thrive|"
        r"be relieved|be lighter|breathe easier|sleep better)\b(?: \w+){0,3} without me\b"
        r"(?! (?:at|for|on|in|during|this|tonight|today|tomorrow|while|when|until)\b)",
        unless=r"\b(?:meeting|party|trip|shift|game|weekend|dinner|lunch|class|team|"
        r"project|office|work|vacation|holiday|concert|match)\b",
    ),
    Rule(
        r"\b(?:my (?:family|kids|children|wife|husband|partner|parents|friends)|everyone|"
        r"everybody|they|people|nobody|no one|she|he) (?:would|d|could|theyd|shed|hed|"
        r"everyoned)(?: (?:all|probably|eventually|quickly|soon|easily|just))* get over "
        r"(?:it|me|my death|losing me|my being gone|me being gone)(?: eventually| quickly| soon|"
        r"| in time| fast| pretty fast)?(?= \.|$| eventually| quickly| soon| in time| fast)"
    ),
    Rule(
        r"\bwithout me\b(?: <W>){0,3} (?:everything|everyone|everybody|they|things|life|the world|"
        r"it all|my family|the kids|my kids|their lives|her life|his life) (?:would|will|could|"
        r"d|ll) (?:be|go|get|run|work|finally)\b(?! (?:to|on|at) (?:the|this|that|work)\b)",
        unless=r"\b(?:meeting|party|trip|shift|game|weekend|dinner|lunch|class|team|project|"
        r"office|work|vacation|holiday|concert|match|tonight|today)\b",
    ),
    Rule(
        r"\bbetter off (?:not having to|without having to|if they didnt have to|never having "
        r"to) (?:deal with|take care of|look after|worry about|carry|support|put up with|"
        r"handle|care for) me\b"
    ),
    Rule(
        r"\b(?:hope|hoping|hoped|wish|wishing|pray|praying)\b(?: that)? (?:the|my|this|our) "
        r"(?:plane|flight|car|bus|train|boat|ferry|elevator|taxi|uber) (?:just )?(?:crashes|"
        r"crash|goes down|sinks|derails|would crash|will crash|crashed|went down)\b|"
        r"\b(?:hope|hoping|wish|pray|praying) (?:that )?i (?:get|got|would get|will get|end up) "
        r"(?:in|into) (?:an |a )?(?:accident|crash|car accident|car crash)\b|"
        r"\b(?:hope|hoping|wish|pray|praying) (?:that )?i (?:dont|do not|never|wont) "
        r"(?:survive|come out of|make it through|wake up from|wake up after)\b"
    ),
    Rule(
        r"\b(?:paid off|paying off|pay off|settled|settling|cleared|clearing|closed|closing|"
        r"cancelled|canceled|cancelling|canceling|sorted|sorting)\b[^.]{0,50}?\bso (?:that )?"
        r"(?:my \w+|nobody|no one|they|she|he|no one else|nobody else|the kids|my kids|"
        r"my family) (?:wont|will not|doesnt|dont|wouldnt|never|has nothing|have nothing)"
        r"(?: ever)? (?:have|need|get stuck|be stuck|inherit|to deal|left)\b"
        r"(?: <W>){0,4} (?:to (?:deal|pay|sort|worry|handle|clean)|debts?|bills?|mess|"
        r"with it|with anything|after)\b",
        unless=r"\b(?:move|moving|wedding|divorce|mortgage refinanc\w*|baby|house hunting|"
        r"new job|budget)\b",
    ),
    Rule(
        r"\bonly one way (?:this|it|this all|my story|things|all this|my life) (?:ends|is going "
        r"to end|is gonna end|will end|can end|could end)\b|\b(?:this|it) (?:only )?ends one way\b"
    ),
    Rule(
        r"\b(?:im|i am|i|ill|im gonna|im going to|going to|gonna|planning to|finally)"
        r"(?: (?:think|really|finally|actually|just))* (?:going to |gonna |will |ll )?do it "
        r"(?:tonight|this weekend|tomorrow night|this week|soon|today|on (?:friday|saturday|"
        r"sunday|monday|tuesday|wednesday|thursday)|while (?:they|everyone|she|he) (?:sleep|"
        r"sleeps|are asleep|is asleep|are away|is away))\b",
        unless=r"\b(?:homework|essay|laundry|dishes|taxes|assignment|report|workout|exercise|"
        r"call|presentation|meditation|meditate|journal|journaling|practice|worksheet|"
        r"breathing|yoga|run|paperwork|cleaning|clean|shopping|it tomorrow morning|"
        r"exercise|form|application|email|test|quiz|project|reading|chores?)\b",
    ),
    Rule(
        r"\b(?:took|take|taking|got|get|getting|pulled|brought) (?:the |my |his |her |dads |"
        r"my dads |a )?(?:gun|pistol|bullets|ammo|ammunition|rifle|shotgun|revolver|handgun) "
        r"(?:out|down|from)\b",
        unless=r"\b(?:hunting|hunt|range|clean|cleaning|sell|selling|store|storing|locked|"
        r"lock|safe keeping|police|cops|turn in|gave (?:it|them) to)\b",
    ),
    Rule(
        r"\b(?:know|knew|decided|figured out|picked|chosen|chose|worked out|planned) "
        r"(?:exactly )?(?:how|where|when|which)\b(?: <W>){1,5} (?:to |ill |i will |i would |"
        r"id )?do it\b",
        unless=r"\b(?:homework|essay|laundry|dishes|taxes|assignment|report|workout|exercise|"
        r"presentation|meditation|project|paint|painting|recipe|cook|cooking|bake|tattoo|"
        r"propose|proposal|surprise|party|wedding|move|moving)\b",
    ),
    Rule(
        r"\b(?:took|take|taking|swallowed|swallow|downed|popped)\b(?: <W>){0,3} (?:extra|more|"
        r"too many|double|triple|a few extra|some extra|a bunch of)(?: <W>){0,2} <DRUG>\b"
        r"[^.]{0,50}?\b(?:to see what|see what (?:would|will|happens)|on purpose|hoping|hoped|"
        r"so i wouldnt|not to wake|didnt care|dont care|wouldnt mind|just to see|"
        r"to make it stop|to not feel|to sleep forever)\b",
        unless=r"\b(?:headache|migraine|pain from|back pain|cramps|cold|flu|allergies|"
        r"doctor said|as told|as prescribed)\b",
    ),
    Rule(
        r"<START>(?:its|it is|nothing is|none of it is|none of this is|this isnt|"
        r"its just not|its not|life isnt|life is not) (?:really |just )?(?:not )?worth it "
        r"(?:anymore|any more)(?= \.|$)"
    ),
    Rule(
        r"\b(?:tired|sick|exhausted|done) of (?:fighting|trying|struggling|holding on|hanging on|"
        r"surviving)(?! (?:with|for|about|over|against|to|the|my|our|her|his|their)\b)"
        r"(?: (?:this|it|so hard|every day|anymore|any more|all the time))?"
        r"[^.]{0,30}?\b(?:let go|give up|giving up|stop|end|over|done|quit)\b"
    ),
    Rule(
        r"\blet go of (?:life|living|this life|everything|it all|the world|this world|"
        r"my life|the rope|the railing|the edge)\b|\blet go (?:for good|forever|once and "
        r"for all)\b|\b(?:ready|want|wanna|going|time) to (?:just )?stop fighting<END>",
        unless=r"\b(?:control|perfection|expectations|past|grudge|ego|resentment|worry|"
        r"anxiety|fear|attachment|outcome)\b",
    ),
    Rule(
        r"\b(?:list|lists|note|notes|decided|deciding|figuring out|sorted out|wrote down) "
        r"(?:of )?who (?:gets|should get|will get|gets to have|inherits) what\b",
        unless=r"\b(?:divorce|split|separation|grandma|grandpa|grandmother|grandfather|"
        r"estate sale|her things|his things|their things|yard sale|garage sale|game|toys|"
        r"christmas|dinner|chores?|party|holiday|thanksgiving|potluck|team|secret santa)\b",
    ),
    Rule(
        r"\b(?:said|saying|say) goodbye to (?:people|everyone|everybody|them|my \w+|"
        r"each of them|the people i love) in (?:little|small|quiet|my own|subtle|secret|"
        r"tiny|private) ways\b"
    ),
    Rule(
        r"\b(?:knowing|thinking|feeling|in case|like|as if|because|since) (?:it|this|that|"
        r"tonight|today) (?:might|may|could|would|will|was|is) (?:be )?(?:the|my) (?:last|"
        r"final) time\b|\b(?:the|my) (?:last|final) time (?:i|ill|i will|im going to|"
        r"theyll|they will|she will|he will|shell|hell|youll|you will|anyone will) (?:ever )?"
        r"(?:see|hug|hold|kiss|hear|talk to|tuck in|speak to|write to|see me|hear from me)\b",
        unless=r"\b(?:move|moving|trip|flight|graduat\w*|sold|closing|last day|job|semester|"
        r"season|concert|tour|before (?:she|he|they|it) (?:died|passed|left|moved)|"
        r"hospice|passed|funeral|deploy\w*|school|camp|retire\w*|visit|visiting|vacation)\b",
    ),
    Rule(
        r"\b(?:dont|do not|wouldnt|would not|doesnt|didnt|did not|no longer) (?:even |really )?"
        r"care (?:if|whether) (?:i|my heart|my body|my liver|my kidneys) (?:die|died|dies|stop|"
        r"stops|stopped|give out|gives out|gave out|fail|fails|live|lived|wake up|woke up|"
        r"make it|survive|never wake|dont wake|didnt wake|od|overdose|crash|get hit|drown|"
        r"bleed out|pass out and)\b"
    ),
    Rule(
        r"\b(?:at peace|peaceful|calm|ready|okay|ok|fine|settled) (?:with|about) what "
        r"(?:im going to|i am going to|im gonna|ill|i will|i have to|i need to|i must|"
        r"ive decided to|i decided to) do(?= \.|$| now| tonight| soon)",
        unless=r"\b(?:job|work|quit|move|school|college|divorce|relationship|boss|house)\b",
    ),
]

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

PHRASES = ENGLISH + OBLIQUE_ENGLISH + SPANISH + OBLIQUE_SPANISH + BACKSTOP

# Idioms and hyperbole a rule would otherwise catch: a match overlapping one is let go.
IDIOMS = [
    r"\b(?:die|died|dying|dies) (?:of|from) (?:embarrassment|shame|laughter|laughing|boredom|"
    r"cuteness|happiness|joy|excitement|cringe|curiosity|envy|jealousy|hunger|thirst|heat|"
    r"exhaustion)\b",
    r"\bdie laughing\b",
    r"\brather (?:die|be dead) than (?:eat|wear|sing|dance|watch|listen to|admit|ask|cook|"
    r"clean|give (?:a|another) (?:speech|talk|presentation)|do karaoke|sit through|be seen|"
    r"go to (?:the|that|another|a) (?:party|meeting|gym|dentist|wedding|mall|office|class)|"
    r"call|talk to|speak in|drink|get up early|miss|lose to|fly|take the bus)\b",
    # Any everyday chore said so; never a life to go on with ("rather die than go on").
    r"\brather (?:die|be dead) than (?:go back to|work (?:at|for|with)|deal with|sit in|"
    r"spend (?:another|an|a) (?:hour|day|evening|weekend|minute) (?:at|in|with) |"
    r"wait in|stand in|eat at|work another|do (?:this|that|another) (?:job|shift|report|"
    r"meeting|presentation|class|exam|dance|workout))(?! (?:life|living|this life|"
    r"existing|being alive|feeling this|the pain|this pain)\b)",
    r"\b(?:old|former|past|previous|false|small|little|anxious|scared|fearful|ego) "
    r"(?:self|me|ego|identity|version of me|habits|patterns|story|selves)\b"
    r"(?: <W>){0,3} (?:die|died|dying|to die)\b",
    r"\bego (?:death|dissolution|died|dies|dying|to die)\b",
    r"\bmorir(?:me|se)? (?:de|por) (?:la |el )?(?:hambre|sueno|risa|frio|calor|verguenza|ganas|"
    r"aburrimiento|amor|envidia|nervios|cansancio|curiosidad)\b",
    r"\bcort(?:arme|ar|e|o|aba)? (?:el|la|las|los|un|una|mi) (?:pelo|cabello|unas|flequillo|"
    r"fleco|barba|dedo|poco)\b",
    r"\bmiedo (?:a|de) morir(?:me)?\b",
    r"\bdie happy\b|\bdie a happy\b",
    r"\bkill(?:ing)? <SELF> (?:at (?:the gym|work)|with (?:work|workouts|training|studying|cardio)|"
    r"to (?:finish|meet|get|make|keep up|pay|impress))\b",
    r"\bburden (?:has|had|was|is) (?:been )?(?:lifted|removed|gone)\b|\bburden off\b",
    r"\b(?:scared|afraid|worried|nervous|careful) (?:of |about |not to )?(?:accidentally )?"
    r"(?:overdos\w+|od)\b",
]

NEGATIONS = {
    "not",
    "never",
    "no",
    "nor",
    "neither",
    "dont",
    "doesnt",
    "didnt",
    "isnt",
    "wasnt",
    "arent",
    "werent",
    "wont",
    "wouldnt",
    "havent",
    "hasnt",
    "hadnt",
    "shouldnt",
    "aint",
    "without",
    "zero",
    "stopped",
    "quit",
    "nunca",
    "jamas",
    "ni",
    "tampoco",
    "sin",
    "ningun",
    "ninguna",
    "ninguno",
    "cero",
}
# Negations that deny only when followed by "of"/"from": "free of self-harm".
NEGATIONS_BEFORE_OF = {"free", "clean", "libre", "limpio", "limpia"}
# "don't know", "not sure", "never told anyone": doubt or secrecy, which the care team
# should hear about.
NOT_A_DENIAL_WHEN_FOLLOWED_BY = {
    "know",
    "sure",
    "care",
    "mind",
    "tell",
    "told",
    "say",
    "said",
    "admit",
    "admitted",
    "mention",
    "mentioned",
    "share",
    "shared",
    "one",
    "body",
    "matter",
    "doubt",
    "wonder",
    "joke",
    "lie",
    "idea",
    "se",
    "puedo",
    "dicho",
    "contado",
    "caring",
}
# "I don't think I can go on" is a hedge; "I don't think about it anymore" is a denial.
_THINK = {"think", "believe", "feel", "creo"}
_HEDGE_ADVERBS = {"even", "really", "just", "so", "quite", "that", "too", "actually", "realmente"}
# Before a negation these undo it: "I'm scared I won't stop myself", and, themselves
# denied, "I can't promise I won't hurt myself" ("I promise I would never" still denies).
_UNDOES_A_LATER_NEGATION = {"unsure", "afraid", "scared", "worried", "idk"}
_UNDOES_WHEN_DENIED = {"promise", "sure", "guarantee", "know", "swear"}
NEGATION_REACH = 6  # words before the phrase a negation may stand
_NEAR = 8  # words after a phrase (three before it) where an exception to it may stand
# How far back the person a phrase is about may stand ("my friend said she wants to die",
# "a movie about a suicide"); further back, in a run-on entry, it belongs to another clause.
_ABOUT_REACH = 5
_ABOUT_BREAKS = {"and", "but", "so", "then", "anyway", "because", "y", "pero", "luego", "porque"}
# Between a negation and the phrase it denies stand only words like these ("I have never
# really thought about", "no estoy pensando en"); any other word means the negation belongs
# to another verb ("no tengo trabajo quiero morir", "didnt eat lunch want to die").
_LEAD_IN = {
    "i",
    "im",
    "id",
    "ive",
    "really",
    "even",
    "ever",
    "actually",
    "truly",
    "honestly",
    "seriously",
    "currently",
    "want",
    "wanna",
    "wanted",
    "wish",
    "wished",
    "think",
    "thinking",
    "thought",
    "thoughts",
    "plan",
    "planning",
    "planned",
    "intend",
    "intending",
    "intention",
    "intentions",
    "going",
    "gonna",
    "to",
    "about",
    "of",
    "have",
    "had",
    "has",
    "having",
    "any",
    "urges",
    "urge",
    "feel",
    "feeling",
    "felt",
    "like",
    "am",
    "be",
    "been",
    "being",
    "will",
    "would",
    "do",
    "does",
    "did",
    "mean",
    "just",
    "so",
    "all",
    "more",
    "anymore",
    "again",
    "the",
    "a",
    "an",
    "plans",
    "desire",
    "need",
    "try",
    "tried",
    "trying",
    "considering",
    "considered",
    "consider",
    "once",
    "longer",
    "at",
    "in",
    "my",
    "life",
    "whole",
    "entire",
    "single",
    "one",
    "ideas",
    "idea",
    "was",
    "were",
    "is",
    "are",
    "risk",
    "danger",
    "that",
    "this",
    "kind",
    "sort",
    "much",
    "way",
    "gotten",
    "got",
    "anything",
    "slightest",
    "remotely",
    "me",
    "te",
    "se",
    "lo",
    "la",
    "le",
    "les",
    "nos",
    "ya",
    "he",
    "ha",
    "hemos",
    "han",
    "habia",
    "estoy",
    "estaba",
    "voy",
    "iba",
    "pienso",
    "pensado",
    "pensando",
    "pensaria",
    "en",
    "quiero",
    "queria",
    "quisiera",
    "tengo",
    "tenido",
    "ganas",
    "de",
    "intencion",
    "planes",
    "deseo",
    "pensamientos",
    "mas",
    "nunca",
    "jamas",
    "tampoco",
    "siquiera",
    "para",
    "nada",
    "siento",
    "sentia",
    "sentido",
    "hago",
    "soy",
    "era",
    "sido",
    "hice",
    "haria",
    "hecho",
    "hacer",
}
# A negation's reach ends at these: "I'm not okay and I want to die".
_SCOPE_BREAKS = {
    "and",
    "but",
    "so",
    "because",
    "cause",
    "then",
    "though",
    "although",
    "however",
    "y",
    "pero",
    "porque",
    "que",
    "sino",
    "aunque",
    "entonces",
    "i",
    "yo",
}

# Who a phrase is about: the nearest of these before it decides.
_SELF_WORDS = {
    "i",
    "im",
    "ive",
    "id",
    "ill",
    "me",
    "my",
    "myself",
    "mine",
    "yo",
    "mi",
    "mis",
    "conmigo",
    "quiero",
    "quisiera",
    "estoy",
    "tengo",
    "soy",
    "siento",
    "pienso",
    "pense",
    "puedo",
    "aguanto",
    "voy",
    "necesito",
    "prefiero",
    "intente",
    "busque",
    "compre",
}
_OTHER_WORDS = {
    "he",
    "she",
    "they",
    "hes",
    "shes",
    "theyre",
    "theyve",
    "hed",
    "shed",
    "theyd",
    "him",
    "his",
    "her",
    "hers",
    "them",
    "their",
    "theirs",
    "himself",
    "herself",
    "themselves",
    "people",
    "someone",
    "somebody",
    "person",
    "man",
    "woman",
    "guy",
    "girl",
    "boy",
    "friend",
    "friends",
    "mom",
    "moms",
    "mother",
    "mothers",
    "dad",
    "dads",
    "father",
    "fathers",
    "parent",
    "parents",
    "brother",
    "brothers",
    "sister",
    "sisters",
    "son",
    "sons",
    "daughter",
    "daughters",
    "uncle",
    "uncles",
    "aunt",
    "aunts",
    "cousin",
    "cousins",
    "grandma",
    "grandmas",
    "grandmother",
    "grandpa",
    "grandpas",
    "grandfather",
    "nephew",
    "niece",
    "husband",
    "husbands",
    "wife",
    "wifes",
    "partner",
    "partners",
    "boyfriend",
    "girlfriend",
    "ex",
    "coworker",
    "coworkers",
    "colleague",
    "colleagues",
    "boss",
    "neighbor",
    "neighbors",
    "classmate",
    "classmates",
    "roommate",
    "roommates",
    "client",
    "clients",
    "patient",
    "patients",
    "character",
    "characters",
    "protagonist",
    "actor",
    "celebrity",
    "singer",
    "movie",
    "movies",
    "film",
    "films",
    "show",
    "series",
    "episode",
    "book",
    "novel",
    "story",
    "documentary",
    "podcast",
    "song",
    "songs",
    "lyrics",
    "lyric",
    "line",
    "article",
    "news",
    "video",
    "post",
    "lecture",
    "class",
    "training",
    "group",
    "poem",
    "play",
    "album",
    "doctor",
    "therapist",
    "nurse",
    "pharmacist",
    "pharmacists",
    "vet",
    "dentist",
    "surgeon",
    "paramedic",
    "paramedics",
    "farmaceutico",
    "farmaceutica",
    "enfermera",
    "enfermero",
    "medico",
    "medica",
    "doctora",
    "terapeuta",
    "psychiatrist",
    "clinician",
    "coach",
    "teacher",
    "student",
    "students",
    "ella",
    "ellos",
    "ellas",
    "su",
    "sus",
    "amigo",
    "amiga",
    "amigos",
    "amigas",
    "tio",
    "tia",
    "hermano",
    "hermana",
    "padre",
    "madre",
    "mama",
    "papa",
    "hijo",
    "hija",
    "primo",
    "prima",
    "abuelo",
    "abuela",
    "esposo",
    "esposa",
    "novio",
    "novia",
    "pareja",
    "vecino",
    "vecina",
    "companero",
    "companera",
    "jefe",
    "paciente",
    "personaje",
    "gente",
    "alguien",
    "persona",
    "pelicula",
    "serie",
    "libro",
    "documental",
    "cancion",
    "noticia",
    "noticias",
    "articulo",
    "hombre",
    "mujer",
    "chico",
    "chica",
    "senor",
    "senora",
    "nino",
    "nina",
    "joven",
    "vecinos",
}

# Set in the long past and said to be over: not a present risk.
_LONG_PAST = re.compile(
    r"\b(?:used to|years ago|months ago|a long time ago|long ago|back then|"
    r"back in (?:the day|high school|college|\d+)|in the past|"
    r"when i was (?:younger|young|a kid|a child|a teen|a teenager|in (?:high school|college|"
    r"my teens|my twenties|school))|as a (?:kid|child|teen|teenager)|"
    r"in (?:high school|college|my teens|my twenties|my 20s)|"
    r"before (?:ketamine|treatment|therapy|my (?:first )?(?:session|treatment)|"
    r"the (?:program|sessions|treatment))|(?:19|20)\d\d|solia|"
    r"hace (?:anos|mucho|tiempo|meses|un ano|dos anos|varios anos)|en el pasado|"
    r"cuando era (?:joven|nino|nina|adolescente|chic[oa])|de (?:joven|adolescente|nino|nina)|"
    r"en la (?:prepa|secundaria|universidad)|antes(?! (?:de|que|del)\b))\b"
)
_OVER_NOW = re.compile(
    r"(?<!not )(?<!no )(?<!dont )(?<!nunca )(?<!never )"
    r"\b(?:not anymore|no longer|(?:dont|do not) (?:feel|think|want) (?:that|like that|it|"
    r"this|to die|to anymore)? ?(?:anymore|any more|now|these days)|dont anymore|"
    r"not (?:these days|now|today)|(?:those|these|the) (?:days|thoughts|feelings|urges) "
    r"are (?:gone|over|behind me|in the past|long gone)|(?:is|are|its|thats) (?:all )?behind me|"
    r"(?:havent|have not|hadnt)\b[^.!?]{0,40}\b(?:since|in (?:years|months|\d+|a long time))|"
    r"(?:im|i am|ive been|been) (?:so |much |really |finally |now )?(?:clean|free|safe|stable|"
    r"sober|in a good place|doing (?:well|great|better|good)|recovered)|"
    r"(?:ive been|been|im|i am) (?:okay|ok|fine|good|well|better) (?:for|since) "
    r"(?:a long time|years|months|ages|a while|\d+)|"
    r"(?:want|choose|chose|decided) to live|glad (?:im|to be|i am) alive|"
    r"glad i (?:stayed|survived|didnt)|grateful (?:to be|im|i am) alive|happy to be alive|"
    r"(?:now|today) i (?:feel|am|m) (?:safe|hopeful|alive|okay|ok|good|better|happy)|"
    r"ya no (?:me (?:corto|lastimo|hago dano)|pienso en|quiero morir|tengo (?:esas|esos))|"
    r"ahora (?:estoy|me siento|quiero vivir|soy feliz|tengo ganas de vivir)|"
    r"hoy (?:estoy bien|me siento bien|quiero vivir)|quiero vivir|"
    r"estoy (?:bien|a salvo|mejor|estable|limpi[oa])|llevo\b[^.!?]{0,30}\b(?:sin|limpi[oa])|"
    r"me alegra (?:estar|seguir) viv[oa]|agradecid[oa] de (?:estar|seguir) viv[oa]|"
    r"(?:eso|todo eso) (?:ya )?(?:quedo|esta|es cosa del) (?:atras|pasado)|ya (?:paso|"
    r"quedo atras))\b"
)
# Said to be back, whatever else is said to be better: not resolved.
_BACK_AGAIN = re.compile(
    r"\b(?:again|are back|is back|came back|coming back|come back|lately|recently|these days|"
    r"still|creeping back|returning|returned|volvieron|han vuelto|otra vez|de nuevo|ultimamente|"
    r"todavia|aun)\b"
)
# "asked if I had thoughts of suicide and I said no".
_ANSWERED_NO = re.compile(
    r"^[^.!?]{0,30}?\b(?:i|and i) (?:said|answered|replied|told (?:her|him|them)) no\b"
)

# Shorthand, as typed on a phone.
_SHORTHAND = {
    "idk": "i dont know",
    "idc": "i dont care",
    "ngl": "not gonna lie",
    "tbh": "to be honest",
    "rn": "right now",
    "u": "you",
    "ur": "your",
    "cuz": "because",
    "coz": "because",
    "bc": "because",
    "bcuz": "because",
    "tho": "though",
    "wnat": "want",
    "wamt": "want",
    "wnt": "want",
    "dnt": "dont",
    "ima": "im gonna",
    "imma": "im gonna",
    "gunna": "gonna",
    "gona": "gonna",
    "rly": "really",
    "rlly": "really",
    "realy": "really",
    "anymor": "anymore",
    "nomore": "no more",
    "every1": "everyone",
    "some1": "someone",
    "no1": "no one",
    "ppl": "people",
    "b4": "before",
    "2nite": "tonight",
    "tonite": "tonight",
    "2day": "today",
    "2morrow": "tomorrow",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "shd": "self harmed",
    "ded": "dead",
    "kiero": "quiero",
    "qiero": "quiero",
    "kero": "quiero",
    "qero": "quiero",
    "kisiera": "quisiera",
    "q": "que",
    "k": "que",
    "ke": "que",
    "xq": "porque",
    "pq": "porque",
    "xk": "porque",
    "pk": "porque",
    "tb": "tambien",
    "tmb": "tambien",
    "aki": "aqui",
    "mrir": "morir",
    "idw": "i dont want",
    "idwt": "i dont want to",
    "idek": "i dont even know",
    "wtd": "want to die",
    "whant": "want",
    "wan": "want",
    "toy": "estoy",
    "tas": "estas",
    "pa": "para",
    "d": "de",
    "x": "por",
    "boutta": "about to",
    "bout": "about",
    "abt": "about",
    "finna": "going to",
    "tryna": "trying to",
    "lemme": "let me",
    "prolly": "probably",
    "tn": "tonight",
    "b": "be",
    "w": "with",
    "n": "and",
    "m": "me",
    "t": "te",
    "thinkin": "thinking",
    "killin": "killing",
    "dyin": "dying",
    "livin": "living",
    "goin": "going",
    "tryin": "trying",
    "wantin": "wanting",
    "cuttin": "cutting",
    "hurtin": "hurting",
    "endin": "ending",
    "jumpin": "jumping",
    "nothin": "nothing",
    "aora": "ahora",
    "vdd": "verdad",
    "quero": "quiero",
}
# Key words whose one-letter slips ("sucidal", "matrme") are read as the word; real words
# one letter away stay what they are.
_SLIP_PRONE = (
    "myself",
    "suicide",
    "suicidal",
    "suicidio",
    "suicidarme",
    "overdose",
    "unalive",
    "anymore",
    "matarme",
    "morirme",
    "hopeless",
)
_NOT_SLIPS = {
    "overdone",
    "suicides",
    "suicida",
    "suicido",
    "suicidas",
    "matarte",
    "matarse",
    "matarle",
    "matarlo",
    "matarla",
    "morirse",
    "morirte",
    "hopeful",
    "edad",
    "ned",
    "ide",
    "wnated",
    "lives",
    "liver",
    "quieto",
    "muerte",
    "muerto",
    "muerta",
    "muertos",
    "muertas",
    "muera",
    "muero",
    "muere",
    "mueres",
    "mueran",
    "mueren",
    "pastilla",
    "despedido",
    "despida",
    "quiera",
    "tied",
    "exit",
    "mata",
    "ding",
    "pint",
    "sleepy",
    "worthy",
    "asleep",
    "tried",
    "pill",
    "cargar",
    "despertara",
    "overdosed",
    "suicidar",
    "hurts",
    "alike",
    "deaths",
    "wished",
    "sleeps",
    "slept",
}
_LEET = str.maketrans("013457", "oieast")
# The words a typo is read as. Swapped letters are read in any of them; a letter dropped
# or doubled only in the longer ones, where few real words lie one letter away (those few
# are listed in _NOT_SLIPS).
_TYPO_TARGETS = {
    "die",
    "dead",
    "kill",
    "want",
    "wanna",
    "life",
    "live",
    "self",
    "end",
    "hurt",
    "harm",
    "cut",
    "wish",
    "pills",
    "alive",
    "death",
    "dying",
    "sleep",
    "wake",
    "exist",
    "myself",
    "suicide",
    "suicidal",
    "anymore",
    "overdose",
    "killing",
    "living",
    "hopeless",
    "goodbye",
    "forever",
    "disappear",
    "burden",
    "nobody",
    "everyone",
    "without",
    "better",
    "worth",
    "point",
    "reason",
    "tired",
    "unalive",
    "quiero",
    "morir",
    "matar",
    "vivir",
    "vida",
    "muerte",
    "muerto",
    "muerta",
    "carga",
    "cuerda",
    "soga",
    "morirme",
    "matarme",
    "suicidarme",
    "suicidio",
    "quitarme",
    "despido",
    "aguanto",
    "pastillas",
    "cortarme",
    "desaparecer",
    "despedida",
    "despertar",
    "existir",
    "nadie",
    "siempre",
}
_LONG_TYPO_TARGETS = tuple(sorted(word for word in _TYPO_TARGETS if len(word) >= 5))

_QUOTE = "«"
# A sentence break guessed from a capital ("end it Anyway"): it ends a phrase like a full
# stop, but an exception just past it still counts ("how tall the Eiffel Tower is for my
# son's homework"), as the capital may only be a name.
_SOFT_BREAK = "\u00a6"
# A film, song or article is what a phrase is about only when linked to it: "a movie about
# a suicide", "the song goes"; "reading a book and wanting to die" is the writer.
_MEDIA_WORDS = {
    "movie",
    "movies",
    "film",
    "films",
    "show",
    "series",
    "episode",
    "book",
    "novel",
    "story",
    "documentary",
    "podcast",
    "song",
    "songs",
    "lyrics",
    "lyric",
    "line",
    "article",
    "news",
    "video",
    "post",
    "lecture",
    "class",
    "training",
    "group",
    "poem",
    "play",
    "album",
    "pelicula",
    "serie",
    "libro",
    "documental",
    "cancion",
    "noticia",
    "noticias",
    "articulo",
}
_ABOUT_WORDS = {
    "about",
    "on",
    "of",
    "where",
    "called",
    "titled",
    "says",
    "goes",
    "said",
    "sings",
    "depicts",
    "showed",
    "shows",
    "featured",
    "features",
    "portrays",
    "that",
    "trataba",
    "trata",
    "sobre",
    "de",
    "donde",
    "dice",
    "decia",
    "que",
}
_SPANISH_PARTICIPLE = re.compile(r"(?:ado|ido|echo|icho|isto|uesto|ierto|elto|crito|oto)$")
_WORD = re.compile(r"[a-z0-9]+")
_SENTENCE_BREAK = "."


_MACROS["OTHER"] = "(?:" + "|".join(sorted(_OTHER_WORDS, key=len, reverse=True)) + ")"


def _whole_words_after(source: str) -> str:
    """Ends each "(?! (?:a|in|on))" exception at a word's end, so "a" does not refuse
    "anyway", nor "in" "into"."""
    marker = "(?! (?:"
    position = source.find(marker)
    while position >= 0:
        depth, index = 0, position + len(marker) - 3
        while True:
            char = source[index]
            if char == "\\":
                index += 2
                continue
            if char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
                if depth == 0:
                    break
            index += 1
        source = source[: index + 1] + r"\b" + source[index + 1 :]
        position = source.find(marker, index)
    return source


def _expand(source: str) -> str:
    for _ in range(3):  # macros nest (DEATH uses SELF and END)
        source = re.sub(r"<([A-Z_]+)>", lambda m: _MACROS[m.group(1)], source)
    return _whole_words_after(source)


def _compile(source: str) -> re.Pattern:
    """A rule that starts at a word starts after a space: the readings put one before
    every word, and a pattern that opens on a plain character is searched for far faster
    than one that opens on a word boundary."""
    source = _expand(source)
    if source.startswith(r"\b"):
        source = f" (?:{source})"
    return re.compile(source)


_RULES = [
    (_compile(rule.pattern), re.compile(rule.unless) if rule.unless else None) for rule in PHRASES
]
_IDIOMS = [re.compile(_expand(idiom)) for idiom in IDIOMS]


def _one_slip_apart(word: str, target: str) -> bool:
    """True when one letter added, dropped, changed or two swapped turn word into target."""
    if abs(len(word) - len(target)) > 1 or word == target:
        return False
    if len(word) == len(target):
        diffs = [i for i in range(len(word)) if word[i] != target[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and word[diffs[0]] == target[diffs[1]]
            and word[diffs[1]] == target[diffs[0]]
        )
    shorter, longer = sorted((word, target), key=len)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


@functools.lru_cache(maxsize=4096)
def _typo_fix(word: str) -> str:
    """The risk word a mistyped word stands for: two letters swapped ("wnat", "dei", "lfie"),
    a letter dropped or doubled in a long one ("livng", "morime"), any one slip in a few
    key words ("sucidal"). Only these words are aimed at, and real words are left alone, so
    "diet" never becomes "die" nor "shaving" "having"."""
    if word in _TYPO_TARGETS or len(word) < 3 or word in _NOT_SLIPS:
        return word
    if word.endswith("s") and (word[:-1] in _TYPO_TARGETS or word[:-2] in _TYPO_TARGETS):
        return word  # a plural, not a slip
    for i in range(len(word) - 1):
        swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if swapped in _TYPO_TARGETS:
            return swapped
    for target in _LONG_TYPO_TARGETS:
        if abs(len(target) - len(word)) == 1 and _one_slip_apart(word, target):
            return target
    if len(word) >= 5:
        for target in _SLIP_PRONE:
            if _one_slip_apart(word, target):
                return target
    return word


def _token(word: str) -> str:
    if word in _SHORTHAND:
        return _SHORTHAND[word]
    looks_leet = re.search(r"[a-z]", word) and re.search(r"[013457]", word)
    if looks_leet and not re.fullmatch(
        r"\d+(?:st|nd|rd|th|mg|ml|am|pm|s|x|k|g|h|min|hrs?|kg)", word
    ):
        word = word.translate(_LEET)
    if word.isalpha():
        return _typo_fix(word)
    return word


def _tokens(text: str, *, capitals_start_sentences: bool) -> list[str]:
    if capitals_start_sentences:
        # A capital after a lowercase word may start a sentence the writer did not close
        # ("I want to end it Anyway I made soup"); "I" is capitalised anywhere.
        text = re.sub(
            r"(?<=[a-z]) (?=[A-Z](?![A-Z'\u2019 ]|m\b|ve\b|d\b|ll\b))", f" {_SOFT_BREAK} ", text
        )
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    apostrophes = "'\u2019\u2018\u02bc`\u00b4"
    text = re.sub(rf"(?<=[a-z0-9])[{apostrophes}](?=[a-z])", "", text)
    text = re.sub(rf"[{apostrophes}\"\u201c\u201d\u201e\u00ab\u00bb]", f" {_QUOTE} ", text)
    text = re.sub(r"[.!?;\n\r\u2026]+", " . ", text)
    text = re.sub(r"[,:()\[\]\u2014\u2013]+", " , ", text)
    text = re.sub(rf"[^a-z0-9.,{_QUOTE}{_SOFT_BREAK}]+", " ", text)
    # Contractions typed apart ("don t", "i m"), or split by an apostrophe not listed above.
    text = re.sub(
        r"\b(i|don|can|won|isn|didn|doesn|wouldn|couldn|shouldn|wasn|weren|aren|haven|hasn|"
        r"hadn|ain|you|we|they|it|that|what|he|she|there) (t|m|s|d|ve|ll|re)\b",
        r"\1\2",
        text,
    )
    return " ".join(_token(word) for word in text.split()).split()


def _normalize(text: str) -> list[str]:
    """The text as tokens, in up to four readings: letters stretched for emphasis squeezed
    to two ("killlll" -> "kill") and to one ("dieeee" -> "die"), and with and without a
    sentence break before a capital that follows a lowercase word (a new sentence, or a
    name like "Tylenol")."""
    readings: list[str] = []
    for capitals_start_sentences in (False, True):
        tokens = _tokens(text, capitals_start_sentences=capitals_start_sentences)
        for squeeze in (r"\1\1", r"\1"):
            reading = " " + " ".join(re.sub(r"([a-z])\1{2,}", squeeze, word) for word in tokens)
            if reading not in readings:
                readings.append(reading)
    return readings


def _first_reading(text: str) -> str:
    """The first of the readings _normalize gives, alone."""
    tokens = _tokens(text, capitals_start_sentences=False)
    return " " + " ".join(re.sub(r"([a-z])\1{2,}", r"\1\1", word) for word in tokens)


def _negated(before: str, phrase: str) -> bool:
    """Whether a negation stands shortly before the phrase, in its clause."""
    words = before.split()
    scope = []
    for word in reversed(words):
        if word in {".", ",", _QUOTE}:
            break
        scope.append(word)
        if word in _SCOPE_BREAKS or len(scope) >= NEGATION_REACH:
            break
    scope.reverse()
    for index in range(len(scope) - 1, -1, -1):
        word = scope[index]
        following = [w for w in scope[index + 1 :] + phrase.split() if w not in _HEDGE_ADVERBS]
        nxt = following[0] if following else ""
        if word in NEGATIONS_BEFORE_OF and nxt in {"of", "from", "de"}:
            return True
        if word not in NEGATIONS:
            continue
        if any(w not in _LEAD_IN for w in scope[index + 1 :]):
            continue
        if word == "no" and nxt in {"one", "body", "matter", "idea"}:
            continue
        if word in {"stopped", "quit"} and index and scope[index - 1] in {"cant", "cannot"}:
            continue
        if nxt in NOT_A_DENIAL_WHEN_FOLLOWED_BY:
            continue
        if nxt == "estoy" and len(following) > 1 and following[1].startswith("segur"):
            continue
        in_scope = [w for w in scope[index + 1 :] if w not in _HEDGE_ADVERBS]
        thinking = in_scope and in_scope[0] in _THINK
        if thinking and (len(in_scope) == 1 or in_scope[1] not in {"about", "of"}):
            continue
        earlier = words[: len(words) - len(scope) + index][-4:]
        if any(w in _UNDOES_A_LATER_NEGATION for w in earlier):
            continue
        doubted = [
            w
            for before_w, w in zip(earlier, earlier[1:], strict=False)
            if w in _UNDOES_WHEN_DENIED and before_w in NEGATIONS | {"cant", "cannot"}
        ]
        if doubted:
            continue
        return True
    return False


def _about_someone_else(text: str, start: int, matched: str) -> bool:
    """Whether the phrase is said of another person or of a film, book or song: the
    nearest person word before it, within the sentence, is not the writer."""
    if set(matched.split()) & _SELF_WORDS or re.search(r"\w+rme\b", matched):
        return False
    before = text[:start]
    quote = before.rfind(_QUOTE)
    if before.count(_QUOTE) % 2 == 1:
        before = before[:quote]
    words = before.split()[-_ABOUT_REACH:]
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word in {_SENTENCE_BREAK, ","} or word in _ABOUT_BREAKS:
            break
        if word in _SELF_WORDS:
            return False
        following = words[index + 1] if index + 1 < len(words) else matched.split()[0]
        if word == "he" and _SPANISH_PARTICIPLE.search(following):
            return False  # Spanish "he juntado": I have gathered
        if word in _MEDIA_WORDS:
            between = set(words[index + 1 :])
            if between & _ABOUT_WORDS:
                return True
            continue
        if word in _OTHER_WORDS:
            return True
    return False


def _sentence(text: str, start: int, end: int) -> str:
    left = text.rfind(f" {_SENTENCE_BREAK} ", 0, start)
    right = text.find(f" {_SENTENCE_BREAK} ", end)
    return text[left + 3 if left >= 0 else 0 : right if right >= 0 else len(text)]


def _resolved(text: str, start: int, end: int) -> bool:
    """A long-past risk the text says is over ("I used to cut; I've been clean for years")."""
    if not _LONG_PAST.search(_sentence(text, start, end)):
        return False
    rest = text[:start] + " " + text[end:]
    return bool(_OVER_NOW.search(rest)) and not _BACK_AGAIN.search(text)


def _near(text: str, start: int, end: int) -> str:
    """The words around a match, within its sentence: where an exception must stand to
    count ("cut myself shaving", "rope for the hammock", "an accidental overdose"). A long
    entry typed without full stops is one sentence, and a word far away in it says nothing
    about the phrase."""
    sentence_start = text.rfind(f" {_SENTENCE_BREAK} ", 0, start)
    sentence_end = text.find(f" {_SENTENCE_BREAK} ", end)
    before = text[sentence_start + 3 if sentence_start >= 0 else 0 : start].split()[-3:]
    after = text[end : sentence_end if sentence_end >= 0 else len(text)].split()[:_NEAR]
    return " ".join([*before, text[start:end], *after])


def _changed_parts(reading: str, first: str) -> list[tuple[int, int]]:
    """Where a further reading differs from the first: the sentences it reads otherwise,
    each with the sentence after it. Elsewhere it finds only what the first reading found,
    so a long entry is not read four times over."""
    breaker = f" {_SENTENCE_BREAK} "
    sentences, first_sentences = reading.split(breaker), first.split(breaker)
    if len(sentences) != len(first_sentences):
        return [(0, len(reading))]
    starts = [0]
    for sentence in sentences:
        starts.append(starts[-1] + len(sentence) + len(breaker))
    parts: list[tuple[int, int]] = []
    for index, (sentence, first_sentence) in enumerate(
        zip(sentences, first_sentences, strict=True)
    ):
        if sentence == first_sentence:
            continue
        last = min(index + 1, len(sentences) - 1)
        start, end = starts[index], starts[last] + len(sentences[last])
        if parts and start <= parts[-1][1]:
            parts[-1] = (parts[-1][0], end)
        else:
            parts.append((start, end))
    return parts


def _readings(text: str) -> list[tuple[str, list[tuple[int, int]]]]:
    """Each reading of the text with the parts of it that need reading."""
    readings = _normalize(text)
    return [(readings[0], [(0, len(readings[0]))])] + [
        (reading, _changed_parts(reading, readings[0])) for reading in readings[1:]
    ]


def _let_go(text: str, loose: str, start: int, end: int, unless: re.Pattern | None) -> bool:
    """Whether a phrase found is set aside: an exception near it, a negation, an answer of
    no, someone else's story, a long-resolved past."""
    return bool(
        (unless and unless.search(_near(loose, start, end)))
        or _negated(text[:start], text[start:end])
        or _ANSWERED_NO.search(text[end:])
        or _about_someone_else(text, start, text[start:end])
        or _resolved(text, start, end)
    )


def _matches_in(
    reading: str,
    parts: list[tuple[int, int]] | None = None,
    *,
    first_only: bool = False,
    let_go: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int, str]]:
    """The phrases found in a reading (in the given parts of it) and let stand; the spans
    of those set aside as idioms, denials and the like go to let_go."""
    text = reading.replace(_SOFT_BREAK, _SENTENCE_BREAK)
    loose = reading.replace(_SOFT_BREAK, " ")
    idioms = [m.span() for idiom in _IDIOMS for m in idiom.finditer(text)]
    found = []
    for pattern, unless in _RULES:
        for match in (
            m
            for pos, endpos in parts or [(0, len(text))]
            for m in pattern.finditer(text, pos, endpos)
        ):
            start, end = match.span()
            start += match.group(0).startswith(" ")
            if start >= end:
                continue
            if any(start < i_end and i_start < end for i_start, i_end in idioms) or _let_go(
                text, loose, start, end, unless
            ):
                if let_go is not None:
                    let_go.append((start, end))
                continue
            found.append((start, end, text[start:end]))
            if first_only:
                return found
    return found


# --- The model under the rules --------------------------------------------------------

# The labelled phrasings ship with the app, since the model learns from them at run time.
CORPUS_DIR = Path(__file__).resolve().parent / "crisis_data"
# What the model learns from. holdout2.json is never among them: it measures the screen on
# phrasings nobody tuned for.
TRAINING_CORPORA = ("corpus.json", "holdout.json")
# When the model is heard. Only on a sentence that names a theme of risk: a height, a
# means, a wound, a leave-taking, a burden. Never on the words of dying, killing and
# living themselves, whose plain uses the rules already read and whose idioms ("my phone
# died", "quiero vivir") a bag of words cannot tell from a wish. A sentence that touches
# such a theme only through a common word ("nobody", "ready", "done", "last") must be of
# some length and the model nearly certain: "nobody understands me" is low mood, not a
# plan. Both levels were chosen by five-fold cross-validation on the training corpora
# (tests/journals/crisis_corpus/README.md gives the figures).
MODEL_THRESHOLD = 0.9
LOOSE_THEME_THRESHOLD = 0.99
LOOSE_THEME_MIN_WORDS = 5
THEMES = re.compile(
    r"\b(?:"
    r"bridges?|overpass\w*|roofs?|rooftops?|ledges?|edge|cliffs?|balcon(?:y|ies)|"
    r"railings?|top floor|parking garage|quarry|buildings?|tracks|trains?|subway|"
    r"platforms?|traffic|highway|jump\w*|fall|falling|drop|water|river|lake|ocean|sea|"
    r"drown\w*|pills?|meds|medications?|painkillers|tablets|bottles?|prescriptions?|"
    r"refill\w*|overdos\w*|dose|doses|opioids|insulin|rope|belt|noose|knife|knives|"
    r"blade\w*|razor\w*|guns?|pistol|revolver|rifle|shotgun|firearm|weapon|ammo|bullets?|"
    r"trigger|cut|cuts|cutting|burn\w*|hurt\w*|harm\w*|bleed\w*|bled|blood|scars?|wounds?|"
    r"bruis\w*|punch\w*|knuckles|scratch\w*|starv\w*|goodbye\w*|farewell|letters?|notes?|"
    r"testament|insurance|funeral|burden\w*|without me|better off|rid of me|when im gone|"
    r"after im gone|passwords|disappear\w*|vanish\w*|forever|for good|staying alive|"
    r"stay alive|keep living|reasons? to stay|puentes?|vias|azoteas?|balcon|cornisa|"
    r"acantilado|tren|anden|edificio|saltar|vacio|rio|mar|pastillas|pildoras|medicamentos|"
    r"somniferos|calmantes|analgesicos|ansioliticos|frasco|caja entera|cuerda|soga|"
    r"pistola|revolver|escopeta|arma|balas|gatillo|cuchill\w*|navaja|cortes|corte|quem\w*|"
    r"golpe\w*|rasgu\w*|aranaz\w*|quemaduras|sangr\w*|cicatri\w*|despedi\w*|despedida|"
    r"adios|cartas?|testamento|contrasenas|carga|estorbo|sin mi|desaparecer|para siempre|"
    r"seguir viv[oa]"
    r")\b"
)
LOOSE_THEMES = re.compile(
    r"\b(?:"
    r"bye|last|final|cards?|will|weight|keys|gave|giving|give|away|plan|plans|planned|"
    r"ready|decided|decision|date|peace|gone|around|anymore|no more|nobody|no one|alone|"
    r"tonight|enough|end|ending|over|done|stop|exist\w*|wake|waking|asleep|keep going|"
    r"forgive|sorry|miss|caer|corto|pared|ultim[oa]|siempre|notas?|peso|nadie|irme|volver|"
    r"quedarme|seguir aqui|fecha|listo|lista|paz|acabe|acabar|terminar|termine|pare|"
    r"despertar|nunca mas|ya no"
    r")\b"
)
# Nor on a sentence set in an ordinary moment of a day (a party, a recipe, the gym, a trip,
# pills taken every morning): in quiet entries such words sit beside the risky ones far
# more often than in risky entries, where the rules, not the model, must do the reading.
ORDINARY_CONTEXT = re.compile(
    r"\b(?:"
    r"lol|lmao|haha\w*|jaja\w*|fun|funny|excited|exciting|yay|woo\w*|cant wait|vacation|"
    r"holiday|holidays|party|birthday|christmas|thanksgiving|easter|cabin|beach|concert|"
    r"recipe|cooking|cook|baking|turkey|lasagna|every morning|every day|every night|"
    r"per day|a day|as prescribed|como siempre|cada manana|cada dia|todos los dias|"
    r"vacaciones|fiesta|cumpleanos|navidad|finde|receta|cocinando|cocinar|hello|hola|"
    r"thesis|homework|chores|papeleo|grateful|gratitude|agradecid\w*|agradecimiento|"
    r"retiro|retreat|hike|hiking|swing|sunset|atardecer|semester|finals|exams?|deadline|"
    r"workday|workweek|school year|meeting|beautiful|gorgeous|lovely|bonit[oa]|"
    r"precios[oa]|bike ride|by bike|en bici|paseo|picnic|with friends|con amigos|hunting|"
    r"range|climbing|camping|sailing|fishing|gym|gimnasio|workout|class|clase|school|"
    r"escuela|colegio|office|oficina|job|trabajo|boss|jefe|taxes|tax|impuestos|barbecue|"
    r"bbq|grill|carne asada|kitchen|cocina|garden|gardening|jardin|podcast|movie|pelicula|"
    r"series|serie|novel|novela|game|partido|match|team|equipo|blood test|analisis|"
    r"dentist|dentista|haircut|corte de pelo|baby|bebe|wedding|boda|trip|viaje|travel\w*|"
    r"flight|vuelo|airport|aeropuerto|hotel|pool|piscina|alberca|skiing|sled\w*|pumpkin|"
    r"calabaza|garage sale|cover letter|resume|interview|entrevista|exam|examen|essay|"
    r"laundry|dishes|cleaning|limpiar|groceries|shopping|compras|store|tienda|mall|coffee|"
    r"cafe|tea|dinner|cena|lunch|comida|breakfast|desayuno|snacks?|dessert|postre|cake|"
    r"pastel|cookies|pizza|meme|tiktok|instagram|social media|redes|phone|movil|celular|"
    r"laptop|app|email|correo|traffic|trafico|commute|weather|rain|lluvia|sunburn\w*|"
    r"renovation|mudanza|moving|landlord|roommate|perfume|hot tub|gps|lottery|loteria|"
    r"melatonin\w*|vitamin\w*|allerg\w*|cazar|caza|me encanta|"
    r"i love|iluminad\w*"
    r")\b"
)
_NOT_WORDS = {_SENTENCE_BREAK, ",", _QUOTE, _SOFT_BREAK}


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(rf" \{_SENTENCE_BREAK}(?= |$)", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(start, end) for start, end in spans if text[start:end].strip()]


def _words(text: str) -> list[str]:
    return [word for word in text.split() if word not in _NOT_WORDS]


def _examples(risky: list[str], quiet: list[str]) -> list[tuple[list[str], bool]]:
    """Each sentence of a quiet phrasing, as quiet; for a risky one, the sentences the rules
    flag in it (a long entry's other sentences say nothing either way), or all of it when
    no rule does."""
    examples = []
    for text in quiet:
        reading = _first_reading(text)
        examples.extend((_words(reading[a:b]), False) for a, b in _sentence_spans(reading))
    for text in risky:
        reading = _first_reading(text)
        spans = _sentence_spans(reading)
        flagged = [
            (a, b)
            for a, b in spans
            if len(spans) == 1 or _matches_in(reading, [(a, b)], first_only=True)
        ]
        examples.extend((_words(reading[a:b]), True) for a, b in flagged or spans)
    return [(words, label) for words, label in examples if words]


def _training_examples() -> list[tuple[list[str], bool]]:
    examples = []
    for name in TRAINING_CORPORA:
        corpus = json.loads((CORPUS_DIR / name).read_text(encoding="utf-8"))
        examples += _examples(corpus["flag"], corpus["no_flag"])
    return examples


@functools.cache
def _model() -> crisis_model.Model:
    """Trained once per process, on first use, always to the same weights."""
    return crisis_model.train(_training_examples())


def _model_sentences(reading: str, let_go: list[tuple[int, int]]) -> list[str]:
    """The sentences the model would flag in a reading: only where the rules are silent (a
    phrase they set aside as an idiom, a denial or someone else's story keeps the model out
    of that sentence too), only on a theme of risk, and only when it is sure."""
    flagged = []
    for start, end in _sentence_spans(reading):
        if any(start < l_end and l_start < end for l_start, l_end in let_go):
            continue
        sentence = reading[start:end]
        words = _words(sentence)
        if THEMES.search(sentence):
            threshold = MODEL_THRESHOLD
        elif LOOSE_THEMES.search(sentence) and len(words) >= LOOSE_THEME_MIN_WORDS:
            threshold = LOOSE_THEME_THRESHOLD
        else:
            continue
        if ORDINARY_CONTEXT.search(sentence):
            continue
        if _model().probability(words) >= threshold:
            flagged.append(" ".join(words))
    return flagged


def matches(text: str) -> list[str]:
    """What the screen found and let stand, in the order written, and after them any
    sentence the model flagged (as "model: ..."); for tests only."""
    readings = _readings(text or "")
    let_go: list[tuple[int, int]] = []
    for index, (reading, parts) in enumerate(readings):
        found = _matches_in(reading, parts, let_go=let_go if index == 0 else None)
        if found:
            found.sort(key=lambda item: (item[0], -item[1]))
            kept = []
            for start, end, phrase in found:
                if kept and start < kept[-1][1]:
                    continue  # inside a longer phrase already kept
                kept.append((start, end, phrase))
            return [phrase for _, _, phrase in kept]
    if not readings:
        return []
    return [f"model: {sentence}" for sentence in _model_sentences(readings[0][0], let_go)]


def _flags(text: str) -> bool:
    readings = _readings(text)
    let_go: list[tuple[int, int]] = []
    for index, (reading, parts) in enumerate(readings):
        if _matches_in(reading, parts, first_only=True, let_go=let_go if index == 0 else None):
            return True
    return bool(_model_sentences(readings[0][0], let_go))


def screen(*texts: str) -> bool:
    """True when any of the texts should raise a safety alert."""
    return any(_flags(text) for text in texts if text)


# What the patient is shown on the spot when the screen or PHQ-9 item 9 raises a flag.
CRISIS_RESOURCES = {
    "message": (
        "If you are thinking about suicide or hurting yourself, you do not have to go "
        "through it alone. Your care team has been told a flag was raised."
    ),
    "resources": [
        {
            "name": "988 Suicide & Crisis Lifeline (US)",
            "description": "Call or text 988, any time, free and confidential.",
            "call": "tel:988",
            "text": "sms:988",
        },
        {
            "name": "Emergency services",
            "description": "In danger now? Call 911 or go to the nearest emergency room.",
            "call": "tel:911",
            "text": None,
        },
    ],
}
