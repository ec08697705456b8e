"""Who and when a phrase is about: the writer or someone else, now or long ago, and the
words around it where an exception must stand."""

import re

from .reading import _QUOTE, _SENTENCE_BREAK

_NEAR = 8  # words after a phrase (three before it) where an exception to it may stand
# How far back the person a phrase is about may stand ("my friend said she wants to die",
# "a movie about a suicide"); further back, in a run-on entry, it belongs to another clause.
_ABOUT_REACH = 5
_ABOUT_BREAKS = {"and", "but", "so", "then", "anyway", "because", "y", "pero", "luego", "porque"}

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
# Films, songs, articles: what a phrase may be about rather than the writer.
_ENGLISH_MEDIA_WORDS = {
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
} | _ENGLISH_MEDIA_WORDS

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


# A film, song or article is what a phrase is about only when linked to it: "a movie about
# a suicide", "the song goes"; "reading a book and wanting to die" is the writer.
_MEDIA_WORDS = _ENGLISH_MEDIA_WORDS | {
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
