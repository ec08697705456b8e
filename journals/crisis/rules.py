"""Every rule and idiom, in the order they are tried, compiled once."""

import re

from .macros import _ACCIDENT, _MACROS, Rule
from .rules_english import ENGLISH
from .rules_english_oblique import OBLIQUE_ENGLISH
from .rules_spanish import SPANISH
from .rules_spanish_oblique import OBLIQUE_SPANISH
from .scope import _OTHER_WORDS

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
